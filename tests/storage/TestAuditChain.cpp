#include "services/AuditService.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"
#include "storage/Transaction.h"
#include "support/TestDatabase.h"
#include "support/TestUsers.h"

#include <QMutex>
#include <QTest>
#include <map>
#include <thread>

using cb::ErrorCode;
using cb::core::AuditEntry;
using cb::services::AuditService;
using cb::storage::AuditRepository;
using cb::storage::Database;
using cb::storage::DatabaseUrl;
using cb::storage::Transaction;

namespace {

std::unique_ptr<Database> openDb(const QString& urlText)
{
    auto url = DatabaseUrl::parse(urlText);
    if (!url.ok())
        return {};
    auto db = Database::open(*url, Database::OpenMode::CreateIfMissing);
    if (!db.ok() || !(*db)->migrate().ok())
        return {};
    return std::move(db).value();
}

AuditEntry sampleEntry(int i)
{
    AuditEntry e;
    e.at = QDateTime(QDate(2026, 11, 2), QTime(9, 30, 0, 125), Qt::UTC).addSecs(i);
    e.userId = 7;
    e.username = QStringLiteral("coordinator");
    e.action = QStringLiteral("case.move");
    e.entity = QStringLiteral("clinical_case");
    e.entityId = QString::number(100 + i);
    e.before = QStringLiteral(R"({"state":"referred"})");
    e.after = QStringLiteral(R"({"state":"work_up"})");
    e.reason = QStringLiteral("Überweisung geprüft — 已复核 #%1").arg(i);
    return e;
}

// Appends n entries, each in its own committed transaction; returns the stored entries.
QList<AuditEntry> appendEntries(Database& db, int n, int from = 1)
{
    QList<AuditEntry> out;
    AuditRepository repo(db);
    for (int i = from; i < from + n; ++i) {
        Transaction tx(db);
        auto e = repo.append(sampleEntry(i));
        if (!e.ok() || !tx.commit().ok()) {
            qWarning("append %d failed: %s", i,
                     qPrintable(e.ok() ? QStringLiteral("commit") : e.error().message));
            return out;
        }
        out << *e;
    }
    return out;
}

} // namespace

// The hash-chained audit trail: how entries are appended and linked, how AuditService::verify
// finds the first entry changed behind the application's back, and the triggers that keep the
// trail append-only. On SQLite and PostgreSQL.
class TestAuditChain : public QObject
{
    Q_OBJECT

private slots:
    void shouldRefuseToAppendOutsideATransaction_data() { cb::test::addBackendRows(); }
    void shouldRefuseToAppendOutsideATransaction();
    void shouldLinkEveryEntryToThePreviousOne_data() { cb::test::addBackendRows(); }
    void shouldLinkEveryEntryToThePreviousOne();
    void shouldReadBackExactlyWhatWasAppended_data() { cb::test::addBackendRows(); }
    void shouldReadBackExactlyWhatWasAppended();
    void shouldDropAnEntryWithItsRolledBackTransaction_data() { cb::test::addBackendRows(); }
    void shouldDropAnEntryWithItsRolledBackTransaction();
    void shouldVerifyAnIntactChain_data() { cb::test::addBackendRows(); }
    void shouldVerifyAnIntactChain();
    void shouldNameTheFirstBadEntryAfterTampering_data();
    void shouldNameTheFirstBadEntryAfterTampering();
    void shouldRejectUpdatesAndDeletesOfTheAuditTrail_data() { cb::test::addBackendRows(); }
    void shouldRejectUpdatesAndDeletesOfTheAuditTrail();
    void shouldNeverDeleteAUser_data() { cb::test::addBackendRows(); }
    void shouldNeverDeleteAUser();
    void shouldKeepOneChainWhenTwoConnectionsAppendAtOnce_data() { cb::test::addBackendRows(); }
    void shouldKeepOneChainWhenTwoConnectionsAppendAtOnce();
    void cleanupTestCase() { m_tamperDatabases.clear(); }

private:
    struct Shared
    {
        std::unique_ptr<cb::test::TestDatabase> tdb;
        std::unique_ptr<Database> db;
        ~Shared() { db.reset(); } // close the connection before the schema is dropped
    };
    std::map<QString, Shared> m_tamperDatabases;
};

