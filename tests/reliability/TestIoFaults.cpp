// Injected I/O errors during a signing (issue 18 item 4): a test-only SQLite VFS fails the N-th
// read, write or sync of an opinion's and of the board verdict's signing, for every N the signing
// has. Each signing either succeeds whole or fails with a clear message (the disk-full one for
// SQLITE_FULL), never a crash; reopened without faults the database passes integrity_check and
// the audit verification, and holds no half act. The figures go to the log (qInfo).

#include "core/Vocabulary.h"
#include "reliability/FaultVfs.h"
#include "reliability/StoreChecks.h"
#include "services/AuditService.h"
#include "services/AuthService.h"
#include "services/DecisionService.h"
#include "services/ReviewService.h"
#include "services/Workspace.h"
#include "support/CliRunner.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using cb::test::CliRun;
using cb::test::CliRunner;
namespace vfs = cb::test::faultvfs;

namespace {

const QString kPassword = u"reliability-demo-password"_s;

enum class Act { Opinion, Verdict };

struct Tally
{
    int faultPoints = 0;    // runs in which the fault was injected
    int succeeded = 0;      // the signing reported success (the fault was absorbed)
    int failedClean = 0;    // it reported an error and nothing of it is there
    int failedButWhole = 0; // it reported an error, yet reopened the signing is there whole
    int damaged = 0;
    int halfActs = 0;
    int lost = 0;
};

Tally g_total;

} // namespace

Q_DECLARE_METATYPE(Act)
Q_DECLARE_METATYPE(vfs::Op)

class TestIoFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldSignWholeOrNotAtAllWhenTheNthCallFails_data();
    void shouldSignWholeOrNotAtAllWhenTheNthCallFails();
    void shouldReportAFullDiskAsAFullDisk();
    void cleanupTestCase();

private:
    // A fresh copy of the prepared database.
    QString freshCopy();
    // Signs on `db` (faults armed by the caller around the act only); the error message, or
    // empty on success. *opened false when the workspace did not open.
    QString sign(Act act, const QString& db, vfs::Op op, int n, int code, bool* opened, bool* injected);
    // Reopened without faults: problems found, and whether the act's record is signed.
    QStringList inspect(Act act, const QString& db, bool* isSigned);

    QTemporaryDir m_dir;
    QString m_template;
    int m_copies = 0;
    qint64 m_opinionCase = 0;
    qint64 m_verdictCase = 0;
};

void TestIoFaults::initTestCase()
{
    if (!CliRunner::binaryExists())
        QSKIP("cellboard-cli has not been built");
    QVERIFY2(vfs::install(), "SQLite refused the fault-injecting VFS");
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(u"prepared.sqlite"_s);
    CliRun r = CliRunner::run(m_template, {}, {u"init"_s, u"--demo"_s, u"--demo-password"_s, kPassword});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    {
        const QString name = u"io-faults-template"_s;
        QSqlDatabase db = cb::test::openSqliteConnection(name, m_template);
        QSqlQuery q(db);
        QVERIFY(
            q.exec(u"SELECT id FROM clinical_case c WHERE state = 'work_up' AND NOT EXISTS (SELECT 1 FROM "
                   "opinion o WHERE o.case_id = c.id) ORDER BY id"_s) &&
            q.next());
        m_opinionCase = q.value(0).toLongLong();
        QVERIFY(q.exec(u"SELECT id FROM clinical_case WHERE state = 'ready_for_board' ORDER BY id"_s) &&
                q.next());
        m_verdictCase = q.value(0).toLongLong();
        q.finish();
        db.close();
    }
    cb::test::closeConnection(u"io-faults-template"_s);
    // The Qt driver goes through this process's libsqlite3, so through the fault VFS
    vfs::resetCounts();
    {
        auto ws = cb::services::Workspace::open(m_template, cb::services::Workspace::OpenMode::MustExist);
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
    }
    QVERIFY2(vfs::counts().opens > 0 && vfs::counts().reads > 0,
             "Qt's SQLite driver does not use the libsqlite3 this test links: the fault VFS sees no file");

    QFile answers(m_dir.filePath(u"answers.json"_s));
    QVERIFY(answers.open(QIODevice::WriteOnly));
    answers.write("{}");
    answers.close();
    r = CliRunner::run(m_template, u"cardiology"_s,
                       {u"opinion"_s, u"record"_s, QString::number(m_opinionCase), u"--discipline"_s,
                        u"cardiology"_s, u"--answers"_s, answers.fileName(), u"--recommendation"_s,
                        u"supports"_s},
                       (kPassword + u'\n').toUtf8());
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    r = CliRunner::run(m_template, u"chair"_s,
                       {u"decision"_s, u"record"_s, QString::number(m_verdictCase), u"--verdict"_s,
                        u"eligible"_s, u"--rationale"_s, u"Discussed by the board"_s},
                       (kPassword + u'\n').toUtf8());
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
}

