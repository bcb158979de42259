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
    void shouldRefuseControlAndBrokenCharacters_data();
    void shouldRefuseControlAndBrokenCharacters();
    void shouldKeepTabsLineBreaksAndPairedCharacters_data() { cb::test::addBackendRows(); }
    void shouldKeepTabsLineBreaksAndPairedCharacters();
    void shouldQuoteLongInputShort();
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

void TestTextLimits::shouldRefuseControlAndBrokenCharacters_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("act");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says"); // what the refusal says
    const QString nul = QStringLiteral("LVEF 55") + QChar(u'\0') + QStringLiteral("%");
    const QString bell = QStringLiteral("ring") + QChar(u'\a');
    const QString high = QStringLiteral("half ") + QChar(char16_t(0xD83D)) + QStringLiteral(" pair");
    const QString low = QChar(char16_t(0xDE00)) + QStringLiteral(" first");
    const QString endsHigh = QStringLiteral("ends on ") + QChar(char16_t(0xD83D));
    const QList<std::tuple<const char*, const char*>> acts{{"opinion comment", "comment"},
                                                           {"verdict rationale", "rationale"},
                                                           {"pathway step lot", "lot"},
                                                           {"monitoring note", "free_text"}};
    const QList<std::tuple<const char*, QString, const char*>> texts{
        {"NUL", nul, "U+0000"},
        {"bell", bell, "U+0007"},
        {"lone high surrogate", high, "broken"},
        {"lone low surrogate", low, "broken"},
        {"high surrogate at the end", endsHigh, "broken"}};
    for (const QString& b : cb::test::backendNames())
        for (const auto& [act, field] : acts)
            for (const auto& [what, text, says] : texts)
                QTest::newRow(qPrintable(b + QLatin1Char('/') + QLatin1String(act) + QLatin1Char('/') +
                                         QLatin1String(what)))
                    << b << QString::fromLatin1(act) << QString::fromLatin1(field) << text
                    << QString::fromLatin1(says);
}

void TestTextLimits::shouldRefuseControlAndBrokenCharacters()
{
    QFETCH(QString, backend);
    QFETCH(QString, act);
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, says);
    CB_TEST_DATABASE(db, backend);
    ReviewWorld w(db.url());
    QVERIFY(w.ok());
    // WHEN the act's text holds a control character or half of a UTF-16 pair
    const cb::Error e = TestTextLimits::act(w, act, text);
    // THEN it is refused as bad input naming the field and what is wrong
    QCOMPARE(e.code, ErrorCode::BadInput);
    QCOMPARE(e.field, field);
    QVERIFY2(e.message.contains(field) && e.message.contains(says), qPrintable(e.message));
}

void TestTextLimits::shouldKeepTabsLineBreaksAndPairedCharacters()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(db, backend);
    ReviewWorld w(db.url());
    QVERIFY(w.ok());
    // GIVEN text with a tab, line breaks, Chinese and a character outside the BMP (a pair)
    const QString text =
        QStringLiteral("TTE:\tLVEF 55%\r\nNo effusion.\n超声心动图 ") + QString::fromUtf8("\xF0\x9F\x98\x80");
    // THEN the opinion and the verdict keep it
    QCOMPARE(TestTextLimits::act(w, QStringLiteral("opinion comment"), text).message, QString());
    QCOMPARE(TestTextLimits::act(w, QStringLiteral("verdict rationale"), text).message, QString());
}

void TestTextLimits::shouldQuoteLongInputShort()
{
    // an unknown 100,000-character key is quoted as 60 characters and an ellipsis
    QCOMPARE(TextLimits::quoted(QString(100'000, QLatin1Char('k'))),
             QString(60, QLatin1Char('k')) + QChar(0x2026));
    QCOMPARE(TextLimits::quoted(QStringLiteral("CAR-01")), QStringLiteral("CAR-01"));
    // and never cut inside a UTF-16 pair
    const QString pairs = QString::fromUtf8("\xF0\x9F\x98\x80").repeated(40);
    const QString q = TextLimits::quoted(pairs, 61); // the 61st unit is the first half of a pair
    QVERIFY(!q.chopped(1).back().isHighSurrogate());
    QCOMPARE(q.size(), 61); // 30 pairs and the ellipsis
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
