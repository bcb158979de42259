// `cellboard-cli pathway`, `monitor` and `followup` as a script uses them: the real binary on a
// copy of the demo database, the password on standard input, the exit codes of DESIGN.md §5,
// JSON that parses. The dates are relative to the day the test runs (the demo's are too).

#include "support/CliRunner.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cb::test::CliRun;
using cb::test::CliRunner;

namespace {

const QByteArray kPassword = "cellboard-demo\n";

// Every run of the CLI in this test sees this instant (the test-build clock seam), so the dates
// below do not depend on the day the suite runs.
const QDateTime kNow = QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);

QString daysAgo(int n)
{
    return kNow.date().addDays(-n).toString(Qt::ISODate);
}

} // namespace

class TestPathwayCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldRecordThePathwayMonitoringAndFollowUpOfADecidedCase();
    void shouldExitWithTheContractsCode_data();
    void shouldExitWithTheContractsCode();
    void shouldListTheDemoFollowUpsThatAreDue();
    void shouldVoidAndCorrectStepsAndAssessments();

private:
    QString freshDb();
    QString path(const QString& name) const { return m_dir.filePath(name); }
    void writeFile(const QString& name, const QByteArray& bytes);
    CliRun cli(const QString& db, const QString& user, const QString& command,
               const QByteArray& in = kPassword);
    // The decided case's pathway up to and including the infusion 28 days ago.
    void recordUpToInfusion(const QString& db);

    QTemporaryDir m_dir;
    QString m_template;
    QString m_treated; // a copy with recordUpToInfusion() done
    int m_copies = 0;
    qint64 m_decided = 0;
    qint64 m_workUp = 0;
    qint64 m_infusionStep = 0; // of the decided case in m_treated
};

void TestPathwayCli::initTestCase()
{
    qputenv("CELLBOARD_TEST_NOW", kNow.toString(Qt::ISODate).toLatin1());
    if (!CliRunner::binaryExists())
        QSKIP("cellboard-cli has not been built");
    QVERIFY(m_dir.isValid());
    m_template = path(u"demo.sqlite"_s);
    const CliRun init = CliRunner::run(m_template, {}, {u"init"_s, u"--demo"_s});
    QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
    auto first = [&](const QString& state) -> qint64 {
        bool ok = false;
        const QJsonArray list =
            cli(m_template, u"chair"_s, u"case list --json --state "_s + state).json(&ok).array();
        // the myeloma case decided eligible for ide-cel
        for (const QJsonValue& v : list)
            if (v.toObject().value(u"indication"_s).toString() == u"multiple_myeloma"_s ||
                state != u"decided"_s)
                return v.toObject().value(u"id"_s).toInteger();
        return 0;
    };
    m_decided = first(u"decided"_s);
    m_workUp = first(u"work_up"_s);
    QVERIFY2(m_decided && m_workUp, "the demo program needs a decided myeloma case and a case in work-up");

    writeFile(u"apheresis.json"_s, R"({"washouts_met": true, "alc_per_ul": 720})");
    writeFile(u"bridging.json"_s, QByteArray(R"({"regimen": "Carfilzomib-dexamethasone", "cardiotoxic": true,
                                               "end_date": ")") +
                                      daysAgo(35).toUtf8() + R"("})");
    writeFile(u"receipt.json"_s, R"({"lot": "IDE-22817"})");
    writeFile(u"ld.json"_s, QByteArray(R"({"regimen": "Flu 30 + Cy 300 mg/m2 x3", "end_date": ")") +
                                daysAgo(30).toUtf8() +
                                R"(", "hematotox": {"platelets_10e9_per_l": 68, "anc_per_ul": 1100,
                               "hemoglobin_g_l": 88, "crp_mg_l": 45, "ferritin_ng_ml": 1400}})");
    writeFile(u"infusion.json"_s, R"({"lot": "IDE-22817", "dose": "450e6 CAR+ T cells"})");
    writeFile(u"day1.json"_s, QByteArray(R"({"time": ")") + daysAgo(27).toUtf8() + R"(T08:00:00+01:00",
        "temperature_c": 38.7, "hypotension": false, "vasopressors": [],
        "oxygen": {"device": "nasal_cannula", "flow_l_min": 3},
        "arousable": true, "orientation": {"year": true, "month": true, "city": true, "hospital": true},
        "naming_correct_count": 3, "follows_commands": true, "writes_standard_sentence": false,
        "counts_back_from_100_by_10": true, "consciousness": "alert", "seizure": "none", "motor": "none",
        "cerebral_edema": "none", "interventions": {"tocilizumab_mg": 560}})");
    writeFile(u"typo.json"_s, QByteArray(R"({"time": ")") + daysAgo(27).toUtf8() + R"(T09:00:00Z",
        "temprature_c": 38.7, "hypotension": false, "vasopressors": [], "oxygen": {"device": "none", "flow_l_min": 0},
        "ice_score": 10, "consciousness": "alert", "seizure": "none", "motor": "none", "cerebral_edema": "none"})");
    writeFile(u"late-effects.json"_s, R"({"igg_mg_dl": 350, "cd4_per_ul": 180, "b_cell_aplasia": true})");
    writeFile(u"not-json.json"_s, "{\"lot\": ");
    writeFile(u"array.json"_s, "[]");

    writeFile(u"day1-corrected.json"_s,
              QByteArray(R"({"time": ")") + daysAgo(27).toUtf8() + R"(T08:00:00+01:00",
        "temperature_c": 37.9, "hypotension": false, "vasopressors": [],
        "oxygen": {"device": "none", "flow_l_min": 0}, "ice_score": 10, "consciousness": "alert",
        "seizure": "none", "motor": "none", "cerebral_edema": "none"})");

    m_treated = freshDb();
    recordUpToInfusion(m_treated);
    bool ok = false;
    for (const QJsonValue& e : cli(m_treated, u"coordinator"_s, u"pathway show {decided} --json"_s)
                                   .json(&ok)
                                   .object()
                                   .value(u"events"_s)
                                   .toArray())
        if (e.toObject().value(u"event"_s).toString() == u"infusion"_s)
            m_infusionStep = e.toObject().value(u"id"_s).toInteger();
    QVERIFY(m_infusionStep > 0);
}