void TestAuditChain::shouldRefuseToAppendOutsideATransaction()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto db = openDb(tdb.url());
    QVERIFY(db);
    // WHEN an entry is appended without the transaction of the change it records
    auto e = AuditRepository(*db).append(sampleEntry(1));
    // THEN it is refused and nothing is stored
    QVERIFY(!e.ok());
    QCOMPARE(tdb.count(QStringLiteral("audit_event")), qint64(0));
}

void TestAuditChain::shouldLinkEveryEntryToThePreviousOne()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto db = openDb(tdb.url());
    QVERIFY(db);
    // WHEN five entries are appended
    const QList<AuditEntry> entries = appendEntries(*db, 5);
    QCOMPARE(entries.size(), 5);
    // THEN they are numbered 1..5, the first links to the genesis hash and each later one to
    // its predecessor, and each hash covers its own columns
    for (int i = 0; i < entries.size(); ++i) {
        QCOMPARE(entries[i].seq, qint64(i + 1));
        QCOMPARE(entries[i].prevHash, i == 0 ? AuditRepository::genesisHash() : entries[i - 1].hash);
        QCOMPARE(entries[i].hash, entries[i].computeHash());
        QCOMPARE(entries[i].hash.size(), 64);
    }
    AuditRepository repo(*db);
    auto head = repo.head();
    QVERIFY(head.ok() && head->has_value());
    QCOMPARE((*head)->seq, qint64(5));
    QCOMPARE((*head)->hash, entries.last().hash);
    QCOMPARE(*repo.count(), qint64(5));
    auto latest = repo.latest(2);
    QVERIFY(latest.ok());
    QCOMPARE(latest->size(), 2);
    QCOMPARE(latest->at(0).seq, qint64(5));
    QCOMPARE(latest->at(1).seq, qint64(4));
    auto forCase = repo.forEntity(QStringLiteral("clinical_case"), QStringLiteral("103"));
    QVERIFY(forCase.ok());
    QCOMPARE(forCase->size(), 1);
    QCOMPARE(forCase->first().seq, qint64(3));
    // AND walk visits them in order and stops when asked
    QList<qint64> seen;
    QVERIFY(repo.walk([&](const AuditEntry& e) {
                    seen << e.seq;
                    return e.seq < 3;
                })
                .ok());
    QCOMPARE(seen, (QList<qint64>{1, 2, 3}));
}

void TestAuditChain::shouldReadBackExactlyWhatWasAppended()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto db = openDb(tdb.url());
    QVERIFY(db);
    const QList<AuditEntry> entries = appendEntries(*db, 2);
    QCOMPARE(entries.size(), 2);
    // WHEN an entry is read back
    auto stored = AuditRepository(*db).entry(2);
    QVERIFY(stored.ok() && stored->has_value());
    const AuditEntry& e = **stored;
    // THEN every column round-trips (millisecond time, Unicode text, JSON) and the hash still holds
    QCOMPARE(e.seq, entries[1].seq);
    QCOMPARE(e.at, entries[1].at);
    QCOMPARE(e.at.time().msec(), 125);
    QCOMPARE(e.userId, qint64(7));
    QCOMPARE(e.username, QStringLiteral("coordinator"));
    QCOMPARE(e.action, QStringLiteral("case.move"));
    QCOMPARE(e.entity, QStringLiteral("clinical_case"));
    QCOMPARE(e.entityId, QStringLiteral("102"));
    QCOMPARE(e.before, sampleEntry(2).before);
    QCOMPARE(e.after, sampleEntry(2).after);
    QCOMPARE(e.reason, sampleEntry(2).reason);
    QCOMPARE(e.prevHash, entries[0].hash);
    QCOMPARE(e.computeHash(), e.hash);
    // AND a sequence number that was never written is simply absent
    auto none = AuditRepository(*db).entry(99);
    QVERIFY(none.ok());
    QVERIFY(!none->has_value());
}

