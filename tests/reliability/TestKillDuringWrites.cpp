// kill -9 at random moments while cellboard-cli writes (issue 18 item 4): opinions recorded,
// signed and amended; the board's verdict recorded and signed (a deferral, so the cycle repeats);
// monitoring assessments; pathway steps; synthetic cases; online backups. Two lanes, each on its
// own copy of the demo database, run at once. Each writer is killed with SIGKILL after a random
// delay spread over the writer's measured run time; only a kill that ended a running process
// counts as landed. After every landed kill the database passes integrity_check, has no half
// act, and the write was all or nothing; every few kills and at the end `audit verify` passes and
// every write that exited 0 is still there. The figures go to the log (qInfo).

#include "reliability/StoreChecks.h"
#include "support/CliRunner.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using cb::test::CliRun;
using cb::test::CliRunner;

namespace {

const QString kPassword = u"reliability-demo-password"_s;
constexpr int kLanes = 2;
constexpr int kKillsPerLane = 160; // 320 landed kills per run
constexpr int kMaxRunsPerLane = 900;
constexpr int kAuditVerifyEvery = 12; // landed kills between two `audit verify`
constexpr int kSyntheticCases = 60;

enum class Kind { Opinion, Verdict, Monitoring, Pathway, Synthetic, Backup };
const Kind kKinds[] = {Kind::Opinion, Kind::Verdict,   Kind::Monitoring,
                       Kind::Pathway, Kind::Synthetic, Kind::Backup};

QString kindName(Kind k)
{
    switch (k) {
    case Kind::Opinion:
        return u"opinion record/sign/amend"_s;
    case Kind::Verdict:
        return u"verdict record/sign"_s;
    case Kind::Monitoring:
        return u"monitoring record"_s;
    case Kind::Pathway:
        return u"pathway record"_s;
    case Kind::Synthetic:
        return u"init --synthetic"_s;
    case Kind::Backup:
        return u"backup -o"_s;
    }
    return {};
}

// The demo cases the writers work on (the same ids in every copy of the template).
struct DemoCases
{
    qint64 workUp = 0;    // opinions recorded, signed and amended
    qint64 ready = 0;     // the verdict cycle: deferred, signed, an opinion amended and signed again
    qint64 treatment = 0; // monitoring assessments after the infusion
    qint64 pathway = 0;   // pathway steps
    QString assessmentFile;
    QString answersFile;
};

// What must hold after the run: "SELECT COUNT(*) …" of `sql` at least `atLeast`.
struct Expectation
{
    QString what;
    QString sql;
    qint64 atLeast = 1;
};

struct Command
{
    QString label;
    QString user; // empty: no --user, nothing on stdin
    QStringList args;
    QList<Expectation> onSuccess;
    QString backupFile; // a backup -o target
};

// Counts that change with every committed write; an uncommitted one leaves them all as they were.
struct Footprint
{
    QList<qint64> data;
    qint64 acts = 0; // audit rows of changes (not of reading or logging in)
    bool ok = false;
    bool operator==(const Footprint& o) const { return data == o.data && acts == o.acts; }
};

struct Figures
{
    int runs = 0;
    int landed = 0;
    int tooLate = 0;             // the writer had exited before its kill
    int committedThenKilled = 0; // killed after its commit, before it exited
    int killedInsideWrite = 0;   // the WAL ended in frames of an unfinished transaction
    int acknowledged = 0;        // exit 0
    int checks = 0;
    int auditVerifies = 0;
    int damaged = 0;
    int halfActs = 0;
    int lost = 0;
    std::map<Kind, int> landedPerKind;
    std::map<Kind, int> runsPerKind;

