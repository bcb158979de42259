// Eight cellboard-cli processes at once on the same case (issue 18 item 4), on SQLite and on
// PostgreSQL: specialists of five disciplines record, save, sign and amend their opinions, two
// processes per discipline for most rounds, so that two of them race for the same draft or the
// same signed version. Each process exits 0 (its write is there afterwards) or 4 (a conflict, or
// the record moved on: nothing written); no duplicate signature, no fork of versions, no lost
// update (a draft's row version grew by exactly the saves and signings that exited 0), the audit
// chain intact. The figures go to the log (qInfo).

#include "reliability/StoreChecks.h"
#include "support/CliRunner.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using cb::test::CliRun;
using cb::test::CliRunner;
using cb::test::TestDatabase;

namespace {

const QString kPassword = u"reliability-demo-password"_s;
constexpr int kWriters = 8;
const QStringList kDisciplines{u"cardiology"_s, u"neurology"_s, u"pulmonology"_s, u"icu"_s, u"nursing"_s};

int rounds()
{
    const int n = qEnvironmentVariableIntValue("CB_RELIABILITY_ROUNDS");
    return n > 0 ? n : 25;
}

struct Writer
{
    QString discipline;
    QString action; // record, save, sign, amend
    qint64 version = 0;
    QStringList args;
    std::unique_ptr<QProcess> process;
    int exitCode = -1;
    QString err;
};

struct Tally
{
    int rounds = 0;
    int writers = 0;
    int acknowledged = 0;
    int conflicts = 0;
    int duplicates = 0;
    int lost = 0;
    int chainBroken = 0;
};

} // namespace

class TestConcurrentWriters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldKeepEveryWriteOfEightProcessesOnOneCase_data();
    void shouldKeepEveryWriteOfEightProcessesOnOneCase();

private:
    QTemporaryDir m_dir;
    QString m_answers;
};

