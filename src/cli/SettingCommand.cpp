#include "cli/SettingCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "core/PermissionPolicy.h"
#include "services/SettingsService.h"
#include "services/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cb::cli {

namespace {

using Key = services::SettingsService::Key;
const QList<Key> kKeys{
    Key::InstitutionName,    Key::RequiredDisciplines,   Key::IdleLockMinutes,    Key::PaperSize,
    Key::CoordinatorContact, Key::CaregiverRequirements, Key::DemoDatabase,       Key::AttendanceRequired,
    Key::AttendanceAnyOf,    Key::AttendanceAnyOfCount,  Key::AttendanceBlocks,   Key::FollowUpSchedule,
    Key::InstitutionAddress, Key::InstitutionPhone,      Key::GradingConventions, Key::LabelJurisdiction,
    Key::MeetingRequired,    Key::Hl7FacilityTimeZones};

} // namespace

QString SettingCommand::summary() const
{
    return tr("Show or change program settings (quorum disciplines, institution, idle lock …)");
}

QString SettingCommand::usage() const
{
    QStringList keys;
    for (const Key k : kKeys)
        keys << services::SettingsService::keyName(k);
    return tr("Usage:\n"
              "  cellboard-cli --user NAME setting list [--json]\n"
              "  cellboard-cli --user ADMIN setting set KEY VALUE\n"
              "Keys: %1.\n"
              "review.required_disciplines is a comma-separated list of discipline ids (the review quorum).\n"
              "meeting.required_for_verdict is true (the chair signs a verdict only in a meeting whose "
              "agenda "
              "holds the case) or false (a verdict outside a meeting is recorded as such; the default).")
        .arg(keys.join(QStringLiteral(", ")));
}

int SettingCommand::run(CliContext& ctx, const QStringList& args)
{
    if (args.isEmpty())
        return ctx.usageError(usage());
    auto user = ctx.authenticate();
    if (!user.ok())
        return ctx.fail(user.error());
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    auto& settings = (*ws)->settings();
    const QString sub = args.first();
    if (sub == QLatin1String("list")) {
        if (auto st = core::PermissionPolicy::check(*user, core::Action::ReadCases);
            !st.ok() && !core::PermissionPolicy::allows(*user, core::Action::ChangeSettings))
            return ctx.fail(st.error());
        CommandLine cl({QCommandLineOption(QStringLiteral("json"))});
        if (!cl.parse(args.mid(1)) || !cl.positional().isEmpty())
            return ctx.usageError(usage());
        QJsonArray arr;
        for (const Key k : kKeys) {
            const QString name = services::SettingsService::keyName(k);
            const QString value = settings.value(k);
            if (cl.isSet(QStringLiteral("json")))
                arr << QJsonObject{{QStringLiteral("id"), name}, {QStringLiteral("value"), value}};
            else
                ctx.out() << name << QStringLiteral(" = ") << value << Qt::endl;
        }
        if (cl.isSet(QStringLiteral("json")))
            return ctx.printJson(QJsonDocument(arr));
        return ExitOk;
    }
    if (sub == QLatin1String("set")) {
        if (auto st = core::PermissionPolicy::check(*user, core::Action::ChangeSettings); !st.ok())
            return ctx.fail(settings.setValue(*user, Key::InstitutionName, {}).error()); // audited denial
        if (args.size() != 3)
            return ctx.usageError(usage());
        for (const Key k : kKeys)
            if (services::SettingsService::keyName(k) == args.at(1)) {
                if (auto st = settings.setValue(*user, k, args.at(2)); !st.ok())
                    return ctx.fail(st.error());
                ctx.out() << tr("%1 = %2").arg(args.at(1), settings.value(k)) << Qt::endl;
                return ExitOk;
            }
        QStringList keys;
        for (const Key k : kKeys)
            keys << services::SettingsService::keyName(k);
        return ctx.usageError(
            tr("Unknown setting \"%1\"; known: %2.").arg(args.at(1), keys.join(QStringLiteral(", "))));
    }
    return ctx.usageError(tr("Unknown setting command \"%1\".\n").arg(sub) + usage());
}

} // namespace cb::cli