    void add(const Figures& o)
    {
        runs += o.runs;
        landed += o.landed;
        tooLate += o.tooLate;
        committedThenKilled += o.committedThenKilled;
        killedInsideWrite += o.killedInsideWrite;
        acknowledged += o.acknowledged;
        checks += o.checks;
        auditVerifies += o.auditVerifies;
        damaged += o.damaged;
        halfActs += o.halfActs;
        lost += o.lost;
        for (const auto& [k, n] : o.landedPerKind)
            landedPerKind[k] += n;
        for (const auto& [k, n] : o.runsPerKind)
            runsPerKind[k] += n;
    }
};

QString runtimeDir()
{
    static QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return dir.path();
}

// Frames of an unfinished transaction at the end of a SQLite WAL file: frames of the WAL's current
// generation (its salts) after the last commit frame. Non-zero after a kill means the writer was
// cut while it wrote a transaction's pages.
int uncommittedWalFrames(const QString& walPath)
{
    QFile f(walPath);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray wal = f.readAll();
    auto be32 = [&](qsizetype at) {
        const auto* p = reinterpret_cast<const uchar*>(wal.constData() + at);
        return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    };
    if (wal.size() < 32)
        return 0;
    const quint32 pageSize = be32(8) == 1 ? 65536 : be32(8);
    const quint32 salt1 = be32(16);
    const quint32 salt2 = be32(20);
    int afterCommit = 0;
    for (qsizetype at = 32; at + 24 + qsizetype(pageSize) <= wal.size(); at += 24 + pageSize) {
        if (be32(at + 8) != salt1 || be32(at + 12) != salt2)
            break;
        afterCommit = be32(at + 4) != 0 ? 0 : afterCommit + 1;
    }
    return afterCommit;
}

class Lane
{
public:
    Lane(int index, const QString& dir, const QString& templatePath, const DemoCases& cases, quint64 seed)
        : m_index(index), m_dir(dir), m_cases(cases), m_rng(seed),
          m_connection(u"reliability-lane-%1"_s.arg(index))
    {
        m_db = QDir(dir).filePath(u"lane%1.sqlite"_s.arg(index));
        m_copyOk = QFile::copy(templatePath, m_db);
    }

    void run();

    Figures figures;
    QStringList failures;

private:
    Command next(Kind kind);
    Command opinionStep(qint64 caseId, const QString& discipline, const QString& label);
    Command verdictStep();
    void afterKill(const Command& c, Kind kind, const Footprint& before);
    void fullCheck(const QString& when);
    Footprint footprint();
    qint64 number(const QString& sql);
    QString text(const QString& sql);
    void fail(const QString& what);
    int delayFor(Kind kind);

    int m_index;
    QString m_dir;
    QString m_db;
    DemoCases m_cases;
    QRandomGenerator m_rng;
    QString m_connection;
    bool m_copyOk = false;
    QList<Expectation> m_expectations;
    std::map<Kind, double> m_meanMs; // measured run time of the writers that were not killed
    int m_backups = 0;
    QStringList m_backupFiles;
};

void Lane::fail(const QString& what)
{
    if (failures.size() < 20)
        failures << u"lane %1: %2"_s.arg(m_index).arg(what);
}

qint64 Lane::number(const QString& sql)
{
    QSqlDatabase db = cb::test::openSqliteConnection(m_connection, m_db);
    bool ok = false;
    QString error;
    const qint64 n = cb::test::scalarNumber(db, sql, &ok, &error);
    if (!ok) {
        fail(u"query failed (%1): %2"_s.arg(error, sql));
        return -1;
    }
    return n;
}

QString Lane::text(const QString& sql)
{
    QSqlDatabase db = cb::test::openSqliteConnection(m_connection, m_db);
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0).toString();
}

Footprint Lane::footprint()
{
    QSqlDatabase db = cb::test::openSqliteConnection(m_connection, m_db);
    Footprint f;
    QSqlQuery q(db);
    if (!q.exec(
            u"SELECT (SELECT COUNT(*) FROM opinion), (SELECT COALESCE(SUM(row_version), 0) FROM opinion), "
            "(SELECT COUNT(*) FROM signature), (SELECT COUNT(*) FROM decision), "
            "(SELECT COALESCE(SUM(row_version), 0) FROM decision), (SELECT COUNT(*) FROM assessment), "
            "(SELECT COUNT(*) FROM pathway_event), (SELECT COUNT(*) FROM clinical_case), "
            "(SELECT COALESCE(SUM(row_version), 0) FROM clinical_case), "
            "(SELECT COALESCE(SUM(row_version), 0) FROM pathway_event), "
            "(SELECT COUNT(*) FROM audit_event WHERE action NOT LIKE '%.view' AND action NOT LIKE 'login.%')"_s) ||
        !q.next()) {
        fail(u"footprint query failed: "_s + q.lastError().text());
        return f;
    }
    for (int i = 0; i < 10; ++i)
        f.data << q.value(i).toLongLong();
    f.acts = q.value(10).toLongLong();
    f.ok = true;
    return f;
}

