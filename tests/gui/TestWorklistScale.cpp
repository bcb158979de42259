// At scale: a large worklist opens, scrolls to its end, sorts and filters while the model reads
// only the pages shown (the database sorts and filters). Without CB_SCALE_DB=FILE (a database
// from `cellboard-cli --db FILE init --demo --synthetic 100000`) it makes its own with 20,000
// synthetic cases. Times are printed for people; BenchWorklist measures 100,000 cases.
#include "gui/widgets/Theme.h"
#include "presentation/WorklistModel.h"
#include "services/AuthService.h"
#include "services/CaseService.h"
#include "services/DemoProgram.h"
#include "services/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cb;
using presentation::WorklistModel;

class TestWorklistScale : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir; // declared first: outlives the workspace that uses it
    std::unique_ptr<services::Workspace> m_ws;
    core::UserIdentity m_user;
    // Times are printed, never asserted (shared machines are noisy); what is asserted is that
    // the model reads only the pages shown and keeps a bounded cache.

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
        QString path = qEnvironmentVariable("CB_SCALE_DB");
        if (path.isEmpty()) {
            // No prepared database: make one here (20,000 synthetic cases keep the suite quick;
            // CB_SCALE_DB points at a 100,000-case one, and the benchmark measures that scale).
            QVERIFY(m_dir.isValid());
            path = m_dir.filePath(QStringLiteral("scale.sqlite"));
            auto made = services::Workspace::open(path, services::Workspace::OpenMode::CreateIfMissing);
            QVERIFY2(made.ok(), qPrintable(made.error().message));
            QVERIFY(services::DemoProgram(**made).load(QStringLiteral("cellboard-demo")).ok());
            QVERIFY(services::DemoProgram(**made).addSynthetic(20000).ok());
        }
        auto ws = services::Workspace::open(path, services::Workspace::OpenMode::MustExist);
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        m_ws = std::move(ws).value();
        const QString password = qEnvironmentVariable("CB_SCALE_PASSWORD", QStringLiteral("cellboard-demo"));
        auto login = m_ws->auth().login(QStringLiteral("coordinator"), password);
        QVERIFY2(login.ok(), qPrintable(login.error().message));
        m_user = login->user;
    }

    void shouldOpenScrollSortAndFilterALargeWorklistReadingOnlyThePagesShown()
    {
        WorklistModel model(m_ws->cases(), m_ws->clock());
        model.setDeferredFetching(true); // as the worklist page does
        QTableView view;
        view.resize(1400, 860);
        view.setModel(&model);
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.setSortingEnabled(true);
        view.horizontalHeader()->setSortIndicator(WorklistModel::ReferralDateColumn, Qt::DescendingOrder);

        timed(
            [&] {
                model.setActor(m_user);
                view.show();
                QVERIFY(QTest::qWaitForWindowExposed(&view));
            },
            "open and first paint");
        QVERIFY(model.rowCount() >= 20000);
        timed(
            [&] {
                view.scrollToBottom();
                view.viewport()->repaint();
            },
            "scroll to the end");
        timed(
            [&] {
                QTRY_VERIFY(!model.hasPendingFetches());
                view.viewport()->repaint();
            },
            "rows at the end read and painted");
        // The middle is the slowest place: the database skips half the rows (OFFSET). Selecting the
        // page's ids through the referral-date index first would make it as fast as the ends.
        timed(
            [&] {
                view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
                view.viewport()->repaint();
                QTRY_VERIFY(!model.hasPendingFetches());
                view.viewport()->repaint();
            },
            "jump to the middle, rows read and painted");
        timed(
            [&] {
                for (int step = 1; step <= 50; ++step) {
                    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() * step / 50);
                    view.viewport()->repaint();
                }
            },
            "drag the scroll bar over the whole list (50 steps)");
        QTRY_VERIFY(!model.hasPendingFetches());
        timed(
            [&] {
                view.sortByColumn(WorklistModel::PatientColumn, Qt::AscendingOrder);
                view.viewport()->repaint();
            },
            "sort by patient");
        timed(
            [&] {
                view.sortByColumn(WorklistModel::StateColumn, Qt::DescendingOrder);
                view.viewport()->repaint();
            },
            "sort by state");
        core::WorklistQuery q = model.query();
        q.search = QStringLiteral("李娜");
        timed(
            [&] {
                model.setQuery(q);
                view.viewport()->repaint();
            },
            "search a two-character Chinese name");
        QVERIFY(model.rowCount() >= 1);
        q.search.clear();
        q.state = core::CaseState::ReadyForBoard;
        timed(
            [&] {
                model.setQuery(q);
                view.scrollToBottom();
                view.viewport()->repaint();
            },
            "filter by state and scroll to the end");
        // only the blocks shown were read
        QVERIFY(model.cachedBlockCount() <= WorklistModel::kMaxCachedBlocks);
        qInfo("pages fetched in all: %d", model.fetchedPageCount());
    }
};

QTEST_MAIN(TestWorklistScale)
#include "TestWorklistScale.moc"
