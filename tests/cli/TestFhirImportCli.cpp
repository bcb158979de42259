// `cellboard-cli import fhir` (issue 15, item 3; DESIGN.md §5, clinical/INTAKE.md §7) through the
// real binary, on SQLite and PostgreSQL:
//  - the round trip: every demo case exported (`export fhir CASE -o FILE` on an `init --demo`
//    database), imported into an empty database of its own (`init`, one coordinator), exported
//    again; both bundles carry the same clinical content;
//  - --dry-run writes nothing and says what the import would create;
//  - a malformed file is refused whole with the JSON path of its first problem, as bad input (2).
//
// What the round trip compares, and what it leaves out (see normalised()):
//  - compared: every resource of the referral's record — the Patient (identifiers, names, sex,
//    birth date with its precision), the primary cancer Condition (codes, onset with its precision,
//    subtype, stage summary), the stage Observations, every observation (codes, value, comparator,
//    unit, date, source), each prior line's MedicationRequests (drug, status, reason stopped,
//    intent, dates, line number, class, refractoriness, best response, progression date) and the
//    transplant Procedures (kind, date, conditioning, donor, GvHD); a reference between them is
//    compared as the type of resource it points to, and the drugs of one line as one group.
//  - left out, because they legitimately differ: the bundle's id, identifier and timestamp, each
//    entry's fullUrl and Resource.id (UUIDs derived from the database and its row ids), the line's
//    groupIdentifier value (the same), a stage Observation's `issued` (when the history was written),
//    and the note "Source: FHIR <bundle> <resource>" an observation without a source of its own gets
//    as its provenance on import.
//  - not carried by a referral: what happened after the board (the CAR-T infusion Procedure, the
//    CRS/ICANS highest grades, follow-up responses) belongs to the case's course, not to the record
//    a new referral starts from. The import keeps each of them as text (checked: every one is in
//    `kept_as_text`), and the comparison leaves them out of the first bundle.

#include "cli/CliFixture.h"
#include "core/UserIdentity.h"
#include "support/TestUsers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using cb::test::CliRun;
using cb::test::CliRunner;
using cb::test::demoPassword;
using cb::test::passwordLine;

namespace {

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

QStringList codesOf(const QJsonObject& resource)
{
    QStringList out;
    for (const QJsonValue& c : resource.value(u"code"_s).toObject().value(u"coding"_s).toArray())
        out << c.toObject().value(u"code"_s).toString();
    return out;
}

// What happened after the board: the infusion, the highest CRS/ICANS grades, follow-up responses.
bool isCaseCourse(const QJsonObject& r)
{
    const QString type = r.value(u"resourceType"_s).toString();
    const QStringList codes = codesOf(r);
    if (type == u"Procedure"_s)
        return codes.contains(u"car_t_infusion"_s);
    if (type == u"Observation"_s)
        return codes.contains(u"crs_max_grade"_s) || codes.contains(u"icans_max_grade"_s) ||
               codes.contains(u"97509-4"_s); // cancer disease status (a follow-up response)
    return false;
}

struct Normaliser
{
    QHash<QString, QString> typeOf;  // fullUrl → resource type
    QHash<QString, QString> groupOf; // groupIdentifier value → "line group N"

    QJsonValue value(const QJsonValue& v, const QString& key)
    {
        if (v.isArray()) {
            QJsonArray out;
            for (const QJsonValue& x : v.toArray()) {
                // an observation's provenance note from the import
                if (key == u"note"_s &&
                    x.toObject().value(u"text"_s).toString().startsWith(u"Source: FHIR "_s))
                    continue;
                out.append(value(x, QString()));
            }
            return out;
        }
        if (!v.isObject()) {
            if (key == u"reference"_s && typeOf.contains(v.toString()))
                return typeOf.value(v.toString());
            return v;
        }
        const QJsonObject o = v.toObject();
        QJsonObject out;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == u"id"_s || it.key() == u"issued"_s || it.key() == u"meta"_s)
                continue;
            if (key == u"groupIdentifier"_s && it.key() == u"value"_s) {
                const QString g = it.value().toString();
                if (!groupOf.contains(g))
                    groupOf.insert(g, u"line group %1"_s.arg(groupOf.size() + 1));
                out.insert(it.key(), groupOf.value(g));
                continue;
            }
            const QJsonValue n = value(it.value(), it.key());
            if (!(n.isArray() && n.toArray().isEmpty() && it.value().toArray().size() > 0))
                out.insert(it.key(), n);
        }
        return out;
    }
};

