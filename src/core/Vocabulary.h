#pragma once

#include "core/StableId.h"

#include <QList>

namespace cb::core {

// The stable vocabularies of DESIGN.md §2 and §5.

enum class CaseState { Referred, WorkUp, InReview, ReadyForBoard, Decided, Treatment, FollowUp, Closed };
enum class Verdict { Eligible, EligibleWithConditions, Deferred, NotEligible };
enum class Discipline {
    Hematology,
    Cardiology,
    Neurology,
    Pulmonology,
    Icu,
    Nursing,
    InfectiousDisease,
    Pharmacy
};
enum class Role { Administrator, Coordinator, Specialist, BoardChair, Viewer };
enum class Indication {
    MultipleMyeloma,
    LargeBCellLymphoma,
    FollicularLymphoma,
    MantleCellLymphoma,
    MarginalZoneLymphoma,
    CllSll,
    BAll,
    Other
};
enum class CloseReason { Withdrawn, Deceased, LostToFollowUp, Completed, Transferred, NotEligible };
enum class Sex { Female, Male, Other, Unknown };

std::span<const StableIdEntry<CaseState>> caseStates();
std::span<const StableIdEntry<Verdict>> verdicts();
std::span<const StableIdEntry<Discipline>> disciplines();
std::span<const StableIdEntry<Role>> roles();
std::span<const StableIdEntry<Indication>> indications();
std::span<const StableIdEntry<CloseReason>> closeReasons();
std::span<const StableIdEntry<Sex>> sexes();

// The six disciplines whose signed opinions make the default review quorum.
QList<Discipline> coreDisciplines();

inline QString toId(CaseState v)
{
    return idOf(caseStates(), v);
}
inline QString toId(Verdict v)
{
    return idOf(verdicts(), v);
}
inline QString toId(Discipline v)
{
    return idOf(disciplines(), v);
}
inline QString toId(Role v)
{
    return idOf(roles(), v);
}
inline QString toId(Indication v)
{
    return idOf(indications(), v);
}
inline QString toId(CloseReason v)
{
    return idOf(closeReasons(), v);
}
inline QString toId(Sex v)
{
    return idOf(sexes(), v);
}

inline QString label(CaseState v)
{
    return labelOf(caseStates(), v);
}
inline QString label(Verdict v)
{
    return labelOf(verdicts(), v);
}
inline QString label(Discipline v)
{
    return labelOf(disciplines(), v);
}
inline QString label(Role v)
{
    return labelOf(roles(), v);
}
inline QString label(Indication v)
{
    return labelOf(indications(), v);
}
inline QString label(CloseReason v)
{
    return labelOf(closeReasons(), v);
}
inline QString label(Sex v)
{
    return labelOf(sexes(), v);
}

} // namespace cb::core
