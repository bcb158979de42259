// GUI test: after a signed verdict the chair and the coordinator keep the board's actions and the
// referrer's letter up to date in the review tab; other roles see the buttons disabled with why.

#include "core/Clock.h"
#include "gui/review/FollowThroughDialogs.h"
#include "gui/review/FollowThroughPanel.h"
#include "gui/review/ReviewPanel.h"
#include "gui/widgets/MessageBox.h"
#include "presentation/DecisionActionModel.h"
#include "services/AuthService.h"
#include "services/CaseService.h"
#include "services/DecisionService.h"
#include "services/DemoProgram.h"
#include "services/Workspace.h"

#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cb;

namespace {
const QString kPassword = QStringLiteral("demo-password-for-gui-tests");
}

class TestFollowThrough : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<core::ManualClock> m_clock;
    std::unique_ptr<services::Workspace> m_ws;
    qint64 m_caseId = 0;

    core::UserIdentity login(const QString& username)
    {
        auto r = m_ws->auth().login(username, kPassword);
        if (!r.ok())
            qFatal("login failed");
        return r->user;
    }

    // A decided demo case whose verdict is signed.
    qint64 decidedCase()
    {
        auto chair = login(QStringLiteral("chair"));
        auto list = m_ws->cases().listCases(chair, core::CaseState::Decided);
        for (const auto& c : *list) {
            auto d = m_ws->decisions().decisions(chair, c.caseId);
            if (d.ok() && !d->isEmpty() && d->last().isSigned)
                return c.caseId;
        }
        return 0;
    }

    gui::FollowThroughPanel* panelFor(gui::ReviewPanel& review, const core::UserIdentity& user)
    {
        auto rec = m_ws->cases().openCase(user, m_caseId);
        if (!rec.ok())
            qFatal("case did not open");
        review.setCase(*rec);
        return review.findChild<gui::FollowThroughPanel*>(QStringLiteral("followThroughPanel"));
    }

    static int rowOf(presentation::DecisionActionModel* model, const QString& description)
    {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->actionAt(r)->description == description)
                return r;
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clock = std::make_shared<core::ManualClock>(QDateTime::currentDateTimeUtc());
        auto ws = services::Workspace::open(m_dir.filePath(QStringLiteral("follow.sqlite")),
                                            services::Workspace::OpenMode::CreateIfMissing, m_clock);
        QVERIFY(ws.ok());
        m_ws = std::move(ws).value();
        QVERIFY(services::DemoProgram(*m_ws).load(kPassword).ok());
        m_caseId = decidedCase();
        QVERIFY(m_caseId > 0);
    }

    void actionDialogRefusesAnIncompleteAction_data()
    {
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("complete") << "Repeat echocardiogram"
                                  << "Cardiology" << true;
        QTest::newRow("no owner") << "Repeat echocardiogram"
                                  << "" << false;
        QTest::newRow("blank owner") << "Repeat echocardiogram"
                                     << "   " << false;
        QTest::newRow("no description") << ""
                                        << "Cardiology" << false;
    }

    void actionDialogRefusesAnIncompleteAction()
    {
        QFETCH(QString, description);
        QFETCH(QString, owner);
        QFETCH(bool, acceptable);
        gui::ActionDialog dialog(QDate(2026, 11, 25));
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("actionDescriptionEdit"))->setPlainText(description);
        dialog.findChild<QLineEdit*>(QStringLiteral("actionOwnerEdit"))->setText(owner);
        QCOMPARE(dialog.findChild<QPushButton*>(QStringLiteral("addActionOkButton"))->isEnabled(),
                 acceptable);
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("problemLabel"))->text().isEmpty(), acceptable);
        QCOMPARE(dialog.action().dueDate, QDate(2026, 12, 9));
    }

    void actionDialogRefusesAPastDueDateSayingWhy()
    {
        // GIVEN a complete action WHEN its due date is typed before today
        gui::ActionDialog dialog(QDate(2026, 11, 25));
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("actionDescriptionEdit"))
            ->setPlainText(QStringLiteral("TTE"));
        dialog.findChild<QLineEdit*>(QStringLiteral("actionOwnerEdit"))
            ->setText(QStringLiteral("Cardiology"));
        auto* due = dialog.findChild<QDateEdit*>(QStringLiteral("actionDueEdit"));
        due->setDate(QDate(2026, 11, 2));
        // THEN the date stays as typed (not silently moved), and the dialog says why it cannot be added
        QCOMPARE(due->date(), QDate(2026, 11, 2));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("addActionOkButton"))->isEnabled());
        const QString problem = dialog.findChild<QLabel*>(QStringLiteral("problemLabel"))->text();
        QVERIFY2(problem.startsWith(QLatin1String("Due date: 2026-11-02 is in the past")),
                 qPrintable(problem));
        QVERIFY(due->property("fieldError").toBool());
        // AND today is accepted
        due->setDate(QDate(2026, 11, 25));
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("addActionOkButton"))->isEnabled());
        QVERIFY(!due->property("fieldError").toBool());
    }

    void communicationDialogRefusesAFutureTime()
    {
        const QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
        gui::CommunicationDialog dialog(QStringLiteral("Dr Chair"), now);
        auto* ok = dialog.findChild<QPushButton*>(QStringLiteral("recordCommunicationOkButton"));
        QVERIFY(ok->isEnabled());
        dialog.findChild<QDateTimeEdit*>(QStringLiteral("sentAtEdit"))
            ->setDateTime(now.addDays(2).toLocalTime());
        QVERIFY(!ok->isEnabled());
        dialog.findChild<QDateTimeEdit*>(QStringLiteral("sentAtEdit"))
            ->setDateTime(now.addSecs(-3600).toLocalTime());
        dialog.findChild<QLineEdit*>(QStringLiteral("sentByEdit"))->clear();
        QVERIFY(!ok->isEnabled());
        dialog.findChild<QLineEdit*>(QStringLiteral("sentByEdit"))->setText(QStringLiteral("Coordinator Li"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.communication().sentBy, QStringLiteral("Coordinator Li"));
        QCOMPARE(dialog.communication().method, QStringLiteral("letter"));
    }

    void chairAddsAnActionThatBecomesOverdueAndIsDone()
    {
        // GIVEN the chair on the review tab of a decided case
        auto chair = login(QStringLiteral("chair"));
        gui::ReviewPanel review(*m_ws, chair);
        auto* panel = panelFor(review, chair);
        QVERIFY(panel);
        QVERIFY(!panel->isHidden());
        QVERIFY(panel->findChild<QPushButton*>(QStringLiteral("addActionButton"))->isEnabled());

        // WHEN an action due tomorrow is added
        core::DecisionAction a;
        a.description = QStringLiteral("Arrange ICU bed for day 0");
        a.owner = QStringLiteral("ICU charge nurse");
        a.dueDate = m_clock->nowUtc().toLocalTime().date().addDays(1);
        QVERIFY2(panel->addAction(a), qPrintable(gui::MessageBox::lastText()));
        panel = panelFor(review, chair);
        auto* model = panel->actionModel();
        const int row = rowOf(model, a.description);
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, presentation::DecisionActionModel::StatusColumn).data().toString(),
                 QStringLiteral("Open"));

        // AND three days pass
        m_clock->advanceSeconds(3 * 24 * 3600);
        panel = panelFor(review, chair);
        model = panel->actionModel();
        // THEN it shows as overdue in words
        QVERIFY(model->index(rowOf(model, a.description), presentation::DecisionActionModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("overdue")));

        // WHEN the chair selects it and marks it done
        auto* table = panel->findChild<QTableView*>(QStringLiteral("actionsTable"));
        table->selectRow(rowOf(model, a.description));
        QVERIFY(panel->findChild<QPushButton*>(QStringLiteral("markActionDoneButton"))->isEnabled());
        panel->findChild<QPushButton*>(QStringLiteral("markActionDoneButton"))->click();
        // THEN it is done and no longer overdue
        panel = review.findChild<gui::FollowThroughPanel*>(QStringLiteral("followThroughPanel"));
        model = panel->actionModel();
        QCOMPARE(model->index(rowOf(model, a.description), presentation::DecisionActionModel::StatusColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Done"));
        auto decisions = m_ws->decisions().decisions(chair, m_caseId);
        bool found = false;
        for (const auto& x : decisions->last().actions)
            found = found || (x.description == a.description && x.status == QLatin1String("done"));
        QVERIFY(found);

        // For looking at the tab by eye: CB_SCREENSHOT_DIR=/some/dir saves it as a PNG.
        if (const QString dir = qEnvironmentVariable("CB_SCREENSHOT_DIR"); !dir.isEmpty()) {
            review.resize(1280, 1000);
            review.show();
            QVERIFY(QTest::qWaitForWindowExposed(&review));
            QVERIFY(review.grab().save(dir + QStringLiteral("/follow-through.png")));
        }
    }

    void coordinatorRecordsTheLetterToTheReferrer()
    {
        auto coordinator = login(QStringLiteral("coordinator"));
        gui::ReviewPanel review(*m_ws, coordinator);
        auto* panel = panelFor(review, coordinator);
        QVERIFY(panel->findChild<QPushButton*>(QStringLiteral("recordCommunicationButton"))->isEnabled());
        core::Communication c;
        c.sentAt = m_clock->nowUtc().addSecs(-600);
        c.sentBy = coordinator.printedName;
        c.method = QStringLiteral("email");
        QVERIFY2(panel->recordCommunication(c), qPrintable(gui::MessageBox::lastText()));
        panel = panelFor(review, coordinator);
        const QString shown = panel->findChild<QLabel*>(QStringLiteral("communicationLabel"))->text();
        QVERIFY2(shown.contains(QStringLiteral("secure e-mail")), qPrintable(shown));

        // A time in the future is refused with a message and nothing is stored.
        c.sentAt = m_clock->nowUtc().addDays(1);
        gui::MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!panel->recordCommunication(c));
        QVERIFY(gui::MessageBox::lastText().contains(QStringLiteral("future")));
        gui::MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    void otherRolesSeeDisabledButtonsWithTheReason_data()
    {
        QTest::addColumn<QString>("username");
        QTest::newRow("cardiologist") << "cardiology";
        QTest::newRow("administrator") << "admin";
    }

    void otherRolesSeeDisabledButtonsWithTheReason()
    {
        QFETCH(QString, username);
        auto user = login(username);
        gui::ReviewPanel review(*m_ws, user);
        auto rec = m_ws->cases().openCase(user, m_caseId);
        if (!rec.ok()) {
            // An administrator without clinical rights may not even open the case: nothing to show.
            QCOMPARE(rec.error().code, ErrorCode::PermissionDenied);
            return;
        }
        review.setCase(*rec);
        auto* panel = review.findChild<gui::FollowThroughPanel*>(QStringLiteral("followThroughPanel"));
        for (const char* name : {"addActionButton", "recordCommunicationButton"}) {
            auto* b = panel->findChild<QPushButton*>(QLatin1String(name));
            QVERIFY2(!b->isEnabled(), name);
            QVERIFY2(b->toolTip().contains(QStringLiteral("chair")), name);
        }
    }
};

QTEST_MAIN(TestFollowThrough)
#include "TestFollowThrough.moc"
