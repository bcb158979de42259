#pragma once

#include <QString>

namespace cb::core {

// Where an item's value may come from before the specialist confirms it:
//   observation:<code>  a dated observation (lvef, spo2, bilirubin ...; see PrefillCodes)
//   fact:<code>         a case fact (indication, prior_lines, lenalidomide_refractory,
//                       extramedullary_disease, cns_disease, last_allo_transplant_date)
//   exposure:<class>    whether the drug-class exposure set holds <class> (pi, imid, car_t ...)
struct ChecklistPrefillSource
{
    enum class Kind { None, Observation, Fact, Exposure };

    Kind kind = Kind::None;
    QString code;

    bool isSet() const { return kind != Kind::None; }
    QString id() const; // "observation:lvef"; empty when not set
};

} // namespace cb::core