void TestPathwayCli::writeFile(const QString& name, const QByteArray& bytes)
{
    QFile f(path(name));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QString TestPathwayCli::freshDb()
{
    const QString copy = path(u"copy%1.sqlite"_s.arg(++m_copies));
    if (!QFile::copy(m_template, copy))
        qWarning("cannot copy the demo database to %s", qPrintable(copy));
    return copy;
}

CliRun TestPathwayCli::cli(const QString& db, const QString& user, const QString& command,
                           const QByteArray& in)
{
    QStringList args;
    for (QString a : command.split(u' ', Qt::SkipEmptyParts)) {
        a.replace(u"{decided}"_s, QString::number(m_decided));
        a.replace(u"{work_up}"_s, QString::number(m_workUp));
        a.replace(u"{dir}"_s, m_dir.path());
        a.replace(u"{infusion_step}"_s, QString::number(m_infusionStep));
        args << a;
    }
    return CliRunner::run(db, user, args, in);
}

void TestPathwayCli::recordUpToInfusion(const QString& db)
{
    const QStringList steps{u"apheresis --date %1 --details {dir}/apheresis.json"_s.arg(daysAgo(45)),
                            u"bridging --date %1 --details {dir}/bridging.json"_s.arg(daysAgo(43)),
                            u"product_receipt --date %1 --details {dir}/receipt.json"_s.arg(daysAgo(33)),
                            u"lymphodepletion --date %1 --details {dir}/ld.json"_s.arg(daysAgo(32)),
                            u"infusion --date %1 --details {dir}/infusion.json"_s.arg(daysAgo(28))};
    for (const QString& s : steps) {
        const CliRun r = cli(db, u"coordinator"_s, u"pathway record {decided} --event "_s + s);
        QVERIFY2(r.exitCode == 0, qPrintable(s + u": "_s + r.describe()));
        if (s.startsWith(u"lymphodepletion"_s)) {
            // THEN the CAR-HEMATOTOX of the labs before LD is high and prompts prophylaxis
            QVERIFY2(r.outText().contains(u"CAR-HEMATOTOX 6 (high risk"_s), qPrintable(r.describe()));
            QVERIFY(r.outText().contains(u"G-CSF"_s));
        }
        if (s.startsWith(u"infusion"_s)) {
            QVERIFY(r.outText().contains(u"moved to treatment"_s));
            QVERIFY(r.outText().contains(u"18 follow-up visits"_s));
        }
    }
}

void TestPathwayCli::shouldRecordThePathwayMonitoringAndFollowUpOfADecidedCase()
{
    const QString db = m_treated;
    // THEN the pathway reads back in order, as JSON
    bool ok = false;
    CliRun r = cli(db, u"nursing"_s, u"pathway show {decided} --json"_s);
    QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.describe()));
    const QJsonObject pathway = r.json(&ok).object();
    QVERIFY(ok);
    QCOMPARE(pathway.value(u"state"_s).toString(), u"treatment"_s);
    QCOMPARE(pathway.value(u"infusion_date"_s).toString(), daysAgo(28));
    QCOMPARE(pathway.value(u"product_timing"_s).toObject().value(u"product"_s).toString(), u"ide_cel"_s);
    const QJsonArray events = pathway.value(u"events"_s).toArray();
    QCOMPARE(events.size(), 5);
    QStringList order;
    for (const QJsonValue& e : events)
        order << e.toObject().value(u"event"_s).toString();
    QCOMPARE(order, (QStringList{u"apheresis"_s, u"bridging"_s, u"product_receipt"_s, u"lymphodepletion"_s,
                                 u"infusion"_s}));
    QCOMPARE(events.at(4).toObject().value(u"day"_s).toInt(), 0);
    QCOMPARE(events.at(3)
                 .toObject()
                 .value(u"details"_s)
                 .toObject()
                 .value(u"hematotox_result"_s)
                 .toObject()
                 .value(u"risk"_s)
                 .toString(),
             u"high"_s);

    // WHEN the nurse records day 1 THEN the grades are computed
    r = cli(db, u"nursing"_s, u"monitor record {decided} --file {dir}/day1.json"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.outText().contains(u"CRS grade 2, ICANS grade 1"_s), qPrintable(r.describe()));
    r = cli(db, u"coordinator"_s, u"monitor show {decided} --json"_s);
    QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.describe()));
    const QJsonObject sheet = r.json(&ok).object();
    QVERIFY(ok);
    QCOMPARE(sheet.value(u"worst_crs_grade"_s).toInt(), 2);
    QCOMPARE(sheet.value(u"worst_icans_grade"_s).toInt(), 1);
    const QJsonObject first = sheet.value(u"assessments"_s).toArray().first().toObject();
    QCOMPARE(first.value(u"day"_s).toInt(), 1);
    QCOMPARE(first.value(u"ice_score"_s).toInt(), 9);
    QCOMPARE(first.value(u"rule_version"_s).toString(), u"ASTCT-2019"_s);
    QVERIFY(!first.value(u"assessor"_s).toString().isEmpty());
    QCOMPARE(first.value(u"inputs"_s).toObject().value(u"temperature_c"_s).toDouble(), 38.7);
    QCOMPARE(sheet.value(u"days"_s).toArray().first().toObject().value(u"tocilizumab_doses"_s).toInt(), 1);

    // WHEN the day 28 visit (due today) is recorded THEN it is done and the case in follow-up
    r = cli(db, u"coordinator"_s, u"followup list --due --json"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    bool found = false;
    for (const QJsonValue& v : r.json(&ok).array())
        found = found || (v.toObject().value(u"case_id"_s).toInteger() == m_decided &&
                          v.toObject().value(u"visit"_s).toString() == u"day_28"_s &&
                          v.toObject().value(u"status"_s).toString() == u"due"_s);
    QVERIFY2(found, qPrintable(r.outText()));
    r = cli(
        db, u"hematology"_s,
        u"followup record {decided} --visit day_28 --response vgpr --mrd positive --details {dir}/late-effects.json"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.outText().contains(u"IMWG-2016"_s));
    r = cli(db, u"chair"_s, u"case show {decided} --json"_s);
    QCOMPARE(r.json(&ok).object().value(u"state"_s).toString(), u"follow_up"_s);
}

