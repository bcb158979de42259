#pragma once

// Runs the real cellboard-cli binary (CB_BINARY_DIR/bin/cellboard-cli) the way a script does:
// arguments, bytes on standard input, exit code, standard output and standard error. The child
// inherits this process's environment (so CELLBOARD_DATA_DIR, set by ctest, reaches it) with a
// private XDG_RUNTIME_DIR and the offscreen platform.

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>

namespace cb::test {

struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // Non-empty lines of standard error.
    QStringList errLines() const;
    // Parses standard output as one JSON document; *ok false when anything else is on it.
    QJsonDocument json(bool* ok, QString* why = nullptr) const;
    // For failure messages: exit code and both streams, shortened.
    QString describe() const;
};

class CliRunner
{
public:
    static QString binary();
    static bool binaryExists();
    // Runs `cellboard-cli --db <db> [--user <user>] <args>` (db/user omitted when empty).
    static CliRun run(const QString& db, const QString& user, const QStringList& args,
                      const QByteArray& stdinBytes = {}, int timeoutMs = 120000);
    // Starts `count` copies of the same command at once (all started before any reads its
    // input), for races between clients; the runs in start order.
    static QList<CliRun> runAtOnce(const QString& db, const QString& user, const QStringList& args,
                                   const QByteArray& stdinBytes, int count, int timeoutMs = 180000);
    // Runs the binary with exactly these arguments.
    static CliRun runRaw(const QStringList& args, const QByteArray& stdinBytes = {}, int timeoutMs = 120000);
};

} // namespace cb::test