void TestConcurrentWriters::initTestCase()
{
    if (!CliRunner::binaryExists())
        QSKIP("cellboard-cli has not been built");
    QVERIFY(m_dir.isValid());
    QFile f(m_dir.filePath(u"answers.json"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{}");
    m_answers = f.fileName();
}

void TestConcurrentWriters::shouldKeepEveryWriteOfEightProcessesOnOneCase_data()
{
    cb::test::addBackendRows();
}

void TestConcurrentWriters::shouldKeepEveryWriteOfEightProcessesOnOneCase()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(db, backend);
    // GIVEN the demo program and its case in work-up without opinions
    const CliRun init =
        CliRunner::run(db.url(), {}, {u"init"_s, u"--demo"_s, u"--demo-password"_s, kPassword});
    QVERIFY2(init.finished && init.exitCode == 0, qPrintable(init.describe()));
    const qint64 caseId =
        db.scalar(u"SELECT MIN(id) FROM clinical_case c WHERE state = 'work_up' AND NOT EXISTS "
                  "(SELECT 1 FROM opinion o WHERE o.case_id = c.id)"_s)
            .toLongLong();
    QVERIFY(caseId > 0);
    if (!db.isPostgres())
        db.closeRaw();
    auto number = [&db](const QString& sql) {
        QString error;
        const QVariant v = db.scalar(sql, &error);
        if (!v.isValid())
            qWarning("%s: %s", qPrintable(sql), qPrintable(error));
        return v.isValid() ? v.toLongLong() : -1;
    };

    QRandomGenerator rng(QRandomGenerator::global()->generate());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, m_dir.path());
    env.remove(u"CELLBOARD_DEBUG_ERRORS"_s);
    Tally t;
    QStringList failures;
    struct Expected
    {
        QString what;
        QString sql;
    };
    QList<Expected> acknowledged;
    const QString where = u"case_id = %1 AND discipline = '%2'"_s;
    const int total = rounds();
    for (int round = 0; round < total && failures.size() < 10; ++round) {
        // WHEN eight specialists act at once, two of a discipline on the same version mostly
        std::map<QString, std::pair<qint64, QString>> state; // discipline → current version, status
        std::map<QString, qint64> rowVersion;                // of the current draft
        for (const QString& d : kDisciplines) {
            const qint64 v =
                number(u"SELECT COALESCE(MAX(version), 0) FROM opinion WHERE "_s + where.arg(caseId).arg(d));
            QString status;
            if (v > 0) {
                status = db.scalar(u"SELECT status FROM opinion WHERE %1 AND version = %2"_s
                                       .arg(where.arg(caseId).arg(d))
                                       .arg(v))
                             .toString();
                rowVersion[d] = number(u"SELECT row_version FROM opinion WHERE %1 AND version = %2"_s
                                           .arg(where.arg(caseId).arg(d))
                                           .arg(v));
            }
            state[d] = {v, status};
        }
        if (!db.isPostgres())
            db.closeRaw();
        std::vector<Writer> writers(kWriters);
        for (int i = 0; i < kWriters; ++i) {
            Writer& w = writers[size_t(i)];
            w.discipline = kDisciplines.at(i < 6 ? i / 2 : 3 + (i - 6));
            const auto [v, status] = state[w.discipline];
            const QString id = QString::number(caseId);
            w.version = v;
            if (v == 0) {
                w.action = u"record"_s;
                w.args = {u"opinion"_s,  u"record"_s,        id,        u"--discipline"_s,
                          w.discipline,  u"--answers"_s,     m_answers, u"--recommendation"_s,
                          u"supports"_s, u"--row-version"_s, u"0"_s};
            } else if (status == u"draft"_s && rng.bounded(2) == 0) {
                w.action = u"save"_s;
                w.args = {u"opinion"_s,
                          u"record"_s,
                          id,
                          u"--discipline"_s,
                          w.discipline,
                          u"--answers"_s,
                          m_answers,
                          u"--recommendation"_s,
                          rng.bounded(2) ? u"supports"_s : u"needs_more_information"_s,
                          u"--row-version"_s,
                          QString::number(rowVersion[w.discipline])};
            } else if (status == u"draft"_s) {
                w.action = u"sign"_s;
                w.args = {u"opinion"_s, u"sign"_s, id, u"--discipline"_s, w.discipline};
            } else {
                w.action = u"amend"_s;
                w.args = {u"opinion"_s,      u"amend"_s,    id,
                          u"--discipline"_s, w.discipline,  u"--answers"_s,
                          m_answers,         u"--reason"_s, u"Repeat examination"_s};
            }
            w.process = std::make_unique<QProcess>();
            w.process->setProcessEnvironment(env);
        }
        for (Writer& w : writers) {
            w.process->start(CliRunner::binary(),
                             QStringList{u"--db"_s, db.url(), u"--user"_s, w.discipline} + w.args);
            w.process->write((kPassword + u'\n').toUtf8());
            w.process->closeWriteChannel();
        }
        for (Writer& w : writers) {
            if (!w.process->waitForFinished(180000)) {
                w.process->kill();
                w.process->waitForFinished();
            }
            w.exitCode = w.process->exitStatus() == QProcess::NormalExit ? w.process->exitCode() : -1;
            w.err = QString::fromUtf8(w.process->readAllStandardError()).trimmed().left(400);
        }
        ++t.rounds;
        // THEN each exits 0 or 4, and what exited 0 is there
        std::map<QString, int> bumps; // saves and signings of the current draft that exited 0
        for (const Writer& w : writers) {
            ++t.writers;
            if (w.exitCode == 4) {
                ++t.conflicts;
                continue;
            }
            if (w.exitCode != 0) {
                failures << u"round %1: %2 %3 exited %4: %5"_s.arg(round)
                                .arg(w.discipline, w.action)
                                .arg(w.exitCode)
                                .arg(w.err);
                continue;
            }
            ++t.acknowledged;
            const QString base = where.arg(caseId).arg(w.discipline);
            if (w.action == u"record"_s)
                acknowledged << Expected{
                    w.discipline + u" v1 recorded"_s,
                    u"SELECT COUNT(*) FROM opinion WHERE %1 AND version = 1"_s.arg(base)};
            if (w.action == u"amend"_s)
                acknowledged << Expected{
                    u"%1 v%2 amended"_s.arg(w.discipline).arg(w.version + 1),
                    u"SELECT COUNT(*) FROM opinion WHERE %1 AND version = %2"_s.arg(base).arg(w.version + 1)};
            if (w.action == u"sign"_s)
                acknowledged << Expected{
                    u"%1 v%2 signed"_s.arg(w.discipline).arg(w.version),
                    u"SELECT COUNT(*) FROM opinion o WHERE %1 AND version = %2 AND status = 'signed' "
                    "AND EXISTS (SELECT 1 FROM signature s WHERE s.record_type = 'opinion' AND "
                    "s.record_id = o.id)"_s.arg(base)
                        .arg(w.version)};
            if (w.action == u"save"_s || w.action == u"sign"_s)
                ++bumps[w.discipline];
        }
        // AND no update was lost: a draft's row version grew by exactly the acknowledged changes
        for (const auto& [d, n] : bumps) {
            const auto [v, status] = state[d];
            const qint64 now = number(
                u"SELECT row_version FROM opinion WHERE %1 AND version = %2"_s.arg(where.arg(caseId).arg(d))
                    .arg(v));
            if (now != rowVersion[d] + n) {
                ++t.lost;
                failures << u"round %1: %2 v%3 row version %4 → %5 after %6 acknowledged saves and signings"_s
                                .arg(round)
                                .arg(d)
                                .arg(v)
                                .arg(rowVersion[d])
                                .arg(now)
                                .arg(n);
            }
        }
        const QStringList half = cb::test::halfActs([&db](const QString& sql, bool* ok, QString* error) {
            const QVariant v = db.scalar(sql, error);
            *ok = v.isValid();
            return v.toLongLong();
        });
        t.duplicates += int(half.size());
        for (const QString& h : half)
            failures << u"round %1: %2"_s.arg(round).arg(h);
        if (!db.isPostgres())
            db.closeRaw();
        if (round % 5 == 4 || round == total - 1) {
            if (const QString problem = cb::test::auditVerifyProblem(db.url()); !problem.isEmpty()) {
                ++t.chainBroken;
                failures << u"round %1: %2"_s.arg(round).arg(problem);
            }
        }
    }
    for (const Expected& e : std::as_const(acknowledged))
        if (number(e.sql) < 1) {
            ++t.lost;
            failures << u"an acknowledged write is gone: "_s + e.what;
        }
    qInfo("concurrency (%s): %d rounds of %d processes on one case, %d writes acknowledged, %d conflicts "
          "(exit 4); "
          "%d duplicate signatures or forks, %d lost updates, %d broken audit chains",
          qPrintable(backend), t.rounds, kWriters, t.acknowledged, t.conflicts, t.duplicates, t.lost,
          t.chainBroken);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QVERIFY(t.acknowledged > t.rounds);
}

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "TestConcurrentWriters.moc"
