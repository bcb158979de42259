#pragma once

#include "core/checklist/LocalizedText.h"
#include "core/checklist/labels/LabelCriterion.h"
#include "core/checklist/labels/LabelEntry.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace cb::core {

// A case against the label in force: HEM-01 (indication), HEM-02 (prior lines) and HEM-03
// (drug-class exposures).
struct LabelAssessment
{
    QString productId;
    LocalizedText productName;
    std::optional<LabelEntry> label; // the version in force on the query date
    LocalizedText labelInForce;      // "Label in force: ... from ... (source, [evidence])"

    LabelCriterion indication;
    LabelCriterion priorLines;
    LabelCriterion exposures;
    QStringList missingExposures;
    QStringList conditionsToConfirm;

    bool allMet() const;
};

} // namespace cb::core
