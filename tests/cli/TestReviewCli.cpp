// `cellboard-cli opinion …` and `decision …` as a script uses them: the real binary on a copy of
// the demo database, the password on standard input, exit codes of DESIGN.md §5 (authentication,
// then permission, then arguments and state), and JSON that parses.

#include "support/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using cb::test::CliRun;
using cb::test::CliRunner;

namespace {

const QByteArray kPassword = "cellboard-demo\n";

const QStringList kDisciplines{QStringLiteral("hematology"), QStringLiteral("cardiology"),
                               QStringLiteral("neurology"),  QStringLiteral("pulmonology"),
                               QStringLiteral("icu"),        QStringLiteral("nursing")};

QJsonObject byId(const QJsonArray& list, const QString& id)
{
    for (const QJsonValue& v : list)
        if (v.toObject().value(QStringLiteral("id")).toVariant().toString() == id)
            return v.toObject();
    return {};
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
    CliRun cli(const QString& db, const QString& user, const QStringList& args,
               const QByteArray& in = kPassword);
    QString caseState(const QString& db, qint64 caseId);
    QJsonArray opinions(const QString& db, qint64 caseId);
    QString expand(const QString& arg) const;

    QTemporaryDir m_dir;
    QString m_template;
    int m_copies = 0;
    qint64 m_ready = 0;    // ready for board, six signed opinions
    qint64 m_workUp = 0;   // work-up, no opinion yet
    qint64 m_inReview = 0; // in review, quorum not met
    qint64 m_referred = 0;
    qint64 m_closed = 0;
};

void TestReviewCli::initTestCase()
{
    if (!CliRunner::binaryExists())
        QSKIP("cellboard-cli has not been built");
    QVERIFY(m_dir.isValid());
    m_template = path(QStringLiteral("demo.sqlite"));
    const CliRun init = CliRunner::run(m_template, {}, {QStringLiteral("init"), QStringLiteral("--demo")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));

    auto firstIn = [&](const QString& state, auto accept) -> qint64 {
        const CliRun r = cli(m_template, QStringLiteral("chair"),
                             {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--state"),
                              state, QStringLiteral("--json")});
        bool ok = false;
        for (const QJsonValue& v : r.json(&ok).array()) {
            const qint64 id = v.toObject().value(QStringLiteral("id")).toInteger();
            if (accept(id))
                return id;
        }
        return 0;
    };
    auto any = [](qint64) { return true; };
    auto noOpinion = [&](qint64 id) {
        for (const QJsonValue& v : opinions(m_template, id))
            if (v.toObject().value(QStringLiteral("state")).toString() != QLatin1String("not_started"))
                return false;
        return true;
    };
    auto allSigned = [&](qint64 id) {
        const QJsonArray list = opinions(m_template, id);
        for (const QJsonValue& v : list)
            if (v.toObject().value(QStringLiteral("state")).toString() != QLatin1String("signed"))
                return false;
        return list.size() >= 6;
    };
    m_ready = firstIn(QStringLiteral("ready_for_board"), allSigned);
    m_workUp = firstIn(QStringLiteral("work_up"), noOpinion);
    m_inReview = firstIn(QStringLiteral("in_review"), any);
    m_referred = firstIn(QStringLiteral("referred"), any);
    m_closed = firstIn(QStringLiteral("closed"), any);
    QVERIFY2(m_ready && m_workUp && m_inReview && m_referred && m_closed,
             "the demo program needs a case ready for board (six signed opinions), a work-up case without "
             "opinions, and cases in review, referred and closed");

    writeFile(QStringLiteral("cardiology.json"),
              R"({"CAR-01": {"value": 58, "unit": "%", "date": "2026-11-20", "detail": "TTE, GLS -19%"},
                  "CAR-02": true, "CAR-03": "normal"})");
    writeFile(QStringLiteral("lvef45.json"), R"({"CAR-01": 45})");
    writeFile(QStringLiteral("empty.json"), "{}");
    writeFile(QStringLiteral("not-json.json"), "{\"CAR-01\": 58,");
    writeFile(QStringLiteral("array.json"), "[58]");
    writeFile(QStringLiteral("unknown-item.json"), R"({"CAR-99": true})");
    writeFile(QStringLiteral("unknown-key.json"), R"({"CAR-01": {"value": 58, "when": "today"}})");
    writeFile(QStringLiteral("wrong-type.json"), R"({"CAR-01": "high"})");
    writeFile(QStringLiteral("bad-date.json"), R"({"CAR-01": {"value": 58, "date": "20.11.2026"}})");
}

