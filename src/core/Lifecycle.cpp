#include "core/Lifecycle.h"

namespace cb::core {

QList<CaseState> Lifecycle::nextStates(CaseState from)
{
    switch (from) {
    case CaseState::Referred:
        return {CaseState::WorkUp, CaseState::Closed};
    case CaseState::WorkUp:
        return {CaseState::InReview, CaseState::Closed};
    case CaseState::InReview:
        return {CaseState::ReadyForBoard, CaseState::WorkUp, CaseState::Closed};
    case CaseState::ReadyForBoard:
        // a signed verdict → decided (deferred → back to work-up); a new draft → back to review
        return {CaseState::Decided, CaseState::WorkUp, CaseState::InReview, CaseState::Closed};
    case CaseState::Decided:
        // eligible → treatment; deferred → back to work-up; not eligible → closed
        return {CaseState::Treatment, CaseState::WorkUp, CaseState::Closed};
    case CaseState::Treatment:
        return {CaseState::FollowUp, CaseState::Closed};
    case CaseState::FollowUp:
        return {CaseState::Closed};
    case CaseState::Closed:
        return {};
    }
    return {};
}

bool Lifecycle::canMove(CaseState from, CaseState to)
{
    return nextStates(from).contains(to);
}

Status Lifecycle::checkMove(CaseState from, CaseState to)
{
    if (canMove(from, to))
        return {};
    if (from == CaseState::Closed)
        return Error::invalidState(
            QCoreApplication::translate("cb::core", "The case is closed; it cannot change state."));
    return Error::invalidState(
        QCoreApplication::translate("cb::core", "A case in state \"%1\" cannot move to \"%2\".")
            .arg(label(from), label(to)));
}

CaseState Lifecycle::stateAfterVerdict(Verdict v)
{
    return v == Verdict::Deferred ? CaseState::WorkUp : CaseState::Decided;
}

CaseState Lifecycle::stateOnReopen(bool infused)
{
    return infused ? CaseState::FollowUp : CaseState::WorkUp;
}

} // namespace cb::core
