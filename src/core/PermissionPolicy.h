#pragma once

#include "core/Result.h"
#include "core/UserIdentity.h"

#include <QCoreApplication>
#include <optional>

namespace cb::core {

enum class Action {
    ReadCases,    // open worklist, case pages, export summaries
    EditCaseData, // register referrals, enter history, observations, pathway data
    CloseCase,
    RecordOpinion, // needs a discipline
    SignOpinion,   // needs a discipline
    RecordDecision,
    SignDecision,
    ManageMeetings,
    ManageUsers,
    ChangeSettings,
    RecordPathway,    // pathway steps (apheresis … discharge): coordinators and clinicians
    RecordMonitoring, // CRS/ICANS monitoring assessments: coordinators and clinicians
    RecordFollowUp,   // follow-up visits, responses, late effects: coordinators and clinicians
};

QString actionId(Action a);

// Who may do what (DESIGN.md §1). Services call this before every act; the GUI asks it
// only to grey out actions and explain why.
class PermissionPolicy
{
    Q_DECLARE_TR_FUNCTIONS(cb::core::PermissionPolicy)
public:
    static bool allows(const UserIdentity& user, Action action,
                       std::optional<Discipline> discipline = std::nullopt);
    // The same, with a message naming what the user lacks.
    static Status check(const UserIdentity& user, Action action,
                        std::optional<Discipline> discipline = std::nullopt);
    // A verdict's follow-through (its actions, the outcome sent to the referrer) belongs to
    // whoever records verdicts (the chair) or edits case data (the coordinator).
    static bool allowsFollowThrough(const UserIdentity& user)
    {
        return allows(user, Action::RecordDecision) || allows(user, Action::EditCaseData);
    }
    // Merging two patient records (INTAKE.md §2, issue 12): an administrator alone, or a
    // coordinator with an administrator's approval given in the same act. `approver` is the
    // approving user, already authenticated (nullptr: no approval given).
    static Status checkMerge(const UserIdentity& actor, const UserIdentity* approver);
    // Whether the user may merge patient records at all (alone or with an approval).
    static bool mayMerge(const UserIdentity& user)
    {
        return allows(user, Action::ManageUsers) || (user.isValid() && user.hasRole(Role::Coordinator));
    }
    // Whether the user's merge needs an administrator's approval.
    static bool mergeNeedsApproval(const UserIdentity& user) { return !allows(user, Action::ManageUsers); }
};

} // namespace cb::core