void TestReviewCli::writeFile(const QString& name, const QByteArray& bytes)
{
    QFile f(path(name));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QString TestReviewCli::freshDb()
{
    const QString copy = path(QStringLiteral("copy%1.sqlite").arg(++m_copies));
    if (!QFile::copy(m_template, copy))
        qWarning("cannot copy the demo database to %s", qPrintable(copy));
    return copy;
}

CliRun TestReviewCli::cli(const QString& db, const QString& user, const QStringList& args,
                          const QByteArray& in)
{
    return CliRunner::run(db, user, args, in);
}

QString TestReviewCli::caseState(const QString& db, qint64 caseId)
{
    const CliRun r = cli(
        db, QStringLiteral("chair"),
        {QStringLiteral("case"), QStringLiteral("show"), QString::number(caseId), QStringLiteral("--json")});
    bool ok = false;
    return r.json(&ok).object().value(QStringLiteral("state")).toString();
}

QJsonArray TestReviewCli::opinions(const QString& db, qint64 caseId)
{
    const CliRun r = cli(db, QStringLiteral("chair"),
                         {QStringLiteral("opinion"), QStringLiteral("show"), QString::number(caseId),
                          QStringLiteral("--json")});
    bool ok = false;
    const QJsonDocument doc = r.json(&ok);
    if (!ok || r.exitCode != 0)
        qWarning("opinion show %lld: %s", caseId, qPrintable(r.describe()));
    return doc.array();
}

QString TestReviewCli::expand(const QString& arg) const
{
    QString a = arg;
    a.replace(QStringLiteral("{ready}"), QString::number(m_ready));
    a.replace(QStringLiteral("{work_up}"), QString::number(m_workUp));
    a.replace(QStringLiteral("{in_review}"), QString::number(m_inReview));
    a.replace(QStringLiteral("{referred}"), QString::number(m_referred));
    a.replace(QStringLiteral("{closed}"), QString::number(m_closed));
    a.replace(QStringLiteral("{dir}"), m_dir.path());
    return a;
}

void TestReviewCli::shouldRecordSignAndShowAnOpinion()
{
    // GIVEN a case in work-up without opinions
    const QString db = freshDb();
    const QString id = QString::number(m_workUp);

    // WHEN the cardiologist records a draft
    CliRun r = cli(db, QStringLiteral("cardiology"),
                   {QStringLiteral("opinion"), QStringLiteral("record"), id, QStringLiteral("--discipline"),
                    QStringLiteral("cardiology"), QStringLiteral("--answers"),
                    path(QStringLiteral("cardiology.json")), QStringLiteral("--recommendation"),
                    QStringLiteral("supports"), QStringLiteral("--comment"),
                    QStringLiteral("No cardiac objection.")});

    // THEN it is saved, the review has started and show reports a draft with the answers
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.outText().contains(QStringLiteral("draft")));
    QCOMPARE(caseState(db, m_workUp), QStringLiteral("in_review"));
    QJsonObject card = byId(opinions(db, m_workUp), QStringLiteral("cardiology"));
    QCOMPARE(card.value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
    QCOMPARE(card.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(card.value(QStringLiteral("comment")).toString(), QStringLiteral("No cardiac objection."));
    QVERIFY(card.value(QStringLiteral("signer")).isNull());
    const QJsonObject lvef = byId(card.value(QStringLiteral("items")).toArray(), QStringLiteral("CAR-01"));
    QCOMPARE(lvef.value(QStringLiteral("value")).toInt(), 58);
    QCOMPARE(lvef.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(lvef.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-20"));

    // WHEN the cardiologist signs it
    r = cli(db, QStringLiteral("cardiology"),
            {QStringLiteral("opinion"), QStringLiteral("sign"), id, QStringLiteral("--discipline"),
             QStringLiteral("cardiology")});

    // THEN show reports the signature with its meaning
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    card = byId(opinions(db, m_workUp), QStringLiteral("cardiology"));
    QCOMPARE(card.value(QStringLiteral("state")).toString(), QStringLiteral("signed"));
    QVERIFY(!card.value(QStringLiteral("signer")).toString().isEmpty());
    QVERIFY(!card.value(QStringLiteral("signed_at")).toString().isEmpty());
    QVERIFY(card.value(QStringLiteral("meaning")).toString().contains(QStringLiteral("cardiology")));
    QCOMPARE(card.value(QStringLiteral("history")).toArray().size(), 1);
    const CliRun text =
        cli(db, QStringLiteral("nursing"), {QStringLiteral("opinion"), QStringLiteral("show"), id});
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    QVERIFY(text.outText().contains(QStringLiteral("cardiology")));
}

void TestReviewCli::shouldMakeTheCaseReadyForBoardWhenAllSixSign()
{
    // GIVEN a case in work-up
    const QString db = freshDb();
    const QString id = QString::number(m_workUp);
    // WHEN each discipline's specialist records and signs an opinion (the chair for hematology)
    for (const QString& d : kDisciplines) {
        const QString user = d == QLatin1String("hematology") ? QStringLiteral("chair") : d;
        CliRun r =
            cli(db, user,
                {QStringLiteral("opinion"), QStringLiteral("record"), id, QStringLiteral("--discipline"), d,
                 QStringLiteral("--answers"), path(QStringLiteral("empty.json")),
                 QStringLiteral("--recommendation"), QStringLiteral("supports")});
        QVERIFY2(r.exitCode == 0, qPrintable(d + QStringLiteral(": ") + r.describe()));
        QCOMPARE(caseState(db, m_workUp), QStringLiteral("in_review"));
        r = cli(db, user,
                {QStringLiteral("opinion"), QStringLiteral("sign"), id, QStringLiteral("--discipline"), d});
        QVERIFY2(r.exitCode == 0, qPrintable(d + QStringLiteral(": ") + r.describe()));
    }
    // THEN the case is ready for the board and every opinion is signed
    QCOMPARE(caseState(db, m_workUp), QStringLiteral("ready_for_board"));
    for (const QString& d : kDisciplines)
        QCOMPARE(byId(opinions(db, m_workUp), d).value(QStringLiteral("state")).toString(),
                 QStringLiteral("signed"));
}

void TestReviewCli::shouldAmendASignedOpinionIntoVersionTwo()
{
    // GIVEN a case ready for the board
    const QString db = freshDb();
    const QString id = QString::number(m_ready);
    const QJsonObject v1 = byId(opinions(db, m_ready), QStringLiteral("cardiology"));

    // WHEN the cardiologist amends the signed opinion with a new LVEF and a reason
    CliRun r = cli(db, QStringLiteral("cardiology"),
                   {QStringLiteral("opinion"), QStringLiteral("amend"), id, QStringLiteral("--discipline"),
                    QStringLiteral("cardiology"), QStringLiteral("--reason"),
                    QStringLiteral("Repeat echo: LVEF 45%"), QStringLiteral("--answers"),
                    path(QStringLiteral("lvef45.json"))});

    // THEN version 2 is a draft, version 1 stays signed and superseded, the case is back in review
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QJsonObject card = byId(opinions(db, m_ready), QStringLiteral("cardiology"));
    QCOMPARE(card.value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
    QCOMPARE(card.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(card.value(QStringLiteral("recommendation")), v1.value(QStringLiteral("recommendation")));
    QCOMPARE(byId(card.value(QStringLiteral("items")).toArray(), QStringLiteral("CAR-01"))
                 .value(QStringLiteral("status")),
             QJsonValue(QStringLiteral("concern")));
    const QJsonArray history = card.value(QStringLiteral("history")).toArray();
    QCOMPARE(history.size(), 2);
    QVERIFY(history.at(0).toObject().value(QStringLiteral("signed")).toBool());
    QVERIFY(history.at(0).toObject().value(QStringLiteral("superseded")).toBool());
    QCOMPARE(history.at(0).toObject().value(QStringLiteral("content_sha256")),
             v1.value(QStringLiteral("content_sha256")));
    QCOMPARE(history.at(1).toObject().value(QStringLiteral("amend_reason")).toString(),
             QStringLiteral("Repeat echo: LVEF 45%"));
    QCOMPARE(caseState(db, m_ready), QStringLiteral("in_review"));

    // WHEN version 2 is signed THEN the discipline is amended and the case ready again
    r = cli(db, QStringLiteral("cardiology"),
            {QStringLiteral("opinion"), QStringLiteral("sign"), id, QStringLiteral("--discipline"),
             QStringLiteral("cardiology")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(
        byId(opinions(db, m_ready), QStringLiteral("cardiology")).value(QStringLiteral("state")).toString(),
        QStringLiteral("amended"));
    QCOMPARE(caseState(db, m_ready), QStringLiteral("ready_for_board"));
    const CliRun verify = CliRunner::run(db, {}, {QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
}

void TestReviewCli::shouldRefuseAStaleDraftWithExitFour()
{
    // GIVEN a cardiology draft at row version 1
    const QString db = freshDb();
    const QString id = QString::number(m_workUp);
    auto record = [&](const QString& file, const QString& rowVersion) {
        return cli(db, QStringLiteral("cardiology"),
                   {QStringLiteral("opinion"), QStringLiteral("record"), id, QStringLiteral("--discipline"),
                    QStringLiteral("cardiology"), QStringLiteral("--answers"), path(file),
                    QStringLiteral("--recommendation"), QStringLiteral("supports"),
                    QStringLiteral("--row-version"), rowVersion});
    };
    CliRun r = record(QStringLiteral("cardiology.json"), QStringLiteral("0"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

    // WHEN one script saves over row version 1, and another one saves over the same, now stale, version
    r = record(QStringLiteral("lvef45.json"), QStringLiteral("1"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const CliRun stale = record(QStringLiteral("cardiology.json"), QStringLiteral("1"));

    // THEN the stale save is a conflict (exit 4, one line) and the first change stands
    QVERIFY2(stale.exitCode == 4, qPrintable(stale.describe()));
    QCOMPARE(stale.errLines().size(), 1);
    const QJsonObject card = byId(opinions(db, m_workUp), QStringLiteral("cardiology"));
    QCOMPARE(card.value(QStringLiteral("row_version")).toInt(), 2);
    QCOMPARE(byId(card.value(QStringLiteral("items")).toArray(), QStringLiteral("CAR-01"))
                 .value(QStringLiteral("value"))
                 .toInt(),
             45);
}

void TestReviewCli::shouldSignWithTheUserPasswordReadOnce()
{
    const QString db = freshDb();
    const QString id = QString::number(m_workUp);
    CliRun r =
        cli(db, QStringLiteral("neurology"),
            {QStringLiteral("opinion"), QStringLiteral("record"), id, QStringLiteral("--discipline"),
             QStringLiteral("neurology"), QStringLiteral("--answers"), path(QStringLiteral("empty.json")),
             QStringLiteral("--recommendation"), QStringLiteral("supports")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QStringList sign{QStringLiteral("opinion"), QStringLiteral("sign"), id,
                           QStringLiteral("--discipline"), QStringLiteral("neurology")};

    // WHEN the password is wrong THEN nothing is signed (exit 3)
    r = cli(db, QStringLiteral("neurology"), sign, "not-the-password\n");
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    QCOMPARE(
        byId(opinions(db, m_workUp), QStringLiteral("neurology")).value(QStringLiteral("state")).toString(),
        QStringLiteral("draft"));

    // WHEN the right password is followed by another line THEN the first line signs; no second line is read
    r = cli(db, QStringLiteral("neurology"), sign, kPassword + "not-the-password\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(
        byId(opinions(db, m_workUp), QStringLiteral("neurology")).value(QStringLiteral("state")).toString(),
        QStringLiteral("signed"));
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
        cli(db, QStringLiteral("icu"),
            {QStringLiteral("opinion"), QStringLiteral("record"), QString::number(m_workUp),
             QStringLiteral("--discipline"), discipline, QStringLiteral("--answers"),
             path(QStringLiteral("empty.json")), QStringLiteral("--recommendation"), recommendation,
             QStringLiteral("--conditions"), QStringLiteral("ICU bed booked for day 0")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject icu = byId(opinions(db, m_workUp), QStringLiteral("icu"));
    QCOMPARE(icu.value(QStringLiteral("discipline")).toString(), QStringLiteral("icu"));
    QCOMPARE(icu.value(QStringLiteral("recommendation")).toString(),
             QStringLiteral("supports_with_conditions"));
}

void TestReviewCli::shouldRunTheBoardsVerdictFromDraftToCommunication()
{
    // GIVEN a case ready for the board
    const QString db = freshDb();
    const QString id = QString::number(m_ready);
    auto decision = [&](const QString& user, const QStringList& args) {
        return cli(db, user, QStringList{QStringLiteral("decision")} + args);
    };
    const QStringList show{QStringLiteral("show"), id, QStringLiteral("--json")};

    // WHEN nothing is recorded THEN there is no verdict to show, sign or dissent from (exit 4)
    QCOMPARE(decision(QStringLiteral("chair"), show).exitCode, 4);
    QCOMPARE(decision(QStringLiteral("chair"), {QStringLiteral("sign"), id}).exitCode, 4);
    QCOMPARE(decision(QStringLiteral("neurology"),
                      {QStringLiteral("dissent"), id, QStringLiteral("--text"), QStringLiteral("x")})
                 .exitCode,
             4);

    // WHEN the chair records the verdict with conditions and an action
    CliRun r = decision(QStringLiteral("chair"),
                        {QStringLiteral("record"), id, QStringLiteral("--verdict"),
                         QStringLiteral("Eligible-With-Conditions"), QStringLiteral("--conditions"),
                         QStringLiteral("G-CSF from day +2"), QStringLiteral("--rationale"),
                         QStringLiteral("Concerns discussed."), QStringLiteral("--consent"),
                         QStringLiteral("pending"), QStringLiteral("--action"),
                         QStringLiteral("Book apheresis|coordinator|2026-12-01")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(caseState(db, m_ready), QStringLiteral("ready_for_board"));

    // THEN it is a draft with its action; the outcome cannot be sent yet
    r = decision(QStringLiteral("coordinator"), show);
    bool ok = false;
    QJsonObject d = r.json(&ok).object();
    QVERIFY2(ok, qPrintable(r.describe()));
    QCOMPARE(d.value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
    QCOMPARE(d.value(QStringLiteral("verdict")).toString(), QStringLiteral("eligible_with_conditions"));
    QVERIFY(d.value(QStringLiteral("signature")).isNull());
    QCOMPARE(d.value(QStringLiteral("actions")).toArray().size(), 1);
    QCOMPARE(d.value(QStringLiteral("actions"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("due_date"))
                 .toString(),
             QStringLiteral("2026-12-01"));
    const QString sentAt = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate);
    const QStringList notify{QStringLiteral("notify"),    id,
                             QStringLiteral("--sent-at"), sentAt,
                             QStringLiteral("--by"),      QStringLiteral("Coordinator"),
                             QStringLiteral("--method"),  QStringLiteral("letter")};
    QCOMPARE(decision(QStringLiteral("coordinator"), notify).exitCode, 4);

    // WHEN the neurologist dissents and the chair signs (once)
    const QString dissent = QStringLiteral("I would wait for the spine MRI.\tVerbatim, please.");
    r = decision(QStringLiteral("neurology"),
                 {QStringLiteral("dissent"), id, QStringLiteral("--text"), dissent});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = decision(QStringLiteral("chair"), {QStringLiteral("sign"), id});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = decision(QStringLiteral("chair"), {QStringLiteral("sign"), id});
    QVERIFY2(r.exitCode == 4, qPrintable(r.describe()));

    // THEN the case is decided; the outcome is sent and a follow-up action added by the coordinator
    QCOMPARE(caseState(db, m_ready), QStringLiteral("decided"));
    r = decision(QStringLiteral("coordinator"), notify);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = decision(QStringLiteral("coordinator"), {QStringLiteral("action"), id, QStringLiteral("--action"),
                                                 QStringLiteral("Call the referrer|coordinator")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = decision(QStringLiteral("chair"), show);
    d = r.json(&ok).object();
    QVERIFY2(ok, qPrintable(r.describe()));
    QCOMPARE(d.value(QStringLiteral("state")).toString(), QStringLiteral("signed"));
    QCOMPARE(d.value(QStringLiteral("signature")).toObject().value(QStringLiteral("role")).toString(),
             QStringLiteral("board_chair"));
    QCOMPARE(d.value(QStringLiteral("dissent"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("text"))
                 .toString(),
             dissent);
    QCOMPARE(d.value(QStringLiteral("communications")).toArray().size(), 1);
    QCOMPARE(d.value(QStringLiteral("actions")).toArray().size(), 2);
    QCOMPARE(d.value(QStringLiteral("quorum")).toObject().value(QStringLiteral("opinions")).toArray().size(),
             6);
    const CliRun verify = CliRunner::run(db, {}, {QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
}

void TestReviewCli::shouldDeferWithReasonAndReassessDate()
{
    const QString db = freshDb();
    const QString id = QString::number(m_ready);
    const QString later = QDate::currentDate().addDays(28).toString(Qt::ISODate);
    // WHEN the reassessment date is missing THEN the deferral is refused as bad input
    CliRun r =
        cli(db, QStringLiteral("chair"),
            {QStringLiteral("decision"), QStringLiteral("record"), id, QStringLiteral("--verdict"),
             QStringLiteral("deferred"), QStringLiteral("--rationale"), QStringLiteral("Infection first."),
             QStringLiteral("--defer-reason"), QStringLiteral("Active SARS-CoV-2 infection")});
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    // WHEN both are given THEN it is recorded and shown
    r = cli(db, QStringLiteral("chair"),
            {QStringLiteral("decision"), QStringLiteral("record"), id, QStringLiteral("--verdict"),
             QStringLiteral("deferred"), QStringLiteral("--rationale"), QStringLiteral("Infection first."),
             QStringLiteral("--defer-reason"), QStringLiteral("Active SARS-CoV-2 infection"),
             QStringLiteral("--reassess-date"), later});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = cli(db, QStringLiteral("chair"),
            {QStringLiteral("decision"), QStringLiteral("show"), id, QStringLiteral("--json")});
    bool ok = false;
    const QJsonObject d = r.json(&ok).object();
    QVERIFY2(ok, qPrintable(r.describe()));
    QCOMPARE(d.value(QStringLiteral("reassess_date")).toString(), later);
    QCOMPARE(d.value(QStringLiteral("defer_reason")).toString(),
             QStringLiteral("Active SARS-CoV-2 infection"));
}

void TestReviewCli::shouldPrintEveryKeyOfTheJsonShapes()
{
    const QString db = freshDb();
    const QString id = QString::number(m_ready);
    // opinion show --json: an array, one object per discipline, every key present
    CliRun r = cli(db, QStringLiteral("chair"),
                   {QStringLiteral("opinion"), QStringLiteral("show"), id, QStringLiteral("--json")});
    bool ok = false;
    const QJsonDocument doc = r.json(&ok);
    QVERIFY2(ok && doc.isArray(), qPrintable(r.describe()));
    QVERIFY(r.err.isEmpty());
    for (const QString& d : kDisciplines) {
        const QJsonObject o = byId(doc.array(), d);
        for (const char* key : {"id", "discipline", "required", "state", "version", "recommendation",
                                "concerns", "contraindications", "signer", "signed_at", "meaning", "items",
                                "history", "row_version", "content_sha256", "stale_items"})
            QVERIFY2(o.contains(QLatin1String(key)),
                     qPrintable(d + QStringLiteral(" lacks ") + QLatin1String(key)));
        QVERIFY(o.value(QStringLiteral("required")).toBool());
        QVERIFY(!o.value(QStringLiteral("items")).toArray().isEmpty());
        for (const QJsonValue& item : o.value(QStringLiteral("items")).toArray())
            for (const char* key : {"id", "status", "value", "stale"})
                QVERIFY2(item.toObject().contains(QLatin1String(key)), key);
        for (const QJsonValue& v : o.value(QStringLiteral("history")).toArray())
            for (const char* key : {"version", "signed", "superseded", "amend_reason", "signer", "signed_at"})
                QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
    }
    // decision show --json: one object with id, the verdict's fields and its lists
    r = cli(db, QStringLiteral("chair"),
            {QStringLiteral("decision"), QStringLiteral("record"), id, QStringLiteral("--verdict"),
             QStringLiteral("eligible"), QStringLiteral("--rationale"), QStringLiteral("Discussed.")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = cli(db, QStringLiteral("chair"),
            {QStringLiteral("decision"), QStringLiteral("show"), id, QStringLiteral("--json")});
    const QJsonDocument d = r.json(&ok);
    QVERIFY2(ok && d.isObject(), qPrintable(r.describe()));
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
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // a fragment of the one line on standard error
    const QByteArray pw = kPassword;
    auto op = [](const QString& sub, const QString& caseId, const QStringList& more = {}) {
        return QStringList{QStringLiteral("opinion"), sub, caseId} + more;
    };
    auto dec = [](const QString& sub, const QString& caseId, const QStringList& more = {}) {
        return QStringList{QStringLiteral("decision"), sub, caseId} + more;
    };
    const QStringList neuro{QStringLiteral("--discipline"), QStringLiteral("neurology")};
    const QStringList card{QStringLiteral("--discipline"), QStringLiteral("cardiology")};
    auto recordCard = [&](const QString& caseId, const QString& file) {
        return op(QStringLiteral("record"), caseId,
                  card + QStringList{QStringLiteral("--answers"), QStringLiteral("{dir}/") + file,
                                     QStringLiteral("--recommendation"), QStringLiteral("supports")});
    };

    // 3: not authenticated or not permitted — before any argument or state is looked at
    QTest::newRow("no --user") << QString() << QByteArray()
                               << op(QStringLiteral("show"), QStringLiteral("{ready}")) << 3 << "--user";
    QTest::newRow("wrong password") << "chair" << QByteArray("wrong\n")
                                    << op(QStringLiteral("show"), QStringLiteral("{ready}")) << 3
                                    << "password";
    QTest::newRow("no password") << "chair" << QByteArray()
                                 << op(QStringLiteral("show"), QStringLiteral("{ready}")) << 3 << "password";
    QTest::newRow("cardiologist signs the neurology opinion")
        << "cardiology" << pw << op(QStringLiteral("sign"), QStringLiteral("{ready}"), neuro) << 3
        << "Neurology";
    QTest::newRow("... of a work-up case")
        << "cardiology" << pw << op(QStringLiteral("sign"), QStringLiteral("{work_up}"), neuro) << 3
        << "Neurology";
    QTest::newRow("... of a closed case")
        << "cardiology" << pw << op(QStringLiteral("sign"), QStringLiteral("{closed}"), neuro) << 3
        << "Neurology";
    QTest::newRow("... of a malformed case id")
        << "cardiology" << pw << op(QStringLiteral("sign"), QStringLiteral("5x"), neuro) << 3 << "Neurology";
    QTest::newRow("... of a case that does not exist")
        << "cardiology" << pw << op(QStringLiteral("sign"), QStringLiteral("99999"), neuro) << 3
        << "Neurology";
    QTest::newRow("cardiologist records the neurology opinion")
        << "cardiology" << pw
        << op(QStringLiteral("record"), QStringLiteral("{work_up}"),
              neuro + QStringList{QStringLiteral("--answers"), QStringLiteral("{dir}/nope.json")})
        << 3 << "Neurology";
    QTest::newRow("coordinator records an opinion of an unknown discipline")
        << "coordinator" << pw
        << op(QStringLiteral("record"), QStringLiteral("{work_up}"),
              {QStringLiteral("--discipline"), QStringLiteral("magic")})
        << 3 << "specialist";
    QTest::newRow("coordinator amends an opinion")
        << "coordinator" << pw << op(QStringLiteral("amend"), QStringLiteral("{ready}"), card) << 3
        << "Cardiology";
    QTest::newRow("administrator reads opinions")
        << "admin" << pw << op(QStringLiteral("show"), QStringLiteral("{ready}")) << 3 << "clinical role";
    QTest::newRow("cardiologist records the verdict, malformed id")
        << "cardiology" << pw << dec(QStringLiteral("record"), QStringLiteral("x")) << 3 << "chair";
    QTest::newRow("coordinator signs the verdict")
        << "coordinator" << pw << dec(QStringLiteral("sign"), QStringLiteral("{ready}")) << 3 << "chair";
    QTest::newRow("coordinator dissents") << "coordinator" << pw
                                          << dec(QStringLiteral("dissent"), QStringLiteral("{ready}"),
                                                 {QStringLiteral("--text"), QStringLiteral("No.")})
                                          << 3 << "board member";
    QTest::newRow("specialist sends the outcome")
        << "icu" << pw << dec(QStringLiteral("notify"), QStringLiteral("{ready}")) << 3 << "coordinator";
    QTest::newRow("administrator reads the verdict")
        << "admin" << pw << dec(QStringLiteral("show"), QStringLiteral("{ready}")) << 3 << "clinical role";

    // 2: bad input or usage
    QTest::newRow("unknown discipline") << "cardiology" << pw
                                        << op(QStringLiteral("sign"), QStringLiteral("{ready}"),
                                              {QStringLiteral("--discipline"), QStringLiteral("cardio")})
                                        << 2 << "cardio";
    QTest::newRow("no discipline") << "cardiology" << pw
                                   << op(QStringLiteral("sign"), QStringLiteral("{ready}")) << 2
                                   << "--discipline";
    QTest::newRow("malformed case id")
        << "cardiology" << pw << op(QStringLiteral("sign"), QStringLiteral("5x"), card) << 2 << "5x";
    QTest::newRow("case that does not exist")
        << "cardiology" << pw << recordCard(QStringLiteral("99999"), QStringLiteral("empty.json")) << 2
        << "99999";
    QTest::newRow("opinions of a case that does not exist")
        << "chair" << pw << op(QStringLiteral("show"), QStringLiteral("99999")) << 2 << "99999";
    QTest::newRow("answers file missing")
        << "cardiology" << pw << recordCard(QStringLiteral("{work_up}"), QStringLiteral("nope.json")) << 2
        << "nope.json";
    QTest::newRow("answers file not JSON")
        << "cardiology" << pw << recordCard(QStringLiteral("{work_up}"), QStringLiteral("not-json.json")) << 2
        << "not valid JSON";
    QTest::newRow("answers file not an object")
        << "cardiology" << pw << recordCard(QStringLiteral("{work_up}"), QStringLiteral("array.json")) << 2
        << "object";
    QTest::newRow("unknown item id") << "cardiology" << pw
                                     << recordCard(QStringLiteral("{work_up}"),
                                                   QStringLiteral("unknown-item.json"))
                                     << 2 << "CAR-99";
    QTest::newRow("unknown answer key")
        << "cardiology" << pw << recordCard(QStringLiteral("{work_up}"), QStringLiteral("unknown-key.json"))
        << 2 << "when";
    QTest::newRow("answer of the wrong type")
        << "cardiology" << pw << recordCard(QStringLiteral("{work_up}"), QStringLiteral("wrong-type.json"))
        << 2 << "CAR-01";
    QTest::newRow("answer date not ISO")
        << "cardiology" << pw << recordCard(QStringLiteral("{work_up}"), QStringLiteral("bad-date.json")) << 2
        << "20.11.2026";
    QTest::newRow("unknown recommendation")
        << "cardiology" << pw
        << op(QStringLiteral("record"), QStringLiteral("{work_up}"),
              card + QStringList{QStringLiteral("--answers"), QStringLiteral("{dir}/empty.json"),
                                 QStringLiteral("--recommendation"), QStringLiteral("maybe")})
        << 2 << "maybe";
    QTest::newRow("amendment without reason")
        << "cardiology" << pw
        << op(QStringLiteral("amend"), QStringLiteral("{ready}"),
              card + QStringList{QStringLiteral("--answers"), QStringLiteral("{dir}/lvef45.json")})
        << 2 << "reason";
    QTest::newRow("unknown verdict") << "chair" << pw
                                     << dec(QStringLiteral("record"), QStringLiteral("{ready}"),
                                            {QStringLiteral("--verdict"), QStringLiteral("maybe")})
                                     << 2 << "maybe";
    QTest::newRow("reassessment date not a date")
        << "chair" << pw
        << dec(QStringLiteral("record"), QStringLiteral("{ready}"),
               {QStringLiteral("--verdict"), QStringLiteral("deferred"), QStringLiteral("--defer-reason"),
                QStringLiteral("x"), QStringLiteral("--reassess-date"), QStringLiteral("soon")})
        << 2 << "soon";
    QTest::newRow("action without owner")
        << "chair" << pw
        << dec(QStringLiteral("record"), QStringLiteral("{ready}"),
               {QStringLiteral("--verdict"), QStringLiteral("eligible"), QStringLiteral("--action"),
                QStringLiteral("Book apheresis")})
        << 2 << "Book apheresis";
    QTest::newRow("verdict on a case that does not exist")
        << "chair" << pw << dec(QStringLiteral("show"), QStringLiteral("99999")) << 2 << "99999";
    QTest::newRow("dissent without text")
        << "neurology" << pw << dec(QStringLiteral("dissent"), QStringLiteral("{ready}")) << 2 << "--text";
    QTest::newRow("notify with a bad time") << "coordinator" << pw
                                            << dec(QStringLiteral("notify"), QStringLiteral("{ready}"),
                                                   {QStringLiteral("--sent-at"), QStringLiteral("yesterday"),
                                                    QStringLiteral("--by"), QStringLiteral("me")})
                                            << 2 << "yesterday";

    // 4: conflict, or not allowed in the record's current state
    QTest::newRow("sign an already signed opinion")
        << "cardiology" << pw << op(QStringLiteral("sign"), QStringLiteral("{ready}"), card) << 4
        << "already signed";
    QTest::newRow("record over a signed opinion")
        << "cardiology" << pw << recordCard(QStringLiteral("{ready}"), QStringLiteral("empty.json")) << 4
        << "Amend";
    QTest::newRow("sign an opinion never recorded")
        << "cardiology" << pw << op(QStringLiteral("sign"), QStringLiteral("{work_up}"), card) << 4
        << "no Cardiology opinion";
    QTest::newRow("amend an opinion never signed")
        << "cardiology" << pw
        << op(QStringLiteral("amend"), QStringLiteral("{work_up}"),
              card + QStringList{QStringLiteral("--reason"), QStringLiteral("x"), QStringLiteral("--answers"),
                                 QStringLiteral("{dir}/lvef45.json")})
        << 4 << "no signed";
    QTest::newRow("opinion on a referred case")
        << "cardiology" << pw << recordCard(QStringLiteral("{referred}"), QStringLiteral("empty.json")) << 4
        << "work-up";
    QTest::newRow("verdict without quorum names the missing disciplines")
        << "chair" << pw
        << dec(QStringLiteral("record"), QStringLiteral("{work_up}"),
               {QStringLiteral("--verdict"), QStringLiteral("eligible")})
        << 4 << "Hematology, Cardiology, Neurology, Pulmonology, ICU, Nursing";
    QTest::newRow("sign a verdict never recorded")
        << "chair" << pw << dec(QStringLiteral("sign"), QStringLiteral("{ready}")) << 4 << "not recorded";
}

void TestReviewCli::shouldExitWithTheContractsCode()
{
    QFETCH(QString, user);
    QFETCH(QByteArray, stdinBytes);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    // GIVEN a copy of the demo database
    const QString db = freshDb();
    QStringList expanded;
    for (const QString& a : args)
        expanded << expand(a);

    // WHEN the command runs
    const CliRun r = cli(db, user, expanded, stdinBytes);

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
