#pragma once

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <optional>

namespace cb::core {

class ProductLabelRules;

// What the engine needs besides the answers. The caller passes every date: core reads no clock.
struct ChecklistContext
{
    // The case's next scheduled meeting, or today when none: freshness is measured against it, and
    // it stands in for a reference date that is not set yet.
    QDate referenceDate;
    // Dates that date items are measured against: "planned_apheresis", "planned_infusion" ...
    QHash<QString, QDate> referenceDates;
    // [CONV] A stale value cannot leave an item "ok": it becomes a concern (a repeat is needed).
    bool staleIsConcern = true;

    // The case's indication (multiple_myeloma ...): items listing other indications are not
    // asked, so not evaluated. Empty: not known, every item is asked.
    QString indication;

    // Product label checks (HEM-01/02/03). Without rules or a product those items are not assessed.
    const ProductLabelRules* labels = nullptr;
    QString product;               // intended product id or alias
    QString jurisdiction;          // us_fda, eu_ema, cn_nmpa
    QDate labelDate;               // label version date; referenceDate when not set
    QSet<QString> diseaseFeatures; // e.g. primary_cns_lymphoma
    std::optional<int> ageYears;

    // The date a date item with `referenceId` is measured against (referenceDate when unset).
    QDate dateFor(const QString& referenceId) const
    {
        const QDate d = referenceDates.value(referenceId);
        return d.isValid() ? d : referenceDate;
    }
};

} // namespace cb::core
