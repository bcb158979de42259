// The case state machine of DESIGN.md §2, every pair of states.

#include "core/Lifecycle.h"

#include <QTest>

using namespace cb::core;

class TestLifecycle : public QObject
{
    Q_OBJECT
private slots:
    void shouldAllowExactlyTheDesignedTransitions_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("allowed");
        const QSet<QString> legal{"referred>work_up",          "referred>closed",
                                  "work_up>in_review",         "work_up>closed",
                                  "in_review>ready_for_board", "in_review>work_up",
                                  "in_review>closed",          "ready_for_board>decided",
                                  "ready_for_board>in_review", "ready_for_board>work_up",
                                  "ready_for_board>closed",    "decided>treatment",
                                  "decided>work_up",           "decided>closed",
                                  "treatment>follow_up",       "treatment>closed",
                                  "follow_up>closed"};
        for (const auto& f : caseStates())
            for (const auto& t : caseStates()) {
                const QString key = QString::fromLatin1(f.id) + QLatin1Char('>') + QString::fromLatin1(t.id);
                QTest::newRow(qPrintable(key))
                    << QString::fromLatin1(f.id) << QString::fromLatin1(t.id) << legal.contains(key);
            }
    }
    void shouldAllowExactlyTheDesignedTransitions()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, allowed);
        const auto f = *fromId(caseStates(), from);
        const auto t = *fromId(caseStates(), to);
        QCOMPARE(Lifecycle::canMove(f, t), allowed);
        const auto st = Lifecycle::checkMove(f, t);
        QCOMPARE(st.ok(), allowed);
        if (!allowed)
            QCOMPARE(st.error().code, cb::ErrorCode::InvalidState);
    }

    void shouldNameStatesInTheMessage()
    {
        const auto st = Lifecycle::checkMove(CaseState::Referred, CaseState::Decided);
        QVERIFY(st.error().message.contains(QStringLiteral("Referred")));
        QVERIFY(st.error().message.contains(QStringLiteral("Decided")));
    }

    void shouldAcceptIdsCaseInsensitivelyWithHyphens_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("id");
        QTest::newRow("upper") << "ICU"
                               << "icu";
        QTest::newRow("hyphen") << "infectious-disease"
                                << "infectious_disease";
        QTest::newRow("mixed") << "Ready-For-Board"
                               << "ready_for_board";
        QTest::newRow("verdict") << "eligible-with-conditions"
                                 << "eligible_with_conditions";
    }
    void shouldAcceptIdsCaseInsensitivelyWithHyphens()
    {
        QFETCH(QString, input);
        QFETCH(QString, id);
        const bool found = fromId(disciplines(), input).has_value() ||
                           fromId(caseStates(), input).has_value() || fromId(verdicts(), input).has_value();
        QVERIFY(found);
        QCOMPARE(normaliseId(input), id);
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "TestLifecycle.moc"