// The bundle's clinical content: each resource without what legitimately differs (the header
// comment), as compact JSON, sorted; the case's course left out when `withCourse` is false.
QStringList normalised(const QJsonObject& bundle, bool withCourse)
{
    Normaliser n;
    const QJsonArray entries = bundle.value(u"entry"_s).toArray();
    for (const QJsonValue& e : entries)
        n.typeOf.insert(e.toObject().value(u"fullUrl"_s).toString(),
                        e.toObject().value(u"resource"_s).toObject().value(u"resourceType"_s).toString());
    QStringList out;
    for (const QJsonValue& e : entries) {
        const QJsonObject r = e.toObject().value(u"resource"_s).toObject();
        if (!withCourse && isCaseCourse(r))
            continue;
        out << QString::fromUtf8(
            QJsonDocument(n.value(r, QString()).toObject()).toJson(QJsonDocument::Compact));
    }
    std::sort(out.begin(), out.end());
    return out;
}

// The first difference of two sorted lists, for the failure message.
QString firstDifference(const QStringList& expected, const QStringList& actual)
{
    const QSet<QString> a(expected.begin(), expected.end()), b(actual.begin(), actual.end());
    for (const QString& x : expected)
        if (!b.contains(x))
            return u"only in the first export:\n  "_s + x + u"\nthe second has:\n  "_s +
                   actual.join(u"\n  "_s);
    for (const QString& x : actual)
        if (!a.contains(x))
            return u"only in the second export:\n  "_s + x;
    return u"the same resources, counted differently"_s;
}

} // namespace

class TestFhirImportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_dbs.clear(); }
    void shouldKeepTheClinicalContentOfEveryDemoCaseThroughARoundTrip_data() { cb::test::addBackendRows(); }
    void shouldKeepTheClinicalContentOfEveryDemoCaseThroughARoundTrip();
    void shouldWriteNothingOnADryRun_data() { cb::test::addBackendRows(); }
    void shouldWriteNothingOnADryRun();
    void shouldRefuseAMalformedFileWithItsJsonPath_data();
    void shouldRefuseAMalformedFileWithItsJsonPath();

private:
    CliRun asDemo(cb::test::TestDatabase* db, const QString& user, const QStringList& args)
    {
        return CliRunner::run(db->url(), user, args, passwordLine(demoPassword()));
    }
    static CliRun asSeeded(const cb::test::TestDatabase& db, const QStringList& args)
    {
        return CliRunner::run(db.url(), u"importer"_s, args, passwordLine(cb::test::seededPassword()));
    }
    // An empty database (`init`) with one coordinator, "importer"; empty string on success.
    static QString prepareEmpty(cb::test::TestDatabase& db)
    {
        QString why;
        if (!cb::test::initEmpty(db, &why))
            return why;
        if (!cb::test::seedUserInDatabase(db.url(), u"importer"_s, {cb::core::Role::Coordinator}).isValid())
            return u"could not add the coordinator"_s;
        return {};
    }
    // The demo database's cases (ids as text).
    QStringList demoCaseIds(cb::test::TestDatabase* db);

    cb::test::BackendDatabases m_dbs;
    QTemporaryDir m_dir;
};

void TestFhirImportCli::initTestCase()
{
    QVERIFY2(CliRunner::binaryExists(), qPrintable(CliRunner::binary() + u" has not been built"_s));
    QVERIFY(m_dir.isValid());
}

