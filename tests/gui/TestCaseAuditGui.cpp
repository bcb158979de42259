// GUI test: the case page's Audit trail tab shows everything about the case (opinions,
// signatures, verdicts, pathway, monitoring, follow-up, exports, the record), with the action in
// the reader's words, a kind filter, a text filter, a count, and "Older entries" for the next
// page. Driven by objectName on the demo program; screenshots (CB_SCREENSHOT_DIR) in English
// and Chinese at 1366×768.

#include "GuiTestSupport.h"
#include "core/AuditKind.h"
#include "gui/case/CasePage.h"
#include "platform/Language.h"
#include "presentation/AuditTrailModel.h"
#include "services/CaseService.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace cb;

namespace {

template <typename T> T* child(QObject* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

// The action ids (the Action column's tooltip) and labels of the rows shown.
QStringList column(QTableView* view, int role)
{
    QStringList out;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        out << view->model()->index(row, presentation::AuditTrailModel::ActionColumn).data(role).toString();
    return out;
}

void shoot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("CB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestCaseAuditGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::DemoDatabase> m_db;
    qint64 m_treated = 0; // a demo case in follow-up: opinions, verdict, pathway, monitoring, follow-up

    // A case page at 1366×768 showing the case, on its Audit trail tab.
    std::unique_ptr<gui::CasePage> openAuditTab(qint64 caseId,
                                                const QString& username = QStringLiteral("coordinator"))
    {
        auto page = std::make_unique<gui::CasePage>(m_db->workspace(), m_db->logIn(username));
        page->resize(1366, 768);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()) || !page->showCase(caseId))
            return {};
        auto* tabs = child<QTabWidget>(page.get(), "caseTabs");
        auto* panel = child<QWidget>(page.get(), "caseAuditPanel");
        if (!tabs || !panel)
            return {};
        tabs->setCurrentIndex(tabs->indexOf(panel->parentWidget()));
        return page;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::DemoDatabase>();
        QVERIFY2(m_db->ok(), m_db->error().constData());
        auto list = m_db->workspace().cases().listCases(m_db->logIn(QStringLiteral("coordinator")),
                                                        core::CaseState::FollowUp);
        QVERIFY(list.ok() && !list->isEmpty());
        m_treated = list->first().caseId;
    }

    void shouldShowEverythingAboutTheCaseInWords()
    {
        auto page = openAuditTab(m_treated);
        QVERIFY(page);
        auto* view = child<QTableView>(page.get(), "auditTrailView");
        QVERIFY(view && view->isVisible());
        const QStringList ids = column(view, Qt::ToolTipRole);
        // THEN rows about its opinions, verdict, pathway, monitoring and follow-up are there
        for (const char* id :
             {"opinion.sign", "decision.sign", "pathway.record", "assessment.record", "follow_up.record"})
            QVERIFY2(ids.contains(QLatin1String(id)), qPrintable(ids.join(QLatin1Char(' '))));
        // AND the actions read as words, not ids
        const QStringList labels = column(view, Qt::DisplayRole);
        QVERIFY(labels.contains(QStringLiteral("Signed an opinion")));
        QVERIFY(labels.contains(QStringLiteral("Signed the verdict")));
        for (const QString& label : labels)
            QVERIFY2(!label.contains(QLatin1Char('.')) || label.contains(QLatin1Char(' ')),
                     qPrintable(label));
        // AND the count says how many
        auto* count = child<QLabel>(page.get(), "auditCountLabel");
        QVERIFY(count);
        QVERIFY2(count->text().contains(QString::number(view->model()->rowCount())),
                 qPrintable(count->text()));
        shoot(page.get(), QStringLiteral("case-audit-trail-en"));
    }

    void shouldShowOneKindWhenChosen_data()
    {
        QTest::addColumn<QString>("kind");
        for (const auto& k : core::auditKinds())
            if (k.value != core::AuditKind::All)
                QTest::newRow(k.id) << QString::fromLatin1(k.id);
    }

    void shouldShowOneKindWhenChosen()
    {
        QFETCH(QString, kind);
        auto page = openAuditTab(m_treated);
        QVERIFY(page);
        auto* view = child<QTableView>(page.get(), "auditTrailView");
        auto* combo = child<QComboBox>(page.get(), "auditKindCombo");
        QVERIFY(view && combo);
        const int all = view->model()->rowCount();
        // WHEN a kind is chosen THEN only that kind's rows remain
        combo->setCurrentIndex(combo->findData(kind));
        const QStringList ids = column(view, Qt::ToolTipRole);
        QVERIFY(ids.size() < all);
        const auto k = core::fromId(core::auditKinds(), kind);
        for (const QString& id : ids)
            QVERIFY2(core::auditKindOf(id) == *k, qPrintable(id));
        // a treated case has rows of every kind but exports (none made in the demo)
        if (kind != QLatin1String("exports"))
            QVERIFY2(!ids.isEmpty(), qPrintable(kind));
        // AND "Everything" brings them all back
        combo->setCurrentIndex(0);
        QCOMPARE(view->model()->rowCount(), all);
    }

