// After the idle time (or Ctrl+L) patient data goes behind the lock screen; the same user
// unlocks with their password, or someone else logs in, which ends the locked session.
#include "GuiTestSupport.h"
#include "gui/MainWindow.h"
#include "gui/case/CasePage.h"
#include "gui/case/CloseCaseDialog.h"
#include "gui/session/AppController.h"
#include "gui/session/LockScreen.h"
#include "gui/worklist/WorklistPage.h"

#include <QAction>
#include <QLabel>
#include <QTableView>

using namespace cb;

class TestSessionLock : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DemoDatabase> m_db;
    std::unique_ptr<gui::AppController> m_app;

    gui::MainWindow* logIn(const QString& username, int idleMs = 0)
    {
        m_app = std::make_unique<gui::AppController>(m_db->workspace());
        m_app->setIdleTimeoutMs(idleMs);
        m_app->start();
        if (!QTest::qWaitForWindowExposed(m_app->loginDialog()))
            return nullptr;
        test::typeLogin(m_app->loginDialog(), username, test::DemoDatabase::password());
        if (!m_app->mainWindow() || !QTest::qWaitForWindowExposed(m_app->mainWindow()))
            return nullptr;
        return m_app->mainWindow();
    }

    static void unlockWith(gui::MainWindow* main, const QString& password)
    {
        auto* edit = main->findChild<QLineEdit*>(QStringLiteral("lockPasswordEdit"));
        QTest::keyClicks(edit, password);
        QTest::keyClick(edit, Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::DemoDatabase>();
        QVERIFY2(m_db->ok(), m_db->error().constData());
    }

    void cleanup() { m_app.reset(); }

    void shouldLockWhenIdleAndUnlockOnlyWithTheRightPassword()
    {
        const qint64 before = m_db->headSeq();
        gui::MainWindow* main = logIn(QStringLiteral("coordinator"), 50);
        QVERIFY(main);
        auto* worklist = main->findChild<QTableView*>(QStringLiteral("worklistView"));

        QTRY_VERIFY(main->isLocked());
        QVERIFY(main->lockScreen()->isVisible());
        QVERIFY(!worklist->isVisible());
        QVERIFY(m_db->auditActionsAfter(before).contains(QStringLiteral("session.lock")));
        // while locked the session shortcuts are off
        QVERIFY(!main->findChild<QAction*>(QStringLiteral("actionWorklist"))->isEnabled());
        main->setIdleTimeoutMs(10 * 60 * 1000);

        unlockWith(main, QStringLiteral("not-my-password"));
        QVERIFY(main->isLocked());
        QCOMPARE(main->lockScreen()->errorText(), QStringLiteral("Wrong username or password."));

        unlockWith(main, test::DemoDatabase::password());
        QVERIFY(!main->isLocked());
        QVERIFY(worklist->isVisible());
        QVERIFY(m_db->auditActionsAfter(before).contains(QStringLiteral("session.unlock")));
    }

    void shouldLockNowWithCtrlLAndReturnToTheCaseAfterUnlocking()
    {
        gui::MainWindow* main = logIn(QStringLiteral("coordinator"));
        QVERIFY(main);
        QVERIFY(QTest::qWaitForWindowActive(main));
        main->openCase(1);
        QVERIFY(main->casePage()->isVisible());

        QTest::keyClick(main, Qt::Key_L, Qt::ControlModifier);

        QVERIFY(main->isLocked());
        QVERIFY(!main->casePage()->isVisible());
        unlockWith(main, test::DemoDatabase::password());
        QVERIFY(main->casePage()->isVisible());
        QCOMPARE(main->casePage()->findChild<QLabel*>(QStringLiteral("patientNameLabel"))->text(),
                 QStringLiteral("王建国"));
    }

    void shouldCloseOpenDialogsWhenLocking()
    {
        gui::MainWindow* main = logIn(QStringLiteral("coordinator"));
        QVERIFY(main);
        main->openCase(4);
        QTest::mouseClick(main->findChild<QPushButton*>(QStringLiteral("closeCaseButton")), Qt::LeftButton);
        auto* dialog = main->findChild<gui::CloseCaseDialog*>();
        QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));

        main->lockSession();

        QVERIFY(main->isLocked());
        QTRY_VERIFY(!main->findChild<gui::CloseCaseDialog*>() || !dialog->isVisible());
    }

    void shouldLetAnotherUserLogInFromTheLockScreen()
    {
        const qint64 before = m_db->headSeq();
        gui::MainWindow* main = logIn(QStringLiteral("coordinator"));
        QVERIFY(main);
        main->lockSession();
        QTest::mouseClick(main->findChild<QPushButton*>(QStringLiteral("switchUserButton")), Qt::LeftButton);

        QTRY_VERIFY(!m_app->mainWindow());
        gui::LoginDialog* login = m_app->loginDialog();
        QVERIFY(QTest::qWaitForWindowExposed(login));
        QVERIFY(login->findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->text().isEmpty());
        QVERIFY(login->errorText().contains(QStringLiteral("coordinator was logged out")));
        QVERIFY(m_db->auditActionsAfter(before).contains(QStringLiteral("logout")));

        QVERIFY(test::typeLogin(login, QStringLiteral("cardiology"), test::DemoDatabase::password()));
        QTRY_VERIFY(m_app->mainWindow());
        QCOMPARE(m_app->mainWindow()->user().username, QStringLiteral("cardiology"));
        QVERIFY(!m_app->mainWindow()->isLocked());
    }
};

QTEST_MAIN(TestSessionLock)
#include "TestSessionLock.moc"