QStringList TestFhirImportCli::demoCaseIds(cb::test::TestDatabase* db)
{
    bool ok = false;
    QStringList ids;
    const CliRun list = asDemo(db, u"coordinator"_s, {u"case"_s, u"list"_s, u"--json"_s});
    for (const QJsonValue& c : list.json(&ok).array())
        ids << QString::number(c.toObject().value(u"id"_s).toInteger());
    return ids;
}

void TestFhirImportCli::shouldKeepTheClinicalContentOfEveryDemoCaseThroughARoundTrip()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(demo, m_dbs, backend, prepareDemo);
    const QStringList cases = demoCaseIds(demo);
    QCOMPARE(cases.size(), cb::test::demoCases().size());
    int lines = 0, observations = 0, transplants = 0, course = 0;
    for (const QString& id : cases) {
        // GIVEN a demo case exported as a collection bundle
        const QString first = m_dir.filePath(u"%1-case-%2-first.json"_s.arg(backend, id));
        CB_EXPECT_EXIT(asDemo(demo, u"chair"_s, {u"export"_s, u"fhir"_s, id, u"-o"_s, first}), 0);
        const QJsonObject exported = readJson(first);
        QVERIFY2(!exported.isEmpty(), qPrintable(first));

        // WHEN it is imported into an empty database
        cb::test::TestDatabase empty(backend);
        QVERIFY(empty.available());
        const QString problem = prepareEmpty(empty);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const CliRun imported = asSeeded(
            empty, {u"import"_s, u"fhir"_s, first, u"--referrer"_s, u"Dr Round Trip"_s, u"--json"_s});
        CB_EXPECT_EXIT(imported, 0);
        bool ok = false;
        const QJsonObject answer = imported.json(&ok).object();
        QVERIFY2(ok, qPrintable(imported.describe()));
        QCOMPARE(answer.value(u"patient"_s).toObject().value(u"action"_s).toString(), u"create"_s);
        const QString caseId = answer.value(u"case_id"_s).toString();
        QVERIFY2(!caseId.isEmpty(), qPrintable(imported.describe()));

        // AND exported again from there
        const QString second = m_dir.filePath(u"%1-case-%2-second.json"_s.arg(backend, id));
        CB_EXPECT_EXIT(asSeeded(empty, {u"export"_s, u"fhir"_s, caseId, u"-o"_s, second}), 0);
        const QJsonObject again = readJson(second);

        // THEN both carry the same clinical content (the header comment says what is compared)
        const QStringList before = normalised(exported, false);
        const QStringList after = normalised(again, true);
        QVERIFY2(before == after, qPrintable(u"case "_s + id + u": "_s + firstDifference(before, after)));
        // AND what a referral does not carry is kept as text, not lost: each of the case's course
        QSet<QString> keptFrom;
        for (const QJsonValue& k : answer.value(u"kept_as_text"_s).toArray())
            keptFrom << k.toObject().value(u"resource"_s).toString();
        for (const QJsonValue& e : exported.value(u"entry"_s).toArray()) {
            const QJsonObject r = e.toObject().value(u"resource"_s).toObject();
            if (!isCaseCourse(r))
                continue;
            ++course;
            const QString ref = r.value(u"resourceType"_s).toString() + u'/' + r.value(u"id"_s).toString();
            QVERIFY2(keptFrom.contains(ref),
                     qPrintable(u"case "_s + id + u": "_s + ref + u" is not kept as text"_s));
        }
        const QJsonObject created = answer.value(u"created"_s).toObject();
        lines += created.value(u"therapy_lines"_s).toInt();
        observations += created.value(u"observations"_s).toInt();
        transplants += created.value(u"transplants"_s).toInt();
    }
    // the demo program has something of everything to compare
    QVERIFY(lines > 0);
    QVERIFY(observations > 0);
    QVERIFY(transplants > 0);
    QVERIFY(course > 0);
}

