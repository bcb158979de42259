#include "cli/UserCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "core/PermissionPolicy.h"
#include "services/AuthService.h"
#include "services/PasswordHasher.h"
#include "services/UserService.h"
#include "services/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cb::cli {

namespace {

QJsonArray idArray(const auto& list)
{
    QJsonArray a;
    for (const auto v : list)
        a << core::toId(v);
    return a;
}

} // namespace

QString UserCommand::summary() const
{
    return tr("Manage users: add, list, disable, unlock, reset-password");
}

QString UserCommand::usage() const
{
    return tr(
        "Usage:\n"
        "  cellboard-cli --user ADMIN user add NAME --name \"Printed Name\" --role ROLE [--role ROLE] "
        "[--discipline D]\n"
        "  cellboard-cli --user ADMIN user list [--json]\n"
        "  cellboard-cli --user ADMIN user disable NAME\n"
        "  cellboard-cli --user ADMIN user unlock NAME\n"
        "  cellboard-cli --user ADMIN user reset-password NAME\n"
        "Roles: administrator, coordinator, specialist, board_chair, viewer.\n"
        "Standard input: the administrator's password on the first line; for add and reset-password the\n"
        "new password on the next line (or none: a random one is generated and printed).\n"
        "The very first user of an empty database is added without --user and must be an administrator.");
}

int UserCommand::run(CliContext& ctx, const QStringList& args)
{
    if (args.isEmpty())
        return ctx.usageError(usage());
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("add"))
        return add(ctx, rest);
    if (sub == QLatin1String("list"))
        return list(ctx, rest);
    if (sub == QLatin1String("disable") || sub == QLatin1String("unlock") ||
        sub == QLatin1String("reset-password"))
        return simple(ctx, sub, rest);
    return ctx.usageError(tr("Unknown user command \"%1\".\n").arg(sub) + usage());
}

QString UserCommand::newPassword(CliContext& ctx, bool& generated)
{
    generated = false;
    QString pw;
    if (ctx.hasMoreStdinLines())
        pw = ctx.nextStdinLine(tr("New password: "));
    if (pw.isEmpty()) {
        pw = services::PasswordHasher::randomPassword();
        generated = true;
    }
    return pw;
}

int UserCommand::add(CliContext& ctx, const QStringList& args)
{
    auto ws = ctx.workspace(true);
    if (!ws.ok())
        return ctx.fail(ws.error());
    auto first = (*ws)->auth().needsFirstAdministrator();
    if (!first.ok())
        return ctx.fail(first.error());
    core::UserIdentity actor;
    if (!*first || !ctx.userName().isEmpty()) {
        auto user = ctx.authenticate();
        if (!user.ok())
            return ctx.fail(user.error());
        actor = *user;
        if (auto st = core::PermissionPolicy::check(actor, core::Action::ManageUsers); !st.ok())
            return ctx.fail((*ws)->users().listUsers(actor).error());
    }
    CommandLine cl({QCommandLineOption(QStringLiteral("name"), {}, QStringLiteral("PRINTED")),
                    QCommandLineOption(QStringLiteral("role"), {}, QStringLiteral("ROLE")),
                    QCommandLineOption(QStringLiteral("discipline"), {}, QStringLiteral("D"))});
    if (!cl.parse(args))
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage());
    if (cl.positional().size() != 1)
        return ctx.usageError(tr("Give exactly one username.\n") + usage());
    services::NewUser nu;
    nu.username = cl.positional().first();
    nu.printedName = cl.value(QStringLiteral("name"));
    for (const QString& r : cl.values(QStringLiteral("role")))
        for (const QString& part : r.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto role = core::fromId(core::roles(), part);
            if (!role)
                return ctx.usageError(tr("Unknown role \"%1\"; expected one of: %2.")
                                          .arg(part, core::allIds(core::roles()).join(QStringLiteral(", "))));
            nu.roles << *role;
        }
    for (const QString& d : cl.values(QStringLiteral("discipline")))
        for (const QString& part : d.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto disc = core::fromId(core::disciplines(), part);
            if (!disc)
                return ctx.usageError(
                    tr("Unknown discipline \"%1\"; expected one of: %2.")
                        .arg(part, core::allIds(core::disciplines()).join(QStringLiteral(", "))));
            nu.disciplines << *disc;
        }
    bool generated = false;
    nu.password = newPassword(ctx, generated);
    nu.mustChangePassword = !*first;
    auto id = (*ws)->users().addUser(actor, nu);
    if (!id.ok())
        return ctx.fail(id.error());
    ctx.out() << tr("User %1 added (id %2).").arg(nu.username.trimmed().toLower()).arg(*id) << Qt::endl;
    if (generated)
        ctx.out() << tr("Temporary password: %1").arg(nu.password) << Qt::endl;
    if (nu.mustChangePassword)
        ctx.out() << tr("The user must choose a new password at the first login.") << Qt::endl;
    return ExitOk;
}