Command Lane::opinionStep(qint64 caseId, const QString& discipline, const QString& label)
{
    const QString where = u"case_id = %1 AND discipline = '%2'"_s.arg(caseId).arg(discipline);
    const qint64 version = number(u"SELECT COALESCE(MAX(version), 0) FROM opinion WHERE "_s + where);
    const QString status =
        version > 0 ? text(u"SELECT status FROM opinion WHERE %1 AND version = %2"_s.arg(where).arg(version))
                    : QString();
    const QString id = QString::number(caseId);
    Command c;
    c.user = discipline;
    if (version == 0) {
        c.label = label + u": opinion record"_s;
        c.args = {u"opinion"_s,
                  u"record"_s,
                  id,
                  u"--discipline"_s,
                  discipline,
                  u"--answers"_s,
                  m_cases.answersFile,
                  u"--recommendation"_s,
                  u"supports"_s};
        c.onSuccess << Expectation{c.label,
                                   u"SELECT COUNT(*) FROM opinion WHERE %1 AND version = 1"_s.arg(where)};
    } else if (status == u"draft"_s) {
        c.label = label + u": opinion sign"_s;
        c.args = {u"opinion"_s, u"sign"_s, id, u"--discipline"_s, discipline};
        c.onSuccess << Expectation{c.label,
                                   u"SELECT COUNT(*) FROM opinion o WHERE %1 AND version = %2 AND status = "
                                   "'signed' AND EXISTS (SELECT 1 FROM signature s WHERE s.record_type = "
                                   "'opinion' AND s.record_id = o.id)"_s.arg(where)
                                       .arg(version)};
    } else {
        c.label = label + u": opinion amend"_s;
        c.args = {u"opinion"_s,        u"amend"_s,    id,
                  u"--discipline"_s,   discipline,    u"--answers"_s,
                  m_cases.answersFile, u"--reason"_s, u"Repeat examination"_s};
        c.onSuccess << Expectation{
            c.label, u"SELECT COUNT(*) FROM opinion WHERE %1 AND version = %2"_s.arg(where).arg(version + 1)};
    }
    return c;
}

Command Lane::verdictStep()
{
    const qint64 r = m_cases.ready;
    const QString state = text(u"SELECT state FROM clinical_case WHERE id = %1"_s.arg(r));
    if (state != u"ready_for_board"_s)
        return opinionStep(r, u"cardiology"_s, u"verdict cycle"_s);
    const qint64 version =
        number(u"SELECT COALESCE(MAX(version), 0) FROM decision WHERE case_id = %1"_s.arg(r));
    const QString status =
        version > 0
            ? text(u"SELECT status FROM decision WHERE case_id = %1 AND version = %2"_s.arg(r).arg(version))
            : QString();
    Command c;
    c.user = u"chair"_s;
    if (status == u"draft"_s) {
        c.label = u"verdict sign"_s;
        c.args = {u"decision"_s, u"sign"_s, QString::number(r)};
        c.onSuccess << Expectation{c.label,
                                   u"SELECT COUNT(*) FROM decision d WHERE case_id = %1 AND version = %2 AND "
                                   "status = 'signed' AND EXISTS (SELECT 1 FROM signature s WHERE "
                                   "s.record_type = 'decision' AND s.record_id = d.id)"_s.arg(r)
                                       .arg(version)};
        return c;
    }
    c.label = u"verdict record"_s;
    c.args = {u"decision"_s,
              u"record"_s,
              QString::number(r),
              u"--verdict"_s,
              u"deferred"_s,
              u"--rationale"_s,
              u"Reassess after the infection"_s,
              u"--defer-reason"_s,
              u"Active infection"_s,
              u"--reassess-date"_s,
              QDate::currentDate().addDays(28).toString(Qt::ISODate)};
    c.onSuccess << Expectation{
        c.label,
        u"SELECT COUNT(*) FROM decision WHERE case_id = %1 AND version = %2"_s.arg(r).arg(version + 1)};
    return c;
}