void TestAuditChain::shouldDropAnEntryWithItsRolledBackTransaction()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto db = openDb(tdb.url());
    QVERIFY(db);
    appendEntries(*db, 1);
    // WHEN an entry is appended in a transaction that is rolled back
    {
        Transaction tx(*db);
        QVERIFY(AuditRepository(*db).append(sampleEntry(2)).ok());
    }
    // THEN it is gone, and the next entry takes its number: the chain has no gap
    QCOMPARE(tdb.count(QStringLiteral("audit_event")), qint64(1));
    const QList<AuditEntry> next = appendEntries(*db, 1, 3);
    QCOMPARE(next.size(), 1);
    QCOMPARE(next.first().seq, qint64(2));
    auto v = AuditService(*db).verify();
    QVERIFY(v.ok());
    QVERIFY(v->intact);
}

void TestAuditChain::shouldVerifyAnIntactChain()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto db = openDb(tdb.url());
    QVERIFY(db);
    // GIVEN an empty trail
    auto empty = AuditService(*db).verify();
    QVERIFY(empty.ok());
    // THEN it is intact with no head
    QVERIFY(empty->intact);
    QCOMPARE(empty->entries, qint64(0));
    QCOMPARE(empty->headSeq, qint64(0));
    QCOMPARE(empty->firstBadSeq, qint64(0));
    // GIVEN six entries
    const QList<AuditEntry> entries = appendEntries(*db, 6);
    // WHEN the chain is verified
    auto v = AuditService(*db).verify();
    QVERIFY(v.ok());
    // THEN it is intact and reports its head
    QVERIFY2(v->intact, qPrintable(v->problem));
    QCOMPARE(v->entries, qint64(6));
    QCOMPARE(v->headSeq, qint64(6));
    QCOMPARE(v->headHash, entries.last().hash);
    QCOMPARE(v->firstBadSeq, qint64(0));
    QVERIFY(v->problem.isEmpty());
}

void TestAuditChain::shouldNameTheFirstBadEntryAfterTampering_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("tamper"); // raw SQL; {hash:N} is entry N's stored hash
    QTest::addColumn<qint64>("firstBad");
    for (const QString& b : cb::test::backendNames()) {
        const QByteArray p = b.toLatin1();
        QTest::addRow("%s/changed action", p.constData())
            << b << QStringList{QStringLiteral("UPDATE audit_event SET action = 'case.view' WHERE seq = 3")}
            << qint64(3);
        QTest::addRow("%s/changed reason", p.constData())
            << b << QStringList{QStringLiteral("UPDATE audit_event SET reason = '' WHERE seq = 2")}
            << qint64(2);
        QTest::addRow("%s/changed time", p.constData())
            << b
            << QStringList{QStringLiteral(
                   "UPDATE audit_event SET at = '2026-11-02T09:31:00.000Z' WHERE seq = 4")}
            << qint64(4);
        QTest::addRow("%s/changed user", p.constData())
            << b
            << QStringList{QStringLiteral(
                   "UPDATE audit_event SET user_id = 1, username = 'admin' WHERE seq = 5")}
            << qint64(5);
        QTest::addRow("%s/changed after-image", p.constData())
            << b
            << QStringList{QStringLiteral(
                   "UPDATE audit_event SET after_json = '{\"state\":\"closed\"}' WHERE seq = 1")}
            << qint64(1);
        QTest::addRow("%s/deleted middle row", p.constData())
            << b << QStringList{QStringLiteral("DELETE FROM audit_event WHERE seq = 3")} << qint64(3);
        QTest::addRow("%s/deleted first row", p.constData())
            << b << QStringList{QStringLiteral("DELETE FROM audit_event WHERE seq = 1")} << qint64(1);
        QTest::addRow("%s/changed prev_hash", p.constData())
            << b << QStringList{QStringLiteral("UPDATE audit_event SET prev_hash = '{hash:2}' WHERE seq = 4")}
            << qint64(4);
        QTest::addRow("%s/changed hash only", p.constData())
            << b << QStringList{QStringLiteral("UPDATE audit_event SET hash = '{hash:1}' WHERE seq = 2")}
            << qint64(2);
        QTest::addRow("%s/rewritten row with recomputed hash", p.constData())
            << b << QStringList{QStringLiteral("{rewrite:3}")} << qint64(4);
        QTest::addRow("%s/two rows changed", p.constData())
            << b
            << QStringList{QStringLiteral("UPDATE audit_event SET entity_id = '999' WHERE seq = 5"),
                           QStringLiteral("UPDATE audit_event SET entity_id = '998' WHERE seq = 2")}
            << qint64(2);
        QTest::addRow("%s/forged row appended", p.constData())
            << b
            << QStringList{QStringLiteral(
                   "INSERT INTO audit_event (seq, at, user_id, username, action, entity, entity_id, "
                   "before_json, "
                   "after_json, reason, prev_hash, hash) VALUES (7, '2026-11-02T10:00:00.000Z', 1, 'admin', "
                   "'case.close', 'clinical_case', '101', '', '', '', '{hash:5}', '{hash:5}')")}
            << qint64(7);
    }
}

