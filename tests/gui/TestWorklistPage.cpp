// A coordinator's morning: log in, filter the worklist by state and indication, search a
// Chinese name, an MRN and a case id, sort, open a case with Enter or a double-click, read it,
// go back. Driven through the real windows by objectName.
#include "GuiTestSupport.h"
#include "gui/MainWindow.h"
#include "gui/case/CasePage.h"
#include "gui/session/AppController.h"
#include "gui/worklist/WorklistPage.h"
#include "presentation/WorklistModel.h"
#include "services/CaseService.h"
#include "services/IntakeService.h"
#include "services/UserService.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

using namespace cb;
using presentation::WorklistModel;

class TestWorklistPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DemoDatabase> m_db;
    std::unique_ptr<gui::AppController> m_app;
    gui::MainWindow* m_main = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_state = nullptr;
    QComboBox* m_indication = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    int m_total = 18;

    WorklistModel* model() const { return m_main->worklistPage()->model(); }

    void search(const QString& text)
    {
        m_search->clear();
        test::typeText(m_search, text);
    }

    QStringList column(int c) const
    {
        QStringList values;
        for (int row = 0; row < model()->rowCount(); ++row)
            values << model()->index(row, c).data().toString();
        return values;
    }

    bool casePageShown() const { return m_main->casePage()->isVisible(); }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::DemoDatabase>();
        QVERIFY2(m_db->ok(), m_db->error().constData());
        const qint64 before = m_db->headSeq();
        m_app = std::make_unique<gui::AppController>(m_db->workspace());
        m_app->start();
        QVERIFY(QTest::qWaitForWindowExposed(m_app->loginDialog()));
        QVERIFY(test::typeLogin(m_app->loginDialog(), QStringLiteral("coordinator"),
                                test::DemoDatabase::password()));
        QTRY_VERIFY(m_app->mainWindow());
        m_main = m_app->mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(m_main));
        m_view = m_main->findChild<QTableView*>(QStringLiteral("worklistView"));
        m_state = m_main->findChild<QComboBox*>(QStringLiteral("stateFilter"));
        m_indication = m_main->findChild<QComboBox*>(QStringLiteral("indicationFilter"));
        m_search = m_main->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        m_count = m_main->findChild<QLabel*>(QStringLiteral("caseCountLabel"));
        QVERIFY(m_view && m_state && m_indication && m_search && m_count);
        QCOMPARE(m_db->auditActionsAfter(before).count(QStringLiteral("worklist.open")), 1);
    }

    void cleanup()
    {
        m_main->showWorklist();
        m_state->setCurrentIndex(0);
        m_indication->setCurrentIndex(0);
        m_search->clear();
        QTRY_COMPARE(m_count->text(), QStringLiteral("%1 cases").arg(m_total));
    }

    void shouldShowEveryDemoCaseWithItsCount()
    {
        QVERIFY(m_view->isVisible());
        QCOMPARE(m_count->text(), QStringLiteral("18 cases"));
        QCOMPARE(model()->rowCount(), 18);
        // newest referral first
        QCOMPARE(m_view->horizontalHeader()->sortIndicatorSection(), int(WorklistModel::ReferralDateColumn));
        QCOMPARE(model()->index(0, WorklistModel::PatientColumn).data().toString(), QStringLiteral("李娜"));
    }

    void shouldFilterByStateAndIndication_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("indication");
        QTest::addColumn<QString>("count");
        QTest::newRow("in review") << QStringLiteral("in_review") << QString() << QStringLiteral("3 cases");
        QTest::newRow("ready for board")
            << QStringLiteral("ready_for_board") << QString() << QStringLiteral("1 case");
        QTest::newRow("closed") << QStringLiteral("closed") << QString() << QStringLiteral("3 cases");
        QTest::newRow("myeloma") << QString() << QStringLiteral("multiple_myeloma")
                                 << QStringLiteral("5 cases");
        QTest::newRow("B-ALL") << QString() << QStringLiteral("b_all") << QStringLiteral("3 cases");
        QTest::newRow("myeloma in review")
            << QStringLiteral("in_review") << QStringLiteral("multiple_myeloma") << QStringLiteral("1 case");
        QTest::newRow("nothing matches")
            << QStringLiteral("treatment") << QStringLiteral("cll_sll") << QStringLiteral("0 cases");
    }

    void shouldFilterByStateAndIndication()
    {
        QFETCH(QString, state);
        QFETCH(QString, indication);
        QFETCH(QString, count);
        m_state->setCurrentIndex(m_state->findData(state));
        m_indication->setCurrentIndex(m_indication->findData(indication));
        QCOMPARE(m_count->text(), count);
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (!state.isEmpty())
                QCOMPARE(model()->index(row, 0).data(WorklistModel::StateIdRole).toString(), state);
        }
        auto* notice = m_main->findChild<QLabel*>(QStringLiteral("noticeLabel"));
        QCOMPARE(notice->isVisible(), model()->rowCount() == 0);
    }

    void shouldFindByNameMrnOrCaseId_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("patient");
        QTest::newRow("two-character Chinese name") << QStringLiteral("李娜") << QStringLiteral("李娜");
        QTest::newRow("Chinese name of the index case")
            << QStringLiteral("王建国") << QStringLiteral("王建国");
        QTest::newRow("Latin name, any case") << QStringLiteral("becker") << QStringLiteral("Becker, Thomas");
        QTest::newRow("given and family name")
            << QStringLiteral("Sven Lindqvist") << QStringLiteral("Lindqvist, Sven");
        QTest::newRow("MRN") << QStringLiteral("SH-2026-003538") << QStringLiteral("O'Connor, Margaret");
        QTest::newRow("case id") << QStringLiteral("13") << QStringLiteral("陈志强");
        QTest::newRow("fragment inside a family name")
            << QStringLiteral("cker") << QStringLiteral("Becker, Thomas");
        QTest::newRow("MRN tail") << QStringLiteral("3538") << QStringLiteral("O'Connor, Margaret");
    }

    void shouldFindByNameMrnOrCaseId()
    {
        QFETCH(QString, text);
        QFETCH(QString, patient);
        search(text);
        QTRY_COMPARE(m_count->text(), QStringLiteral("1 case"));
        QCOMPARE(model()->index(0, WorklistModel::PatientColumn).data().toString(), patient);
    }

    void shouldSortByClickingAColumnHeader()
    {
        QHeaderView* header = m_view->horizontalHeader();
        m_view->sortByColumn(WorklistModel::CaseIdColumn, Qt::AscendingOrder);
        QCOMPARE(column(WorklistModel::CaseIdColumn).first(), QStringLiteral("1"));
        QCOMPARE(column(WorklistModel::CaseIdColumn).last(), QStringLiteral("18"));

        const QPoint caseHeader(header->sectionViewportPosition(WorklistModel::CaseIdColumn) + 10,
                                header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, caseHeader);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(column(WorklistModel::CaseIdColumn).first(), QStringLiteral("18"));

        // the MRN column is not sortable: the rows and the indicator stay as they were
        const QPoint mrnHeader(header->sectionViewportPosition(WorklistModel::MrnColumn) + 10,
                               header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, mrnHeader);
        QCOMPARE(header->sortIndicatorSection(), int(WorklistModel::CaseIdColumn));
        QCOMPARE(column(WorklistModel::CaseIdColumn).first(), QStringLiteral("18"));

        m_view->sortByColumn(WorklistModel::PatientColumn, Qt::AscendingOrder);
        QCOMPARE(model()->rowCount(), 18);
        m_view->sortByColumn(WorklistModel::ReferralDateColumn, Qt::DescendingOrder);
        QCOMPARE(model()->index(0, WorklistModel::PatientColumn).data().toString(), QStringLiteral("李娜"));
    }

    void shouldOpenACaseWithEnterAndGoBackWithEscape()
    {
        search(QStringLiteral("王建国"));
        QTRY_COMPARE(m_count->text(), QStringLiteral("1 case"));
        QVERIFY(QTest::qWaitForWindowActive(m_main));
        m_view->setFocus();
        m_view->setCurrentIndex(model()->index(0, 0));
        QTest::keyClick(m_view, Qt::Key_Return);
        QTRY_VERIFY(casePageShown());

        gui::CasePage* page = m_main->casePage();
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("patientNameLabel"))->text(),
                 QStringLiteral("王建国"));
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("mrnValue"))->text(),
                 QStringLiteral("SH-2026-003412"));
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("stateChip"))->text(), QStringLiteral("In review"));
        auto* lines = page->findChild<QTableView*>(QStringLiteral("therapyLinesView"));
        QCOMPARE(lines->model()->rowCount(), 8);
        QCOMPARE(lines->model()->index(0, 0).data().toString(), QStringLiteral("1"));
        QVERIFY(page->findChild<QTableView*>(QStringLiteral("observationsView"))->model()->rowCount() > 0);
        auto* audit = page->findChild<QTableView*>(QStringLiteral("auditTrailView"))->model();
        QCOMPARE(audit->index(0, 2).data().toString(), QStringLiteral("Opened the case"));

        QTest::keyClick(page->findChild<QWidget*>(QStringLiteral("caseTabs")), Qt::Key_Escape);
        QTRY_VERIFY(m_view->isVisible());
        QVERIFY(!casePageShown());
        // nothing of the case stays behind the worklist
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("patientNameLabel"))->text().isEmpty());
    }

    void shouldOpenTheOnlyHitWithEnterInTheSearchField()
    {
        QVERIFY(QTest::qWaitForWindowActive(m_main));
        // GIVEN a search that finds exactly one case, typed and not yet applied
        m_search->setFocus();
        search(QStringLiteral("cker"));
        // WHEN Enter is pressed in the search field
        QTest::keyClick(m_search, Qt::Key_Return);
        // THEN that case opens
        QTRY_VERIFY(casePageShown());
        QCOMPARE(m_main->casePage()->findChild<QLabel*>(QStringLiteral("patientNameLabel"))->text(),
                 QStringLiteral("Becker, Thomas"));
    }

    void shouldKeepTheListWhenEnterFindsSeveralCases()
    {
        QVERIFY(QTest::qWaitForWindowActive(m_main));
        // GIVEN a search that finds several cases
        m_search->setFocus();
        search(QStringLiteral("SH-2026"));
        // WHEN Enter is pressed THEN the list shows them and no case opens: the rows get the focus
        QTest::keyClick(m_search, Qt::Key_Return);
        QVERIFY(model()->totalCount() > 1);
        QCOMPARE(m_count->text(), QStringLiteral("%1 cases").arg(model()->totalCount()));
        QVERIFY(!casePageShown());
        QVERIFY(m_view->hasFocus());
    }

    void shouldSayHowToAddTheFirstCaseToAnEmptyDatabase_data()
    {
        QTest::addColumn<QList<core::Role>>("roles");
        QTest::addColumn<QString>("notice");
        QTest::newRow("coordinator") << QList<core::Role>{core::Role::Coordinator}
                                     << QStringLiteral("There are no cases yet. Register the first referral "
                                                       "with File → New referral… (Ctrl+N).");
        QTest::newRow("viewer") << QList<core::Role>{core::Role::Viewer}
                                << QStringLiteral("There are no cases yet. A coordinator or the board chair "
                                                  "registers referrals with File → New referral… (Ctrl+N).");
    }

    void shouldSayHowToAddTheFirstCaseToAnEmptyDatabase()
    {
        QFETCH(QList<core::Role>, roles);
        QFETCH(QString, notice);
        // GIVEN a new database with users and no case
        test::DemoDatabase empty(0, false);
        QVERIFY2(empty.ok(), empty.error().constData());
        services::NewUser admin{QStringLiteral("admin"),        QStringLiteral("Admin"),
                                {core::Role::Administrator},    {},
                                test::DemoDatabase::password(), false};
        QVERIFY(empty.workspace().users().addUser({}, admin).ok());
        const core::UserIdentity adminId = empty.logIn(QStringLiteral("admin"));
        services::NewUser user{
            QStringLiteral("user"), QStringLiteral("User"), roles, {}, test::DemoDatabase::password(), false};
        QVERIFY(empty.workspace().users().addUser(adminId, user).ok());
        const core::UserIdentity identity = empty.logIn(QStringLiteral("user"));
        QVERIFY(identity.isValid());
        // WHEN the worklist opens
        gui::WorklistPage page(empty.workspace(), identity);
        page.resize(1200, 700);
        page.show();
        page.activate();
        // THEN it says there is no case yet and how one is added, not that the filters hide them
        auto* label = page.findChild<QLabel*>(QStringLiteral("noticeLabel"));
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), notice);
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("caseCountLabel"))->text(),
                 QStringLiteral("0 cases"));
        // AND a search in the empty database says the same
        auto* edit = page.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        QTest::keyClicks(edit, QStringLiteral("cker"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(page.model()->query().search, QStringLiteral("cker"));
        QCOMPARE(label->text(), notice);
        page.close();
        m_main->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_main));
    }

    void shouldSayNoCaseMatchesWhenTheFiltersHideThem()
    {
        search(QStringLiteral("zzzz"));
        QTRY_COMPARE(m_count->text(), QStringLiteral("0 cases"));
        QCOMPARE(m_main->findChild<QLabel*>(QStringLiteral("noticeLabel"))->text(),
                 QStringLiteral("No case matches these filters. Clear the search or choose \"All\" to see "
                                "more."));
    }

    void shouldOpenACaseWithADoubleClickAndGoBackWithAltLeft()
    {
        search(QStringLiteral("Becker"));
        QTRY_COMPARE(m_count->text(), QStringLiteral("1 case"));
        QVERIFY(QTest::qWaitForWindowActive(m_main));
        const QRect cell = m_view->visualRect(model()->index(0, WorklistModel::PatientColumn));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_VERIFY(casePageShown());
        gui::CasePage* page = m_main->casePage();
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("patientNameLabel"))->text(),
                 QStringLiteral("Becker, Thomas"));
        QCOMPARE(page->findChild<QTableView*>(QStringLiteral("therapyLinesView"))->model()->rowCount(), 3);

        QTest::keyClick(page->findChild<QWidget*>(QStringLiteral("backButton")), Qt::Key_Left,
                        Qt::AltModifier);
        QTRY_VERIFY(m_view->isVisible());
    }

    void shouldRefreshWithF5()
    {
        QVERIFY(QTest::qWaitForWindowActive(m_main));
        const core::UserIdentity chair = m_db->logIn(QStringLiteral("chair"));
        core::CaseRecord r;
        r.patient.mrn = QStringLiteral("SH-2026-009999");
        r.patient.familyName = QStringLiteral("Novak");
        r.patient.givenName = QStringLiteral("Petra");
        r.patient.identifiers << core::PatientIdentifier{QStringLiteral("local"), QStringLiteral("MR"),
                                                         r.patient.mrn};
        r.patient.sex = core::Sex::Female;
        r.patient.birth = *core::PartialDate::parse(QStringLiteral("1970"));
        r.referrer = QStringLiteral("Dr Referrer");
        r.indication = core::Indication::MultipleMyeloma;
        r.referralDate = test::DemoDatabase::now().date();
        QVERIFY(m_db->workspace().intake().registerReferral(chair, r).ok());
        QCOMPARE(m_count->text(), QStringLiteral("18 cases"));
        QTest::keyClick(m_view, Qt::Key_F5);
        QTRY_COMPARE(m_count->text(), QStringLiteral("19 cases"));
        m_total = 19;
        auto id = m_db->workspace().cases().worklistPage(chair, {}, 0, 1);
        QVERIFY(id.ok());
        QVERIFY(m_db->workspace()
                    .cases()
                    .closeCase(chair, id->first().caseId, core::CloseReason::Withdrawn, {})
                    .ok());
        m_state->setCurrentIndex(m_state->findData(QStringLiteral("closed")));
        QCOMPARE(m_count->text(), QStringLiteral("4 cases"));
    }
};

QTEST_MAIN(TestWorklistPage)
#include "TestWorklistPage.moc"
