// The PostgreSQL server stopped in the middle of a session and started again (issue 18 item 4).
// The test runs its own throwaway server (initdb and pg_ctl of PostgreSQL 15 as the postgres
// user, like /work/pgtest and packaging/cellboard-dev), so it can stop it:
//  - in-process: a logged-in session signs while the server is down (a clear message, nothing
//    signed), then signs again once the server is back, on the same session;
//  - cellboard-cli writers whose server is stopped (immediate mode, like a crash) at a random
//    moment while they run: each exits 0 or 1 with a clear message, and after the restart the
//    database has no half act and its audit chain verifies.
// The figures go to the log (qInfo).

#include "core/Vocabulary.h"
#include "reliability/StoreChecks.h"
#include "services/AuditService.h"
#include "services/AuthService.h"
#include "services/ReviewService.h"
#include "services/Workspace.h"
#include "support/CliRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace Qt::StringLiterals;
using cb::test::CliRun;
using cb::test::CliRunner;

namespace {

const QString kPassword = u"reliability-demo-password"_s;
const QString kBin = u"/usr/lib/postgresql/15/bin"_s;
constexpr int kStopRounds = 8;

// Runs a PostgreSQL tool as the postgres user; its output in *out.
bool asPostgres(const QStringList& command, QString* out)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s} + command);
    if (!p.waitForStarted(10000)) {
        *out = p.errorString();
        return false;
    }
    p.waitForFinished(120000);
    *out = QString::fromUtf8(p.readAll()).trimmed();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestPostgresRestart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldGoOnWithTheSessionAfterTheServerRestarts();
    void shouldLeaveNoHalfActWhenTheServerStopsDuringWrites();
    void cleanupTestCase();

private:
    bool startServer(QString* why);
    bool stopServer(const QString& mode, QString* why);
    QStringList inspect();

    QTemporaryDir m_dir;
    QString m_data;
    QString m_url;
    int m_port = 0;
    bool m_running = false;
    qint64 m_workUp = 0;
    QString m_answers;
};

bool TestPostgresRestart::startServer(QString* why)
{
    const QString options =
        u"-k %1 -c listen_addresses=127.0.0.1 -p %2 -c fsync=off -c max_connections=50"_s.arg(m_dir.path())
            .arg(m_port);
    m_running = asPostgres({kBin + u"/pg_ctl"_s, u"-D"_s, m_data, u"-l"_s, m_dir.filePath(u"server.log"_s),
                            u"-w"_s, u"-o"_s, options, u"start"_s},
                           why);
    return m_running;
}

bool TestPostgresRestart::stopServer(const QString& mode, QString* why)
{
    const bool ok =
        asPostgres({kBin + u"/pg_ctl"_s, u"-D"_s, m_data, u"-m"_s, mode, u"-w"_s, u"stop"_s}, why);
    if (ok)
        m_running = false;
    return ok;
}

