// Free text has a limit, checked by the services whatever the interface: a 2,000,000-character
// paste into any text field of a clinical act is refused, naming the field and the limit, and
// nothing is written (SQLite and PostgreSQL).

#include "PathwayScenario.h"
#include "ReviewWorld.h"
#include "core/TextLimits.h"
#include "services/CaseService.h"
#include "services/DecisionService.h"
#include "services/MeetingService.h"
#include "services/MonitoringService.h"
#include "services/PathwayService.h"
#include "services/ReviewService.h"
#include "services/Workspace.h"
#include "support/TestDatabase.h"

#include <QJsonDocument>
#include <QTest>

using cb::ErrorCode;
using cb::core::Discipline;
using cb::core::TextLimits;
using cb::test::PathwayScenario;
using cb::test::ReviewWorld;

class TestTextLimits : public QObject
{
    Q_OBJECT

private slots:
    void shouldRefuseAPasteOverTheLimitNamingTheFieldAndTheLimit_data();
    void shouldRefuseAPasteOverTheLimitNamingTheFieldAndTheLimit();
    void shouldAcceptTextAtTheLimit_data() { cb::test::addBackendRows(); }
    void shouldAcceptTextAtTheLimit();

private:
    // The act of a row with `text` in its field; the error (or none).
    static cb::Error act(ReviewWorld& w, const QString& which, const QString& text);
};

void TestTextLimits::shouldRefuseAPasteOverTheLimitNamingTheFieldAndTheLimit_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("act");   // which clinical act gets the paste
    QTest::addColumn<QString>("field"); // the field the refusal names
    QTest::addColumn<qsizetype>("limit");
    const QList<std::tuple<const char*, const char*, qsizetype>> rows{
        {"opinion comment", "comment", TextLimits::kLong},
        {"opinion conditions", "conditions", TextLimits::kLong},
        {"verdict rationale", "rationale", TextLimits::kLong},
        {"verdict product", "product", TextLimits::kShort},
        {"dissent", "dissent", TextLimits::kLong},
        {"action description", "action", TextLimits::kLong},
        {"closing detail", "detail", TextLimits::kLong},
        {"pathway step comment", "comment", TextLimits::kLong},
        {"pathway step lot", "lot", TextLimits::kShort},
        {"monitoring note", "free_text", TextLimits::kLong},
        {"void reason", "reason", TextLimits::kLong},
        {"meeting room", "location", TextLimits::kShort},
    };
    for (const QString& b : cb::test::backendNames())
        for (const auto& [act, field, limit] : rows)
            QTest::newRow(qPrintable(b + QLatin1Char('/') + QLatin1String(act)))
                << b << QString::fromLatin1(act) << QString::fromLatin1(field) << limit;
}

