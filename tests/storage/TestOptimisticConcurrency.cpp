#include "services/CaseService.h"
#include "services/Workspace.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"
#include "support/TestUsers.h"
#include "support/TestWorkspace.h"

#include <QTest>

using cb::ErrorCode;
using cb::core::CaseState;
using cb::core::CloseReason;
using cb::services::Workspace;
using cb::storage::CaseRepository;
using cb::storage::UserRepository;

namespace {

const QDateTime kNow(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

std::unique_ptr<Workspace> openWorkspace(const QString& url)
{
    auto ws = Workspace::open(url, Workspace::OpenMode::CreateIfMissing,
                              std::make_shared<cb::core::ManualClock>(kNow));
    if (!ws.ok()) {
        qWarning("%s", qPrintable(ws.error().message));
        return {};
    }
    return std::move(ws).value();
}

cb::core::CaseRecord referral()
{
    cb::core::CaseRecord r;
    r.patient.mrn = QStringLiteral("OC-0001");
    r.patient.familyName = QStringLiteral("Novak");
    r.patient.givenName = QStringLiteral("Eva");
    r.indication = cb::core::Indication::LargeBCellLymphoma;
    r.referralDate = QDate(2026, 11, 20);
    return r;
}

} // namespace

// Two workstations (two Workspace/Database connections on one database) change the same row:
// the second, holding a stale row_version, gets a Conflict and the first one's change stands.
class TestOptimisticConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void shouldRefuseAStaleCloseOfACase_data() { cb::test::addBackendRows(); }
    void shouldRefuseAStaleCloseOfACase();
    void shouldRefuseAStaleMoveOfACase_data() { cb::test::addBackendRows(); }
    void shouldRefuseAStaleMoveOfACase();
    void shouldRefuseAStaleCaseStateUpdateInTheRepository_data() { cb::test::addBackendRows(); }
    void shouldRefuseAStaleCaseStateUpdateInTheRepository();
    void shouldRefuseAStaleUserUpdate_data();
    void shouldRefuseAStaleUserUpdate();
};

void TestOptimisticConcurrency::shouldRefuseAStaleCloseOfACase()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto first = openWorkspace(tdb.url());
    auto second = openWorkspace(tdb.url());
    QVERIFY(first && second);
    const auto coordinator =
        cb::test::seedUser(first->database(), QStringLiteral("coord"), {cb::core::Role::Coordinator});
    auto id = cb::test::registerReferral(*first, coordinator, referral());
    QVERIFY2(id.ok(), qPrintable(id.error().message));
    // GIVEN both workstations show the case at the same version
    auto seenByFirst = first->cases().openCase(coordinator, *id);
    auto seenBySecond = second->cases().openCase(coordinator, *id);
    QVERIFY(seenByFirst.ok() && seenBySecond.ok());
    QCOMPARE(seenByFirst->rowVersion, seenBySecond->rowVersion);
    // WHEN the first closes it as withdrawn, then the second tries to close it as transferred
    auto a = first->cases().closeCase(coordinator, *id, CloseReason::Withdrawn,
                                      QStringLiteral("patient declined"), seenByFirst->rowVersion);
    QVERIFY2(a.ok(), qPrintable(a.error().message));
    auto b =
        second->cases().closeCase(coordinator, *id, CloseReason::Transferred, {}, seenBySecond->rowVersion);
    // THEN the second gets a conflict it can act on (reload), and the first's change is intact
    QVERIFY(!b.ok());
    QCOMPARE(b.error().code, ErrorCode::Conflict);
    QVERIFY2(b.error().message.contains(QLatin1String("Reload")), qPrintable(b.error().message));
    auto now = second->cases().openCase(coordinator, *id);
    QVERIFY(now.ok());
    QCOMPARE(now->state, CaseState::Closed);
    QCOMPARE(now->closeReason, std::optional(CloseReason::Withdrawn));
    QCOMPARE(now->closeDetail, QStringLiteral("patient declined"));
    QCOMPARE(now->rowVersion, seenByFirst->rowVersion + 1);
    // AND only one close was audited
    QCOMPARE(tdb.count(QStringLiteral("audit_event WHERE action = 'case.close'")), qint64(1));
}

void TestOptimisticConcurrency::shouldRefuseAStaleMoveOfACase()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto first = openWorkspace(tdb.url());
    auto second = openWorkspace(tdb.url());
    QVERIFY(first && second);
    const auto coordinator =
        cb::test::seedUser(first->database(), QStringLiteral("coord"), {cb::core::Role::Coordinator});
    auto id = cb::test::registerReferral(*first, coordinator, referral());
    QVERIFY(id.ok());
    const qint64 version = second->cases().openCase(coordinator, *id)->rowVersion;
    // WHEN the first moves the case to work-up and the second, unaware, closes it
    QVERIFY(first->cases().moveCase(coordinator, *id, CaseState::WorkUp, version).ok());
    auto b = second->cases().closeCase(coordinator, *id, CloseReason::Withdrawn, {}, version);
    // THEN the second is told to reload; the case stays in work-up
    QVERIFY(!b.ok());
    QCOMPARE(b.error().code, ErrorCode::Conflict);
    QCOMPARE(first->cases().openCase(coordinator, *id)->state, CaseState::WorkUp);
    // AND a stale move is refused the same way
    auto c = second->cases().moveCase(coordinator, *id, CaseState::InReview, version);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().code, ErrorCode::Conflict);
}