Command Lane::next(Kind kind)
{
    static const QStringList disciplines{u"cardiology"_s, u"neurology"_s, u"pulmonology"_s, u"icu"_s,
                                         u"nursing"_s};
    Command c;
    switch (kind) {
    case Kind::Opinion:
        return opinionStep(m_cases.workUp, disciplines.at(m_rng.bounded(int(disciplines.size()))),
                           u"opinions"_s);
    case Kind::Verdict:
        return verdictStep();
    case Kind::Monitoring: {
        const qint64 n = number(u"SELECT COALESCE(MAX(id), 0) FROM assessment"_s);
        c.label = u"monitoring record"_s;
        c.user = u"nursing"_s;
        c.args = {u"monitor"_s, u"record"_s, QString::number(m_cases.treatment), u"--file"_s,
                  m_cases.assessmentFile};
        c.onSuccess << Expectation{
            c.label,
            u"SELECT COUNT(*) FROM assessment WHERE case_id = %1 AND id > %2"_s.arg(m_cases.treatment)
                .arg(n)};
        return c;
    }
    case Kind::Pathway: {
        // a discharge recorded, voided as entered by mistake, recorded again …
        const qint64 current =
            number(u"SELECT COALESCE(MAX(id), 0) FROM pathway_event WHERE case_id = %1 AND "
                   "event_type = 'discharge' AND voided_at = ''"_s.arg(m_cases.pathway));
        c.user = u"coordinator"_s;
        if (current > 0) {
            c.label = u"pathway void"_s;
            c.args = {u"pathway"_s,
                      u"void"_s,
                      QString::number(m_cases.pathway),
                      u"--event-id"_s,
                      QString::number(current),
                      u"--reason"_s,
                      u"Entered on the wrong case"_s};
            c.onSuccess << Expectation{
                c.label,
                u"SELECT COUNT(*) FROM pathway_event WHERE id = %1 AND voided_at <> ''"_s.arg(current)};
            return c;
        }
        const qint64 n = number(u"SELECT COALESCE(MAX(id), 0) FROM pathway_event"_s);
        c.label = u"pathway record"_s;
        c.args = {u"pathway"_s,   u"record"_s, QString::number(m_cases.pathway),          u"--event"_s,
                  u"discharge"_s, u"--date"_s, QDate::currentDate().toString(Qt::ISODate)};
        c.onSuccess << Expectation{
            c.label,
            u"SELECT COUNT(*) FROM pathway_event WHERE case_id = %1 AND id > %2"_s.arg(m_cases.pathway)
                .arg(n)};
        return c;
    }
    case Kind::Synthetic: {
        const qint64 n = number(u"SELECT COUNT(*) FROM clinical_case"_s);
        c.label = u"init --synthetic"_s;
        c.args = {u"init"_s, u"--synthetic"_s, QString::number(kSyntheticCases)};
        c.onSuccess << Expectation{c.label, u"SELECT COUNT(*) FROM clinical_case"_s, n + kSyntheticCases};
        return c;
    }
    case Kind::Backup:
        c.label = u"backup"_s;
        c.backupFile = QDir(m_dir).filePath(u"lane%1-backup%2.sqlite"_s.arg(m_index).arg(++m_backups));
        c.args = {u"backup"_s, u"-o"_s, c.backupFile};
        return c;
    }
    return c;
}

int Lane::delayFor(Kind kind)
{
    const double mean = m_meanMs[kind];
    // spread over the whole run, a little past its mean (a slow run is killed late too); half of
    // the kills in its last part, where the writing is (the first part opens and logs in)
    const double from = m_rng.bounded(2) == 0 ? 0.0 : 0.6;
    return 1 + int(mean * (from + m_rng.bounded(1.1 - from)));
}

