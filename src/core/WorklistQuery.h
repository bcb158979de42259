#pragma once

#include "core/Vocabulary.h"

#include <QString>
#include <optional>

namespace cb::core {

// What the worklist shows: filters, free-text search and order. The storage layer turns it
// into SQL; the view pages through the result without loading every row.
struct WorklistQuery
{
    enum class SortKey { CaseId, Patient, Indication, State, ReferralDate };

    std::optional<CaseState> state;
    std::optional<Indication> indication;
    bool includeClosed = true;
    QString search; // name (Latin or Chinese), MRN, or case id
    SortKey sortKey = SortKey::ReferralDate;
    bool ascending = false;

    friend bool operator==(const WorklistQuery&, const WorklistQuery&) = default;
};

// Search text as stored and as queried: lower-case, without diacritics, with every Han
// character set apart (so a two-character Chinese name is the three characters "李 娜", long
// enough for a trigram index). The worklist matches each token group as a fragment anywhere
// in the text: "cker" finds Becker, "3538" the MRN SH-2026-003538.
QString searchTextOf(const QStringList& parts);
QStringList searchTokensOf(const QString& userInput);

} // namespace cb::core
