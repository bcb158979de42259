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
    // The state a signed verdict moves a Ready-for-board case to.
    static CaseState stateAfterVerdict(Verdict v);
};

} // namespace cb::core