void Lane::afterKill(const Command& c, Kind kind, const Footprint& before)
{
    ++figures.checks;
    // before any connection opens the file (and recovers or removes the WAL)
    if (uncommittedWalFrames(m_db + u"-wal"_s) > 0)
        ++figures.killedInsideWrite;
    const Footprint after = footprint();
    {
        QSqlDatabase db = cb::test::openSqliteConnection(m_connection, m_db);
        const QStringList problems = cb::test::integrityProblems(db);
        if (!problems.isEmpty()) {
            ++figures.damaged;
            fail(u"damaged after a kill during %1: %2"_s.arg(c.label, problems.join(u"; "_s).left(400)));
        }
        const QStringList half = cb::test::halfActs(db);
        if (!half.isEmpty()) {
            ++figures.halfActs;
            fail(u"half act after a kill during %1: %2"_s.arg(c.label, half.join(u"; "_s)));
        }
    }
    if (!before.ok || !after.ok)
        return;
    const bool dataChanged = before.data != after.data;
    const bool actsChanged = before.acts != after.acts;
    if (dataChanged != actsChanged) {
        ++figures.halfActs;
        fail(u"after a kill during %1 the data %2 but the audit trail %3"_s.arg(
            c.label, dataChanged ? u"changed"_s : u"did not change"_s,
            actsChanged ? u"did"_s : u"did not"_s));
    }
    if (kind == Kind::Synthetic) {
        const qint64 added = after.data.at(7) - before.data.at(7);
        if (added != 0 && added != kSyntheticCases) {
            ++figures.halfActs;
            fail(u"a killed init --synthetic %1 left %2 cases"_s.arg(kSyntheticCases).arg(added));
        }
    }
    if (kind == Kind::Monitoring || kind == Kind::Pathway) {
        const int column = kind == Kind::Monitoring ? 5 : 6;
        const qint64 added = after.data.at(column) - before.data.at(column);
        if (added != 0 && added != 1 && c.label != u"pathway void"_s)
            fail(u"a killed %1 added %2 rows"_s.arg(c.label).arg(added));
    }
    if (dataChanged || actsChanged)
        ++figures.committedThenKilled;
    if (!c.backupFile.isEmpty() && QFileInfo::exists(c.backupFile))
        m_backupFiles << c.backupFile; // a killed backup under its final name must verify
}

void Lane::fullCheck(const QString& when)
{
    cb::test::closeConnection(m_connection);
    ++figures.auditVerifies;
    if (const QString problem = cb::test::auditVerifyProblem(m_db); !problem.isEmpty()) {
        ++figures.damaged;
        fail(when + u": "_s + problem);
    }
    for (const Expectation& e : std::as_const(m_expectations)) {
        const qint64 n = number(e.sql);
        if (n < e.atLeast) {
            ++figures.lost;
            fail(u"%1: an acknowledged write is gone: %2 (%3)"_s.arg(when, e.what, e.sql));
        }
    }
}

