#pragma once

#include "core/checklist/ChecklistItemType.h"
#include "core/checklist/ChecklistOption.h"
#include "core/checklist/ChecklistPrefillSource.h"
#include "core/checklist/ChecklistRule.h"
#include "core/checklist/LocalizedText.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cb::core {

// One question of a discipline's checklist (SPEC §4.x). A composite SPEC row is split into
// several items that share `specId` (HEM-03 → HEM-03.pi, HEM-03.imid ...).
struct ChecklistItem
{
    QString id;     // "HEM-09", "HEM-03.pi"
    QString specId; // the SPEC row: "HEM-03"
    LocalizedText question;
    ChecklistItemType type = ChecklistItemType::Bool;
    QString unit;                  // numbers
    std::optional<double> minimum; // plausible range of a number; outside it → not assessed
    std::optional<double> maximum;
    QList<ChecklistOption> options; // choices
    QString exposure;               // drug class checked against the product label (HEM-03.x)
    QString referenceDate;          // dates: "planned_apheresis", "planned_infusion" ...
    // The indications the item is asked for (multiple_myeloma ...); empty: every indication.
    QStringList indications;
    bool allowNotApplicable = false;
    LocalizedText detailPrompt; // free text asked beside the answer (sites, regimen ...)
    ChecklistPrefillSource prefill;
    std::optional<int> freshnessDays;
    QString freshnessEvidence;
    QList<ChecklistRule> rules;
    QString source;
    QString evidence;
    bool unverified = false;
    LocalizedText note;

    const ChecklistOption* option(const QString& optionId) const;

    // Whether the item is asked for a case of `indication`: always when the item lists no
    // indication or the case's indication is not known (empty), else only for those it lists.
    bool appliesTo(const QString& indication) const;

    // Stale: the value is dated more than freshnessDays before `referenceDate` (a value 30 days
    // old is fresh with a 30-day limit, 31 days is stale). Never stale without a limit or a date.
    bool isStale(const QDate& valueDate, const QDate& referenceDate) const;

    // The rule whose comparison is a product label check, if any.
    const ChecklistRule* labelRule() const;
};

} // namespace cb::core
