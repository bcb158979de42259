#include "cli/CliApp.h"

#include "cli/AuditCommand.h"
#include "cli/BackupCommand.h"
#include "cli/CaseCommand.h"
#include "cli/CliContext.h"
#include "cli/DecisionCommand.h"
#include "cli/ExportCommand.h"
#include "cli/FollowUpCommand.h"
#include "cli/GradeCommand.h"
#include "cli/ImportCommand.h"
#include "cli/InitCommand.h"
#include "cli/MeetingCommand.h"
#include "cli/MonitorCommand.h"
#include "cli/OpinionCommand.h"
#include "cli/PathwayCommand.h"
#include "cli/PatientCommand.h"
#include "cli/RecordCommand.h"
#include "cli/RestoreCommand.h"
#include "cli/SettingCommand.h"
#include "cli/UserCommand.h"

#include <QCoreApplication>
#include <cstdio>
#include <unistd.h>

namespace cb::cli {

CliApp::CliApp()
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<UserCommand>());
    m_commands.push_back(std::make_unique<CaseCommand>());
    m_commands.push_back(std::make_unique<PatientCommand>());
    m_commands.push_back(std::make_unique<RecordCommand>(RecordCommand::Kind::History));
    m_commands.push_back(std::make_unique<RecordCommand>(RecordCommand::Kind::Line));
    m_commands.push_back(std::make_unique<RecordCommand>(RecordCommand::Kind::Transplant));
    m_commands.push_back(std::make_unique<RecordCommand>(RecordCommand::Kind::Observation));
    m_commands.push_back(std::make_unique<OpinionCommand>());
    m_commands.push_back(std::make_unique<DecisionCommand>());
    m_commands.push_back(std::make_unique<MeetingCommand>());
    m_commands.push_back(std::make_unique<AuditCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    m_commands.push_back(std::make_unique<SettingCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<GradeCommand>());
    m_commands.push_back(std::make_unique<PathwayCommand>());
    m_commands.push_back(std::make_unique<MonitorCommand>());
    m_commands.push_back(std::make_unique<FollowUpCommand>());
}

CliApp::~CliApp() = default;

QString CliApp::help() const
{
    QString text = tr("Usage: cellboard-cli [--db URL] [--user NAME] COMMAND [ARGS…]\n\n"
                      "  --db URL     a SQLite file (default: the user's CellBoard database) or\n"
                      "               postgresql://user@host:port/dbname?sslmode=… (password from PGPASSWORD "
                      "or ~/.pgpass)\n"
                      "  --user NAME  act as this user; the password is one line on standard input\n\n"
                      "Commands:\n");
    for (const auto& c : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(c->name(), -8).arg(c->summary());
    text += tr("\n\"cellboard-cli help COMMAND\" shows a command's usage.\n"
               "Exit codes: 0 done; 1 failure; 2 bad input or usage; 3 not authenticated or not permitted; "
               "4 conflict or not allowed in the record's state.");
    return text;
}

int CliApp::run(const QStringList& arguments)
{
    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliContext ctx(in, out, err, isatty(STDIN_FILENO) != 0);

    QStringList rest;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        auto takeValue = [&](const QString& opt, QString& target) -> int {
            if (a == opt) {
                if (i + 1 >= arguments.size()) {
                    err << tr("%1 needs a value.").arg(opt) << Qt::endl;
                    return ExitBadInput;
                }
                target = arguments.at(++i);
                return 1;
            }
            if (a.startsWith(opt + QLatin1Char('='))) {
                target = a.mid(opt.size() + 1);
                return 1;
            }
            return 0;
        };
        QString value;
        int r = takeValue(QStringLiteral("--db"), value);
        if (r == ExitBadInput)
            return ExitBadInput;
        if (r == 1) {
            ctx.setDatabaseUrl(value);
            continue;
        }
        r = takeValue(QStringLiteral("--user"), value);
        if (r == ExitBadInput)
            return ExitBadInput;
        if (r == 1) {
            ctx.setUserName(value.trimmed().toLower());
            continue;
        }
        rest << a;
    }
    if (rest.isEmpty() || rest.first() == QLatin1String("--help") || rest.first() == QLatin1String("-h")) {
        (rest.isEmpty() ? err : out) << help() << Qt::endl;
        return rest.isEmpty() ? ExitBadInput : ExitOk;
    }
    if (rest.first() == QLatin1String("--version")) {
        out << QStringLiteral("cellboard-cli ") << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    if (rest.first() == QLatin1String("help")) {
        if (rest.size() > 1) {
            for (const auto& c : m_commands)
                if (c->name() == rest.at(1)) {
                    out << c->usage() << Qt::endl;
                    return ExitOk;
                }
            // a command that does not exist is a usage error, like running it
            err << tr("Unknown command \"%1\". Run \"cellboard-cli --help\".").arg(rest.at(1)) << Qt::endl;
            return ExitBadInput;
        }
        out << help() << Qt::endl;
        return ExitOk;
    }
    for (const auto& c : m_commands)
        if (c->name() == rest.first()) {
            const QStringList args = rest.mid(1);
            if (args.contains(QLatin1String("--help"))) {
                out << c->usage() << Qt::endl;
                return ExitOk;
            }
            const int code = c->run(ctx, args);
            ctx.anchorAuditTrail();
            return code;
        }
    err << tr("Unknown command \"%1\". Run \"cellboard-cli --help\".").arg(rest.first()) << Qt::endl;
    return ExitBadInput;
}

} // namespace cb::cli
