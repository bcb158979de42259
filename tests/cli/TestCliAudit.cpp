#include "cli/CliFixture.h"
#include "services/CaseService.h"
#include "services/Workspace.h"
#include "storage/AuditRepository.h"
#include "support/TestUsers.h"
#include "support/TestWorkspace.h"

#include <QJsonObject>
#include <QTest>

using cb::test::CliRun;
using cb::test::CliRunner;

namespace {

// A small database with five audit entries (two referrals, each with its patient, and a view),
// written in-process through the services.
QString prepareTrail(cb::test::TestDatabase& db)
{
    auto ws = cb::services::Workspace::open(db.url(), cb::services::Workspace::OpenMode::CreateIfMissing);
    if (!ws.ok())
        return ws.error().message;
    const auto coordinator =
        cb::test::seedUser((*ws)->database(), QStringLiteral("coordinator"), {cb::core::Role::Coordinator});
    for (const char* mrn : {"AU-1", "AU-2"}) {
        cb::core::CaseRecord r;
        r.patient.mrn = QString::fromLatin1(mrn);
        r.patient.familyName = QStringLiteral("Audit");
        r.patient.givenName = QStringLiteral("Trail");
        r.indication = cb::core::Indication::MultipleMyeloma;
        r.referralDate = QDate::currentDate().addDays(-30);
        auto id = cb::test::registerReferral(**ws, coordinator, r);
        if (!id.ok())
            return id.error().message;
    }
    if (auto rec = (*ws)->cases().openCase(coordinator, 1); !rec.ok())
        return rec.error().message;
    return {};
}

QString storedHash(cb::test::TestDatabase& db, int seq)
{
    return db.scalar(QStringLiteral("SELECT hash FROM audit_event WHERE seq = %1").arg(seq)).toString();
}

} // namespace

// `cellboard-cli audit verify|entry`: no login needed (ids and hashes only); exit 0 and the head
// on an intact chain; after a raw-SQL tamper, non-zero and the first bad entry named.
class TestCliAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_dbs.clear(); }
    void shouldVerifyAnIntactChain_data() { cb::test::addBackendRows(); }
    void shouldVerifyAnIntactChain();
    void shouldNameTheFirstBadEntryAfterTampering_data();
    void shouldNameTheFirstBadEntryAfterTampering();
    void shouldPrintAnEntrysHash_data() { cb::test::addBackendRows(); }
    void shouldPrintAnEntrysHash();
    void shouldRejectBadSequenceNumbers_data();
    void shouldRejectBadSequenceNumbers();

private:
    cb::test::BackendDatabases m_dbs;
};

void TestCliAudit::initTestCase()
{
    QVERIFY2(CliRunner::binaryExists(),
             qPrintable(CliRunner::binary() + QStringLiteral(" has not been built")));
}

void TestCliAudit::shouldVerifyAnIntactChain()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareTrail);
    const QString head = storedHash(*db, 5);
    QCOMPARE(head.size(), 64);
    // WHEN the chain is verified (no --user: it needs no login)
    const CliRun r = CliRunner::run(db->url(), {}, {"audit", "verify"});
    // THEN exit 0, printing the head's sequence number and hash
    CB_EXPECT_EXIT(r, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(r.outText().contains(QLatin1String("intact")), qPrintable(r.describe()));
    QVERIFY2(r.outText().contains(QLatin1String("entry 5")), qPrintable(r.describe()));
    QVERIFY2(r.outText().contains(head), qPrintable(r.describe()));
    // AND as JSON, standard output holds only the JSON object
    const CliRun json = CliRunner::run(db->url(), {}, {"audit", "verify", "--json"});
    CB_EXPECT_EXIT(json, 0);
    bool ok = false;
    const QJsonObject o = json.json(&ok).object();
    QVERIFY2(ok, qPrintable(json.describe()));
    QCOMPARE(o.value(QStringLiteral("intact")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("entries")).toInteger(), 5);
    QCOMPARE(o.value(QStringLiteral("head_seq")).toInteger(), 5);
    QCOMPARE(o.value(QStringLiteral("head_hash")).toString(), head);
    QVERIFY(json.err.isEmpty());
}

void TestCliAudit::shouldNameTheFirstBadEntryAfterTampering_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<int>("firstBad");
    for (const QString& b : cb::test::backendNames()) {
        const QByteArray p = b.toLatin1();
        QTest::addRow("%s/changed content", p.constData())
            << b << "UPDATE audit_event SET action = 'case.list' WHERE seq = 2" << 2;
        QTest::addRow("%s/deleted middle row", p.constData())
            << b << "DELETE FROM audit_event WHERE seq = 3" << 3;
        QTest::addRow("%s/changed prev_hash", p.constData())
            << b << "UPDATE audit_event SET prev_hash = hash WHERE seq = 4" << 4;
    }
}

