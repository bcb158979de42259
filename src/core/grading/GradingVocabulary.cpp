#include "core/grading/GradingVocabulary.h"

#include <array>

namespace cb::core {

namespace {

template <typename E> using Row = StableIdEntry<E>;

constexpr std::array kOxygenDevices{
    Row<OxygenDevice>{OxygenDevice::None, "none", QT_TRANSLATE_NOOP("cb::core", "No oxygen (room air)")},
    Row<OxygenDevice>{OxygenDevice::BlowBy, "blow_by", QT_TRANSLATE_NOOP("cb::core", "Blow-by oxygen")},
    Row<OxygenDevice>{OxygenDevice::NasalCannula, "nasal_cannula",
                      QT_TRANSLATE_NOOP("cb::core", "Nasal cannula")},
    Row<OxygenDevice>{OxygenDevice::HighFlowNasalCannula, "high_flow_nasal_cannula",
                      QT_TRANSLATE_NOOP("cb::core", "High-flow nasal cannula")},
    Row<OxygenDevice>{OxygenDevice::SimpleFaceMask, "simple_face_mask",
                      QT_TRANSLATE_NOOP("cb::core", "Simple face mask")},
    Row<OxygenDevice>{OxygenDevice::NonRebreatherMask, "non_rebreather_mask",
                      QT_TRANSLATE_NOOP("cb::core", "Non-rebreather mask")},
    Row<OxygenDevice>{OxygenDevice::VenturiMask, "venturi_mask",
                      QT_TRANSLATE_NOOP("cb::core", "Venturi mask")},
    Row<OxygenDevice>{OxygenDevice::Cpap, "cpap", QT_TRANSLATE_NOOP("cb::core", "CPAP")},
    Row<OxygenDevice>{OxygenDevice::Bipap, "bipap", QT_TRANSLATE_NOOP("cb::core", "BiPAP")},
    Row<OxygenDevice>{OxygenDevice::MechanicalVentilation, "mechanical_ventilation",
                      QT_TRANSLATE_NOOP("cb::core", "Intubation and mechanical ventilation")},
};

constexpr std::array kVasoactiveAgents{
    Row<VasoactiveAgent>{VasoactiveAgent::Norepinephrine, "norepinephrine",
                         QT_TRANSLATE_NOOP("cb::core", "Norepinephrine")},
    Row<VasoactiveAgent>{VasoactiveAgent::Epinephrine, "epinephrine",
                         QT_TRANSLATE_NOOP("cb::core", "Epinephrine")},
    Row<VasoactiveAgent>{VasoactiveAgent::Phenylephrine, "phenylephrine",
                         QT_TRANSLATE_NOOP("cb::core", "Phenylephrine")},
    Row<VasoactiveAgent>{VasoactiveAgent::Dopamine, "dopamine", QT_TRANSLATE_NOOP("cb::core", "Dopamine")},
    Row<VasoactiveAgent>{VasoactiveAgent::AngiotensinII, "angiotensin_ii",
                         QT_TRANSLATE_NOOP("cb::core", "Angiotensin II")},
    Row<VasoactiveAgent>{VasoactiveAgent::Vasopressin, "vasopressin",
                         QT_TRANSLATE_NOOP("cb::core", "Vasopressin")},
    Row<VasoactiveAgent>{VasoactiveAgent::Dobutamine, "dobutamine",
                         QT_TRANSLATE_NOOP("cb::core", "Dobutamine")},
    Row<VasoactiveAgent>{VasoactiveAgent::Milrinone, "milrinone", QT_TRANSLATE_NOOP("cb::core", "Milrinone")},
};

constexpr std::array kConsciousness{
    Row<Consciousness>{Consciousness::Alert, "alert", QT_TRANSLATE_NOOP("cb::core", "Alert")},
    Row<Consciousness>{Consciousness::AwakensSpontaneously, "awakens_spontaneously",
                       QT_TRANSLATE_NOOP("cb::core", "Awakens spontaneously")},
    Row<Consciousness>{Consciousness::AwakensToVoice, "awakens_to_voice",
                       QT_TRANSLATE_NOOP("cb::core", "Awakens to voice")},
    Row<Consciousness>{Consciousness::AwakensOnlyToTactile, "awakens_only_to_tactile",
                       QT_TRANSLATE_NOOP("cb::core", "Awakens only to tactile stimulus")},
    Row<Consciousness>{Consciousness::Unarousable,
                       "unarousable_or_vigorous_repetitive_stimuli_or_stupor_coma",
                       QT_TRANSLATE_NOOP("cb::core", "Unarousable, needs vigorous stimuli, stupor or coma")},
};

constexpr std::array kSeizures{
    Row<Seizure>{Seizure::None, "none", QT_TRANSLATE_NOOP("cb::core", "No seizure")},
    Row<Seizure>{Seizure::ClinicalResolvedRapidly, "clinical_focal_or_generalized_resolved_rapidly",
                 QT_TRANSLATE_NOOP("cb::core", "Clinical seizure that resolved rapidly")},
    Row<Seizure>{Seizure::NonconvulsiveResolvedWithIntervention,
                 "nonconvulsive_on_eeg_resolved_with_intervention",
                 QT_TRANSLATE_NOOP("cb::core", "Nonconvulsive seizure on EEG resolved with intervention")},
    Row<Seizure>{Seizure::LifeThreateningProlonged, "life_threatening_prolonged_over_5_min",
                 QT_TRANSLATE_NOOP("cb::core", "Life-threatening prolonged seizure (>5 min)")},
    Row<Seizure>{Seizure::RepetitiveWithoutReturnToBaseline, "repetitive_without_return_to_baseline",
                 QT_TRANSLATE_NOOP("cb::core", "Repetitive seizures without return to baseline")},
};

constexpr std::array kMotorFindings{
    Row<MotorFinding>{MotorFinding::None, "none", QT_TRANSLATE_NOOP("cb::core", "No motor finding")},
    Row<MotorFinding>{MotorFinding::TremorOrMyoclonus, "tremor_or_myoclonus",
                      QT_TRANSLATE_NOOP("cb::core", "Tremor or myoclonus")},
    Row<MotorFinding>{MotorFinding::DeepFocalWeakness, "deep_focal_weakness_hemiparesis_or_paraparesis",
                      QT_TRANSLATE_NOOP("cb::core", "Deep focal motor weakness")},
};

constexpr std::array kCerebralEdema{
    Row<CerebralEdema>{CerebralEdema::None, "none", QT_TRANSLATE_NOOP("cb::core", "No edema finding")},
    Row<CerebralEdema>{CerebralEdema::FocalLocal, "focal_local_edema_on_imaging",
                       QT_TRANSLATE_NOOP("cb::core", "Focal/local edema on imaging")},
    Row<CerebralEdema>{CerebralEdema::Diffuse, "diffuse_cerebral_edema_on_imaging",
                       QT_TRANSLATE_NOOP("cb::core", "Diffuse cerebral edema on imaging")},
    Row<CerebralEdema>{CerebralEdema::DecerebrateOrDecorticatePosturing,
                       "decerebrate_or_decorticate_posturing",
                       QT_TRANSLATE_NOOP("cb::core", "Decerebrate or decorticate posturing")},
    Row<CerebralEdema>{CerebralEdema::CranialNerveViPalsy, "cranial_nerve_vi_palsy",
                       QT_TRANSLATE_NOOP("cb::core", "Cranial nerve VI palsy")},
    Row<CerebralEdema>{CerebralEdema::Papilledema, "papilledema",
                       QT_TRANSLATE_NOOP("cb::core", "Papilledema")},
    Row<CerebralEdema>{CerebralEdema::CushingsTriad, "cushings_triad",
                       QT_TRANSLATE_NOOP("cb::core", "Cushing's triad")},
};

constexpr std::array kHematotoxRisks{
    Row<HematotoxRisk>{HematotoxRisk::Low, "low", QT_TRANSLATE_NOOP("cb::core", "Low risk")},
    Row<HematotoxRisk>{HematotoxRisk::High, "high", QT_TRANSLATE_NOOP("cb::core", "High risk")},
};

} // namespace

std::span<const StableIdEntry<OxygenDevice>> oxygenDevices()
{
    return kOxygenDevices;
}
std::span<const StableIdEntry<VasoactiveAgent>> vasoactiveAgents()
{
    return kVasoactiveAgents;
}
std::span<const StableIdEntry<Consciousness>> consciousnessLevels()
{
    return kConsciousness;
}
std::span<const StableIdEntry<Seizure>> seizures()
{
    return kSeizures;
}
std::span<const StableIdEntry<MotorFinding>> motorFindings()
{
    return kMotorFindings;
}
std::span<const StableIdEntry<CerebralEdema>> cerebralEdemaFindings()
{
    return kCerebralEdema;
}
std::span<const StableIdEntry<HematotoxRisk>> hematotoxRisks()
{
    return kHematotoxRisks;
}

} // namespace cb::core