void TestOptimisticConcurrency::shouldRefuseAStaleCaseStateUpdateInTheRepository()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto first = openWorkspace(tdb.url());
    auto second = openWorkspace(tdb.url());
    QVERIFY(first && second);
    const auto coordinator =
        cb::test::seedUser(first->database(), QStringLiteral("coord"), {cb::core::Role::Coordinator});
    auto id = cb::test::registerReferral(*first, coordinator, referral());
    QVERIFY(id.ok());
    // GIVEN both connections read the row
    CaseRepository repoA(first->database());
    CaseRepository repoB(second->database());
    const qint64 vA = (*repoA.caseById(*id))->rowVersion;
    const qint64 vB = (*repoB.caseById(*id))->rowVersion;
    QCOMPARE(vA, vB);
    // WHEN both write with the version they read
    auto a = repoA.updateState(*id, vA, CaseState::WorkUp, std::nullopt, {}, kNow);
    auto b =
        repoB.updateState(*id, vB, CaseState::Closed, CloseReason::Deceased, QStringLiteral("sepsis"), kNow);
    // THEN the UPDATE … WHERE row_version = :v of the second touches no row: a conflict
    QVERIFY(a.ok());
    QVERIFY(!b.ok());
    QCOMPARE(b.error().code, ErrorCode::Conflict);
    const auto stored = *repoB.caseById(*id);
    QCOMPARE(stored->state, CaseState::WorkUp);
    QVERIFY(!stored->closeReason.has_value());
    QCOMPARE(stored->rowVersion, vA + 1);
    // AND with the fresh version the second succeeds
    QVERIFY(repoB.updateState(*id, stored->rowVersion, CaseState::InReview, std::nullopt, {}, kNow).ok());
}

void TestOptimisticConcurrency::shouldRefuseAStaleUserUpdate_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("operation");
    for (const QString& b : cb::test::backendNames())
        for (const char* op : {"login state", "password", "disabled", "profile"})
            QTest::addRow("%s/%s", qPrintable(b), op) << b << QString::fromLatin1(op);
}

void TestOptimisticConcurrency::shouldRefuseAStaleUserUpdate()
{
    QFETCH(QString, backend);
    QFETCH(QString, operation);
    CB_TEST_DATABASE(tdb, backend);
    auto first = openWorkspace(tdb.url());
    auto second = openWorkspace(tdb.url());
    QVERIFY(first && second);
    const auto user =
        cb::test::seedUser(first->database(), QStringLiteral("nurse.kim"), {cb::core::Role::Coordinator});
    QVERIFY(user.isValid());
    UserRepository repoA(first->database());
    UserRepository repoB(second->database());
    // GIVEN both workstations read the user at the same version
    const auto readA = **repoA.findByUsername(QStringLiteral("nurse.kim"));
    const auto readB = **repoB.findByUsername(QStringLiteral("nurse.kim"));
    const qint64 v = readA.account.rowVersion;
    QCOMPARE(readB.account.rowVersion, v);
    const QDateTime lockedUntil = kNow.addSecs(15 * 60);
    // WHEN the first records three failed logins and the second then writes from its stale copy
    QVERIFY(repoA.updateLoginState(user.id, v, 3, {}).ok());
    cb::Status stale;
    if (operation == QLatin1String("login state"))
        stale = repoB.updateLoginState(user.id, v, 10, lockedUntil);
    else if (operation == QLatin1String("password"))
        stale = repoB.updatePassword(user.id, v, QStringLiteral("$argon2id$fake"), true);
    else if (operation == QLatin1String("disabled"))
        stale = repoB.updateDisabled(user.id, v, true);
    else {
        auto account = readB.account;
        account.identity.printedName = QStringLiteral("Someone Else");
        stale = repoB.updateProfile(user.id, v, account);
    }
    // THEN the stale write is a conflict and the first write stands, untouched
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, ErrorCode::Conflict);
    const auto now = (**repoB.findById(user.id));
    QCOMPARE(now.account.failedAttempts, 3);
    QVERIFY(!now.account.lockedUntil.isValid());
    QVERIFY(!now.account.disabled);
    QVERIFY(!now.account.mustChangePassword);
    QCOMPARE(now.account.identity.printedName, readA.account.identity.printedName);
    QCOMPARE(now.passwordHash, readA.passwordHash);
    QCOMPARE(now.account.rowVersion, v + 1);
}

QTEST_GUILESS_MAIN(TestOptimisticConcurrency)
#include "TestOptimisticConcurrency.moc"
