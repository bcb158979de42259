#pragma once

#include "core/StableId.h"

#include <QString>
#include <span>

namespace cb::core {

// The enumerated inputs of the calculators (SPEC §8), with their stable snake_case ids.

inline constexpr const char* kRuleAstct2019 = "ASTCT-2019";
inline constexpr const char* kRuleCarHematotox2021 = "CAR-HEMATOTOX-2021";

enum class OxygenDevice {
    None,
    BlowBy,
    NasalCannula,
    HighFlowNasalCannula,
    SimpleFaceMask,
    NonRebreatherMask,
    VenturiMask,
    Cpap,
    Bipap,
    MechanicalVentilation,
};

// Agents accepted in the CRS `vasopressors` list. Dobutamine and milrinone are pure inotropes:
// recorded, but not counted as vasopressors unless the options say so [CONV].
enum class VasoactiveAgent {
    Norepinephrine,
    Epinephrine,
    Phenylephrine,
    Dopamine,
    AngiotensinII,
    Vasopressin,
    Dobutamine,
    Milrinone,
};

enum class Consciousness {
    Alert,
    AwakensSpontaneously,
    AwakensToVoice,
    AwakensOnlyToTactile,
    Unarousable, // or needs vigorous or repetitive tactile stimuli; stupor or coma
};

enum class Seizure {
    None,
    ClinicalResolvedRapidly,
    NonconvulsiveResolvedWithIntervention,
    LifeThreateningProlonged,
    RepetitiveWithoutReturnToBaseline,
};

enum class MotorFinding {
    None,
    TremorOrMyoclonus,
    DeepFocalWeakness,
};

enum class CerebralEdema {
    None,
    FocalLocal,
    Diffuse,
    DecerebrateOrDecorticatePosturing,
    CranialNerveViPalsy,
    Papilledema,
    CushingsTriad,
};

enum class HematotoxRisk { Low, High };

std::span<const StableIdEntry<OxygenDevice>> oxygenDevices();
std::span<const StableIdEntry<VasoactiveAgent>> vasoactiveAgents();
std::span<const StableIdEntry<Consciousness>> consciousnessLevels();
std::span<const StableIdEntry<Seizure>> seizures();
std::span<const StableIdEntry<MotorFinding>> motorFindings();
std::span<const StableIdEntry<CerebralEdema>> cerebralEdemaFindings();
std::span<const StableIdEntry<HematotoxRisk>> hematotoxRisks();

inline QString toId(OxygenDevice v)
{
    return idOf(oxygenDevices(), v);
}
inline QString toId(VasoactiveAgent v)
{
    return idOf(vasoactiveAgents(), v);
}
inline QString toId(Consciousness v)
{
    return idOf(consciousnessLevels(), v);
}
inline QString toId(Seizure v)
{
    return idOf(seizures(), v);
}
inline QString toId(MotorFinding v)
{
    return idOf(motorFindings(), v);
}
inline QString toId(CerebralEdema v)
{
    return idOf(cerebralEdemaFindings(), v);
}
inline QString toId(HematotoxRisk v)
{
    return idOf(hematotoxRisks(), v);
}

inline QString label(OxygenDevice v)
{
    return labelOf(oxygenDevices(), v);
}
inline QString label(VasoactiveAgent v)
{
    return labelOf(vasoactiveAgents(), v);
}
inline QString label(Consciousness v)
{
    return labelOf(consciousnessLevels(), v);
}
inline QString label(Seizure v)
{
    return labelOf(seizures(), v);
}
inline QString label(MotorFinding v)
{
    return labelOf(motorFindings(), v);
}
inline QString label(CerebralEdema v)
{
    return labelOf(cerebralEdemaFindings(), v);
}
inline QString label(HematotoxRisk v)
{
    return labelOf(hematotoxRisks(), v);
}

} // namespace cb::core