QString TestIoFaults::freshCopy()
{
    const QString copy = m_dir.filePath(u"copy%1.sqlite"_s.arg(++m_copies));
    QFile::copy(m_template, copy);
    if (QFile::exists(m_template + u"-wal"_s))
        QFile::copy(m_template + u"-wal"_s, copy + u"-wal"_s);
    return copy;
}

QString TestIoFaults::sign(Act act, const QString& db, vfs::Op op, int n, int code, bool* opened,
                           bool* injected)
{
    using cb::services::Workspace;
    *opened = false;
    *injected = false;
    QString error;
    {
        auto ws = Workspace::open(db, Workspace::OpenMode::MustExist);
        if (!ws.ok())
            return u"open: "_s + ws.error().message;
        *opened = true;
        const QString user = act == Act::Opinion ? u"cardiology"_s : u"chair"_s;
        auto login = (*ws)->auth().login(user, kPassword);
        if (!login.ok())
            return u"login: "_s + login.error().message;
        const cb::core::UserIdentity actor = login->user;
        // the fault may land anywhere from the act to the checkpoint when the connection closes
        vfs::resetCounts();
        if (n > 0)
            vfs::arm(op, n, code);
        if (act == Act::Opinion) {
            auto s = (*ws)->reviews().signOpinion(actor, m_opinionCase, cb::core::Discipline::Cardiology,
                                                  kPassword);
            if (!s.ok())
                error = s.error().message.isEmpty() ? u"(an error without a message)"_s : s.error().message;
        } else {
            auto s = (*ws)->decisions().signDecision(actor, m_verdictCase, kPassword);
            if (!s.ok())
                error = s.error().message.isEmpty() ? u"(an error without a message)"_s : s.error().message;
        }
    }
    vfs::disarm();
    *injected = vfs::injected();
    return error;
}

QStringList TestIoFaults::inspect(Act act, const QString& db, bool* isSigned)
{
    using cb::services::Workspace;
    QStringList problems;
    *isSigned = false;
    {
        auto ws = Workspace::open(db, Workspace::OpenMode::MustExist);
        if (!ws.ok())
            return {u"does not open again: "_s + ws.error().message};
        auto v = (*ws)->audit().verify();
        if (!v.ok())
            problems << u"audit verify failed: "_s + v.error().message;
        else if (!v->ok())
            problems << u"audit verify: the chain is broken at %1 or signature %2 is bad"_s
                            .arg(v->firstBadSeq)
                            .arg(v->badSignatureId);
    }
    const QString name = u"io-faults-inspect"_s;
    {
        QSqlDatabase raw = cb::test::openSqliteConnection(name, db);
        problems += cb::test::integrityProblems(raw);
        problems += cb::test::halfActs(raw);
        bool ok = false;
        const QString sql =
            act == Act::Opinion
                ? u"SELECT COUNT(*) FROM opinion WHERE case_id = %1 AND discipline = 'cardiology' AND status "
                  u"= "
                  "'signed'"_s.arg(m_opinionCase)
                : u"SELECT COUNT(*) FROM decision WHERE case_id = %1 AND status = 'signed'"_s.arg(
                      m_verdictCase);
        *isSigned = cb::test::scalarNumber(raw, sql, &ok) > 0;
        if (!ok)
            problems << u"cannot read the record back"_s;
        raw.close();
    }
    cb::test::closeConnection(name);
    return problems;
}

void TestIoFaults::shouldSignWholeOrNotAtAllWhenTheNthCallFails_data()
{
    QTest::addColumn<Act>("act");
    QTest::addColumn<vfs::Op>("op");
    QTest::addColumn<int>("code");
    for (const auto& [act, actName] :
         {std::pair{Act::Opinion, "opinion"}, std::pair{Act::Verdict, "verdict"}}) {
        QTest::addRow("%s: a read fails (SQLITE_IOERR_READ)", actName)
            << act << vfs::Op::Read << SQLITE_IOERR_READ;
        QTest::addRow("%s: a write fails (SQLITE_IOERR_WRITE)", actName)
            << act << vfs::Op::Write << SQLITE_IOERR_WRITE;
        QTest::addRow("%s: a write finds the disk full (SQLITE_FULL)", actName)
            << act << vfs::Op::Write << SQLITE_FULL;
        QTest::addRow("%s: a sync fails (SQLITE_IOERR_FSYNC)", actName)
            << act << vfs::Op::Sync << SQLITE_IOERR_FSYNC;
    }
}