void TestAuditChain::shouldNameTheFirstBadEntryAfterTampering()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, tamper);
    QFETCH(qint64, firstBad);
    // One database per backend for all rows (migrating a PostgreSQL schema is the slow part):
    // someone with raw database access has dropped the triggers for good.
    auto& shared = m_tamperDatabases[backend];
    if (!shared.tdb) {
        shared.tdb = std::make_unique<cb::test::TestDatabase>(backend);
        if (!shared.tdb->available())
            QSKIP(qPrintable(cb::test::postgresSkipMessage()));
        shared.db = openDb(shared.tdb->url());
        QVERIFY(shared.db);
        QString error;
        QVERIFY2(shared.tdb->dropAuditTriggers(&error), qPrintable(error));
    }
    if (!shared.db)
        QSKIP(qPrintable(cb::test::postgresSkipMessage()));
    cb::test::TestDatabase& tdb = *shared.tdb;
    auto& db = shared.db;
    QVERIFY(tdb.exec(QStringLiteral("DELETE FROM audit_event")));
    // GIVEN an intact chain of six entries
    const QList<AuditEntry> entries = appendEntries(*db, 6);
    QCOMPARE(entries.size(), 6);
    QVERIFY(AuditService(*db).verify()->intact);
    // WHEN past rows are changed behind the application's back
    QString error;
    for (QString sql : tamper) {
        for (const AuditEntry& e : entries)
            sql.replace(QStringLiteral("{hash:%1}").arg(e.seq), e.hash);
        if (sql.startsWith(QLatin1String("{rewrite:"))) {
            // the careful forger: change a row and give it a hash that matches its new content
            AuditEntry forged = entries.at(sql.mid(9, 1).toInt() - 1);
            forged.action = QStringLiteral("case.view");
            forged.hash = forged.computeHash();
            sql = QStringLiteral("UPDATE audit_event SET action = '%1', hash = '%2' WHERE seq = %3")
                      .arg(forged.action, forged.hash)
                      .arg(forged.seq);
        }
        QVERIFY2(tdb.exec(sql, &error), qPrintable(sql + QStringLiteral(": ") + error));
    }
    // THEN verify reports the chain broken at the first bad entry, with a reason
    auto v = AuditService(*db).verify();
    QVERIFY2(v.ok(), qPrintable(v.error().message));
    QVERIFY(!v->intact);
    QCOMPARE(v->firstBadSeq, firstBad);
    QVERIFY(!v->problem.isEmpty());
    // AND the head it reports is the last entry that still checks out
    QCOMPARE(v->headSeq, firstBad - 1);
    if (firstBad > 1)
        QCOMPARE(v->headHash,
                 tdb.scalar(QStringLiteral("SELECT hash FROM audit_event WHERE seq = %1").arg(firstBad - 1))
                     .toString());
}

