// `cellboard-cli import hl7 | import queue list | import queue assign` (DESIGN.md §5, clinical/
// INTAKE.md §8): the real binary on the demo database, with the fixtures of tests/fixtures/hl7:
// the summary JSON, a re-import that changes nothing, a directory, a dry run, a facility whose
// time zone is not set (refused, exit 2) until `setting set hl7.facility_time_zones`, a held
// message assigned from the queue, refusals and bad usage with their exit codes. On SQLite and
// PostgreSQL.

#include "cli/CliFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cb::test::CliRun;
using cb::test::CliRunner;
using cb::test::demoPassword;
using cb::test::passwordLine;

namespace {

const QString kFixtures = QStringLiteral(CB_SOURCE_DIR "/tests/fixtures/hl7/");

QString prepareDemo(cb::test::TestDatabase& db)
{
    QString why;
    if (!cb::test::initDemo(db, &why))
        return why;
    return {};
}

// A fixture with the row's MRN and control ids.
QByteArray fixture(const QString& name, const QString& mrn, const QString& tag)
{
    QFile f(kFixtures + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray text = f.readAll();
    text.replace("MRN1001", mrn.toUtf8());
    QList<QByteArray> lines = text.split('\r');
    for (QByteArray& line : lines) {
        const qsizetype at = line.indexOf("MSH|");
        if (at < 0)
            continue;
        QList<QByteArray> fields = line.mid(at).split('|');
        if (fields.size() > 9)
            fields[9] = tag.toUtf8() + '-' + fields[9];
        line = line.left(at) + fields.join('|');
    }
    return lines.join('\r');
}

QJsonObject referralFor(const QString& mr)
{
    return QJsonObject{
        {u"patient"_s, QJsonObject{{u"identifiers"_s, QJsonArray{QJsonObject{{u"authority"_s, u"HOSPA"_s},
                                                                             {u"type"_s, u"MR"_s},
                                                                             {u"value"_s, mr}}}},
                                   {u"family_name"_s, u"Zhang"_s},
                                   {u"given_name"_s, u"Wei "_s + mr},
                                   {u"sex"_s, u"male"_s},
                                   {u"birth_date"_s, u"1980-01-01"_s}}},
        {u"indication"_s, u"multiple_myeloma"_s},
        {u"referral_date"_s, u"2026-01-15"_s},
        {u"urgency"_s, u"routine"_s},
        {u"referrer"_s, QJsonObject{{u"name"_s, u"Dr Referrer"_s}, {u"institution"_s, u"Test Hospital"_s}}}};
}

} // namespace

class TestHl7ImportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_dbs.clear(); }
    void shouldImportReimportAndSummarise_data() { cb::test::addBackendRows(); }
    void shouldImportReimportAndSummarise();
    void shouldRefuseAnUnknownFacilityZoneUntilItIsSet_data() { cb::test::addBackendRows(); }
    void shouldRefuseAnUnknownFacilityZoneUntilItIsSet();
    void shouldHoldAndAssignFromTheQueue_data() { cb::test::addBackendRows(); }
    void shouldHoldAndAssignFromTheQueue();
    void shouldExitWithTheContractsCode_data();
    void shouldExitWithTheContractsCode();

private:
    CliRun as(cb::test::TestDatabase* db, const QString& user, const QStringList& args)
    {
        return CliRunner::run(db->url(), user, args, passwordLine(demoPassword()));
    }
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }
    // Registers a referral for HOSPA/MR/<mr>; the patient's id.
    qint64 registerPatient(cb::test::TestDatabase* db, const QString& mr)
    {
        const QString file = write(mr + u".json"_s, QJsonDocument(referralFor(mr)).toJson());
        const CliRun r = as(db, u"coordinator"_s, {u"case"_s, u"add"_s, u"--file"_s, file, u"--json"_s});
        bool ok = false;
        const QJsonValue id = r.json(&ok).object().value(u"patient_id"_s);
        return ok ? (id.isString() ? id.toString().toLongLong() : id.toInteger()) : 0;
    }

    cb::test::BackendDatabases m_dbs;
    QTemporaryDir m_dir;
};

void TestHl7ImportCli::initTestCase()
{
    QVERIFY2(CliRunner::binaryExists(), qPrintable(CliRunner::binary() + u" has not been built"_s));
    QVERIFY(m_dir.isValid());
}