void Lane::run()
{
    if (!m_copyOk) {
        fail(u"cannot copy the template database"_s);
        return;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, runtimeDir());
    env.remove(u"CELLBOARD_DEBUG_ERRORS"_s);
    env.remove(u"CELLBOARD_TEST_NOW"_s);

    int sinceVerify = 0;
    while (figures.landed < kKillsPerLane && figures.runs < kMaxRunsPerLane && failures.size() < 20) {
        const Kind kind = kKinds[m_rng.bounded(int(std::size(kKinds)))];
        const Command c = next(kind);
        if (c.args.isEmpty())
            break;
        // a writer is killed unless its run time is not known yet, and one run in ten goes through
        const bool measured = m_meanMs.count(kind) > 0;
        const bool killIt = measured && m_rng.bounded(10) != 0;
        const Footprint before = footprint();
        cb::test::closeConnection(m_connection);

        QStringList args{u"--db"_s, m_db};
        if (!c.user.isEmpty())
            args << u"--user"_s << c.user;
        args += c.args;
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(CliRunner::binary(), args);
        if (!p.waitForStarted(30000)) {
            fail(u"cannot start cellboard-cli: "_s + p.errorString());
            break;
        }
        QElapsedTimer timer;
        timer.start();
        p.write(c.user.isEmpty() ? QByteArray() : (kPassword + u'\n').toUtf8());
        p.closeWriteChannel();
        ++figures.runs;
        ++figures.runsPerKind[kind];
        bool killSent = false;
        bool done = false;
        if (killIt) {
            done = p.waitForFinished(delayFor(kind));
            if (!done && p.state() == QProcess::Running) {
                p.kill(); // SIGKILL
                killSent = true;
            }
        }
        if (!done && p.state() != QProcess::NotRunning && !p.waitForFinished(180000)) {
            p.kill();
            p.waitForFinished(30000);
            fail(c.label + u": did not finish in 3 minutes"_s);
            break;
        }
        const qint64 elapsed = timer.elapsed();
        if (p.exitStatus() == QProcess::CrashExit && !killSent) {
            fail(u"%1 crashed: %2"_s.arg(c.label, QString::fromUtf8(p.readAllStandardError()).left(600)));
            continue;
        }
        if (p.exitStatus() == QProcess::CrashExit) {
            ++figures.landed;
            ++figures.landedPerKind[kind];
            afterKill(c, kind, before);
            if (++sinceVerify >= kAuditVerifyEvery) {
                sinceVerify = 0;
                fullCheck(u"after %1 kills"_s.arg(figures.landed));
            }
            continue;
        }
        if (killIt)
            ++figures.tooLate;
        const QString err = QString::fromUtf8(p.readAllStandardError()).left(600);
        if (p.exitCode() != 0) {
            fail(u"%1 exited %2: %3"_s.arg(c.label).arg(p.exitCode()).arg(err));
            continue;
        }
        ++figures.acknowledged;
        m_expectations += c.onSuccess;
        if (!c.backupFile.isEmpty())
            m_backupFiles << c.backupFile;
        // the mean of the runs that went through: where the next kills of this kind land
        auto [it, fresh] = m_meanMs.emplace(kind, double(elapsed));
        if (!fresh)
            it->second = 0.8 * it->second + 0.2 * double(elapsed);
    }
    fullCheck(u"at the end"_s);
    cb::test::closeConnection(m_connection);
    for (const QString& file : std::as_const(m_backupFiles)) {
        const CliRun r = CliRunner::run({}, {}, {u"backup"_s, u"verify"_s, file});
        if (!r.finished || r.exitCode != 0)
            fail(u"backup %1 does not verify: %2"_s.arg(file, r.describe()));
    }
    if (figures.landed < kKillsPerLane)
        fail(u"only %1 kills landed in %2 runs"_s.arg(figures.landed).arg(figures.runs));
}

} // namespace

class TestKillDuringWrites : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldSurviveKillsDuringEveryKindOfWrite();

private:
    QTemporaryDir m_dir;
    QString m_template;
    DemoCases m_cases;
};