void TestFhirImportCli::shouldWriteNothingOnADryRun()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(demo, m_dbs, backend, prepareDemo);
    const QString id = demoCaseIds(demo).value(0);
    const QString file = m_dir.filePath(u"%1-dry-run.json"_s.arg(backend));
    CB_EXPECT_EXIT(asDemo(demo, u"chair"_s, {u"export"_s, u"fhir"_s, id, u"-o"_s, file}), 0);
    CB_TEST_DATABASE(empty, backend);
    const QString problem = prepareEmpty(empty);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString writes = u"audit_event WHERE action IN ('case.import', 'case.register')"_s;
    // WHEN the import is only tried
    const CliRun r = asSeeded(
        empty, {u"import"_s, u"fhir"_s, file, u"--referrer"_s, u"Dr Dry"_s, u"--dry-run"_s, u"--json"_s});
    CB_EXPECT_EXIT(r, 0);
    bool ok = false;
    const QJsonObject answer = r.json(&ok).object();
    QVERIFY2(ok, qPrintable(r.describe()));
    // THEN it says what would be created, and nothing is written
    QCOMPARE(answer.value(u"dry_run"_s).toBool(), true);
    QCOMPARE(answer.value(u"created"_s).toObject().value(u"case"_s).toInt(), 1);
    QCOMPARE(answer.value(u"bundle_id"_s).toString(),
             readJson(file).value(u"identifier"_s).toObject().value(u"value"_s).toString());
    QVERIFY(!answer.contains(u"case_id"_s));
    QCOMPARE(empty.count(u"clinical_case"_s), qint64(0));
    QCOMPARE(empty.count(u"patient"_s), qint64(0));
    QCOMPARE(empty.count(writes), qint64(0));
}

void TestFhirImportCli::shouldRefuseAMalformedFileWithItsJsonPath_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("path");
    const QByteArray noSubject = R"({"resourceType": "Bundle", "type": "collection", "entry": [
        {"fullUrl": "urn:uuid:00000000-0000-4000-8000-000000000001",
         "resource": {"resourceType": "Patient", "identifier": [{"system": "urn:oid:1.2.3", "value": "X1"}],
                      "name": [{"family": "Test"}], "gender": "female", "birthDate": "1970"}},
        {"fullUrl": "urn:uuid:00000000-0000-4000-8000-000000000002",
         "resource": {"resourceType": "Observation", "status": "final",
                      "code": {"coding": [{"system": "http://loinc.org", "code": "718-7"}]},
                      "valueQuantity": {"value": 9.1, "unit": "g/dL"}}}]})";
    for (const QString& backend : cb::test::backendNames()) {
        QTest::newRow(qPrintable(backend + u": not JSON"_s))
            << backend << QByteArray("{\"resourceType\": ") << u"$"_s;
        QTest::newRow(qPrintable(backend + u": an observation without its subject"_s))
            << backend << noSubject << u"$.entry[1].resource.subject"_s;
    }
}

void TestFhirImportCli::shouldRefuseAMalformedFileWithItsJsonPath()
{
    QFETCH(QString, backend);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, path);
    CB_TEST_DATABASE(empty, backend);
    const QString problem = prepareEmpty(empty);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString file = m_dir.filePath(u"%1-malformed.json"_s.arg(backend));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();
    const CliRun r = asSeeded(empty, {u"import"_s, u"fhir"_s, file, u"--referrer"_s, u"Dr X"_s});
    CB_EXPECT_EXIT(r, 2);
    CB_EXPECT_ONE_ERROR_LINE(r);
    QVERIFY2(r.errText().contains(path + u':'), qPrintable(r.describe()));
    QCOMPARE(empty.count(u"clinical_case"_s), qint64(0));
    QCOMPARE(empty.count(u"patient"_s), qint64(0));
}

QTEST_MAIN(TestFhirImportCli)
#include "TestFhirImportCli.moc"
