#include "cli/InitCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "core/PermissionPolicy.h"
#include "services/DemoProgram.h"
#include "services/Workspace.h"

#include <QCoreApplication>

namespace cb::cli {

QString InitCommand::summary() const
{
    return tr("Create or update the database; --demo loads the demo program");
}

QString InitCommand::usage() const
{
    return tr("Usage: cellboard-cli [--db URL] init [--demo] [--demo-password P] [--synthetic N]\n"
              "Creates the database (or brings an existing one to this version's schema).\n"
              "  --demo              load the demo program into a new, empty database\n"
              "  --demo-password P   the demo users' password (12 characters or more)\n"
              "  --synthetic N       add N generated cases (for scale tests); into a database that\n"
              "                      has users, only with --user of an administrator");
}

int InitCommand::run(CliContext& ctx, const QStringList& args)
{
    CommandLine cl({QCommandLineOption(QStringLiteral("demo")),
                    QCommandLineOption(QStringLiteral("demo-password"), {}, QStringLiteral("P")),
                    QCommandLineOption(QStringLiteral("synthetic"), {}, QStringLiteral("N"))});
    if (!cl.parse(args))
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage());
    if (!cl.positional().isEmpty())
        return ctx.usageError(tr("Unexpected argument \"%1\".\n").arg(cl.positional().first()) + usage());
    const bool demo = cl.isSet(QStringLiteral("demo"));
    QString password = cl.value(QStringLiteral("demo-password"));
    if (!demo && cl.isSet(QStringLiteral("demo-password")))
        return ctx.usageError(tr("--demo-password needs --demo."));
    if (demo && cl.isSet(QStringLiteral("demo-password")) && password.size() < 12)
        return ctx.usageError(tr("The demo password needs at least 12 characters."));
    qint64 synthetic = 0;
    if (cl.isSet(QStringLiteral("synthetic"))) {
        bool ok = false;
        synthetic = cl.value(QStringLiteral("synthetic")).toLongLong(&ok);
        if (!ok || synthetic < 0)
            return ctx.usageError(tr("--synthetic takes a number of cases, e.g. --synthetic 100000."));
    }

    auto ws = ctx.workspace(true);
    if (!ws.ok())
        return ctx.fail(ws.error());
    // generated cases go into a database in use only from a logged-in administrator
    auto inUse = services::DemoProgram(**ws).hasUsers();
    if (!inUse.ok())
        return ctx.fail(inUse.error());
    core::UserIdentity admin;
    if (synthetic > 0 && *inUse && !demo) {
        auto user = ctx.authenticate();
        if (!user.ok())
            return ctx.fail(user.error());
        // refused (and audited) before anything is said or done
        if (auto st = (*ws)->require(*user, {core::Action::ChangeSettings, std::nullopt,
                                             QStringLiteral("case.synthetic"), 0, false,
                                             QStringLiteral("clinical_case")});
            !st.ok())
            return ctx.fail(st.error());
        admin = *user;
    }
    ctx.out() << tr("Database ready: %1 (schema %2)").arg((*ws)->displayUrl()).arg((*ws)->schemaVersion())
              << Qt::endl;
    if (const QString backup = (*ws)->preMigrationBackup(); !backup.isEmpty())
        ctx.out() << tr("Backed up before the update: %1").arg(backup) << Qt::endl;
    if (demo) {
        const bool defaulted = password.isEmpty();
        if (defaulted)
            password = services::DemoProgram::defaultPassword();
        if (auto st = services::DemoProgram(**ws).load(password); !st.ok())
            return ctx.fail(st.error());
        ctx.out()
            << tr("Demo program loaded. Users: admin, coordinator, chair, hematology, cardiology, neurology, "
                  "pulmonology, icu, nursing.")
            << Qt::endl;
        if (defaulted)
            ctx.out() << tr("Demo password for every demo user: %1").arg(password) << Qt::endl;
    }
    if (synthetic > 0) {
        auto n = services::DemoProgram(**ws).addSynthetic(synthetic, admin);
        if (!n.ok())
            return ctx.fail(n.error());
        ctx.out() << tr("Added %1 synthetic cases.").arg(*n) << Qt::endl;
    }
    return ExitOk;
}

} // namespace cb::cli
