// WorklistModel pages through CaseService::worklistPage: it counts every case, fetches only the
// blocks a view asks for, keeps a few, and sorts and filters by changing the query.
#include "GuiTestSupport.h"
#include "presentation/WorklistModel.h"
#include "services/CaseService.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using cb::presentation::WorklistModel;

class TestWorklistModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<cb::test::DemoDatabase> m_db;
    cb::core::UserIdentity m_coordinator;
    static constexpr int kSynthetic = 300;
    static constexpr int kDemoCases = 18;

    std::unique_ptr<WorklistModel> makeModel()
    {
        auto model = std::make_unique<WorklistModel>(m_db->workspace().cases(), m_db->workspace().clock());
        model->setActor(m_coordinator);
        return model;
    }

    static QString text(const WorklistModel& m, int row, int column)
    {
        return m.data(m.index(row, column)).toString();
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<cb::test::DemoDatabase>(kSynthetic);
        QVERIFY2(m_db->ok(), m_db->error().constData());
        m_coordinator = m_db->logIn(QStringLiteral("coordinator"));
        QVERIFY(m_coordinator.isValid());
    }

    void shouldPassTheModelTesterWhilePagingSortingAndFiltering()
    {
        WorklistModel model(m_db->workspace().cases(), m_db->workspace().clock());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBlockSize(50);
        model.setActor(m_coordinator);
        QCOMPARE(model.rowCount(), kSynthetic + kDemoCases);
        for (int row : {0, 49, 50, 199, model.rowCount() - 1})
            for (int column = 0; column < WorklistModel::ColumnCount; ++column)
                QVERIFY(!text(model, row, column).isEmpty());
        for (int column = 0; column < WorklistModel::ColumnCount; ++column) {
            model.sort(column, Qt::AscendingOrder);
            model.sort(column, Qt::DescendingOrder);
        }
        cb::core::WorklistQuery q = model.query();
        q.state = cb::core::CaseState::Closed;
        model.setQuery(q);
        QVERIFY(model.rowCount() > 0);
        q.search = QStringLiteral("no such patient anywhere");
        model.setQuery(q);
        QCOMPARE(model.rowCount(), 0);
        model.refresh();
    }

    void shouldCountEveryCaseButFetchOnlyTheBlocksShown()
    {
        auto model = makeModel();
        QCOMPARE(model->rowCount(), kSynthetic + kDemoCases);
        // the first screen comes with the count
        QCOMPARE(model->fetchedPageCount(), 1);
        QVERIFY(!text(*model, 0, WorklistModel::PatientColumn).isEmpty());
        QCOMPARE(model->fetchedPageCount(), 1);
        // the rest of the first block costs nothing more
        for (int row = 0; row < WorklistModel::kDefaultBlockSize; ++row)
            QVERIFY(model->caseIdAt(row) > 0);
        QCOMPARE(model->fetchedPageCount(), 1);
        QVERIFY(model->caseIdAt(model->rowCount() - 1) > 0);
        QCOMPARE(model->fetchedPageCount(), 2);
    }

    void shouldKeepOnlyTheMostRecentlyUsedBlocks()
    {
        auto model = makeModel();
        model->setBlockSize(10);
        for (int row = 0; row < model->rowCount(); row += 10)
            QVERIFY(model->caseIdAt(row) > 0);
        const int blocks = (model->rowCount() + 9) / 10;
        QCOMPARE(model->fetchedPageCount(), blocks + 1); // block 0 twice: at the reset and after the new size
        QCOMPARE(model->cachedBlockCount(), WorklistModel::kMaxCachedBlocks);
        // the last block is cached, the first was evicted
        const int before = model->fetchedPageCount();
        QVERIFY(model->caseIdAt(model->rowCount() - 1) > 0);
        QCOMPARE(model->fetchedPageCount(), before);
        QVERIFY(model->caseIdAt(0) > 0);
        QCOMPARE(model->fetchedPageCount(), before + 1);
    }

    void shouldReadTheSecondHalfFromTheEndInTheSameOrder_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::newRow("referral date, newest first")
            << int(WorklistModel::ReferralDateColumn) << int(Qt::DescendingOrder);
        QTest::newRow("patient A to Z") << int(WorklistModel::PatientColumn) << int(Qt::AscendingOrder);
        QTest::newRow("state") << int(WorklistModel::StateColumn) << int(Qt::AscendingOrder);
    }

    void shouldReadTheSecondHalfFromTheEndInTheSameOrder()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        auto model = makeModel();
        model->sort(column, Qt::SortOrder(order));
        model->setBlockSize(7); // blocks that do not divide the row count
        auto all = m_db->workspace().cases().worklistPage(m_coordinator, model->query(), 0, 100000);
        QVERIFY(all.ok());
        QCOMPARE(int(all->size()), model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->caseIdAt(row), all->at(row).caseId);
    }

    void shouldShowPlaceholdersWhileScrollingAndReadOnlyWhereItStops()
    {
        auto model = makeModel();
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setBlockSize(10);
        model->setDeferredFetching(true, 0);
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        const int before = model->fetchedPageCount();
        // a fast scroll: a view paints rows of twenty blocks, one after the other
        for (int b = 1; b <= 20; ++b)
            QCOMPARE(text(*model, b * 10, WorklistModel::PatientColumn), QStringLiteral("…"));
        QCOMPARE(model->fetchedPageCount(), before);
        QTRY_VERIFY(!model->hasPendingFetches());
        QVERIFY(model->fetchedPageCount() - before <= 3);
        QVERIFY(changed.count() >= 1);
        QVERIFY(text(*model, 200, WorklistModel::PatientColumn) != QStringLiteral("…"));
        QVERIFY(!text(*model, 200, WorklistModel::PatientColumn).isEmpty());
        // opening a case never waits for scrolling to stop
        QVERIFY(model->caseIdAt(55) > 0);
    }

    void shouldSortInTheDatabase_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::newRow("case id ascending") << int(WorklistModel::CaseIdColumn) << int(Qt::AscendingOrder);
        QTest::newRow("case id descending") << int(WorklistModel::CaseIdColumn) << int(Qt::DescendingOrder);
        QTest::newRow("referral date ascending")
            << int(WorklistModel::ReferralDateColumn) << int(Qt::AscendingOrder);
        QTest::newRow("referral date descending")
            << int(WorklistModel::ReferralDateColumn) << int(Qt::DescendingOrder);
        QTest::newRow("days since referral ascending")
            << int(WorklistModel::DaysColumn) << int(Qt::AscendingOrder);
        QTest::newRow("days since referral descending")
            << int(WorklistModel::DaysColumn) << int(Qt::DescendingOrder);
        QTest::newRow("state in lifecycle order")
            << int(WorklistModel::StateColumn) << int(Qt::AscendingOrder);
    }

    void shouldSortInTheDatabase()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        auto model = makeModel();
        model->sort(column, Qt::SortOrder(order));
        const bool ascending = order == Qt::AscendingOrder;
        auto key = [&](int row) -> qint64 {
            const QModelIndex idx = model->index(row, column);
            switch (column) {
            case WorklistModel::CaseIdColumn:
                return model->caseIdAt(row);
            case WorklistModel::ReferralDateColumn:
                return QDate::fromString(idx.data().toString(), Qt::ISODate).toJulianDay();
            case WorklistModel::DaysColumn:
                return idx.data().toString().remove(QLatin1Char(',')).toLongLong();
            case WorklistModel::StateColumn: {
                const QString id = model->data(idx, WorklistModel::StateIdRole).toString();
                return qint64(cb::core::fromId(cb::core::caseStates(), id).value());
            }
            default:
                return 0;
            }
        };
        for (int row = 1; row < model->rowCount(); ++row) {
            if (ascending)
                QVERIFY2(key(row - 1) <= key(row), qPrintable(QStringLiteral("row %1").arg(row)));
            else
                QVERIFY2(key(row - 1) >= key(row), qPrintable(QStringLiteral("row %1").arg(row)));
        }
    }

    void shouldLeaveTheOrderAloneWhenAskedToSortByMrn()
    {
        auto model = makeModel();
        const cb::core::WorklistQuery before = model->query();
        QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
        model->sort(WorklistModel::MrnColumn, Qt::AscendingOrder);
        QCOMPARE(model->query(), before);
        QCOMPARE(resets.count(), 0);
    }

    void shouldCountAgainOnlyWhenTheCasesListedChange()
    {
        // GIVEN the worklist, counted once
        auto model = makeModel();
        const int counted = model->countQueries();
        // WHEN it is sorted by every sortable column, both ways
        for (int column = 0; column < WorklistModel::ColumnCount; ++column) {
            model->sort(column, Qt::AscendingOrder);
            model->sort(column, Qt::DescendingOrder);
        }
        // THEN the cases are not counted again (the order changed, not the cases), the count stays
        QCOMPARE(model->countQueries(), counted);
        QCOMPARE(model->rowCount(), kSynthetic + kDemoCases);
        QCOMPARE(model->totalCount(), qint64(kSynthetic + kDemoCases));
        // AND a search, a filter or F5 counts again
        cb::core::WorklistQuery q = model->query();
        q.search = QStringLiteral("cker");
        model->setQuery(q);
        QCOMPARE(model->countQueries(), counted + 1);
        QVERIFY(model->rowCount() < kSynthetic + kDemoCases);
        q.state = cb::core::CaseState::InReview;
        model->setQuery(q);
        QCOMPARE(model->countQueries(), counted + 2);
        model->refresh();
        QCOMPARE(model->countQueries(), counted + 3);
        QVERIFY(model->databaseHasCases());
    }

    void shouldFilterByStateAndIndication_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("indication");
        QTest::newRow("in review") << QStringLiteral("in_review") << QString();
        QTest::newRow("closed") << QStringLiteral("closed") << QString();
        QTest::newRow("myeloma") << QString() << QStringLiteral("multiple_myeloma");
        QTest::newRow("B-ALL in follow-up") << QStringLiteral("follow_up") << QStringLiteral("b_all");
    }

    void shouldFilterByStateAndIndication()
    {
        QFETCH(QString, state);
        QFETCH(QString, indication);
        auto model = makeModel();
        cb::core::WorklistQuery q;
        q.state = cb::core::fromId(cb::core::caseStates(), state);
        q.indication = cb::core::fromId(cb::core::indications(), indication);
        model->setQuery(q);
        QVERIFY(model->rowCount() > 0);
        QVERIFY(model->rowCount() < kSynthetic + kDemoCases);
        for (int row = 0; row < model->rowCount(); ++row) {
            if (q.state)
                QCOMPARE(model->data(model->index(row, 0), WorklistModel::StateIdRole).toString(), state);
            if (q.indication)
                QCOMPARE(text(*model, row, WorklistModel::IndicationColumn), cb::core::label(*q.indication));
        }
    }

    void shouldFindANameAnMrnOrACaseId_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("expectedMrn");
        QTest::newRow("two-character Chinese name")
            << QStringLiteral("李娜") << QStringLiteral("SH-2026-003957");
        QTest::newRow("three-character Chinese name")
            << QStringLiteral("王建国") << QStringLiteral("SH-2026-003412");
        QTest::newRow("Latin family name") << QStringLiteral("o'connor") << QStringLiteral("SH-2026-003538");
        QTest::newRow("MRN") << QStringLiteral("SH-2026-003171") << QStringLiteral("SH-2026-003171");
        QTest::newRow("case id") << QStringLiteral("1") << QStringLiteral("SH-2026-003412");
        QTest::newRow("fragment inside a family name")
            << QStringLiteral("cker") << QStringLiteral("SH-2026-003171");
        QTest::newRow("MRN tail") << QStringLiteral("3538") << QStringLiteral("SH-2026-003538");
    }

    void shouldFindANameAnMrnOrACaseId()
    {
        QFETCH(QString, search);
        QFETCH(QString, expectedMrn);
        auto model = makeModel();
        cb::core::WorklistQuery q;
        q.search = search;
        model->setQuery(q);
        QVERIFY(model->rowCount() >= 1);
        QStringList mrns;
        for (int row = 0; row < model->rowCount(); ++row)
            mrns << text(*model, row, WorklistModel::MrnColumn);
        QVERIFY2(mrns.contains(expectedMrn), qPrintable(mrns.join(QLatin1Char(' '))));
    }

    void shouldReportWhyAnAccountWithoutAClinicalRoleSeesNoCases()
    {
        const cb::core::UserIdentity admin = m_db->logIn(QStringLiteral("admin"));
        QVERIFY(admin.isValid());
        WorklistModel model(m_db->workspace().cases(), m_db->workspace().clock());
        QSignalSpy errors(&model, &WorklistModel::errorOccurred);
        model.setActor(admin);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.lastError().contains(QStringLiteral("clinical role")));
        QTRY_COMPARE(errors.count(), 1);
    }
};

QTEST_MAIN(TestWorklistModel)
#include "TestWorklistModel.moc"
