#pragma once

#include <QDate>
#include <QSet>
#include <QString>
#include <optional>

namespace cb::core {

// The case facts a checklist can be prefilled from, as plain values (the caller maps its records).
struct CaseFacts
{
    QString indication; // multiple_myeloma, large_b_cell_lymphoma ... (empty = not recorded)
    std::optional<int> priorLines;
    // Whether the therapy history (lines, drug classes, transplants) has been recorded: only then
    // does a class missing from `exposures` mean "never exposed", and no transplant date mean "none".
    bool therapyHistoryRecorded = false;
    QSet<QString> exposures; // pi, imid, anti_cd38, bcma_directed, car_t, btki, bcl2i ...
    bool lenalidomideRefractory = false;
    std::optional<bool> extramedullaryDisease;
    QString cnsDisease; // none, treated, active (empty = not recorded)
    QString intendedProduct;
    QDate lastAllogeneicTransplant; // invalid = none recorded
    QSet<QString> diseaseFeatures;  // e.g. primary_cns_lymphoma (for label exclusions)
    std::optional<int> ageYears;
};

} // namespace cb::core