void TestPostgresRestart::initTestCase()
{
    if (!CliRunner::binaryExists())
        QSKIP("cellboard-cli has not been built");
    if (!QFileInfo(kBin + u"/pg_ctl"_s).isExecutable() || ::geteuid() != 0)
        QSKIP(
            "SKIPPED: needs root and PostgreSQL 15 (/usr/lib/postgresql/15/bin) to run a server of its own");
    QVERIFY(m_dir.isValid());
    QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7755));
    QString out;
    QProcess chown;
    chown.start(u"chown"_s, {u"postgres"_s, m_dir.path()});
    QVERIFY(chown.waitForFinished(10000) && chown.exitCode() == 0);
    m_data = m_dir.filePath(u"data"_s);
    QVERIFY2(asPostgres({kBin + u"/initdb"_s, u"-D"_s, m_data, u"-A"_s, u"trust"_s, u"-U"_s, u"postgres"_s,
                         u"-E"_s, u"UTF8"_s, u"--locale=C.UTF-8"_s},
                        &out),
             qPrintable(out));
    m_port = 57000 + int(QRandomGenerator::global()->bounded(900));
    QVERIFY2(startServer(&out), qPrintable(out));
    QVERIFY2(asPostgres({kBin + u"/createdb"_s, u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(m_port),
                         u"-U"_s, u"postgres"_s, u"cellboard"_s},
                        &out),
             qPrintable(out));
    m_url = u"postgresql://postgres@127.0.0.1:%1/cellboard"_s.arg(m_port);
    const CliRun init = CliRunner::run(m_url, {}, {u"init"_s, u"--demo"_s, u"--demo-password"_s, kPassword});
    QVERIFY2(init.finished && init.exitCode == 0, qPrintable(init.describe()));

    QFile answers(m_dir.filePath(u"answers.json"_s));
    QVERIFY(answers.open(QIODevice::WriteOnly));
    answers.write("{}");
    m_answers = answers.fileName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"restart-setup"_s);
        db.setHostName(u"127.0.0.1"_s);
        db.setPort(m_port);
        db.setDatabaseName(u"cellboard"_s);
        db.setUserName(u"postgres"_s);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(
            q.exec(
                u"SELECT MIN(id) FROM clinical_case c WHERE state = 'work_up' AND NOT EXISTS (SELECT 1 FROM "
                "opinion o WHERE o.case_id = c.id)"_s) &&
            q.next());
        m_workUp = q.value(0).toLongLong();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"restart-setup"_s);
    QVERIFY(m_workUp > 0);
}

void TestPostgresRestart::cleanupTestCase()
{
    QString out;
    if (m_running)
        stopServer(u"immediate"_s, &out);
}