void TestHl7ImportCli::shouldImportReimportAndSummarise()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    const QString tag = backend.left(2).toUpper() + u"S"_s;
    const QString mr = u"MRN-CLI-"_s + tag;
    QVERIFY(registerPatient(db, mr) > 0);
    const QString file = write(tag + u"/cbc.hl7"_s, fixture(u"cbc_cr.hl7"_s, mr, tag));
    const CliRun first = as(db, u"coordinator"_s, {u"import"_s, u"hl7"_s, file, u"--json"_s});
    CB_EXPECT_EXIT(first, 0);
    bool ok = false;
    const QJsonObject s = first.json(&ok).object();
    QVERIFY2(ok, qPrintable(first.describe()));
    QCOMPARE(s.value(u"accepted"_s).toInt(), 3);
    QCOMPARE(s.value(u"kept"_s).toInt(), 1);
    QCOMPARE(s.value(u"refused"_s).toInt(), 0);
    for (const char* key : {"accepted", "superseded", "retracted", "held", "refused", "items"})
        QVERIFY2(s.contains(QString::fromLatin1(key)), key);
    const QJsonObject item = s.value(u"items"_s).toArray().first().toObject();
    QCOMPARE(item.value(u"message_id"_s).toString(), tag + u"-CBC-0001"_s);
    QCOMPARE(item.value(u"status"_s).toString(), u"accepted"_s);
    QVERIFY(item.contains(u"reason"_s));
    // the same control id again: nothing changes
    const CliRun again = as(db, u"coordinator"_s, {u"import"_s, u"hl7"_s, file, u"--json"_s});
    CB_EXPECT_EXIT(again, 0);
    QCOMPARE(again.json(&ok).object().value(u"duplicates"_s).toInt(), 1);
    QCOMPARE(again.json(&ok).object().value(u"accepted"_s).toInt(), 0);
    // a directory, as a dry run: the preliminary and final of prelim_final_crlf.hl7, nothing kept
    write(tag + u"/dir/a.hl7"_s, fixture(u"prelim_final_crlf.hl7"_s, mr, tag));
    write(tag + u"/dir/notes.pdf"_s, "not HL7");
    const CliRun dry =
        as(db, u"coordinator"_s,
           {u"import"_s, u"hl7"_s, m_dir.filePath(tag + u"/dir"_s), u"--dry-run"_s, u"--json"_s});
    CB_EXPECT_EXIT(dry, 0);
    const QJsonObject d = dry.json(&ok).object();
    QVERIFY(d.value(u"dry_run"_s).toBool());
    QCOMPARE(d.value(u"messages"_s).toInt(), 2);
    QCOMPARE(d.value(u"superseded"_s).toInt(), 2);
    const CliRun real = as(db, u"coordinator"_s, {u"import"_s, u"hl7"_s, m_dir.filePath(tag + u"/dir"_s)});
    CB_EXPECT_EXIT(real, 0);
    QVERIFY2(real.outText().contains(u"2 accepted, 2 superseded"_s), qPrintable(real.describe()));
}

void TestHl7ImportCli::shouldRefuseAnUnknownFacilityZoneUntilItIsSet()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    const QString tag = backend.left(2).toUpper() + u"Z"_s;
    const QString mr = u"MRN-CLI-"_s + tag;
    QVERIFY(registerPatient(db, mr) > 0);
    const QString file = write(tag + u"/local.hl7"_s, fixture(u"local_time.hl7"_s, mr, tag));
    const CliRun refused = as(db, u"coordinator"_s, {u"import"_s, u"hl7"_s, file, u"--json"_s});
    CB_EXPECT_EXIT(refused, 2);
    bool ok = false;
    const QJsonObject s = refused.json(&ok).object();
    QVERIFY2(ok, qPrintable(refused.describe())); // the summary alone on stdout
    QCOMPARE(s.value(u"refused"_s).toInt(), 1);
    QVERIFY(
        s.value(u"items"_s).toArray().first().toObject().value(u"reason"_s).toString().contains(u"LABB"_s));
    QVERIFY(!refused.errLines().isEmpty());
    CB_EXPECT_EXIT(as(db, u"admin"_s,
                      {u"setting"_s, u"set"_s, u"hl7.facility_time_zones"_s, u"{\"LABB\": \"Mars/Base\"}"_s}),
                   2);
    CB_EXPECT_EXIT(
        as(db, u"admin"_s,
           {u"setting"_s, u"set"_s, u"hl7.facility_time_zones"_s, u"{\"LABB\": \"Europe/Berlin\"}"_s}),
        0);
    const CliRun accepted = as(db, u"coordinator"_s, {u"import"_s, u"hl7"_s, file, u"--json"_s});
    CB_EXPECT_EXIT(accepted, 0);
    QCOMPARE(accepted.json(&ok).object().value(u"accepted"_s).toInt(), 3);
    CB_EXPECT_EXIT(as(db, u"admin"_s, {u"setting"_s, u"set"_s, u"hl7.facility_time_zones"_s, u"{}"_s}), 0);
}