void TestPathwayCli::shouldExitWithTheContractsCode_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("stdinBytes");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrMentions");
    const QByteArray pw = kPassword;
    // 1 auth / 3 not permitted come before arguments and state
    QTest::newRow("wrong password") << "coordinator"
                                    << "pathway show {decided}" << QByteArray("nope\n") << 3 << "";
    QTest::newRow("admin may not record a step")
        << "admin"
        << "pathway record {decided} --event apheresis --date 2026-01-01" << pw << 3 << "coordinator";
    QTest::newRow("admin may not read monitoring") << "admin"
                                                   << "monitor show {decided}" << pw << 3 << "";
    QTest::newRow("admin may not record a visit with bad args")
        << "admin"
        << "followup record nonsense" << pw << 3 << "";
    // 2 bad arguments or input
    QTest::newRow("no subcommand") << "coordinator"
                                   << "pathway" << pw << 2 << "Usage";
    QTest::newRow("unknown step") << "coordinator"
                                  << "pathway record {decided} --event chemo --date 2026-01-01" << pw << 2
                                  << "apheresis";
    QTest::newRow("not a date") << "coordinator"
                                << "pathway record {decided} --event apheresis --date 1.1.2026" << pw << 2
                                << "YYYY-MM-DD";
    QTest::newRow("not a case id") << "coordinator"
                                   << "pathway show abc" << pw << 2 << "case id";
    QTest::newRow("no such case") << "coordinator"
                                  << "pathway show 999999" << pw << 2 << "999999";
    QTest::newRow("details not JSON") << "coordinator"
                                      << "pathway record {decided} --event apheresis --date " + daysAgo(45) +
                                             " --details {dir}/not-json.json"
                                      << pw << 2 << "not valid JSON";
    QTest::newRow("details not an object")
        << "coordinator"
        << "pathway record {decided} --event apheresis --date " + daysAgo(45) + " --details {dir}/array.json"
        << pw << 2 << "one JSON object";
    QTest::newRow("details missing a required field")
        << "coordinator"
        << "pathway record {decided} --event apheresis --date " + daysAgo(45) << pw << 2 << "washouts_met";
    QTest::newRow("date in the future")
        << "coordinator"
        << "pathway record {decided} --event apheresis --date " +
               kNow.date().addDays(3).toString(Qt::ISODate) + " --details {dir}/apheresis.json"
        << pw << 2 << "future";
    QTest::newRow("date before referral") << "coordinator"
                                          << "pathway record {decided} --event apheresis --date " +
                                                 daysAgo(400) + " --details {dir}/apheresis.json"
                                          << pw << 2 << "referral";
    QTest::newRow("typo in an assessment field")
        << "nursing"
        << "monitor record {decided} --file {dir}/typo.json" << pw << 2 << "temprature_c";
    QTest::newRow("assessment file missing")
        << "nursing"
        << "monitor record {decided} --file {dir}/none.json" << pw << 2 << "none.json";
    QTest::newRow("unknown visit") << "coordinator"
                                   << "followup record {decided} --visit day_29 --response cr" << pw << 2
                                   << "day_28";
    QTest::newRow("lymphoma response for myeloma")
        << "coordinator"
        << "followup record {decided} --visit day_90 --response cmr" << pw << 2 << "vgpr";
    QTest::newRow("unknown MRD") << "coordinator"
                                 << "followup record {decided} --visit day_28 --response cr --mrd maybe" << pw
                                 << 2 << "negative";
    QTest::newRow("visit before its window")
        << "coordinator"
        << "followup record {decided} --visit day_90 --response cr" << pw << 2 << "window";
    // 4 not allowed in this state
    QTest::newRow("second infusion") << "coordinator"
                                     << "pathway record {decided} --event infusion --date " + daysAgo(20) +
                                            " --details {dir}/infusion.json"
                                     << pw << 4 << "already recorded";
    QTest::newRow("bridging after the infusion") << "coordinator"
                                                 << "pathway record {decided} --event bridging --date " +
                                                        daysAgo(40) + " --details {dir}/bridging.json"
                                                 << pw << 4 << "infusion";
    QTest::newRow("pathway before the verdict") << "coordinator"
                                                << "pathway record {work_up} --event apheresis --date " +
                                                       daysAgo(5) + " --details {dir}/apheresis.json"
                                                << pw << 4 << "eligible verdict";
    QTest::newRow("monitoring before infusion")
        << "nursing"
        << "monitor record {work_up} --file {dir}/day1.json" << pw << 4 << "infusion";
    // correcting and voiding: permission first, then arguments, then state
    QTest::newRow("admin may not void a step")
        << "admin"
        << "pathway void {decided} --event-id {infusion_step}" << pw << 3 << "";
    QTest::newRow("admin may not correct an assessment")
        << "admin"
        << "monitor correct {decided} --id 1" << pw << 3 << "";
    QTest::newRow("void without a reason")
        << "coordinator"
        << "pathway void {decided} --event-id {infusion_step}" << pw << 2 << "--reason";
    QTest::newRow("void without a step") << "coordinator"
                                         << "pathway void {decided} --reason typo" << pw << 2 << "--event-id";
    QTest::newRow("void of a malformed step id")
        << "coordinator"
        << "pathway void {decided} --event-id x1 --reason typo" << pw << 2 << "x1";
    QTest::newRow("void of no such step")
        << "coordinator"
        << "pathway void {decided} --event-id 999999 --reason typo" << pw << 2 << "999999";
    QTest::newRow("correct without a date")
        << "coordinator"
        << "pathway correct {decided} --event-id {infusion_step}" << pw << 2 << "--date";
    QTest::newRow("void of no such assessment")
        << "nursing"
        << "monitor void {decided} --id 999999 --reason typo" << pw << 2 << "999999";
    QTest::newRow("void of the infusion once results exist")
        << "coordinator"
        << "pathway void {decided} --event-id {infusion_step} --reason wrong" << pw << 4 << "follow-up";
}

