// `cellboard-cli opinion …` and `decision …` as a script uses them: the real binary on a copy of
// the demo database, the password on standard input, exit codes of DESIGN.md §5 (authentication,
// then permission, then arguments and state), and JSON that parses.

#include "support/CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cb::test::CliRun;
using cb::test::CliRunner;

namespace {

// Every run of the CLI in this test sees this instant (the test-build clock seam).
const QDateTime kNow = QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);

const QByteArray kPassword = "cellboard-demo\n";
const QStringList kDisciplines{u"hematology"_s,  u"cardiology"_s, u"neurology"_s,
                               u"pulmonology"_s, u"icu"_s,        u"nursing"_s};

QJsonObject byId(const QJsonArray& list, const QString& id)
{
    for (const QJsonValue& v : list)
        if (v.toObject().value(u"id"_s).toVariant().toString() == id)
            return v.toObject();
    return {};
}

QJsonValue field(const QJsonArray& list, const QString& id, const QString& key)
{
    return byId(list, id).value(key);
}

} // namespace

class TestReviewCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldRecordSignAndShowAnOpinion();
    void shouldMakeTheCaseReadyForBoardWhenAllSixSign();
    void shouldAmendASignedOpinionIntoVersionTwo();
    void shouldRefuseAStaleDraftWithExitFour();
    void shouldSignWithTheUserPasswordReadOnce();
    void shouldAcceptCaseInsensitiveHyphenatedIds_data();
    void shouldAcceptCaseInsensitiveHyphenatedIds();
    void shouldRunTheBoardsVerdictFromDraftToCommunication();
    void shouldDeferWithReasonAndReassessDate();
    void shouldPrintEveryKeyOfTheJsonShapes();
    void shouldExitWithTheContractsCode_data();
    void shouldExitWithTheContractsCode();

private:
    // A private copy of the demo database.
    QString freshDb();
    QString path(const QString& name) const { return m_dir.filePath(name); }
    void writeFile(const QString& name, const QByteArray& bytes);
    // Runs `cellboard-cli --db db --user user COMMAND… EXTRA…`: COMMAND is split at spaces and its
    // placeholders ({ready}, {work_up}, {dir} …) filled in; EXTRA (texts with spaces) goes verbatim.
    CliRun cli(const QString& db, const QString& user, const QString& command, const QStringList& extra = {},
               const QByteArray& in = kPassword);
    QString caseState(const QString& db, qint64 caseId);
    QJsonArray opinions(const QString& db, qint64 caseId);
    QJsonObject decision(const QString& db, qint64 caseId);
    QString expand(const QString& arg) const;

    QTemporaryDir m_dir;
    QString m_template;
    int m_copies = 0;
    qint64 m_ready = 0;  // ready for board, six signed opinions
    qint64 m_workUp = 0; // work-up, no opinion yet
    qint64 m_referred = 0;
    qint64 m_closed = 0;
};

