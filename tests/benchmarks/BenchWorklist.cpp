// Prints, from one run: the time from start to the login window beside a bare Qt Widgets
// window; and, at 100,000 cases, the worklist's first paint and three searches as people type
// them (a fragment of a Latin name, a two-character Chinese name, an MRN tail; each with its
// count) beside a plain QSqlQueryModel over the same tables, and the sort by state beside the
// sort by referral date. Figures only, never asserted.
// CELLBOARD_BENCH_CASES sets the number of cases (default 100000).

#include "gui/session/AppController.h"
#include "presentation/WorklistModel.h"
#include "services/CaseService.h"
#include "services/DemoProgram.h"
#include "services/UserService.h"
#include "services/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>

namespace {

using Clock = QElapsedTimer;

double ms(const Clock& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

template <typename F> double median(int runs, F&& f)
{
    QList<double> v;
    for (int i = 0; i < runs; ++i)
        v << f();
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

QWidget* findTopLevel(const char* className)
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->inherits(className) && w->isVisible())
            return w;
    return nullptr;
}

const QString kPlainSelect = QStringLiteral(
    "SELECT c.id, p.family_name || ', ' || p.given_name, p.mrn, c.indication, c.state, c.referral_date "
    "FROM clinical_case c JOIN patient p ON p.id = c.patient_id");

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    bool ok = false;
    qint64 n = qEnvironmentVariableIntValue("CELLBOARD_BENCH_CASES", &ok);
    if (!ok || n <= 0)
        n = 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));

    // 1. start to login window, beside a bare window (fresh objects each run; medians of 5)
    {
        auto ws = cb::services::Workspace::open(path, cb::services::Workspace::OpenMode::CreateIfMissing);
        cb::services::NewUser admin{QStringLiteral("admin"),
                                    QStringLiteral("Admin"),
                                    {cb::core::Role::Administrator, cb::core::Role::Coordinator},
                                    {},
                                    QStringLiteral("benchmark-password"),
                                    false,
                                    false};
        if (!ws.ok() || !(*ws)->users().addUser({}, admin).ok()) {
            std::fprintf(stderr, "cannot create the benchmark database\n");
            return 1;
        }
    }
    const double bare = median(5, [] {
        Clock t;
        t.start();
        QWidget w;
        w.resize(400, 300);
        w.show();
        (void)QTest::qWaitForWindowExposed(&w);
        return ms(t);
    });
    const double login = median(5, [&] {
        Clock t;
        t.start();
        auto ws = cb::services::Workspace::open(path, cb::services::Workspace::OpenMode::MustExist);
        cb::gui::AppController controller(**ws);
        controller.start();
        QWidget* dialog = findTopLevel("cb::gui::LoginDialog");
        if (dialog)
            (void)QTest::qWaitForWindowExposed(dialog);
        const double elapsed = ms(t);
        if (dialog)
            dialog->close();
        return elapsed;
    });
    std::printf("start to login window: %.1f ms; bare Qt Widgets window: %.1f ms; ratio %.2f\n", login, bare,
                login / bare);

    // 2. worklist at n cases
    auto ws = cb::services::Workspace::open(path, cb::services::Workspace::OpenMode::MustExist);
    auto added = cb::services::DemoProgram(**ws).addSynthetic(n);
    if (!added.ok()) {
        std::fprintf(stderr, "synthetic cases failed: %s\n", qPrintable(added.error().message));
        return 1;
    }
    cb::core::UserIdentity actor;
    actor.id = 1;
    actor.username = QStringLiteral("admin");
    actor.roles = {cb::core::Role::Coordinator};

    QTableView view;
    view.resize(1400, 900);
    view.show();
    (void)QTest::qWaitForWindowExposed(&view);

    const double modelPaint = median(5, [&] {
        Clock t;
        t.start();
        cb::presentation::WorklistModel model((*ws)->cases(), (*ws)->clock());
        model.setActor(actor);
        model.setQuery({});
        view.setModel(&model);
        view.grab();
        const double e = ms(t);
        view.setModel(nullptr);
        return e;
    });
    // Searches as people type them, each counted and its first page painted: a fragment inside
    // a Latin name, a two-character Chinese name, the tail of an MRN (SYN-000…).
    struct Search
    {
        const char* what;
        QString typed;
        QString plainWhere; // the baseline: LIKE over the names and the MRN, every row fetched
    };
    const QList<Search> searches{
        {"Latin fragment", QStringLiteral("arci"),
         QStringLiteral("p.family_name LIKE '%arci%' OR p.given_name LIKE '%arci%' OR p.mrn LIKE '%arci%'")},
        {"two-character Chinese name", QStringLiteral("王伟"),
         QStringLiteral("p.family_name || p.given_name LIKE '%王伟%' OR p.name_zh LIKE '%王伟%'")},
        {"MRN tail", QStringLiteral("3538"), QStringLiteral("p.mrn LIKE '%3538%'")},
    };
    cb::presentation::WorklistModel model((*ws)->cases(), (*ws)->clock());
    model.setActor(actor);
    model.setQuery({});
    view.setModel(&model);
    view.grab();
    struct Found
    {
        double ms = 0;      // typed → count, first page read and painted
        double queryMs = 0; // the count and the first page alone, as the model asks the service
        qint64 hits = 0;
    };
    QList<Found> modelSearches;
    for (const Search& s : searches) {
        cb::core::WorklistQuery q;
        q.search = s.typed;
        Found f;
        f.ms = median(5, [&] {
            Clock t;
            t.start();
            model.setQuery(q);
            view.grab();
            const double e = ms(t);
            model.setQuery({});
            return e;
        });
        f.queryMs = median(5, [&] {
            Clock t;
            t.start();
            auto count = (*ws)->cases().worklistCount(actor, q);
            auto page =
                (*ws)->cases().worklistPage(actor, q, 0, cb::presentation::WorklistModel::kDefaultBlockSize);
            const double e = ms(t);
            if (!count.ok() || !page.ok())
                std::fprintf(stderr, "search failed\n");
            return e;
        });
        model.setQuery(q);
        f.hits = model.totalCount();
        model.setQuery({});
        modelSearches << f;
    }
    // Sorting changes the order only: the cases are not counted again.
    auto sortTime = [&](int column) {
        return median(5, [&] {
            Clock t;
            t.start();
            model.sort(column, Qt::AscendingOrder);
            view.grab();
            const double e = ms(t);
            model.sort(cb::presentation::WorklistModel::ReferralDateColumn, Qt::DescendingOrder);
            return e;
        });
    };
    const int countsBeforeSorting = model.countQueries();
    const double stateSort = sortTime(cb::presentation::WorklistModel::StateColumn);
    const double dateSort = sortTime(cb::presentation::WorklistModel::ReferralDateColumn);
    const int countsWhileSorting = model.countQueries() - countsBeforeSorting;
    view.setModel(nullptr);

    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
    raw.setDatabaseName(path);
    raw.open();
    const double plainPaint = median(5, [&] {
        Clock t;
        t.start();
        QSqlQueryModel plain;
        plain.setQuery(kPlainSelect + QStringLiteral(" ORDER BY c.referral_date DESC, c.id DESC"), raw);
        view.setModel(&plain);
        view.grab();
        const double e = ms(t);
        view.setModel(nullptr);
        return e;
    });
    QList<double> plainSearches;
    for (const Search& s : searches)
        plainSearches << median(5, [&] {
            Clock t;
            t.start();
            QSqlQueryModel plain;
            plain.setQuery(kPlainSelect + QStringLiteral(" WHERE ") + s.plainWhere +
                               QStringLiteral(" ORDER BY c.referral_date DESC"),
                           raw);
            while (plain.canFetchMore())
                plain.fetchMore(); // a count for the user, as the worklist shows
            view.setModel(&plain);
            view.grab();
            const double e = ms(t);
            view.setModel(nullptr);
            return e;
        });
    std::printf("worklist first paint at %lld cases: %.1f ms; plain QSqlQueryModel: %.1f ms; ratio %.2f\n",
                static_cast<long long>(n), modelPaint, plainPaint, modelPaint / plainPaint);
    for (int i = 0; i < searches.size(); ++i)
        std::printf("worklist search, %s \"%s\" (%lld hits) at %lld cases: count and first page %.1f ms, "
                    "with the paint %.1f ms; plain QSqlQueryModel LIKE: %.1f ms; ratio %.3f (with the paint "
                    "%.3f)\n",
                    searches[i].what, qPrintable(searches[i].typed),
                    static_cast<long long>(modelSearches[i].hits), static_cast<long long>(n),
                    modelSearches[i].queryMs, modelSearches[i].ms, plainSearches[i],
                    modelSearches[i].queryMs / plainSearches[i], modelSearches[i].ms / plainSearches[i]);
    std::printf("worklist sort at %lld cases: by state %.1f ms, by referral date %.1f ms; cases counted "
                "again while sorting: %d times\n",
                static_cast<long long>(n), stateSort, dateSort, countsWhileSorting);
    raw.close();
    return 0;
}
