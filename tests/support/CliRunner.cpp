#include "support/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonParseError>
#include <QProcess>
#include <QTemporaryDir>
#include <memory>

namespace cb::test {

namespace {

QString runtimeDir()
{
    static std::unique_ptr<QTemporaryDir> dir = [] {
        auto d = std::make_unique<QTemporaryDir>();
        QFile::setPermissions(d->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return d;
    }();
    return dir->path();
}

} // namespace

QStringList CliRun::errLines() const
{
    return errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QJsonDocument CliRun::json(bool* ok, QString* why) const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    *ok = error.error == QJsonParseError::NoError && !doc.isNull();
    if (why)
        *why = error.errorString();
    return doc;
}

QString CliRun::describe() const
{
    return QStringLiteral("exit %1%2; stdout: %3; stderr: %4")
        .arg(exitCode)
        .arg(finished ? QString() : QStringLiteral(" (did not finish)"))
        .arg(outText().left(600), errText().left(600));
}

QString CliRunner::binary()
{
    return QStringLiteral(CB_BINARY_DIR "/bin/cellboard-cli");
}

bool CliRunner::binaryExists()
{
    return QFileInfo(binary()).isExecutable();
}

CliRun CliRunner::run(const QString& db, const QString& user, const QStringList& args,
                      const QByteArray& stdinBytes, int timeoutMs)
{
    QStringList all;
    if (!db.isEmpty())
        all << QStringLiteral("--db") << db;
    if (!user.isEmpty())
        all << QStringLiteral("--user") << user;
    return runRaw(all + args, stdinBytes, timeoutMs);
}

namespace {
QProcessEnvironment childEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir());
    env.remove(QStringLiteral("CELLBOARD_DEBUG_ERRORS"));
    return env;
}
} // namespace

QList<CliRun> CliRunner::runAtOnce(const QString& db, const QString& user, const QStringList& args,
                                   const QByteArray& stdinBytes, int count, int timeoutMs)
{
    QStringList all{QStringLiteral("--db"), db, QStringLiteral("--user"), user};
    all += args;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < count; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(childEnvironment());
        p->start(binary(), all);
        processes.push_back(std::move(p));
    }
    // every child is started before any gets its input, so their checks overlap
    for (auto& p : processes) {
        if (p->waitForStarted(20000)) {
            p->write(stdinBytes);
            p->closeWriteChannel();
        }
    }
    QList<CliRun> runs;
    for (auto& p : processes) {
        CliRun r;
        if (p->waitForFinished(timeoutMs)) {
            r.finished = p->exitStatus() == QProcess::NormalExit;
            r.exitCode = p->exitCode();
        } else {
            p->kill();
            p->waitForFinished();
        }
        r.out = p->readAllStandardOutput();
        r.err = p->readAllStandardError();
        runs << r;
    }
    return runs;
}

CliRun CliRunner::runRaw(const QStringList& args, const QByteArray& stdinBytes, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(childEnvironment());
    p.start(binary(), args);
    CliRun r;
    if (!p.waitForStarted(20000))
        return r;
    p.write(stdinBytes);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    r.finished = p.exitStatus() == QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace cb::test
