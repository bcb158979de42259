#include "core/Vocabulary.h"

#include <array>

namespace cb::core {

namespace {

constexpr std::array kCaseStates{
    StableIdEntry<CaseState>{CaseState::Referred, "referred", QT_TRANSLATE_NOOP("cb::core", "Referred")},
    StableIdEntry<CaseState>{CaseState::WorkUp, "work_up", QT_TRANSLATE_NOOP("cb::core", "Work-up")},
    StableIdEntry<CaseState>{CaseState::InReview, "in_review", QT_TRANSLATE_NOOP("cb::core", "In review")},
    StableIdEntry<CaseState>{CaseState::ReadyForBoard, "ready_for_board",
                             QT_TRANSLATE_NOOP("cb::core", "Ready for board")},
    StableIdEntry<CaseState>{CaseState::Decided, "decided", QT_TRANSLATE_NOOP("cb::core", "Decided")},
    StableIdEntry<CaseState>{CaseState::Treatment, "treatment", QT_TRANSLATE_NOOP("cb::core", "Treatment")},
    StableIdEntry<CaseState>{CaseState::FollowUp, "follow_up", QT_TRANSLATE_NOOP("cb::core", "Follow-up")},
    StableIdEntry<CaseState>{CaseState::Closed, "closed", QT_TRANSLATE_NOOP("cb::core", "Closed")},
};

constexpr std::array kVerdicts{
    StableIdEntry<Verdict>{Verdict::Eligible, "eligible", QT_TRANSLATE_NOOP("cb::core", "Eligible")},
    StableIdEntry<Verdict>{Verdict::EligibleWithConditions, "eligible_with_conditions",
                           QT_TRANSLATE_NOOP("cb::core", "Eligible with conditions")},
    StableIdEntry<Verdict>{Verdict::Deferred, "deferred", QT_TRANSLATE_NOOP("cb::core", "Deferred")},
    StableIdEntry<Verdict>{Verdict::NotEligible, "not_eligible",
                           QT_TRANSLATE_NOOP("cb::core", "Not eligible")},
};

constexpr std::array kDisciplines{
    StableIdEntry<Discipline>{Discipline::Hematology, "hematology",
                              QT_TRANSLATE_NOOP("cb::core", "Hematology")},
    StableIdEntry<Discipline>{Discipline::Cardiology, "cardiology",
                              QT_TRANSLATE_NOOP("cb::core", "Cardiology")},
    StableIdEntry<Discipline>{Discipline::Neurology, "neurology", QT_TRANSLATE_NOOP("cb::core", "Neurology")},
    StableIdEntry<Discipline>{Discipline::Pulmonology, "pulmonology",
                              QT_TRANSLATE_NOOP("cb::core", "Pulmonology")},
    StableIdEntry<Discipline>{Discipline::Icu, "icu", QT_TRANSLATE_NOOP("cb::core", "ICU")},
    StableIdEntry<Discipline>{Discipline::Nursing, "nursing", QT_TRANSLATE_NOOP("cb::core", "Nursing")},
    StableIdEntry<Discipline>{Discipline::InfectiousDisease, "infectious_disease",
                              QT_TRANSLATE_NOOP("cb::core", "Infectious disease")},
    StableIdEntry<Discipline>{Discipline::Pharmacy, "pharmacy", QT_TRANSLATE_NOOP("cb::core", "Pharmacy")},
};

constexpr std::array kRoles{
    StableIdEntry<Role>{Role::Administrator, "administrator", QT_TRANSLATE_NOOP("cb::core", "Administrator")},
    StableIdEntry<Role>{Role::Coordinator, "coordinator", QT_TRANSLATE_NOOP("cb::core", "Coordinator")},
    StableIdEntry<Role>{Role::Specialist, "specialist", QT_TRANSLATE_NOOP("cb::core", "Specialist")},
    StableIdEntry<Role>{Role::BoardChair, "board_chair", QT_TRANSLATE_NOOP("cb::core", "Board chair")},
    StableIdEntry<Role>{Role::Viewer, "viewer", QT_TRANSLATE_NOOP("cb::core", "Viewer")},
};

constexpr std::array kIndications{
    StableIdEntry<Indication>{Indication::MultipleMyeloma, "multiple_myeloma",
                              QT_TRANSLATE_NOOP("cb::core", "Multiple myeloma")},
    StableIdEntry<Indication>{Indication::LargeBCellLymphoma, "large_b_cell_lymphoma",
                              QT_TRANSLATE_NOOP("cb::core", "Large B-cell lymphoma")},
    StableIdEntry<Indication>{Indication::FollicularLymphoma, "follicular_lymphoma",
                              QT_TRANSLATE_NOOP("cb::core", "Follicular lymphoma")},
    StableIdEntry<Indication>{Indication::MantleCellLymphoma, "mantle_cell_lymphoma",
                              QT_TRANSLATE_NOOP("cb::core", "Mantle cell lymphoma")},
    StableIdEntry<Indication>{Indication::MarginalZoneLymphoma, "marginal_zone_lymphoma",
                              QT_TRANSLATE_NOOP("cb::core", "Marginal zone lymphoma")},
    StableIdEntry<Indication>{Indication::CllSll, "cll_sll", QT_TRANSLATE_NOOP("cb::core", "CLL/SLL")},
    StableIdEntry<Indication>{Indication::BAll, "b_all",
                              QT_TRANSLATE_NOOP("cb::core", "B-cell acute lymphoblastic leukemia")},
    StableIdEntry<Indication>{Indication::Other, "other", QT_TRANSLATE_NOOP("cb::core", "Other")},
};

constexpr std::array kCloseReasons{
    StableIdEntry<CloseReason>{CloseReason::Withdrawn, "withdrawn",
                               QT_TRANSLATE_NOOP("cb::core", "Withdrawn")},
    StableIdEntry<CloseReason>{CloseReason::Deceased, "deceased", QT_TRANSLATE_NOOP("cb::core", "Deceased")},
    StableIdEntry<CloseReason>{CloseReason::LostToFollowUp, "lost_to_follow_up",
                               QT_TRANSLATE_NOOP("cb::core", "Lost to follow-up")},
    StableIdEntry<CloseReason>{CloseReason::Completed, "completed",
                               QT_TRANSLATE_NOOP("cb::core", "Completed")},
    StableIdEntry<CloseReason>{CloseReason::Transferred, "transferred",
                               QT_TRANSLATE_NOOP("cb::core", "Transferred")},
    StableIdEntry<CloseReason>{CloseReason::NotEligible, "not_eligible",
                               QT_TRANSLATE_NOOP("cb::core", "Not eligible")},
};

constexpr std::array kSexes{
    StableIdEntry<Sex>{Sex::Female, "female", QT_TRANSLATE_NOOP("cb::core", "Female")},
    StableIdEntry<Sex>{Sex::Male, "male", QT_TRANSLATE_NOOP("cb::core", "Male")},
    StableIdEntry<Sex>{Sex::Other, "other", QT_TRANSLATE_NOOP("cb::core", "Other")},
    StableIdEntry<Sex>{Sex::Unknown, "unknown", QT_TRANSLATE_NOOP("cb::core", "Unknown")},
};

} // namespace

std::span<const StableIdEntry<CaseState>> caseStates()
{
    return kCaseStates;
}
std::span<const StableIdEntry<Verdict>> verdicts()
{
    return kVerdicts;
}
std::span<const StableIdEntry<Discipline>> disciplines()
{
    return kDisciplines;
}
std::span<const StableIdEntry<Role>> roles()
{
    return kRoles;
}
std::span<const StableIdEntry<Indication>> indications()
{
    return kIndications;
}
std::span<const StableIdEntry<CloseReason>> closeReasons()
{
    return kCloseReasons;
}
std::span<const StableIdEntry<Sex>> sexes()
{
    return kSexes;
}

QList<Discipline> coreDisciplines()
{
    return {Discipline::Hematology,  Discipline::Cardiology, Discipline::Neurology,
            Discipline::Pulmonology, Discipline::Icu,        Discipline::Nursing};
}

} // namespace cb::core