void TestCliAudit::shouldNameTheFirstBadEntryAfterTampering()
{
    QFETCH(QString, backend);
    QFETCH(QString, tamper);
    QFETCH(int, firstBad);
    CB_TEST_DATABASE(tdb, backend);
    QCOMPARE(prepareTrail(tdb), QString());
    // GIVEN someone dropped the trigger and changed a past row with raw SQL
    QString error;
    QVERIFY2(tdb.dropAuditTriggers(&error), qPrintable(error));
    QVERIFY2(tdb.exec(tamper, &error), qPrintable(error));
    // WHEN the chain is verified
    const CliRun r = CliRunner::run(tdb.url(), {}, {"audit", "verify"});
    // THEN it fails, and the one line on standard error names the first bad entry
    QVERIFY2(r.finished && r.exitCode != 0, qPrintable(r.describe()));
    CB_EXPECT_ONE_ERROR_LINE(r);
    QVERIFY2(r.errText().contains(QStringLiteral("entry %1").arg(firstBad)), qPrintable(r.describe()));
    // AND with --json the report says so too, standard output still only JSON
    const CliRun json = CliRunner::run(tdb.url(), {}, {"audit", "verify", "--json"});
    QVERIFY2(json.finished && json.exitCode != 0, qPrintable(json.describe()));
    bool ok = false;
    const QJsonObject o = json.json(&ok).object();
    QVERIFY2(ok, qPrintable(json.describe()));
    QCOMPARE(o.value(QStringLiteral("intact")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("first_bad_seq")).toInteger(), firstBad);
    QVERIFY(!o.value(QStringLiteral("problem")).toString().isEmpty());
    QCOMPARE(json.errLines().size(), 1);
}

void TestCliAudit::shouldPrintAnEntrysHash()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareTrail);
    const QString hash = storedHash(*db, 3);
    // WHEN one entry is asked for (a fingerprint printed on paper, checked later)
    const CliRun r = CliRunner::run(db->url(), {}, {"audit", "entry", "3"});
    // THEN its hash is printed
    CB_EXPECT_EXIT(r, 0);
    QVERIFY2(r.outText().contains(QStringLiteral("Hash: ") + hash), qPrintable(r.describe()));
    QVERIFY2(r.outText().contains(QLatin1String("Entry 3")), qPrintable(r.describe()));
    QVERIFY(r.err.isEmpty());
    // AND as JSON: an object with id, seq and hash, nothing else on standard output
    const CliRun json = CliRunner::run(db->url(), {}, {"audit", "entry", "3", "--json"});
    CB_EXPECT_EXIT(json, 0);
    bool ok = false;
    const QJsonObject o = json.json(&ok).object();
    QVERIFY2(ok, qPrintable(json.describe()));
    QCOMPARE(o.value(QStringLiteral("id")).toInteger(), 3);
    QCOMPARE(o.value(QStringLiteral("seq")).toInteger(), 3);
    QCOMPARE(o.value(QStringLiteral("hash")).toString(), hash);
    QCOMPARE(o.value(QStringLiteral("prev_hash")).toString(), storedHash(*db, 2));
}

void TestCliAudit::shouldRejectBadSequenceNumbers_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("seq");
    QTest::addColumn<QString>("named");
    for (const QString& b : cb::test::backendNames()) {
        const QByteArray p = b.toLatin1();
        QTest::addRow("%s/zero", p.constData()) << b << "0"
                                                << "sequence number";
        QTest::addRow("%s/letters", p.constData()) << b << "head"
                                                   << "sequence number";
        QTest::addRow("%s/not written yet", p.constData()) << b << "99999"
                                                           << "99999";
    }
}

void TestCliAudit::shouldRejectBadSequenceNumbers()
{
    QFETCH(QString, backend);
    QFETCH(QString, seq);
    QFETCH(QString, named);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareTrail);
    const CliRun r = CliRunner::run(db->url(), {}, {"audit", "entry", seq});
    CB_EXPECT_EXIT(r, 2);
    CB_EXPECT_ONE_ERROR_LINE(r);
    QVERIFY2(r.errText().contains(named), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestCliAudit)
#include "TestCliAudit.moc"
