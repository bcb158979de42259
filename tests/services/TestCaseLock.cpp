// Two workstations recording on one case at the same moment: every write path takes the case's
// lock first (CaseRepository::lockForUpdate: SELECT … FOR UPDATE on PostgreSQL; on SQLite the
// write transaction, BEGIN IMMEDIATE, already serialises writers). The PostgreSQL test holds the
// first writer's transaction open, watches the second writer block on the case row (no sleeps:
// it asks the server whom the first one blocks), then commits; the second is then refused by the
// order rule instead of recording a second infusion.

#include "PathwayScenario.h"
#include "ReviewWorld.h"
#include "services/PathwayService.h"
#include "services/Workspace.h"
#include "storage/CaseRepository.h"
#include "storage/SqlSupport.h"
#include "storage/Transaction.h"
#include "support/TestDatabase.h"

#include <QTest>
#include <QThread>

using cb::ErrorCode;
using cb::core::PathwayEventType;
using cb::test::PathwayScenario;
using cb::test::ReviewWorld;

class TestCaseLock : public QObject
{
    Q_OBJECT

private slots:
    void shouldLockTheCaseRowInsideATransaction_data() { cb::test::addBackendRows(); }
    void shouldLockTheCaseRowInsideATransaction();
    void shouldMakeASecondInfusionWaitAndThenRefuseIt();
};

void TestCaseLock::shouldLockTheCaseRowInsideATransaction()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(db, backend);
    ReviewWorld w(db.url());
    QVERIFY(w.ok());
    const qint64 id = w.newCase();
    QVERIFY(id);
    cb::storage::Transaction tx(w.ws().database());
    QVERIFY(tx.ok());
    cb::storage::CaseRepository cases(w.ws().database());
    QVERIFY(cases.lockForUpdate(id).ok());
    QVERIFY(cases.lockForUpdate(id).ok());     // again in the same transaction
    QVERIFY(cases.lockForUpdate(999999).ok()); // no such case: nothing to lock, the caller says "not found"
    QVERIFY(tx.commit().ok());
}

void TestCaseLock::shouldMakeASecondInfusionWaitAndThenRefuseIt()
{
    CB_TEST_DATABASE(db, QStringLiteral("postgresql"));
    ReviewWorld w(db.url());
    QVERIFY(w.ok());
    // GIVEN a case with its pathway up to the lymphodepletion
    const qint64 id = PathwayScenario::treatedCase(w, false);
    QVERIFY(id);
    const auto coordinator = w.coordinator();
    const QDateTime now = w.clock().nowUtc();

    // WHEN the first workstation records the infusion inside a transaction it keeps open
    auto& database = w.ws().database();
    auto pid = cb::storage::runQuery(database, QStringLiteral("SELECT pg_backend_pid()"));
    QVERIFY(pid.ok() && pid->next());
    const qint64 firstPid = pid->value(0).toLongLong();
    auto first = std::make_unique<cb::storage::Transaction>(database);
    QVERIFY(first->ok());
    auto recorded = w.ws().pathway().recordStep(coordinator, id, PathwayScenario::infusion());
    QVERIFY2(recorded.ok(), qPrintable(recorded.error().message));

    // AND a second workstation records the infusion of the same case at the same moment
    ErrorCode secondCode = ErrorCode::Failure;
    bool secondOk = false;
    QString secondMessage;
    const QString url = db.url();
    QThread* second = QThread::create([&] {
        auto ws = ReviewWorld::open(url, std::make_shared<cb::core::ManualClock>(now));
        if (!ws) {
            secondMessage = QStringLiteral("cannot open the second workstation");
            return;
        }
        auto r = ws->pathway().recordStep(coordinator, id, PathwayScenario::infusion());
        secondOk = r.ok();
        if (!r.ok()) {
            secondCode = r.error().code;
            secondMessage = r.error().message;
        }
    });
    second->start();

    // THEN the second waits on the case row held by the first
    const QString blocked =
        QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE %1 = ANY(pg_blocking_pids(pid))")
            .arg(firstPid);
    QTRY_VERIFY_WITH_TIMEOUT(db.scalar(blocked).toInt() == 1, 20000);
    QVERIFY(!second->isFinished());

    // WHEN the first commits THEN the second goes on and the order rule refuses a second infusion
    QVERIFY(first->commit().ok());
    first.reset();
    QVERIFY(second->wait(60000));
    delete second;
    QVERIFY2(!secondOk, "the second infusion was recorded");
    QCOMPARE(secondCode, ErrorCode::InvalidState);
    QVERIFY2(secondMessage.contains(QLatin1String("already recorded")), qPrintable(secondMessage));
    QCOMPARE(db.count(QStringLiteral("pathway_event WHERE event_type = 'infusion'")), qint64(1));
}

QTEST_GUILESS_MAIN(TestCaseLock)
#include "TestCaseLock.moc"
