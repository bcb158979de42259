#pragma once

#include "cli/ExitCode.h"
#include "core/Result.h"
#include "core/UserIdentity.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <optional>

namespace cb::core {
class Clock;
}

namespace cb::services {
class Workspace;
}

namespace cb::cli {

// What every command gets: the streams, the global options, the database and the
// authenticated user (both opened on first use).
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(cb::cli::CliContext)
public:
    CliContext(QTextStream& in, QTextStream& out, QTextStream& err, bool stdinIsTerminal);
    ~CliContext();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Standard input, read once and cached (JSON for `grade`, the password for --user).
    QByteArray readAllStdin();
    // The password: the first line of standard input, newline stripped, read once.
    QString readPasswordLine();
    // The next line of standard input (e.g. a new user's password after --user's own);
    // on a terminal, asks with the prompt and does not echo.
    QString nextStdinLine(const QString& prompt);
    bool hasMoreStdinLines();

    void setDatabaseUrl(const QString& url) { m_dbUrl = url; }
    void setUserName(const QString& user) { m_userName = user; }
    QString databaseUrl() const { return m_dbUrl; }
    QString userName() const { return m_userName; }
    // --db, else this workstation's database file.
    QString resolvedDatabaseUrl() const;
    // The clock of this run (a fixed one in test builds with CELLBOARD_TEST_NOW).
    std::shared_ptr<const core::Clock> clock() const;

    // The database, opened and migrated on first use (created when missing only if allowCreate).
    Result<services::Workspace*> workspace(bool allowCreate = false);
    // The --user, authenticated with the password on standard input. Exit code 3 paths.
    Result<core::UserIdentity> authenticate();

    // After the command: when it opened the database, signs the audit trail's head with this
    // workstation's key (services::AuditService::checkpoint). A chain rewritten since the last
    // checkpoint is said on stderr; other problems go to the log only.
    void anchorAuditTrail();

    // Prints the error's message (one line) to stderr and returns its exit code.
    int fail(const Error& error);
    // Prints a usage error and returns 2.
    int usageError(const QString& message);
    // Writes compact-or-indented JSON to stdout followed by a newline; returns 0.
    int printJson(const QJsonDocument& doc);

private:
    QTextStream& m_in;
    QTextStream& m_out;
    QTextStream& m_err;
    bool m_stdinIsTerminal = false;
    std::optional<QByteArray> m_stdin;
    std::optional<QString> m_password;
    std::optional<QStringList> m_lines;
    void nextStdinLinePeek();
    QString m_dbUrl;
    QString m_userName;
    std::unique_ptr<services::Workspace> m_workspace;
    std::optional<core::UserIdentity> m_user;
};

} // namespace cb::cli
