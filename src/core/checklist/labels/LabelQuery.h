#pragma once

#include <QDate>
#include <QSet>
#include <QString>
#include <optional>

namespace cb::core {

// What ProductLabelRules needs to know about a case to check HEM-01/02/03.
struct LabelQuery
{
    QString product;      // id or alias: "ide_cel", "ide-cel", "Abecma"
    QString jurisdiction; // us_fda, eu_ema, cn_nmpa
    QString indication;   // multiple_myeloma ...
    QDate date;           // the label version in force on this date is used
    std::optional<int> priorLines;
    QSet<QString> exposures; // pi, imid, anti_cd38, btki, bcl2i ... (lenalidomide_refractory may be here too)
    bool lenalidomideRefractory = false;
    QSet<QString> diseaseFeatures; // e.g. primary_cns_lymphoma
    std::optional<int> ageYears;   // not checked when unknown
};

} // namespace cb::core
