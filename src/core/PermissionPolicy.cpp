#include "core/PermissionPolicy.h"

namespace cb::core {

QString actionId(Action a)
{
    switch (a) {
    case Action::ReadCases:
        return QStringLiteral("read_cases");
    case Action::EditCaseData:
        return QStringLiteral("edit_case_data");
    case Action::CloseCase:
        return QStringLiteral("close_case");
    case Action::RecordOpinion:
        return QStringLiteral("record_opinion");
    case Action::SignOpinion:
        return QStringLiteral("sign_opinion");
    case Action::RecordDecision:
        return QStringLiteral("record_decision");
    case Action::SignDecision:
        return QStringLiteral("sign_decision");
    case Action::ManageMeetings:
        return QStringLiteral("manage_meetings");
    case Action::ManageUsers:
        return QStringLiteral("manage_users");
    case Action::ChangeSettings:
        return QStringLiteral("change_settings");
    case Action::RecordPathway:
        return QStringLiteral("record_pathway");
    case Action::RecordMonitoring:
        return QStringLiteral("record_monitoring");
    case Action::RecordFollowUp:
        return QStringLiteral("record_follow_up");
    }
    return {};
}

bool PermissionPolicy::allows(const UserIdentity& u, Action action, std::optional<Discipline> discipline)
{
    if (!u.isValid())
        return false;
    const bool clinical =
        u.hasRole(Role::Coordinator) || u.hasRole(Role::Specialist) || u.hasRole(Role::BoardChair);
    switch (action) {
    case Action::ReadCases:
        return clinical || u.hasRole(Role::Viewer);
    case Action::EditCaseData:
    case Action::CloseCase:
    case Action::ManageMeetings:
        return u.hasRole(Role::Coordinator) || u.hasRole(Role::BoardChair);
    case Action::RecordOpinion:
    case Action::SignOpinion:
        return u.hasRole(Role::Specialist) && discipline.has_value() && u.disciplines.contains(*discipline);
    case Action::RecordDecision:
    case Action::SignDecision:
        return u.hasRole(Role::BoardChair);
    case Action::ManageUsers:
    case Action::ChangeSettings:
        return u.hasRole(Role::Administrator);
    case Action::RecordPathway:
    case Action::RecordMonitoring:
    case Action::RecordFollowUp:
        return clinical;
    }
    return false;
}

Status PermissionPolicy::check(const UserIdentity& u, Action action, std::optional<Discipline> discipline)
{
    if (!u.isValid())
        return Error::notAuthenticated(QCoreApplication::translate("cb::core", "Log in first."));
    if (allows(u, action, discipline))
        return {};
    switch (action) {
    case Action::ReadCases:
        return Error::denied(tr("Your account has no clinical role, so it cannot open patient data."));
    case Action::EditCaseData:
    case Action::CloseCase:
    case Action::ManageMeetings:
        return Error::denied(tr("Only a coordinator or the board chair can do this."));
    case Action::RecordOpinion:
    case Action::SignOpinion:
        if (!discipline)
            return Error::denied(tr("Name the discipline: only its specialists record or sign its opinion."));
        return Error::denied(
            tr("Only a specialist of %1 can record or sign the %1 opinion.").arg(label(*discipline)));
    case Action::RecordDecision:
    case Action::SignDecision:
        return Error::denied(tr("Only a board chair can record or sign the board's verdict."));
    case Action::ManageUsers:
    case Action::ChangeSettings:
        return Error::denied(tr("Only an administrator can do this."));
    case Action::RecordPathway:
    case Action::RecordMonitoring:
    case Action::RecordFollowUp:
        return Error::denied(
            tr("Only a coordinator or a clinician (specialist or board chair) can record treatment "
               "and follow-up data."));
    }
    return Error::denied(tr("Not permitted."));
}

Status PermissionPolicy::checkMerge(const UserIdentity& actor, const UserIdentity* approver)
{
    if (!actor.isValid())
        return Error::notAuthenticated(QCoreApplication::translate("cb::core", "Log in first."));
    if (allows(actor, Action::ManageUsers))
        return {};
    if (!mayMerge(actor))
        return Error::denied(tr("Only an administrator, or a coordinator with an administrator's approval, "
                                "can merge patient records."));
    if (!approver || !approver->isValid())
        return Error::denied(tr("A coordinator merges patient records with an administrator's approval: "
                                "name the approving administrator and have them enter their password."));
    if (approver->id == actor.id)
        return Error::denied(tr("The approval of a merge comes from another person, an administrator."));
    if (!allows(*approver, Action::ManageUsers))
        return Error::denied(tr("%1 is not an administrator, so cannot approve a merge of patient records.")
                                 .arg(approver->username));
    return {};
}

} // namespace cb::core