void TestReviewCli::initTestCase()
{
    qputenv("CELLBOARD_TEST_NOW", kNow.toString(Qt::ISODate).toLatin1());
    if (!CliRunner::binaryExists())
        QSKIP("cellboard-cli has not been built");
    QVERIFY(m_dir.isValid());
    m_template = path(u"demo.sqlite"_s);
    const CliRun init = CliRunner::run(m_template, {}, {u"init"_s, u"--demo"_s});
    QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));

    auto firstIn = [&](const QString& state, auto accept) -> qint64 {
        bool ok = false;
        const CliRun r = cli(m_template, u"chair"_s, u"case list --json --state "_s + state);
        for (const QJsonValue& v : r.json(&ok).array())
            if (const qint64 id = v.toObject().value(u"id"_s).toInteger(); accept(id))
                return id;
        return 0;
    };
    auto everyOpinion = [&](const QString& state) {
        return [this, state](qint64 id) {
            const QJsonArray list = opinions(m_template, id);
            for (const QJsonValue& v : list)
                if (v.toObject().value(u"state"_s).toString() != state)
                    return false;
            return list.size() >= 6;
        };
    };
    auto any = [](qint64) { return true; };
    m_ready = firstIn(u"ready_for_board"_s, everyOpinion(u"signed"_s));
    m_workUp = firstIn(u"work_up"_s, everyOpinion(u"not_started"_s));
    m_referred = firstIn(u"referred"_s, any);
    m_closed = firstIn(u"closed"_s, any);
    QVERIFY2(m_ready && m_workUp && m_referred && m_closed,
             "the demo program needs a case ready for board (six signed opinions), a work-up case without "
             "opinions, a referred case and a closed one");

    writeFile(u"cardiology.json"_s,
              R"({"CAR-01": {"value": 58, "unit": "%", "date": "2026-11-20", "detail": "TTE"},
                                        "CAR-02": true, "CAR-03": "normal"})");
    writeFile(u"lvef45.json"_s, R"({"CAR-01": 45})");
    writeFile(u"empty.json"_s, "{}");
    writeFile(u"not-json.json"_s, "{\"CAR-01\": 58,");
    writeFile(u"array.json"_s, "[58]");
    writeFile(u"unknown-item.json"_s, R"({"CAR-99": true})");
    writeFile(u"unknown-key.json"_s, R"({"CAR-01": {"value": 58, "when": "today"}})");
    writeFile(u"wrong-type.json"_s, R"({"CAR-01": "high"})");
    writeFile(u"bad-date.json"_s, R"({"CAR-01": {"value": 58, "date": "20.11.2026"}})");
}