void TestPathwayCli::shouldExitWithTheContractsCode()
{
    QFETCH(QString, user);
    QFETCH(QString, command);
    QFETCH(QByteArray, stdinBytes);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrMentions);
    const CliRun r = cli(m_treated, user, command, stdinBytes);
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(stderrMentions), qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty() || exitCode == 0, qPrintable(r.describe()));
}

void TestPathwayCli::shouldListTheDemoFollowUpsThatAreDue()
{
    bool ok = false;
    const CliRun r = cli(m_template, u"coordinator"_s, u"followup list --json"_s);
    QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.describe()));
    const QJsonArray all = r.json(&ok).array();
    QVERIFY(ok);
    QVERIFY2(!all.isEmpty(), "the demo's treated cases carry a follow-up schedule");
    for (const QJsonValue& v : all) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.contains(u"id"_s));
        QVERIFY(QStringList({u"scheduled"_s, u"due"_s, u"overdue"_s, u"done"_s})
                    .contains(o.value(u"status"_s).toString()));
    }
}

void TestPathwayCli::shouldVoidAndCorrectStepsAndAssessments()
{
    const QString db = freshDb();
    recordUpToInfusion(db);
    bool ok = false;
    // GIVEN day 1 recorded with a temperature typed wrong
    CliRun r = cli(db, u"nursing"_s, u"monitor record {decided} --file {dir}/day1.json"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QJsonObject first = cli(db, u"nursing"_s, u"monitor show {decided} --json"_s)
                            .json(&ok)
                            .object()
                            .value(u"assessments"_s)
                            .toArray()
                            .first()
                            .toObject();
    const QString original = QString::number(first.value(u"id"_s).toInteger());
    QCOMPARE(first.value(u"voided"_s).toBool(true), false);
    QVERIFY(first.value(u"superseded_by"_s).isNull());

    // WHEN it is corrected THEN the replacement is graded and the original superseded, both listed
    r = cli(db, u"nursing"_s,
            u"monitor correct {decided} --id "_s + original + u" --file {dir}/day1-corrected.json"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.outText().contains(u"CRS grade 0"_s), qPrintable(r.describe()));
    QJsonObject sheet = cli(db, u"nursing"_s, u"monitor show {decided} --json"_s).json(&ok).object();
    QJsonArray rows = sheet.value(u"assessments"_s).toArray();
    QCOMPARE(rows.size(), 2);
    const qint64 replacement = rows.at(0).toObject().value(u"superseded_by"_s).toInteger();
    QVERIFY(replacement > 0);
    QCOMPARE(rows.at(1).toObject().value(u"supersedes"_s).toInteger(), original.toLongLong());
    QCOMPARE(sheet.value(u"worst_crs_grade"_s).toInt(), 0);
    // AND correcting the original again, or voiding it with a stale version, is refused (4)
    r = cli(db, u"nursing"_s, u"monitor void {decided} --id "_s + original + u" --reason dup"_s);
    QVERIFY2(r.exitCode == 4, qPrintable(r.describe()));
    r = cli(db, u"nursing"_s,
            u"monitor void {decided} --id %1 --reason dup --row-version 7"_s.arg(replacement));
    QVERIFY2(r.exitCode == 4 && r.errText().contains(u"Reload"_s), qPrintable(r.describe()));

    // WHEN the replacement is voided THEN it is marked with who, when and why
    r = cli(db, u"nursing"_s, u"monitor void {decided} --id %1 --reason entered_twice"_s.arg(replacement));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    rows = cli(db, u"nursing"_s, u"monitor show {decided} --json"_s)
               .json(&ok)
               .object()
               .value(u"assessments"_s)
               .toArray();
    QCOMPARE(rows.at(1).toObject().value(u"voided"_s).toBool(), true);
    QCOMPARE(rows.at(1).toObject().value(u"void_reason"_s).toString(), u"entered_twice"_s);
    QVERIFY(!rows.at(1).toObject().value(u"voided_by"_s).toString().isEmpty());

    // WHEN the bridging is corrected without --details THEN its details are kept
    QJsonArray events = cli(db, u"coordinator"_s, u"pathway show {decided} --json"_s)
                            .json(&ok)
                            .object()
                            .value(u"events"_s)
                            .toArray();
    QString bridging;
    QString infusion;
    for (const QJsonValue& e : events) {
        if (e.toObject().value(u"event"_s).toString() == u"bridging"_s)
            bridging = QString::number(e.toObject().value(u"id"_s).toInteger());
        if (e.toObject().value(u"event"_s).toString() == u"infusion"_s)
            infusion = QString::number(e.toObject().value(u"id"_s).toInteger());
    }
    r = cli(db, u"coordinator"_s,
            u"pathway correct {decided} --event-id "_s + bridging + u" --date "_s + daysAgo(42));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    events = cli(db, u"coordinator"_s, u"pathway show {decided} --json"_s)
                 .json(&ok)
                 .object()
                 .value(u"events"_s)
                 .toArray();
    QCOMPARE(events.size(), 6);
    int superseded = 0;
    for (const QJsonValue& e : events) {
        const QJsonObject o = e.toObject();
        if (o.value(u"supersedes"_s).toInteger() == bridging.toLongLong()) {
            QCOMPARE(o.value(u"date"_s).toString(), daysAgo(42));
            QCOMPARE(o.value(u"details"_s).toObject().value(u"regimen"_s).toString(),
                     u"Carfilzomib-dexamethasone"_s);
        }
        superseded += o.value(u"superseded_by"_s).isNull() ? 0 : 1;
    }
    QCOMPARE(superseded, 1);

    // WHEN the infusion is voided (nothing dated from it counts any more) THEN the case is decided again
    r = cli(db, u"coordinator"_s,
            u"pathway void {decided} --event-id "_s + infusion + u" --reason wrong_case"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.outText().contains(u"moved to decided"_s), qPrintable(r.describe()));
    r = cli(db, u"chair"_s, u"case show {decided} --json"_s);
    QCOMPARE(r.json(&ok).object().value(u"state"_s).toString(), u"decided"_s);
}

QTEST_GUILESS_MAIN(TestPathwayCli)
#include "TestPathwayCli.moc"