void TestKillDuringWrites::initTestCase()
{
    if (!CliRunner::binaryExists())
        QSKIP("cellboard-cli has not been built");
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(u"demo.sqlite"_s);
    const CliRun init =
        CliRunner::run(m_template, {}, {u"init"_s, u"--demo"_s, u"--demo-password"_s, kPassword});
    QVERIFY2(init.finished && init.exitCode == 0, qPrintable(init.describe()));

    const QString connection = u"reliability-template"_s;
    {
        QSqlDatabase db = cb::test::openSqliteConnection(connection, m_template);
        QVERIFY(db.isOpen());
        auto first = [&](const QString& sql) -> qint64 {
            QSqlQuery q(db);
            return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
        };
        m_cases.workUp = first(u"SELECT id FROM clinical_case c WHERE state = 'work_up' AND NOT EXISTS "
                               "(SELECT 1 FROM opinion o WHERE o.case_id = c.id) ORDER BY id"_s);
        m_cases.ready = first(u"SELECT id FROM clinical_case WHERE state = 'ready_for_board' ORDER BY id"_s);
        m_cases.treatment =
            first(u"SELECT c.id FROM clinical_case c JOIN pathway_event e ON e.case_id = c.id "
                  "AND e.event_type = 'infusion' WHERE c.state = 'treatment' ORDER BY c.id"_s);
        m_cases.pathway = first(u"SELECT c.id FROM clinical_case c JOIN pathway_event e ON e.case_id = c.id "
                                "AND e.event_type = 'infusion' WHERE c.state = 'treatment' AND c.id <> %1 "
                                "ORDER BY c.id"_s.arg(m_cases.treatment));
        QSqlQuery q(db);
        QVERIFY(
            q.exec(
                u"SELECT event_date FROM pathway_event WHERE case_id = %1 AND event_type = 'infusion'"_s.arg(
                    m_cases.treatment)) &&
            q.next());
        const QDate infusion = QDate::fromString(q.value(0).toString().left(10), Qt::ISODate);
        QVERIFY(infusion.isValid());
        QDateTime at(infusion.addDays(1), QTime(8, 0), Qt::UTC);
        if (at > QDateTime::currentDateTimeUtc())
            at = QDateTime::currentDateTimeUtc().addSecs(-60);
        QFile f(m_dir.filePath(u"assessment.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"time": ")" + at.toString(Qt::ISODate).toUtf8() + R"(", "temperature_c": 38.4,
            "hypotension": false, "vasopressors": [], "oxygen": {"device": "none", "flow_l_min": 0},
            "ice_score": 10, "consciousness": "alert", "seizure": "none", "motor": "none",
            "cerebral_edema": "none"})");
        m_cases.assessmentFile = f.fileName();
    }
    cb::test::closeConnection(connection);
    QFile answers(m_dir.filePath(u"answers.json"_s));
    QVERIFY(answers.open(QIODevice::WriteOnly));
    answers.write("{}");
    m_cases.answersFile = answers.fileName();
    QVERIFY2(
        m_cases.workUp && m_cases.ready && m_cases.treatment && m_cases.pathway,
        "the demo program needs a work-up case without opinions, a case ready for the board and two cases "
        "in treatment after their infusion");
}

void TestKillDuringWrites::shouldSurviveKillsDuringEveryKindOfWrite()
{
    const quint64 seed = qEnvironmentVariableIsSet("CB_RELIABILITY_SEED")
                             ? qEnvironmentVariable("CB_RELIABILITY_SEED").toULongLong()
                             : QRandomGenerator::global()->generate64();
    qInfo("kill -9 suite: seed %llu (set CB_RELIABILITY_SEED to repeat a run)", seed);
    std::vector<std::unique_ptr<Lane>> lanes;
    for (int i = 0; i < kLanes; ++i)
        lanes.push_back(std::make_unique<Lane>(i, m_dir.path(), m_template, m_cases, seed + quint64(i)));
    std::vector<std::unique_ptr<QThread>> threads;
    for (auto& lane : lanes) {
        threads.emplace_back(QThread::create([l = lane.get()] { l->run(); }));
        threads.back()->start();
    }
    for (auto& t : threads)
        t->wait();

    Figures total;
    QStringList failures;
    for (const auto& lane : lanes) {
        total.add(lane->figures);
        failures += lane->failures;
    }
    qInfo("kill -9 suite: %d writer runs, %d kills landed on a running writer (%d came too late), %d runs "
          "acknowledged (exit 0)",
          total.runs, total.landed, total.tooLate, total.acknowledged);
    for (Kind k : kKinds)
        qInfo("  %s: %d runs, %d kills landed", qPrintable(kindName(k)), total.runsPerKind[k],
              total.landedPerKind[k]);
    qInfo("kill -9 suite: %d killed after their commit, %d killed inside an uncommitted write (WAL written)",
          total.committedThenKilled, total.killedInsideWrite);
    qInfo(
        "kill -9 suite: %d checks after a kill, %d audit verifications: %d damaged states, %d half acts, %d "
        "acknowledged writes lost",
        total.checks, total.auditVerifies, total.damaged, total.halfActs, total.lost);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QVERIFY(total.landed >= kLanes * kKillsPerLane);
}

QTEST_GUILESS_MAIN(TestKillDuringWrites)
#include "TestKillDuringWrites.moc"