    void shouldFilterByTextOnEnter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // an action id among the rows; empty: none
        QTest::newRow("label") << QStringLiteral("signed the verdict") << QStringLiteral("decision.sign");
        QTest::newRow("id") << QStringLiteral("assessment.rec") << QStringLiteral("assessment.record");
        QTest::newRow("user") << QStringLiteral("nursing") << QString();
        QTest::newRow("nothing") << QStringLiteral("zzz-no-such-entry") << QString();
    }

    void shouldFilterByTextOnEnter()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        auto page = openAuditTab(m_treated);
        QVERIFY(page);
        auto* view = child<QTableView>(page.get(), "auditTrailView");
        auto* edit = child<QLineEdit>(page.get(), "auditFilterEdit");
        auto* count = child<QLabel>(page.get(), "auditCountLabel");
        QVERIFY(view && edit && count);
        const int all = view->model()->rowCount();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
        const QStringList ids = column(view, Qt::ToolTipRole);
        QVERIFY(ids.size() < all);
        if (!expected.isEmpty())
            QVERIFY2(ids.contains(expected), qPrintable(ids.join(QLatin1Char(' '))));
        if (text.startsWith(QLatin1String("zzz"))) {
            QVERIFY(ids.isEmpty());
            QCOMPARE(count->text(), QStringLiteral("No entry matches the filter"));
        }
        // WHEN the filter is cleared THEN everything is back
        edit->clear();
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(view->model()->rowCount(), all);
    }

    void shouldShowOlderEntriesAPageAtATime()
    {
        // GIVEN a case opened so often that its trail holds more than two pages
        const auto user = m_db->logIn(QStringLiteral("coordinator"));
        for (int i = 0; i < 2 * core::AuditQuery::kPageSize + 10; ++i)
            QVERIFY(m_db->workspace().cases().openCase(user, m_treated).ok());
        auto page = openAuditTab(m_treated); // (opening the case adds its view to the trail)
        QVERIFY(page);
        auto total = m_db->workspace().cases().auditTrail(user, m_treated, core::AuditQuery{});
        QVERIFY(total.ok());
        QVERIFY(total->total > 2 * core::AuditQuery::kPageSize);
        auto* view = child<QTableView>(page.get(), "auditTrailView");
        auto* older = child<QPushButton>(page.get(), "auditOlderButton");
        auto* count = child<QLabel>(page.get(), "auditCountLabel");
        QVERIFY(view && older && count);
        // THEN the newest 200 are shown, newest first, and older ones are offered
        QCOMPARE(view->model()->rowCount(), core::AuditQuery::kPageSize);
        QVERIFY(older->isEnabled());
        QVERIFY2(count->text().startsWith(QStringLiteral("Newest 200 of ")), qPrintable(count->text()));
        // WHEN Older entries is clicked (until there are no more)
        QTest::mouseClick(older, Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), 2 * core::AuditQuery::kPageSize);
        QTest::mouseClick(older, Qt::LeftButton);
        // THEN every entry is shown once, newest first, and the button is off
        QCOMPARE(qint64(view->model()->rowCount()), total->total);
        QVERIFY(!older->isEnabled());
        auto* model = qobject_cast<presentation::AuditTrailModel*>(view->model());
        QVERIFY(model);
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->entry(row).seq < model->entry(row - 1).seq);
        shoot(page.get(), QStringLiteral("case-audit-trail-older-en"));
    }

    // Last: Chinese stays installed for the rest of the process.
    void shouldSpeakChinese()
    {
        QCOMPARE(platform::Language::install(platform::Language::chinese()), platform::Language::chinese());
        auto page = openAuditTab(m_treated);
        QVERIFY(page);
        auto* combo = child<QComboBox>(page.get(), "auditKindCombo");
        auto* view = child<QTableView>(page.get(), "auditTrailView");
        QVERIFY(combo && view);
        for (int i = 0; i < combo->count(); ++i)
            QVERIFY2(!combo->itemText(i).contains(QRegularExpression(QStringLiteral("[A-Za-z]{3}"))),
                     qPrintable(combo->itemText(i)));
        for (const QString& label : column(view, Qt::DisplayRole))
            QVERIFY2(!label.contains(QRegularExpression(QStringLiteral("^[a-z_]+\\.[a-z_.]+$"))),
                     qPrintable(label));
        shoot(page.get(), QStringLiteral("case-audit-trail-zh"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("verdicts")));
        shoot(page.get(), QStringLiteral("case-audit-trail-verdicts-zh"));
        platform::Language::install(platform::Language::english());
    }
};

QTEST_MAIN(TestCaseAuditGui)
#include "TestCaseAuditGui.moc"
