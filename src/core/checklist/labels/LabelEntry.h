#pragma once

#include "core/checklist/LocalizedText.h"
#include "core/checklist/labels/LabelPathway.h"
#include "core/checklist/labels/LabelSource.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cb::core {

// One indication of one product in one jurisdiction, in force from `effectiveDate` until a later
// entry for the same product, jurisdiction and indication replaces it.
struct LabelEntry
{
    QString productId;
    QString jurisdiction; // us_fda, eu_ema, cn_nmpa
    QString indication;   // multiple_myeloma, large_b_cell_lymphoma ...
    QDate effectiveDate;
    QString effectiveDatePrecision; // "day" or "month" (then the month's last day is stored)
    QList<LabelPathway> pathways;   // any one of them meets the label
    QStringList exclusions;         // e.g. primary_cns_lymphoma
    std::optional<int> ageMinYears;
    std::optional<int> ageMaxYears;
    QString source;             // S-ids of SPEC or a short citation
    QList<LabelSource> sources; // the documents behind it, with address and date
    QString evidence;
    bool unverified = false;
    LocalizedText note;
};

} // namespace cb::core