cb::Error TestTextLimits::act(ReviewWorld& w, const QString& which, const QString& text)
{
    auto errorOf = [](const auto& result) { return result.ok() ? cb::Error{} : result.error(); };
    const auto specialist = w.specialist(Discipline::Cardiology);
    if (which.startsWith(QLatin1String("opinion"))) {
        const qint64 id = w.newCase();
        cb::services::OpinionInput in;
        in.recommendation = cb::core::Recommendation::SupportsWithConditions;
        (which.endsWith(QLatin1String("comment")) ? in.comment : in.conditions) = text;
        in.conditions = in.conditions.isEmpty() ? QStringLiteral("Repeat TTE") : in.conditions;
        return errorOf(w.ws().reviews().recordOpinion(specialist, id, Discipline::Cardiology, in));
    }
    if (which.startsWith(QLatin1String("verdict"))) {
        const qint64 id = w.readyCase();
        auto in = ReviewWorld::eligible();
        (which.endsWith(QLatin1String("rationale")) ? in.rationale : in.product) = text;
        return errorOf(w.ws().decisions().recordDecision(w.chair(), id, in));
    }
    if (which == QLatin1String("dissent") || which == QLatin1String("action description")) {
        const qint64 id = w.readyCase();
        if (!w.recordDecision(id))
            return cb::Error::failure(QStringLiteral("no verdict"));
        if (which == QLatin1String("dissent"))
            return errorOf(w.ws().decisions().recordDissent(specialist, id, text));
        cb::core::DecisionAction a;
        a.description = text;
        a.owner = QStringLiteral("Cardiology");
        a.dueDate = ReviewWorld::now().date().addDays(7);
        return errorOf(w.ws().decisions().addAction(w.chair(), id, a));
    }
    if (which == QLatin1String("closing detail"))
        return errorOf(
            w.ws().cases().closeCase(w.coordinator(), w.newCase(), cb::core::CloseReason::Withdrawn, text));
    if (which == QLatin1String("meeting room")) {
        cb::services::MeetingInput in;
        in.startsAt = ReviewWorld::now().addDays(7);
        in.location = text;
        return errorOf(w.ws().meetings().schedule(w.coordinator(), in));
    }
    if (which == QLatin1String("pathway step lot")) {
        // the infusion of the product lot
        const qint64 id = PathwayScenario::treatedCase(w, false);
        auto step = PathwayScenario::infusion();
        step.details.insert(QStringLiteral("lot"), text);
        return id ? errorOf(w.ws().pathway().recordStep(w.coordinator(), id, step))
                  : cb::Error::failure(QStringLiteral("no case"));
    }
    const qint64 id = PathwayScenario::treatedCase(w);
    if (!id)
        return cb::Error::failure(QStringLiteral("no treated case"));
    if (which == QLatin1String("pathway step comment")) {
        auto step = PathwayScenario::step(cb::core::PathwayEventType::Discharge, PathwayScenario::day(1, 2));
        step.details.insert(QStringLiteral("comment"), text);
        return errorOf(w.ws().pathway().recordStep(w.coordinator(), id, step));
    }
    const QJsonObject entry = QJsonDocument::fromJson(R"({
      "time": "2026-12-26T08:00:00+01:00",
      "temperature_c": 37.2, "hypotension": false, "vasopressors": [],
      "oxygen": {"device": "none", "flow_l_min": 0}, "ice_score": 10,
      "consciousness": "alert", "seizure": "none", "motor": "none", "cerebral_edema": "none"
    })")
                                  .object();
    if (which == QLatin1String("monitoring note")) {
        QJsonObject e = entry;
        e.insert(QStringLiteral("free_text"), text);
        return errorOf(w.ws().monitoring().recordAssessment(w.coordinator(), id, e));
    }
    auto a = w.ws().monitoring().recordAssessment(w.coordinator(), id, entry);
    if (!a.ok())
        return a.error();
    return errorOf(w.ws().monitoring().voidAssessment(w.coordinator(), id, a->id, text));
}

void TestTextLimits::shouldRefuseAPasteOverTheLimitNamingTheFieldAndTheLimit()
{
    QFETCH(QString, backend);
    QFETCH(QString, act);
    QFETCH(QString, field);
    QFETCH(qsizetype, limit);
    CB_TEST_DATABASE(db, backend);
    ReviewWorld w(db.url());
    QVERIFY(w.ok());
    // GIVEN a 2,000,000-character paste WHEN it is the text of the act
    const cb::Error e = TestTextLimits::act(w, act, QString(2'000'000, QLatin1Char('x')));
    // THEN it is refused as bad input, naming the field and the limit
    QCOMPARE(e.code, ErrorCode::BadInput);
    QCOMPARE(e.field, field);
    QVERIFY2(e.message.contains(field) && e.message.contains(QString::number(limit)) &&
                 e.message.contains(QLatin1String("2000000")),
             qPrintable(e.message.left(300)));
    // AND the refusal is short (the text is not echoed back)
    QVERIFY(e.message.size() < 400);
}

void TestTextLimits::shouldAcceptTextAtTheLimit()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(db, backend);
    ReviewWorld w(db.url());
    QVERIFY(w.ok());
    // GIVEN a rationale of exactly the limit and a lot of exactly the short limit THEN both are kept
    QCOMPARE(TestTextLimits::act(w, QStringLiteral("verdict rationale"),
                                 QString(TextLimits::kLong, QLatin1Char('r')))
                 .message,
             QString());
    QCOMPARE(TestTextLimits::act(w, QStringLiteral("pathway step lot"),
                                 QString(TextLimits::kShort, QLatin1Char('L')))
                 .message,
             QString());
}

QTEST_MAIN(TestTextLimits)
#include "TestTextLimits.moc"