void TestIoFaults::shouldSignWholeOrNotAtAllWhenTheNthCallFails()
{
    QFETCH(Act, act);
    QFETCH(vfs::Op, op);
    QFETCH(int, code);

    // GIVEN how many calls of this kind one signing makes, without faults
    bool opened = false;
    bool injected = false;
    const QString dry = freshCopy();
    QString error = sign(act, dry, op, 0, 0, &opened, &injected);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const vfs::Counts c = vfs::counts();
    const int calls = op == vfs::Op::Read ? c.reads : op == vfs::Op::Write ? c.writes : c.syncs;
    qInfo("one signing: %d reads, %d writes, %d syncs", c.reads, c.writes, c.syncs);
    if (op != vfs::Op::Read)
        QVERIFY2(calls > 0, "a signing that writes nothing to the disk");

    Tally t;
    QStringList failures;
    // WHEN the N-th call fails, for every N of the signing (and one past it)
    for (int n = 1; n <= calls + 1 && failures.size() < 10; ++n) {
        const QString db = freshCopy();
        error = sign(act, db, op, n, code, &opened, &injected);
        QVERIFY2(opened, qPrintable(u"N=%1: %2"_s.arg(n).arg(error)));
        if (injected)
            ++t.faultPoints;
        bool isSigned = false;
        const QStringList problems = inspect(act, db, &isSigned);
        // THEN the database is intact and holds the signing whole or not at all
        for (const QString& p : problems) {
            const bool half =
                p.contains(u"signature"_s) || p.contains(u"signed"_s) || p.contains(u"amended"_s);
            ++(half ? t.halfActs : t.damaged);
            failures << u"N=%1: %2"_s.arg(n).arg(p);
        }
        if (error.isEmpty()) {
            ++t.succeeded;
            if (!isSigned) {
                ++t.lost;
                failures << u"N=%1: the signing reported success but is not there"_s.arg(n);
            }
            continue;
        }
        // AND a failure says what happened, in words the user can act on
        const bool fullMessage = error.contains(u"is full"_s);
        const bool ioMessage = error.contains(u"could not be read or written"_s);
        if (code == SQLITE_FULL ? !fullMessage : !(ioMessage || fullMessage))
            failures << u"N=%1: unclear message: %2"_s.arg(n).arg(error);
        ++(isSigned ? t.failedButWhole : t.failedClean);
    }
    qInfo(
        "%d fault points: %d signings went through, %d failed cleanly, %d failed yet were there whole after "
        "reopening (the fault came after the commit frame); %d damaged, %d half acts, %d lost",
        t.faultPoints, t.succeeded, t.failedClean, t.failedButWhole, t.damaged, t.halfActs, t.lost);
    g_total.faultPoints += t.faultPoints;
    g_total.succeeded += t.succeeded;
    g_total.failedClean += t.failedClean;
    g_total.failedButWhole += t.failedButWhole;
    g_total.damaged += t.damaged;
    g_total.halfActs += t.halfActs;
    g_total.lost += t.lost;
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    if (op != vfs::Op::Read)
        QVERIFY(t.faultPoints >= calls);
}

void TestIoFaults::shouldReportAFullDiskAsAFullDisk()
{
    // GIVEN the disk is full at the first write of a signing
    bool opened = false;
    bool injected = false;
    const QString db = freshCopy();
    const QString error = sign(Act::Opinion, db, vfs::Op::Write, 1, SQLITE_FULL, &opened, &injected);
    // THEN the signing fails with the disk-full message naming the database, and nothing is signed
    QVERIFY(injected);
    QVERIFY2(error.contains(u"is full"_s) && error.contains(u"Nothing was saved"_s), qPrintable(error));
    QVERIFY2(!error.contains(u"damaged"_s) || error.contains(u"not damaged"_s), qPrintable(error));
    bool isSigned = true;
    const QStringList problems = inspect(Act::Opinion, db, &isSigned);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(!isSigned);
    // AND once there is space again the same signing goes through
    const QString again = sign(Act::Opinion, db, vfs::Op::Write, 0, 0, &opened, &injected);
    QVERIFY2(again.isEmpty(), qPrintable(again));
    QVERIFY(inspect(Act::Opinion, db, &isSigned).isEmpty());
    QVERIFY(isSigned);
}

void TestIoFaults::cleanupTestCase()
{
    qInfo("I/O faults in signings: %d fault points; %d absorbed, %d failed cleanly, %d failed yet whole; %d "
          "damaged states, %d half acts, %d acknowledged signings lost",
          g_total.faultPoints, g_total.succeeded, g_total.failedClean, g_total.failedButWhole,
          g_total.damaged, g_total.halfActs, g_total.lost);
}

QTEST_GUILESS_MAIN(TestIoFaults)
#include "TestIoFaults.moc"