int UserCommand::list(CliContext& ctx, const QStringList& args)
{
    auto user = ctx.authenticate();
    if (!user.ok())
        return ctx.fail(user.error());
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    if (!core::PermissionPolicy::allows(*user, core::Action::ManageUsers))
        return ctx.fail((*ws)->users().listUsers(*user).error());
    CommandLine cl({QCommandLineOption(QStringLiteral("json"))});
    if (!cl.parse(args) || !cl.positional().isEmpty())
        return ctx.usageError(tr("Usage: cellboard-cli --user ADMIN user list [--json]"));
    auto users = (*ws)->users().listUsers(*user);
    if (!users.ok())
        return ctx.fail(users.error());
    const QDateTime now = (*ws)->clock().nowUtc();
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const auto& u : *users)
            arr << QJsonObject{{QStringLiteral("id"), u.identity.id},
                               {QStringLiteral("username"), u.identity.username},
                               {QStringLiteral("printed_name"), u.identity.printedName},
                               {QStringLiteral("roles"), idArray(u.identity.roles)},
                               {QStringLiteral("disciplines"), idArray(u.identity.disciplines)},
                               {QStringLiteral("disabled"), u.disabled},
                               {QStringLiteral("locked"), u.isLockedAt(now)},
                               {QStringLiteral("must_change_password"), u.mustChangePassword}};
        return ctx.printJson(QJsonDocument(arr));
    }
    for (const auto& u : *users) {
        QStringList flags;
        if (u.disabled)
            flags << tr("disabled");
        if (u.isLockedAt(now))
            flags << tr("locked");
        if (u.mustChangePassword)
            flags << tr("must change password");
        QStringList roles;
        for (auto r : u.identity.roles)
            roles << core::toId(r);
        for (auto d : u.identity.disciplines)
            roles << core::toId(d);
        ctx.out() << QStringLiteral("%1  %2  %3  %4%5")
                         .arg(u.identity.id, 4)
                         .arg(u.identity.username, -14)
                         .arg(u.identity.printedName, -28)
                         .arg(roles.join(QLatin1Char(',')))
                         .arg(flags.isEmpty() ? QString()
                                              : QStringLiteral("  [") + flags.join(QStringLiteral(", ")) +
                                                    QLatin1Char(']'))
                  << Qt::endl;
    }
    return ExitOk;
}

int UserCommand::simple(CliContext& ctx, const QString& sub, const QStringList& args)
{
    auto user = ctx.authenticate();
    if (!user.ok())
        return ctx.fail(user.error());
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    if (!core::PermissionPolicy::allows(*user, core::Action::ManageUsers))
        return ctx.fail((*ws)->users().listUsers(*user).error());
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-')))
        return ctx.usageError(tr("Usage: cellboard-cli --user ADMIN user %1 NAME").arg(sub));
    const QString name = args.first();
    auto& users = (*ws)->users();
    if (sub == QLatin1String("disable")) {
        if (auto st = users.disableUser(*user, name); !st.ok())
            return ctx.fail(st.error());
        ctx.out() << tr("User %1 disabled.").arg(name) << Qt::endl;
    } else if (sub == QLatin1String("unlock")) {
        if (auto st = users.unlockUser(*user, name); !st.ok())
            return ctx.fail(st.error());
        ctx.out() << tr("User %1 unlocked.").arg(name) << Qt::endl;
    } else {
        bool generated = false;
        const QString pw = newPassword(ctx, generated);
        if (auto st = users.resetPassword(*user, name, pw); !st.ok())
            return ctx.fail(st.error());
        ctx.out() << tr("Password of %1 reset; the user must choose a new one at the next login.").arg(name)
                  << Qt::endl;
        if (generated)
            ctx.out() << tr("Temporary password: %1").arg(pw) << Qt::endl;
    }
    return ExitOk;
}

} // namespace cb::cli