void TestAuditChain::shouldRejectUpdatesAndDeletesOfTheAuditTrail()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto db = openDb(tdb.url());
    QVERIFY(db);
    const QList<AuditEntry> entries = appendEntries(*db, 3);
    QCOMPARE(entries.size(), 3);
    // WHEN raw SQL tries to change or remove an entry while the triggers stand
    QString error;
    QVERIFY(!tdb.exec(QStringLiteral("UPDATE audit_event SET action = 'x' WHERE seq = 2"), &error));
    QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
    QVERIFY(!tdb.exec(QStringLiteral("DELETE FROM audit_event WHERE seq = 3"), &error));
    QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
    // THEN nothing changed
    QCOMPARE(tdb.count(QStringLiteral("audit_event")), qint64(3));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT action FROM audit_event WHERE seq = 2")).toString(),
             entries[1].action);
    QVERIFY(AuditService(*db).verify()->intact);
    // AND through the application's own connection the refusal is an "invalid state" error
    auto q = cb::storage::runQuery(*db, QStringLiteral("DELETE FROM audit_event"));
    QVERIFY(!q.ok());
    QCOMPARE(q.error().code, ErrorCode::InvalidState);
    QCOMPARE(tdb.count(QStringLiteral("audit_event")), qint64(3));
}

void TestAuditChain::shouldNeverDeleteAUser()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto db = openDb(tdb.url());
    QVERIFY(db);
    QVERIFY(cb::test::seedUser(*db, QStringLiteral("nurse.li"), {cb::core::Role::Coordinator}).isValid());
    // WHEN raw SQL deletes the user
    QString error;
    QVERIFY(!tdb.exec(QStringLiteral("DELETE FROM app_user WHERE username = 'nurse.li'"), &error));
    // THEN the trigger refuses: users are disabled, never deleted
    QVERIFY2(error.contains(QLatin1String("never deleted")), qPrintable(error));
    QCOMPARE(tdb.count(QStringLiteral("app_user")), qint64(1));
}

void TestAuditChain::shouldKeepOneChainWhenTwoConnectionsAppendAtOnce()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    {
        auto db = openDb(tdb.url());
        QVERIFY(db);
    }
    // WHEN two workstations (two connections, two threads) append at the same time
    constexpr int kPerWriter = 30;
    QMutex mutex;
    QStringList problems;
    auto writer = [&](int id) {
        auto url = DatabaseUrl::parse(tdb.url());
        auto db = Database::open(*url, Database::OpenMode::MustExist);
        if (!db.ok()) {
            QMutexLocker lock(&mutex);
            problems << db.error().message;
            return;
        }
        for (int i = 0; i < kPerWriter; ++i) {
            Transaction tx(**db);
            AuditEntry e = sampleEntry(i);
            e.userId = id;
            auto r = AuditRepository(**db).append(e);
            auto st = r.ok() ? tx.commit() : cb::Status(r.error());
            if (!st.ok()) {
                QMutexLocker lock(&mutex);
                problems << st.error().message + QStringLiteral(" / ") + st.error().detail;
                return;
            }
        }
    };
    std::thread a(writer, 1);
    std::thread b(writer, 2);
    a.join();
    b.join();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // THEN every entry is stored once, in one unbroken chain
    auto db = openDb(tdb.url());
    QVERIFY(db);
    QCOMPARE(tdb.count(QStringLiteral("audit_event")), qint64(2 * kPerWriter));
    auto v = AuditService(*db).verify();
    QVERIFY(v.ok());
    QVERIFY2(v->intact, qPrintable(v->problem));
    QCOMPARE(v->headSeq, qint64(2 * kPerWriter));
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "TestAuditChain.moc"
