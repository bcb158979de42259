// At scale: a worklist of 100,000 cases opens, scrolls to its end, sorts and filters without
// a pause, because the model fetches one block per screen and the database sorts and filters.
// Needs a big database: CB_SCALE_DB=FILE (from `cellboard-cli --db FILE init --demo
// --synthetic 100000`); skipped otherwise.
#include "gui/Theme.h"
#include "gui/models/WorklistModel.h"
#include "services/AuthService.h"
#include "services/CaseService.h"
#include "services/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace cb;
using gui::WorklistModel;

class TestWorklistScale : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<services::Workspace> m_ws;
    core::UserIdentity m_user;
    static constexpr qint64 kBudgetMs = 1000; // "without a pause", with room for a slow CI machine

    qint64 timed(const std::function<void()>& step, const char* what)
    {
        QElapsedTimer t;
        t.start();
        step();
        QCoreApplication::processEvents();
        const qint64 ms = t.elapsed();
        qInfo("%s: %lld ms", what, ms);
        return ms;
    }

private slots:
    void initTestCase()
    {
        gui::Theme::apply(*qApp); // measure with the application's own style and fonts
        const QString path = qEnvironmentVariable("CB_SCALE_DB");
        if (path.isEmpty())
            QSKIP("set CB_SCALE_DB to a database made with init --demo --synthetic 100000");
        auto ws = services::Workspace::open(path, services::Workspace::OpenMode::MustExist);
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        m_ws = std::move(ws).value();
        const QString password = qEnvironmentVariable("CB_SCALE_PASSWORD", QStringLiteral("cellboard-demo"));
        auto login = m_ws->auth().login(QStringLiteral("coordinator"), password);
        QVERIFY2(login.ok(), qPrintable(login.error().message));
        m_user = login->user;
    }

    void shouldOpenScrollSortAndFilterOneHundredThousandCasesWithoutAPause()
    {
        WorklistModel model(m_ws->cases(), m_ws->clock());
        model.setDeferredFetching(true); // as the worklist page does
        QTableView view;
        view.resize(1400, 860);
        view.setModel(&model);
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.setSortingEnabled(true);
        view.horizontalHeader()->setSortIndicator(WorklistModel::ReferralDateColumn, Qt::DescendingOrder);

        QVERIFY(timed(
                    [&] {
                        model.setActor(m_user);
                        view.show();
                        QVERIFY(QTest::qWaitForWindowExposed(&view));
                    },
                    "open and first paint") < kBudgetMs);
        QVERIFY(model.rowCount() >= 100000);
        QVERIFY(timed(
                    [&] {
                        view.scrollToBottom();
                        view.viewport()->repaint();
                    },
                    "scroll to the end") < kBudgetMs);
        QVERIFY(timed(
                    [&] {
                        QTRY_VERIFY(!model.hasPendingFetches());
                        view.viewport()->repaint();
                    },
                    "rows at the end read and painted") < kBudgetMs);
        // The middle is the slowest place: the database skips half the rows (OFFSET). Selecting the
        // page's ids through the referral-date index first would make it as fast as the ends.
        QVERIFY(timed(
                    [&] {
                        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
                        view.viewport()->repaint();
                        QTRY_VERIFY(!model.hasPendingFetches());
                        view.viewport()->repaint();
                    },
                    "jump to the middle, rows read and painted") < 3 * kBudgetMs);
        QVERIFY(timed(
                    [&] {
                        for (int step = 1; step <= 50; ++step) {
                            view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() * step /
                                                               50);
                            view.viewport()->repaint();
                        }
                    },
                    "drag the scroll bar over the whole list (50 steps)") < kBudgetMs);
        QTRY_VERIFY(!model.hasPendingFetches());
        QVERIFY(timed(
                    [&] {
                        view.sortByColumn(WorklistModel::PatientColumn, Qt::AscendingOrder);
                        view.viewport()->repaint();
                    },
                    "sort by patient") < kBudgetMs);
        QVERIFY(timed(
                    [&] {
                        view.sortByColumn(WorklistModel::StateColumn, Qt::DescendingOrder);
                        view.viewport()->repaint();
                    },
                    "sort by state") < kBudgetMs);
        core::WorklistQuery q = model.query();
        q.search = QStringLiteral("李娜");
        QVERIFY(timed(
                    [&] {
                        model.setQuery(q);
                        view.viewport()->repaint();
                    },
                    "search a two-character Chinese name") < kBudgetMs);
        QVERIFY(model.rowCount() >= 1);
        q.search.clear();
        q.state = core::CaseState::ReadyForBoard;
        QVERIFY(timed(
                    [&] {
                        model.setQuery(q);
                        view.scrollToBottom();
                        view.viewport()->repaint();
                    },
                    "filter by state and scroll to the end") < kBudgetMs);
        // only the blocks shown were read
        QVERIFY(model.cachedBlockCount() <= WorklistModel::kMaxCachedBlocks);
        qInfo("pages fetched in all: %d", model.fetchedPageCount());
    }
};

QTEST_MAIN(TestWorklistScale)
#include "TestWorklistScale.moc"
