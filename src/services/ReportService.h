#pragma once

#include "core/CaseDossier.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "core/UserIdentity.h"

#include <QCoreApplication>

namespace cb::storage {
class Database;
}

namespace cb::services {

class ReviewService;
class SettingsService;

// What leaves CellBoard on paper: the case dossier behind the signed summary and the outcome
// letter, and the audit row of every export. Reading needs the right to view cases.
class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(cb::services::ReportService)
public:
    // The PDF documents, and the FHIR bundles (a collection of the record, the verdict's document).
    enum class Kind { Summary, Letter, FhirCollection, FhirDocument };
    static QString kindId(Kind kind);

    ReportService(storage::Database& db, const core::Clock& clock, SettingsService& settings,
                  ReviewService& reviews)
        : m_db(db), m_clock(clock), m_settings(settings), m_reviews(reviews)
    {
    }

    // Everything the documents show, with the fingerprint and the audit chain's head. Times print
    // in `zone` (the workstation's by default). Not audited by itself: recordExport is.
    Result<core::CaseDossier> dossier(const core::UserIdentity& actor, qint64 caseId,
                                      const QTimeZone& zone = QTimeZone::systemTimeZone());

    // One `case.export` audit row: format, kind, fingerprint and the audit head printed on it
    // (never patient data). `target` is "file" or "printer"; `extra` adds ids of what was written
    // (a FHIR bundle's identifier).
    Status recordExport(const core::UserIdentity& actor, const core::CaseDossier& dossier, Kind kind,
                        const QString& format, const QString& target, const QJsonObject& extra = {});

private:
    storage::Database& m_db;
    const core::Clock& m_clock;
    SettingsService& m_settings;
    ReviewService& m_reviews;
};

} // namespace cb::services