void TestHl7ImportCli::shouldHoldAndAssignFromTheQueue()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    const QString tag = backend.left(2).toUpper() + u"Q"_s;
    const QString mr = u"MRN-CLI-"_s + tag;
    const qint64 patient = registerPatient(db, mr);
    QVERIFY(patient > 0);
    // the lab sent another MRN: nobody has it
    const QString file = write(tag + u"/held.hl7"_s, fixture(u"cbc_cr.hl7"_s, u"WRONG-"_s + tag, tag));
    const CliRun held = as(db, u"coordinator"_s, {u"import"_s, u"hl7"_s, file, u"--json"_s});
    CB_EXPECT_EXIT(held, 0);
    bool ok = false;
    QCOMPARE(held.json(&ok).object().value(u"held"_s).toInt(), 1);
    const CliRun list = as(db, u"coordinator"_s, {u"import"_s, u"queue"_s, u"list"_s, u"--json"_s});
    CB_EXPECT_EXIT(list, 0);
    const QJsonArray queue = list.json(&ok).array();
    QVERIFY2(ok && !queue.isEmpty(), qPrintable(list.describe()));
    qint64 queueId = 0;
    for (const QJsonValue& v : queue)
        if (v[u"message_id"_s].toString() == tag + u"-CBC-0001"_s)
            queueId = v[u"id"_s].toInteger();
    QVERIFY2(queueId > 0, qPrintable(list.describe()));
    const QString q = QString::number(queueId);
    const QString p = QString::number(patient);
    CB_EXPECT_EXIT(as(db, u"coordinator"_s, {u"import"_s, u"queue"_s, u"assign"_s, q, p}), 2); // no reason
    CB_EXPECT_EXIT(
        as(db, u"hematology"_s, {u"import"_s, u"queue"_s, u"assign"_s, q, p, u"--reason"_s, u"x"_s}), 3);
    CB_EXPECT_EXIT(as(db, u"coordinator"_s,
                      {u"import"_s, u"queue"_s, u"assign"_s, u"999999"_s, p, u"--reason"_s, u"x"_s}),
                   2);
    const CliRun assigned = as(db, u"coordinator"_s,
                               {u"import"_s, u"queue"_s, u"assign"_s, q, p, u"--reason"_s,
                                u"MRN confirmed by the lab"_s, u"--json"_s});
    CB_EXPECT_EXIT(assigned, 0);
    QCOMPARE(assigned.json(&ok).object().value(u"accepted"_s).toInt(), 3);
    CB_EXPECT_EXIT(
        as(db, u"coordinator"_s, {u"import"_s, u"queue"_s, u"assign"_s, q, p, u"--reason"_s, u"again"_s}), 4);
}

void TestHl7ImportCli::shouldExitWithTheContractsCode_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    const QString fixtureFile = kFixtures + u"cbc_cr.hl7"_s;
    QTest::newRow("a specialist may not import")
        << u"hematology"_s << QStringList{u"hl7"_s, fixtureFile} << 3;
    QTest::newRow("a specialist may not see the queue")
        << u"hematology"_s << QStringList{u"queue"_s, u"list"_s} << 3;
    QTest::newRow("no file") << u"coordinator"_s << QStringList{u"hl7"_s} << 2;
    QTest::newRow("missing file") << u"coordinator"_s << QStringList{u"hl7"_s, u"/nonexistent/x.hl7"_s} << 2;
    QTest::newRow("unknown option") << u"coordinator"_s << QStringList{u"hl7"_s, fixtureFile, u"--fast"_s}
                                    << 2;
    QTest::newRow("queue without a verb") << u"coordinator"_s << QStringList{u"queue"_s} << 2;
    QTest::newRow("queue id not a number")
        << u"coordinator"_s << QStringList{u"queue"_s, u"assign"_s, u"x"_s, u"1"_s, u"--reason"_s, u"r"_s}
        << 2;
    QTest::newRow("unknown import") << u"coordinator"_s << QStringList{u"csv"_s} << 2;
}

void TestHl7ImportCli::shouldExitWithTheContractsCode()
{
    QFETCH(QString, user);
    QFETCH(QStringList, args);
    QFETCH(int, code);
    CB_BACKEND_DATABASE(db, m_dbs, u"sqlite"_s, prepareDemo);
    const CliRun r = as(db, user, QStringList{u"import"_s} + args);
    CB_EXPECT_EXIT(r, code);
    QVERIFY2(!r.errLines().isEmpty(), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestHl7ImportCli)
#include "TestHl7ImportCli.moc"
