#pragma once

#include "core/Result.h"
#include "core/Vocabulary.h"

namespace cb::core {

// The case state machine of DESIGN.md §2. Services ask it before every state change.
class Lifecycle
{
public:
    // Whether the case may move from one state to another by an ordinary transition.
    // Closing is allowed from every state except Closed (it needs a reason, checked by the caller).
    static bool canMove(CaseState from, CaseState to);
    static Status checkMove(CaseState from, CaseState to);
    static QList<CaseState> nextStates(CaseState from);
    // The state a signed verdict moves a Ready-for-board case to: a deferred case goes back to
    // work-up until its reassessment; every other verdict leaves it decided.
    static CaseState stateAfterVerdict(Verdict v);
    // Reopening a closed case (with a reason): a treated patient goes back to follow-up, any
    // other case to work-up.
    static CaseState stateOnReopen(bool infused);

    // What a case accepts in each state, asked by the services before an act and by the GUI to
    // enable its buttons (one answer for both).
    static bool acceptsRecordChanges(CaseState s) { return s != CaseState::Closed; }
    static bool canStartWorkUp(CaseState s) { return s == CaseState::Referred; }
    static bool canReopen(CaseState s) { return s == CaseState::Closed; }
    static bool acceptsOpinions(CaseState s)
    {
        return s == CaseState::WorkUp || s == CaseState::InReview || s == CaseState::ReadyForBoard;
    }
    static bool acceptsVerdict(CaseState s) { return s == CaseState::ReadyForBoard; }
    // Pathway steps follow an eligible verdict (the service also checks the verdict itself).
    static bool acceptsPathwaySteps(CaseState s)
    {
        return s == CaseState::Decided || s == CaseState::Treatment || s == CaseState::FollowUp;
    }
    // Monitoring and follow-up visits need an infusion; a closed case takes neither.
    static bool acceptsMonitoring(CaseState s, bool infused) { return infused && s != CaseState::Closed; }
    static bool acceptsFollowUp(CaseState s) { return s != CaseState::Closed; }
};

} // namespace cb::core