void TestReviewCli::writeFile(const QString& name, const QByteArray& bytes)
{
    QFile f(path(name));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QString TestReviewCli::freshDb()
{
    const QString copy = path(u"copy%1.sqlite"_s.arg(++m_copies));
    if (!QFile::copy(m_template, copy))
        qWarning("cannot copy the demo database to %s", qPrintable(copy));
    return copy;
}

QString TestReviewCli::expand(const QString& arg) const
{
    QString a = arg;
    a.replace(u"{ready}"_s, QString::number(m_ready));
    a.replace(u"{work_up}"_s, QString::number(m_workUp));
    a.replace(u"{referred}"_s, QString::number(m_referred));
    a.replace(u"{closed}"_s, QString::number(m_closed));
    a.replace(u"{dir}"_s, m_dir.path());
    return a;
}

CliRun TestReviewCli::cli(const QString& db, const QString& user, const QString& command,
                          const QStringList& extra, const QByteArray& in)
{
    QStringList args;
    for (const QString& a : command.split(u' ', Qt::SkipEmptyParts))
        args << expand(a);
    return CliRunner::run(db, user, args + extra, in);
}

QString TestReviewCli::caseState(const QString& db, qint64 caseId)
{
    bool ok = false;
    return cli(db, u"chair"_s, u"case show %1 --json"_s.arg(caseId))
        .json(&ok)
        .object()
        .value(u"state"_s)
        .toString();
}

QJsonArray TestReviewCli::opinions(const QString& db, qint64 caseId)
{
    const CliRun r = cli(db, u"chair"_s, u"opinion show %1 --json"_s.arg(caseId));
    bool ok = false;
    const QJsonDocument doc = r.json(&ok);
    if (!ok || r.exitCode != 0 || !r.err.isEmpty())
        qWarning("opinion show %lld: %s", caseId, qPrintable(r.describe()));
    return doc.array();
}

QJsonObject TestReviewCli::decision(const QString& db, qint64 caseId)
{
    const CliRun r = cli(db, u"coordinator"_s, u"decision show %1 --json"_s.arg(caseId));
    bool ok = false;
    const QJsonDocument doc = r.json(&ok);
    if (!ok || r.exitCode != 0 || !r.err.isEmpty())
        qWarning("decision show %lld: %s", caseId, qPrintable(r.describe()));
    return doc.object();
}

void TestReviewCli::shouldRecordSignAndShowAnOpinion()
{
    // GIVEN a case in work-up without opinions
    const QString db = freshDb();

    // WHEN the cardiologist records a draft
    CliRun r = cli(db, u"cardiology"_s,
                   u"opinion record {work_up} --discipline cardiology --answers {dir}/cardiology.json "
                   "--recommendation supports --comment"_s,
                   {u"No cardiac objection."_s});

    // THEN it is saved, the review has started and show reports a draft with the answers
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.outText().contains(u"draft"_s));
    QCOMPARE(caseState(db, m_workUp), u"in_review"_s);
    QJsonObject card = byId(opinions(db, m_workUp), u"cardiology"_s);
    QCOMPARE(card.value(u"state"_s).toString(), u"draft"_s);
    QCOMPARE(card.value(u"version"_s).toInt(), 1);
    QCOMPARE(card.value(u"comment"_s).toString(), u"No cardiac objection."_s);
    QVERIFY(card.value(u"signer"_s).isNull());
    const QJsonObject lvef = byId(card.value(u"items"_s).toArray(), u"CAR-01"_s);
    QCOMPARE(lvef.value(u"value"_s).toInt(), 58);
    QCOMPARE(lvef.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(lvef.value(u"date"_s).toString(), u"2026-11-20"_s);

    // WHEN the cardiologist signs it
    r = cli(db, u"cardiology"_s, u"opinion sign {work_up} --discipline cardiology"_s);

    // THEN show reports the signature with its meaning, as JSON and as text
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    card = byId(opinions(db, m_workUp), u"cardiology"_s);
    QCOMPARE(card.value(u"state"_s).toString(), u"signed"_s);
    QVERIFY(!card.value(u"signer"_s).toString().isEmpty());
    QVERIFY(!card.value(u"signed_at"_s).toString().isEmpty());
    QVERIFY(card.value(u"meaning"_s).toString().contains(u"cardiology"_s));
    QCOMPARE(card.value(u"history"_s).toArray().size(), 1);
    r = cli(db, u"nursing"_s, u"opinion show {work_up}"_s);
    QVERIFY2(r.exitCode == 0 && r.outText().contains(u"cardiology"_s), qPrintable(r.describe()));
}

void TestReviewCli::shouldMakeTheCaseReadyForBoardWhenAllSixSign()
{
    // GIVEN a case in work-up
    const QString db = freshDb();
    // WHEN each discipline's specialist records and signs an opinion (the chair for hematology)
    for (const QString& d : kDisciplines) {
        const QString user = d == u"hematology"_s ? u"chair"_s : d;
        CliRun r = cli(
            db, user,
            u"opinion record {work_up} --answers {dir}/empty.json --recommendation supports --discipline "_s +
                d);
        QVERIFY2(r.exitCode == 0, qPrintable(d + u": "_s + r.describe()));
        QCOMPARE(caseState(db, m_workUp), u"in_review"_s);
        r = cli(db, user, u"opinion sign {work_up} --discipline "_s + d);
        QVERIFY2(r.exitCode == 0, qPrintable(d + u": "_s + r.describe()));
    }
    // THEN the case is ready for the board and every opinion is signed
    QCOMPARE(caseState(db, m_workUp), u"ready_for_board"_s);
    const QJsonArray list = opinions(db, m_workUp);
    for (const QString& d : kDisciplines)
        QCOMPARE(field(list, d, u"state"_s).toString(), u"signed"_s);
}

void TestReviewCli::shouldAmendASignedOpinionIntoVersionTwo()
{
    // GIVEN a case ready for the board
    const QString db = freshDb();
    const QJsonObject v1 = byId(opinions(db, m_ready), u"cardiology"_s);

    // WHEN the cardiologist amends the signed opinion with a new LVEF and a reason
    CliRun r = cli(db, u"cardiology"_s,
                   u"opinion amend {ready} --discipline cardiology --answers {dir}/lvef45.json --reason"_s,
                   {u"Repeat echo: LVEF 45%"_s});

    // THEN version 2 is a draft, version 1 stays signed and superseded, the case is back in review
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject card = byId(opinions(db, m_ready), u"cardiology"_s);
    QCOMPARE(card.value(u"state"_s).toString(), u"draft"_s);
    QCOMPARE(card.value(u"version"_s).toInt(), 2);
    QCOMPARE(card.value(u"recommendation"_s), v1.value(u"recommendation"_s));
    QCOMPARE(field(card.value(u"items"_s).toArray(), u"CAR-01"_s, u"status"_s).toString(), u"concern"_s);
    const QJsonArray history = card.value(u"history"_s).toArray();
    QCOMPARE(history.size(), 2);
    QVERIFY(history.at(0).toObject().value(u"signed"_s).toBool());
    QVERIFY(history.at(0).toObject().value(u"superseded"_s).toBool());
    QCOMPARE(history.at(0).toObject().value(u"content_sha256"_s), v1.value(u"content_sha256"_s));
    QCOMPARE(history.at(1).toObject().value(u"amend_reason"_s).toString(), u"Repeat echo: LVEF 45%"_s);
    QCOMPARE(caseState(db, m_ready), u"in_review"_s);

    // WHEN version 2 is signed THEN the discipline is amended, the case ready again, the trail intact
    r = cli(db, u"cardiology"_s, u"opinion sign {ready} --discipline cardiology"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(field(opinions(db, m_ready), u"cardiology"_s, u"state"_s).toString(), u"amended"_s);
    QCOMPARE(caseState(db, m_ready), u"ready_for_board"_s);
    r = cli(db, {}, u"audit verify"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
}

void TestReviewCli::shouldRefuseAStaleDraftWithExitFour()
{
    // GIVEN a cardiology draft at row version 1
    const QString db = freshDb();
    const QString record =
        u"opinion record {work_up} --discipline cardiology --recommendation supports --answers "_s;
    CliRun r = cli(db, u"cardiology"_s, record + u"{dir}/cardiology.json --row-version 0"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

    // WHEN one script saves over row version 1, and another one over the same, now stale, version
    r = cli(db, u"cardiology"_s, record + u"{dir}/lvef45.json --row-version 1"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = cli(db, u"cardiology"_s, record + u"{dir}/cardiology.json --row-version 1"_s);

    // THEN the stale save is a conflict (exit 4, one line) and the first change stands
    QVERIFY2(r.exitCode == 4, qPrintable(r.describe()));
    QCOMPARE(r.errLines().size(), 1);
    const QJsonObject card = byId(opinions(db, m_workUp), u"cardiology"_s);
    QCOMPARE(card.value(u"row_version"_s).toInt(), 2);
    QCOMPARE(field(card.value(u"items"_s).toArray(), u"CAR-01"_s, u"value"_s).toInt(), 45);
}

void TestReviewCli::shouldSignWithTheUserPasswordReadOnce()
{
    // GIVEN a neurology draft
    const QString db = freshDb();
    CliRun r = cli(
        db, u"neurology"_s,
        u"opinion record {work_up} --discipline neurology --answers {dir}/empty.json --recommendation supports"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString sign = u"opinion sign {work_up} --discipline neurology"_s;

    // WHEN the password is wrong THEN nothing is signed (exit 3)
    r = cli(db, u"neurology"_s, sign, {}, "not-the-password\n");
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    QCOMPARE(field(opinions(db, m_workUp), u"neurology"_s, u"state"_s).toString(), u"draft"_s);

    // WHEN the right password is followed by another line THEN the first line signs; no second is read
    r = cli(db, u"neurology"_s, sign, {}, kPassword + "not-the-password\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(field(opinions(db, m_workUp), u"neurology"_s, u"state"_s).toString(), u"signed"_s);
}

void TestReviewCli::shouldAcceptCaseInsensitiveHyphenatedIds_data()
{
    QTest::addColumn<QString>("discipline");
    QTest::addColumn<QString>("recommendation");
    QTest::newRow("lower case") << "icu"
                                << "supports_with_conditions";
    QTest::newRow("upper case") << "ICU"
                                << "SUPPORTS_WITH_CONDITIONS";
    QTest::newRow("hyphens") << "Icu"
                             << "supports-with-conditions";
    QTest::newRow("mixed") << "iCu"
                           << "Supports-With_Conditions";
}

void TestReviewCli::shouldAcceptCaseInsensitiveHyphenatedIds()
{
    QFETCH(QString, discipline);
    QFETCH(QString, recommendation);
    const QString db = freshDb();
    const CliRun r =
        cli(db, u"icu"_s,
            u"opinion record {work_up} --answers {dir}/empty.json --discipline %1 --recommendation %2"_s.arg(
                discipline, recommendation),
            {u"--conditions"_s, u"ICU bed booked for day 0"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject icu = byId(opinions(db, m_workUp), u"icu"_s);
    QCOMPARE(icu.value(u"discipline"_s).toString(), u"icu"_s);
    QCOMPARE(icu.value(u"recommendation"_s).toString(), u"supports_with_conditions"_s);
}

void TestReviewCli::shouldRunTheBoardsVerdictFromDraftToCommunication()
{
    // GIVEN a case ready for the board
    const QString db = freshDb();
    const QStringList notify{u"--sent-at"_s, kNow.addSecs(-3600).toString(Qt::ISODate),
                             u"--by"_s,      u"MDT coordinator"_s,
                             u"--method"_s,  u"letter"_s};

    // WHEN nothing is recorded THEN there is no verdict to show, sign or dissent from (exit 4)
    QCOMPARE(cli(db, u"chair"_s, u"decision show {ready} --json"_s).exitCode, 4);
    QCOMPARE(cli(db, u"chair"_s, u"decision sign {ready}"_s).exitCode, 4);
    QCOMPARE(cli(db, u"neurology"_s, u"decision dissent {ready} --text No"_s).exitCode, 4);

    // WHEN the chair records the verdict with conditions and an action
    CliRun r = cli(db, u"chair"_s,
                   u"decision record {ready} --verdict Eligible-With-Conditions --consent pending --action "
                   "Apheresis|coordinator|2026-12-01 --conditions"_s,
                   {u"G-CSF from day +2"_s, u"--rationale"_s, u"Concerns discussed."_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(caseState(db, m_ready), u"ready_for_board"_s);

    // THEN it is a draft with its action; the outcome cannot be sent yet
    QJsonObject d = decision(db, m_ready);
    QCOMPARE(d.value(u"state"_s).toString(), u"draft"_s);
    QCOMPARE(d.value(u"verdict"_s).toString(), u"eligible_with_conditions"_s);
    QVERIFY(d.value(u"signature"_s).isNull());
    QCOMPARE(d.value(u"actions"_s).toArray().size(), 1);
    QCOMPARE(d.value(u"actions"_s).toArray().first().toObject().value(u"due_date"_s).toString(),
             u"2026-12-01"_s);
    QCOMPARE(cli(db, u"coordinator"_s, u"decision notify {ready}"_s, notify).exitCode, 4);

    // WHEN the neurologist dissents and the chair signs (once)
    const QString dissent = u"I would wait for the spine MRI.\tVerbatim, please."_s;
    r = cli(db, u"neurology"_s, u"decision dissent {ready} --text"_s, {dissent});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = cli(db, u"chair"_s, u"decision sign {ready}"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = cli(db, u"chair"_s, u"decision sign {ready}"_s);
    QVERIFY2(r.exitCode == 4, qPrintable(r.describe()));

    // THEN the case is decided; the outcome is sent and a follow-up action added by the coordinator
    QCOMPARE(caseState(db, m_ready), u"decided"_s);
    r = cli(db, u"coordinator"_s, u"decision notify {ready}"_s, notify);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = cli(db, u"coordinator"_s, u"decision action {ready} --action"_s,
            {u"Call the referrer|coordinator"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    d = decision(db, m_ready);
    QCOMPARE(d.value(u"state"_s).toString(), u"signed"_s);
    QCOMPARE(d.value(u"signature"_s).toObject().value(u"role"_s).toString(), u"board_chair"_s);
    QCOMPARE(d.value(u"dissent"_s).toArray().first().toObject().value(u"text"_s).toString(), dissent);
    QCOMPARE(d.value(u"communications"_s).toArray().first().toObject().value(u"sent_by"_s).toString(),
             u"MDT coordinator"_s);
    QCOMPARE(d.value(u"actions"_s).toArray().size(), 2);
    QCOMPARE(d.value(u"quorum"_s).toObject().value(u"opinions"_s).toArray().size(), 6);
    r = cli(db, {}, u"audit verify"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
}

void TestReviewCli::shouldDeferWithReasonAndReassessDate()
{
    // GIVEN a case ready for the board
    const QString db = freshDb();
    const QString later = kNow.date().addDays(28).toString(Qt::ISODate);
    const QString defer =
        u"decision record {ready} --verdict deferred --rationale Infection --defer-reason"_s;
    // WHEN the reassessment date is missing THEN the deferral is refused as bad input
    CliRun r = cli(db, u"chair"_s, defer, {u"Active SARS-CoV-2 infection"_s});
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    // WHEN both are given THEN it is recorded and shown
    r = cli(db, u"chair"_s, defer, {u"Active SARS-CoV-2 infection"_s, u"--reassess-date"_s, later});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject d = decision(db, m_ready);
    QCOMPARE(d.value(u"reassess_date"_s).toString(), later);
    QCOMPARE(d.value(u"defer_reason"_s).toString(), u"Active SARS-CoV-2 infection"_s);
}

void TestReviewCli::shouldPrintEveryKeyOfTheJsonShapes()
{
    const QString db = freshDb();
    // opinion show --json: only JSON on stdout, an array, one object per discipline, every key present
    CliRun r = cli(db, u"chair"_s, u"opinion show {ready} --json"_s);
    bool ok = false;
    const QJsonDocument doc = r.json(&ok);
    QVERIFY2(ok && doc.isArray() && r.err.isEmpty(), qPrintable(r.describe()));
    for (const QString& d : kDisciplines) {
        const QJsonObject o = byId(doc.array(), d);
        for (const char* key : {"id", "discipline", "required", "state", "version", "recommendation",
                                "concerns", "contraindications", "signer", "signed_at", "meaning", "items",
                                "history", "row_version", "content_sha256", "stale_items"})
            QVERIFY2(o.contains(QLatin1String(key)), qPrintable(d + u" lacks "_s + QLatin1String(key)));
        QVERIFY(o.value(u"required"_s).toBool());
        QVERIFY(!o.value(u"items"_s).toArray().isEmpty());
        for (const QJsonValue& item : o.value(u"items"_s).toArray())
            for (const char* key : {"id", "status", "value", "stale"})
                QVERIFY2(item.toObject().contains(QLatin1String(key)), key);
        for (const QJsonValue& v : o.value(u"history"_s).toArray())
            for (const char* key : {"version", "signed", "superseded", "amend_reason", "signer", "signed_at"})
                QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
    }
    // decision show --json: one object with id, the verdict's fields and its lists
    r = cli(db, u"chair"_s, u"decision record {ready} --verdict eligible --rationale Discussed."_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = cli(db, u"chair"_s, u"decision show {ready} --json"_s);
    const QJsonDocument d = r.json(&ok);
    QVERIFY2(ok && d.isObject() && r.err.isEmpty(), qPrintable(r.describe()));
    for (const char* key :
         {"id", "case_id", "version", "state", "verdict", "conditions", "rationale", "product",
          "bridging_plan", "defer_reason", "reassess_date", "override_approver", "override_reason",
          "consent_status", "patient_preference", "signature", "dissent", "actions", "communications"})
        QVERIFY2(d.object().contains(QLatin1String(key)), key);
}

void TestReviewCli::shouldExitWithTheContractsCode_data()
{
    QTest::addColumn<QString>("user"); // empty: no --user
    QTest::addColumn<QByteArray>("stdinBytes");
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // a fragment of the first line on standard error
    const QByteArray pw = kPassword;
    const QString recordCard =
        u"opinion record %1 --discipline cardiology --recommendation supports --answers "
        "{dir}/%2"_s;

    // 3: not authenticated or not permitted — before any argument or state is looked at
    QTest::newRow("no --user") << "" << QByteArray() << "opinion show {ready}" << 3 << "--user";
    QTest::newRow("wrong password") << "chair" << QByteArray("wrong\n") << "opinion show {ready}" << 3
                                    << "password";
    QTest::newRow("no password") << "chair" << QByteArray() << "opinion show {ready}" << 3 << "password";
    for (const char* c : {"{ready}", "{work_up}", "{closed}", "5x", "99999"})
        QTest::addRow("cardiologist signs the neurology opinion of %s", c)
            << "cardiology" << pw << u"opinion sign %1 --discipline neurology"_s.arg(QLatin1String(c)) << 3
            << "Neurology";
    QTest::newRow("cardiologist records the neurology opinion")
        << "cardiology" << pw << "opinion record {work_up} --discipline neurology --answers {dir}/nope.json"
        << 3 << "Neurology";
    QTest::newRow("coordinator records an opinion of an unknown discipline")
        << "coordinator" << pw << "opinion record {work_up} --discipline magic" << 3 << "specialist";
    QTest::newRow("coordinator amends an opinion")
        << "coordinator" << pw << "opinion amend {ready} --discipline cardiology" << 3 << "Cardiology";
    QTest::newRow("administrator reads opinions")
        << "admin" << pw << "opinion show {ready}" << 3 << "clinical role";
    QTest::newRow("cardiologist records the verdict, malformed id")
        << "cardiology" << pw << "decision record x" << 3 << "chair";
    QTest::newRow("coordinator signs the verdict")
        << "coordinator" << pw << "decision sign {ready}" << 3 << "chair";
    QTest::newRow("coordinator dissents")
        << "coordinator" << pw << "decision dissent {ready} --text No." << 3 << "board member";
    QTest::newRow("specialist sends the outcome")
        << "icu" << pw << "decision notify {ready}" << 3 << "coordinator";
    QTest::newRow("administrator reads the verdict")
        << "admin" << pw << "decision show {ready}" << 3 << "clinical role";

    // 2: bad input or usage
    QTest::newRow("unknown discipline")
        << "cardiology" << pw << "opinion sign {ready} --discipline cardio" << 2 << "cardio";
    QTest::newRow("no discipline") << "cardiology" << pw << "opinion sign {ready}" << 2 << "--discipline";
    QTest::newRow("malformed case id")
        << "cardiology" << pw << "opinion sign 5x --discipline cardiology" << 2 << "5x";
    QTest::newRow("case that does not exist")
        << "cardiology" << pw << recordCard.arg(u"99999"_s, u"empty.json"_s) << 2 << "99999";
    QTest::newRow("opinions of a case that does not exist")
        << "chair" << pw << "opinion show 99999" << 2 << "99999";
    const QList<std::pair<const char*, const char*>> files{
        {"nope.json", "nope.json"},      {"not-json.json", "not valid JSON"}, {"array.json", "object"},
        {"unknown-item.json", "CAR-99"}, {"unknown-key.json", "when"},        {"wrong-type.json", "CAR-01"},
        {"bad-date.json", "20.11.2026"}};
    for (const auto& [file, why] : files)
        QTest::addRow("answers file %s", file)
            << "cardiology" << pw << recordCard.arg(u"{work_up}"_s, QLatin1String(file)) << 2 << why;
    QTest::newRow("unknown recommendation") << "cardiology" << pw
                                            << "opinion record {work_up} --discipline cardiology --answers "
                                               "{dir}/empty.json --recommendation maybe"
                                            << 2 << "maybe";
    QTest::newRow("amendment without reason")
        << "cardiology" << pw << "opinion amend {ready} --discipline cardiology --answers {dir}/lvef45.json"
        << 2 << "reason";
    QTest::newRow("unknown verdict") << "chair" << pw << "decision record {ready} --verdict maybe" << 2
                                     << "maybe";
    QTest::newRow("reassessment date not a date")
        << "chair" << pw << "decision record {ready} --verdict deferred --defer-reason x --reassess-date soon"
        << 2 << "soon";
    QTest::newRow("action without owner")
        << "chair" << pw << "decision record {ready} --verdict eligible --action Apheresis" << 2
        << "Apheresis";
    QTest::newRow("verdict on a case that does not exist")
        << "chair" << pw << "decision show 99999" << 2 << "99999";
    QTest::newRow("dissent without text") << "neurology" << pw << "decision dissent {ready}" << 2 << "--text";
    QTest::newRow("notify with a bad time")
        << "coordinator" << pw << "decision notify {ready} --sent-at yesterday --by me" << 2 << "yesterday";
    QTest::newRow("unknown opinion command") << "chair" << pw << "opinion delete {ready}" << 2 << "delete";

    // 4: conflict, or not allowed in the record's current state
    QTest::newRow("sign an already signed opinion")
        << "cardiology" << pw << "opinion sign {ready} --discipline cardiology" << 4 << "already signed";
    QTest::newRow("record over a signed opinion")
        << "cardiology" << pw << recordCard.arg(u"{ready}"_s, u"empty.json"_s) << 4 << "Amend";
    QTest::newRow("sign an opinion never recorded")
        << "cardiology" << pw << "opinion sign {work_up} --discipline cardiology" << 4
        << "no Cardiology opinion";
    QTest::newRow("amend an opinion never signed")
        << "cardiology" << pw
        << "opinion amend {work_up} --discipline cardiology --reason x --answers {dir}/lvef45.json" << 4
        << "no signed";
    QTest::newRow("opinion on a referred case")
        << "cardiology" << pw << recordCard.arg(u"{referred}"_s, u"empty.json"_s) << 4 << "work-up";
    QTest::newRow("verdict without quorum names the missing disciplines")
        << "chair" << pw << "decision record {work_up} --verdict eligible" << 4
        << "Hematology, Cardiology, Neurology, Pulmonology, ICU, Nursing";
    QTest::newRow("sign a verdict never recorded")
        << "chair" << pw << "decision sign {ready}" << 4 << "not recorded";
}

void TestReviewCli::shouldExitWithTheContractsCode()
{
    QFETCH(QString, user);
    QFETCH(QByteArray, stdinBytes);
    QFETCH(QString, command);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    // GIVEN a copy of the demo database
    const QString db = freshDb();

    // WHEN the command runs
    const CliRun r = cli(db, user, command, {}, stdinBytes);

    // THEN it exits with the contract's code, prints nothing on standard output and names the
    // problem on the first line of standard error
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(!r.errLines().isEmpty() && r.errLines().first().contains(message, Qt::CaseInsensitive),
             qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestReviewCli)
#include "TestReviewCli.moc"
