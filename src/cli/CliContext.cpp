#include "cli/CliContext.h"

#include "core/Clock.h"
#include "platform/Logging.h"
#include "platform/Paths.h"
#include "services/AuditService.h"
#include "services/AuthService.h"
#include "services/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#include <memory>
#include <termios.h>
#include <unistd.h>

namespace cb::cli {

namespace {

// Reads one line from the terminal without echo.
QString readHiddenLine()
{
    termios old{};
    const bool tty = tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    char buf[1024];
    QString line;
    if (std::fgets(buf, sizeof buf, stdin))
        line = QString::fromUtf8(buf);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fputs("\n", stderr);
    }
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

// The clock of this run. A build with the test suite honours CELLBOARD_TEST_NOW (an ISO-8601
// UTC time) so CLI tests can run on a fixed day; a release build always uses the system clock.
std::shared_ptr<const core::Clock> testClock()
{
#ifdef CELLBOARD_TEST_SEAMS
    const QByteArray now = qgetenv("CELLBOARD_TEST_NOW");
    if (!now.isEmpty()) {
        const QDateTime t = QDateTime::fromString(QString::fromLatin1(now), Qt::ISODateWithMs);
        if (t.isValid())
            return std::make_shared<core::ManualClock>(t.toUTC());
        CB_LOG_WARN("CELLBOARD_TEST_NOW is not an ISO-8601 time; using the system clock");
    }
#endif
    return nullptr;
}

} // namespace

CliContext::CliContext(QTextStream& in, QTextStream& out, QTextStream& err, bool stdinIsTerminal)
    : m_in(in), m_out(out), m_err(err), m_stdinIsTerminal(stdinIsTerminal)
{
}

CliContext::~CliContext() = default;

QByteArray CliContext::readAllStdin()
{
    if (!m_stdin) {
        QFile f;
        if (f.open(stdin, QIODevice::ReadOnly))
            m_stdin = f.readAll();
        else
            m_stdin = QByteArray();
    }
    return *m_stdin;
}

QString CliContext::nextStdinLine(const QString& prompt)
{
    if (m_stdinIsTerminal) {
        m_err << prompt << Qt::flush;
        return readHiddenLine();
    }
    if (!m_lines) {
        const QString all = QString::fromUtf8(readAllStdin());
        m_lines = all.split(QLatin1Char('\n'));
        if (!m_lines->isEmpty() && m_lines->last().isEmpty())
            m_lines->removeLast();
    }
    if (m_lines->isEmpty())
        return QString();
    QString line = m_lines->takeFirst();
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

bool CliContext::hasMoreStdinLines()
{
    if (m_stdinIsTerminal)
        return true;
    nextStdinLinePeek();
    return m_lines && !m_lines->isEmpty();
}

void CliContext::nextStdinLinePeek()
{
    if (!m_lines) {
        const QString all = QString::fromUtf8(readAllStdin());
        m_lines = all.split(QLatin1Char('\n'));
        if (!m_lines->isEmpty() && m_lines->last().isEmpty())
            m_lines->removeLast();
    }
}

QString CliContext::readPasswordLine()
{
    if (!m_password)
        m_password = nextStdinLine(tr("Password for %1: ").arg(m_userName));
    return *m_password;
}

QString CliContext::resolvedDatabaseUrl() const
{
    return m_dbUrl.isEmpty() ? platform::Paths::defaultDatabaseFile() : m_dbUrl;
}

std::shared_ptr<const core::Clock> CliContext::clock() const
{
    if (auto fixed = testClock())
        return fixed;
    return std::make_shared<core::SystemClock>();
}

Result<services::Workspace*> CliContext::workspace(bool allowCreate)
{
    if (!m_workspace) {
        const QString url = resolvedDatabaseUrl();
        auto ws = services::Workspace::open(url,
                                            allowCreate ? services::Workspace::OpenMode::CreateIfMissing
                                                        : services::Workspace::OpenMode::MustExist,
                                            testClock());
        if (!ws.ok()) {
            Error e = ws.error();
            // a database that cannot be opened is not the caller's bad input
            if (e.code != ErrorCode::BadInput)
                e.code = ErrorCode::Failure;
            return e;
        }
        m_workspace = std::move(ws).value();
    }
    return m_workspace.get();
}

void CliContext::anchorAuditTrail()
{
    if (!m_workspace)
        return;
    auto made = m_workspace->audit().checkpoint(m_workspace->clock().nowUtc());
    if (made.ok())
        return;
    CB_LOG_WARN("audit checkpoint not made: {}", made.error().message.toStdString());
    if (made.error().detail == QLatin1String("audit checkpoint refused"))
        m_err << made.error().message << Qt::endl;
}

Result<core::UserIdentity> CliContext::authenticate()
{
    if (m_user)
        return *m_user;
    if (m_userName.isEmpty())
        return Error::notAuthenticated(
            tr("This command needs a user: give --user NAME and the password as one "
               "line on standard input."));
    auto ws = workspace();
    if (!ws.ok())
        return ws.error();
    const QString password = readPasswordLine();
    if (password.isEmpty())
        return Error::notAuthenticated(tr("No password on standard input for --user %1.").arg(m_userName));
    auto login = (*ws)->auth().login(m_userName, password);
    if (!login.ok())
        return login.error();
    if (login->mustChangePassword)
        return Error::notAuthenticated(tr("User %1 must choose a new password first: log in to the CellBoard "
                                          "application once.")
                                           .arg(m_userName));
    m_user = login->user;
    return *m_user;
}

int CliContext::fail(const Error& error)
{
    if (!error.detail.isEmpty())
        CB_LOG_WARN("command failed: {}", error.detail.toStdString());
    if (qEnvironmentVariableIsSet("CELLBOARD_DEBUG_ERRORS"))
        m_err << error.detail << Qt::endl;
    QString msg = error.message.isEmpty() ? tr("Failed.") : error.message;
    msg.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_err << msg << Qt::endl;
    return exitCodeFor(error.code);
}

int CliContext::usageError(const QString& message)
{
    m_err << message << Qt::endl;
    return ExitBadInput;
}

int CliContext::printJson(const QJsonDocument& doc)
{
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Compact)) << Qt::endl;
    return ExitOk;
}

} // namespace cb::cli
