#include "cli/CliFixture.h"
#include "services/CaseService.h"
#include "services/Workspace.h"
#include "storage/AuditRepository.h"
#include "support/TestUsers.h"
#include "support/TestWorkspace.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
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

// What a forger with SQL access and a script can do: change entry `from`'s action and compute
// every hash from there to the head again, so the chain alone still links up.
QString rehashFrom(cb::test::TestDatabase& db, qint64 from)
{
    auto ws = cb::services::Workspace::open(db.url(), cb::services::Workspace::OpenMode::MustExist);
    if (!ws.ok())
        return ws.error().message;
    cb::storage::AuditRepository repo((*ws)->database());
    auto head = repo.head();
    if (!head.ok() || !head->has_value())
        return QStringLiteral("no head");
    QString prev;
    for (qint64 seq = from; seq <= (*head)->seq; ++seq) {
        auto e = repo.entry(seq);
        if (!e.ok() || !e->has_value())
            return QStringLiteral("no entry %1").arg(seq);
        cb::core::AuditEntry entry = **e;
        if (seq == from)
            entry.action = QStringLiteral("case.list");
        else
            entry.prevHash = prev;
        entry.hash = entry.computeHash();
        prev = entry.hash;
        QString error;
        if (!db.exec(QStringLiteral(
                         "UPDATE audit_event SET action = '%1', prev_hash = '%2', hash = '%3' WHERE seq = %4")
                         .arg(entry.action, entry.prevHash, entry.hash)
                         .arg(seq),
                     &error))
            return error;
    }
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
    void shouldCatchAChainReHashedWithSqlAccess_data() { cb::test::addBackendRows(); }
    void shouldCatchAChainReHashedWithSqlAccess();
    void shouldPrintTheWorkstationsKey();
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

void TestCliAudit::shouldCatchAChainReHashedWithSqlAccess()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    QCOMPARE(prepareTrail(tdb), QString());
    // GIVEN a chain this workstation has checkpointed (every command signs the head at its end)
    CB_EXPECT_EXIT(CliRunner::run(tdb.url(), {}, {"audit", "verify"}), 0);
    const CliRun signedOnce = CliRunner::run(tdb.url(), {}, {"audit", "verify", "--json"});
    CB_EXPECT_EXIT(signedOnce, 0);
    bool ok = false;
    QJsonObject o = signedOnce.json(&ok).object();
    QVERIFY2(ok, qPrintable(signedOnce.describe()));
    QCOMPARE(o.value(QStringLiteral("checkpoints")).toInteger(), 1);
    QCOMPARE(o.value(QStringLiteral("anchor_seq")).toInteger(), 5);
    QCOMPARE(tdb.count(QStringLiteral("audit_checkpoint")), qint64(1));
    // WHEN someone changes entry 2 with SQL and re-hashes every entry after it
    QString error;
    QVERIFY2(tdb.dropAuditTriggers(&error), qPrintable(error));
    QCOMPARE(rehashFrom(tdb, 2), QString());
    // THEN the verification fails at the checkpoint, saying the chain was re-hashed
    const CliRun forged = CliRunner::run(tdb.url(), {}, {"audit", "verify", "--json"});
    QVERIFY2(forged.finished && forged.exitCode == 1, qPrintable(forged.describe()));
    o = forged.json(&ok).object();
    QVERIFY2(ok, qPrintable(forged.describe()));
    QCOMPARE(o.value(QStringLiteral("intact")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("first_bad_seq")).toInteger(), 5);
    QVERIFY2(o.value(QStringLiteral("problem")).toString().contains(QLatin1String("re-hashed")),
             qPrintable(forged.describe()));
    // AND the forged head is never signed: the command says so instead
    QVERIFY2(forged.errText().contains(QLatin1String("cut short or rewritten")),
             qPrintable(forged.describe()));
    QCOMPARE(tdb.count(QStringLiteral("audit_checkpoint")), qint64(1));
    // WHEN the forger deletes the checkpoints too
    QVERIFY2(tdb.exec(tdb.isPostgres()
                          ? QStringLiteral("DROP TRIGGER audit_checkpoint_append_only ON audit_checkpoint")
                          : QStringLiteral("DROP TRIGGER audit_checkpoint_no_delete"),
                      &error),
             qPrintable(error));
    QVERIFY2(tdb.exec(QStringLiteral("DELETE FROM audit_checkpoint"), &error), qPrintable(error));
    // THEN this workstation's own anchor (outside the database) still catches it
    const CliRun still = CliRunner::run(tdb.url(), {}, {"audit", "verify"});
    QVERIFY2(still.finished && still.exitCode == 1, qPrintable(still.describe()));
    QVERIFY2(still.errText().contains(QLatin1String("entry 5")) &&
                 still.errText().contains(QLatin1String("re-hashed")),
             qPrintable(still.describe()));
}

void TestCliAudit::shouldPrintTheWorkstationsKey()
{
    // the key other workstations list in their audit-trusted-keys file: 32 bytes in hex, the same
    // on every run (made once, kept in the data folder)
    const CliRun first = CliRunner::run({}, {}, {"audit", "key"});
    CB_EXPECT_EXIT(first, 0);
    const QString key = first.outText().trimmed();
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(key).hasMatch(),
             qPrintable(first.describe()));
    const CliRun json = CliRunner::run({}, {}, {"audit", "key", "--json"});
    CB_EXPECT_EXIT(json, 0);
    bool ok = false;
    const QJsonObject o = json.json(&ok).object();
    QVERIFY2(ok, qPrintable(json.describe()));
    QCOMPARE(o.value(QStringLiteral("public_key")).toString(), key);
    // AND the key file is its owner's alone
    const QFileInfo file(o.value(QStringLiteral("key_file")).toString());
    QVERIFY(file.exists());
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
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