QStringList TestPostgresRestart::inspect()
{
    QStringList problems;
    const QString name = u"restart-inspect"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(u"127.0.0.1"_s);
        db.setPort(m_port);
        db.setDatabaseName(u"cellboard"_s);
        db.setUserName(u"postgres"_s);
        if (!db.open())
            problems << u"cannot connect: "_s + db.lastError().text();
        else
            problems += cb::test::halfActs(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (const QString p = cb::test::auditVerifyProblem(m_url); !p.isEmpty())
        problems << p;
    return problems;
}

void TestPostgresRestart::shouldGoOnWithTheSessionAfterTheServerRestarts()
{
    using cb::services::Workspace;
    // GIVEN a logged-in cardiologist with a draft opinion
    CliRun r =
        CliRunner::run(m_url, u"cardiology"_s,
                       {u"opinion"_s, u"record"_s, QString::number(m_workUp), u"--discipline"_s,
                        u"cardiology"_s, u"--answers"_s, m_answers, u"--recommendation"_s, u"supports"_s},
                       (kPassword + u'\n').toUtf8());
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    auto ws = Workspace::open(m_url, Workspace::OpenMode::MustExist);
    QVERIFY2(ws.ok(), qPrintable(ws.error().message));
    auto login = (*ws)->auth().login(u"cardiology"_s, kPassword);
    QVERIFY2(login.ok(), qPrintable(login.error().message));

    // WHEN the server stops in the middle of the session and the specialist signs
    QString out;
    QVERIFY2(stopServer(u"fast"_s, &out), qPrintable(out));
    auto down =
        (*ws)->reviews().signOpinion(login->user, m_workUp, cb::core::Discipline::Cardiology, kPassword);

    // THEN the signing fails with a message saying the connection is lost, and nothing is signed
    QVERIFY(!down.ok());
    qInfo("signing while the server is down: \"%s\"", qPrintable(down.error().message));
    QVERIFY2(down.error().code == cb::ErrorCode::Unavailable, qPrintable(down.error().message));
    QVERIFY2(down.error().message.contains(u"connection to the database"_s),
             qPrintable(down.error().message));

    // WHEN the server is back THEN the same session signs
    QVERIFY2(startServer(&out), qPrintable(out));
    auto again =
        (*ws)->reviews().signOpinion(login->user, m_workUp, cb::core::Discipline::Cardiology, kPassword);
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    auto verified = (*ws)->audit().verify();
    QVERIFY2(verified.ok() && verified->ok(), "the audit chain does not verify after the restart");
    ws->reset();
    const QStringList problems = inspect();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestPostgresRestart::shouldLeaveNoHalfActWhenTheServerStopsDuringWrites()
{
    const QStringList disciplines{u"neurology"_s, u"pulmonology"_s, u"icu"_s};
    int stoppedDuring = 0;
    int acknowledged = 0;
    int refusedClearly = 0;
    QStringList failures;
    QRandomGenerator rng(QRandomGenerator::global()->generate());
    // how long a writer runs here: one that goes through undisturbed
    double meanMs = 0;
    {
        QElapsedTimer timer;
        timer.start();
        const CliRun r =
            CliRunner::run(m_url, u"nursing"_s,
                           {u"opinion"_s, u"record"_s, QString::number(m_workUp), u"--discipline"_s,
                            u"nursing"_s, u"--answers"_s, m_answers, u"--recommendation"_s, u"supports"_s},
                           (kPassword + u'\n').toUtf8());
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        meanMs = double(timer.elapsed());
    }
    for (int round = 0; round < kStopRounds; ++round) {
        // GIVEN a specialist's record or signing running
        const QString d = disciplines.at(round % disciplines.size());
        const bool signIt = round >= disciplines.size();
        const QStringList args =
            signIt ? QStringList{u"opinion"_s, u"sign"_s, QString::number(m_workUp), u"--discipline"_s, d}
                   : QStringList{u"opinion"_s,   u"record"_s, QString::number(m_workUp), u"--discipline"_s, d,
                                 u"--answers"_s, m_answers,   u"--recommendation"_s,     u"supports"_s};
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_RUNTIME_DIR"_s, m_dir.path());
        p.setProcessEnvironment(env);
        p.start(CliRunner::binary(), QStringList{u"--db"_s, m_url, u"--user"_s, d} + args);
        QVERIFY(p.waitForStarted(20000));
        p.write((kPassword + u'\n').toUtf8());
        p.closeWriteChannel();
        // WHEN the server stops at a random moment of it (immediate: like a crash), spread over the
        // run time of the writers that went through
        QElapsedTimer timer;
        timer.start();
        const bool finishedFirst = p.waitForFinished(1 + int(rng.bounded(1.2 * meanMs)));
        if (finishedFirst)
            meanMs = 0.7 * meanMs + 0.3 * double(timer.elapsed());
        QString out;
        QVERIFY2(stopServer(u"immediate"_s, &out), qPrintable(out));
        if (!finishedFirst) {
            ++stoppedDuring;
            QVERIFY(p.waitForFinished(120000));
        }
        // THEN it exits 0, or 1 with a clear message
        const QString err = QString::fromUtf8(p.readAllStandardError());
        if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            ++acknowledged;
        else if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 1 &&
                 (err.contains(u"connection to the database"_s) || err.contains(u"Cannot connect"_s)))
            ++refusedClearly;
        else if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 4)
            ++refusedClearly; // nothing to sign: the record before it was cut by the stop
        else
            failures << u"round %1: exit %2: %3"_s.arg(round).arg(p.exitCode()).arg(err.left(400));
        // AND after the restart there is no half act and the audit chain verifies
        QVERIFY2(startServer(&out), qPrintable(out));
        for (const QString& problem : inspect())
            failures << u"round %1: %2"_s.arg(round).arg(problem);
    }
    qInfo("PostgreSQL stopped during %d of %d writers (%d acknowledged, %d refused with a clear message); %d "
          "problems after the restarts",
          stoppedDuring, kStopRounds, acknowledged, refusedClearly, int(failures.size()));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestPostgresRestart)
#include "TestPostgresRestart.moc"
