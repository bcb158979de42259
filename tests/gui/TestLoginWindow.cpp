// The login window opens first; errors of the service show inline; a new account changes its
// password before the main window; an empty database starts with the first-run dialog; logging
// out returns to the login window for the next user.
#include "GuiTestSupport.h"
#include "gui/MainWindow.h"
#include "gui/session/AppController.h"
#include "gui/session/ChangePasswordDialog.h"
#include "gui/session/DatabaseOpener.h"
#include "gui/session/FirstRunDialog.h"
#include "gui/widgets/MessageBox.h"
#include "gui/worklist/WorklistPage.h"
#include "platform/LocalSettings.h"
#include "services/UserService.h"

#include <QAction>
#include <QApplication>
#include <QLabel>

using namespace cb;

class TestLoginWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DemoDatabase> m_db;
    std::unique_ptr<gui::AppController> m_app;

    gui::LoginDialog* shownLogin()
    {
        gui::LoginDialog* login = m_app->loginDialog();
        if (login && !QTest::qWaitForWindowExposed(login))
            return nullptr;
        return login;
    }

    static QString errorText(QWidget* window)
    {
        auto* label = window->findChild<QLabel*>(QStringLiteral("errorLabel"));
        return label && label->isVisible() ? label->text() : QString();
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::DemoDatabase>();
        QVERIFY2(m_db->ok(), m_db->error().constData());
    }

    void init()
    {
        m_app = std::make_unique<gui::AppController>(m_db->workspace());
        m_app->start();
    }

    void cleanup() { m_app.reset(); }

    void shouldLogInAndShowWhoIsLoggedInTheDatabaseAndTheDemoMarker()
    {
        gui::LoginDialog* login = shownLogin();
        QVERIFY(login);
        QVERIFY(!m_app->mainWindow());
        QVERIFY(login->findChild<QLabel*>(QStringLiteral("demoNoticeLabel"))->isVisible());

        QVERIFY(test::typeLogin(login, QStringLiteral("coordinator"), test::DemoDatabase::password(), true));

        QTRY_VERIFY(m_app->mainWindow());
        gui::MainWindow* main = m_app->mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(main));
        QVERIFY(!login->isVisible());
        QVERIFY(main->windowTitle().contains(QStringLiteral("DEMO DATA")));
        auto* user = main->findChild<QLabel*>(QStringLiteral("userStatusLabel"));
        QVERIFY(user);
        QCOMPARE(user->text(), QStringLiteral("Sun Yue, RN · Coordinator"));
        auto* database = main->findChild<QLabel*>(QStringLiteral("databaseStatusLabel"));
        QVERIFY(database->text().contains(m_db->workspace().displayUrl()));
        QVERIFY(main->findChild<QLabel*>(QStringLiteral("demoBadge"))->isVisible());
        QCOMPARE(platform::LocalSettings().value(platform::LocalSettings::Key::LastUsername).toString(),
                 QStringLiteral("coordinator"));
    }

    void shouldRememberTheLastUsername()
    {
        platform::LocalSettings().setValue(platform::LocalSettings::Key::LastUsername,
                                           QStringLiteral("chair"));
        m_app = std::make_unique<gui::AppController>(m_db->workspace());
        m_app->start();
        gui::LoginDialog* login = shownLogin();
        QVERIFY(login);
        QCOMPARE(login->findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->text(),
                 QStringLiteral("chair"));
    }

    void shouldShowTheServicesMessageInline_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong password") << QStringLiteral("hematology") << QStringLiteral("not-the-password")
                                        << QStringLiteral("Wrong username or password.");
        QTest::newRow("unknown user") << QStringLiteral("nobody") << QStringLiteral("whatever-it-is")
                                      << QStringLiteral("Wrong username or password.");
        QTest::newRow("empty password")
            << QStringLiteral("hematology") << QString() << QStringLiteral("Enter your password.");
    }

    void shouldShowTheServicesMessageInline()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(QString, expected);
        gui::LoginDialog* login = shownLogin();
        QVERIFY(login);
        QVERIFY(test::typeLogin(login, username, password));
        QTRY_COMPARE(errorText(login), expected);
        QVERIFY(!m_app->mainWindow());
        QVERIFY(login->isVisible());
        QVERIFY(login->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->text().isEmpty());
    }

    void shouldSayForHowLongAnAccountIsLocked()
    {
        gui::LoginDialog* login = shownLogin();
        QVERIFY(login);
        for (int i = 0; i < services::AuthService::kMaxFailedAttempts; ++i)
            QVERIFY(test::typeLogin(login, QStringLiteral("neurology"),
                                    QStringLiteral("wrong-password-%1").arg(i)));
        QVERIFY(test::typeLogin(login, QStringLiteral("neurology"), test::DemoDatabase::password()));
        QTRY_VERIFY(errorText(login).contains(QStringLiteral("locked")));
        QVERIFY2(errorText(login).contains(QStringLiteral("15 minute")), qPrintable(errorText(login)));
        QVERIFY(!m_app->mainWindow());
    }

    void shouldSayThatAnAccountIsDisabled()
    {
        const core::UserIdentity admin = m_db->logIn(QStringLiteral("admin"));
        QVERIFY(m_db->workspace().users().disableUser(admin, QStringLiteral("icu")).ok());
        gui::LoginDialog* login = shownLogin();
        QVERIFY(login);
        QVERIFY(test::typeLogin(login, QStringLiteral("icu"), test::DemoDatabase::password()));
        QTRY_VERIFY(errorText(login).contains(QStringLiteral("disabled")));
        QVERIFY(!m_app->mainWindow());
    }

    void shouldLogOutAndLetAnotherUserLogInWithoutRestarting()
    {
        gui::LoginDialog* login = shownLogin();
        QVERIFY(login);
        QVERIFY(test::typeLogin(login, QStringLiteral("coordinator"), test::DemoDatabase::password()));
        QTRY_VERIFY(m_app->mainWindow());
        const qint64 before = m_db->headSeq();

        m_app->mainWindow()->findChild<QAction*>(QStringLiteral("actionLogOut"))->trigger();

        QTRY_VERIFY(!m_app->mainWindow());
        QVERIFY(QTest::qWaitForWindowExposed(login));
        QCOMPARE(login->findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->text(),
                 QStringLiteral("coordinator"));
        QVERIFY(m_db->auditActionsAfter(before).contains(QStringLiteral("logout")));

        QVERIFY(test::typeLogin(login, QStringLiteral("chair"), test::DemoDatabase::password()));
        QTRY_VERIFY(m_app->mainWindow());
        QCOMPARE(m_app->mainWindow()->user().username, QStringLiteral("chair"));
        QCOMPARE(m_app->mainWindow()->findChild<QLabel*>(QStringLiteral("userStatusLabel"))->text(),
                 QStringLiteral("Dr Helen Zhang · Board chair, Specialist (Hematology)"));
    }

    void shouldRecordOneLogoutWhenTheMainWindowIsClosed()
    {
        gui::LoginDialog* login = shownLogin();
        QVERIFY(login);
        QVERIFY(test::typeLogin(login, QStringLiteral("pulmonology"), test::DemoDatabase::password()));
        QTRY_VERIFY(m_app->mainWindow());
        const qint64 before = m_db->headSeq();
        m_app->mainWindow()->findChild<QAction*>(QStringLiteral("actionQuit"))->trigger();
        m_app.reset();
        QCOMPARE(m_db->auditActionsAfter(before).count(QStringLiteral("logout")), 1);
    }

    void shouldRequireANewPasswordBeforeTheMainWindow()
    {
        const core::UserIdentity admin = m_db->logIn(QStringLiteral("admin"));
        services::NewUser nurse;
        nurse.username = QStringLiteral("newnurse");
        nurse.printedName = QStringLiteral("Li Mei, RN");
        nurse.roles = {core::Role::Coordinator};
        nurse.password = QStringLiteral("temporary-pass-1");
        nurse.mustChangePassword = true;
        QVERIFY(m_db->workspace().users().addUser(admin, nurse).ok());

        gui::LoginDialog* login = shownLogin();
        QVERIFY(login);
        QVERIFY(test::typeLogin(login, nurse.username, nurse.password));
        gui::ChangePasswordDialog* change = nullptr;
        QTRY_VERIFY((change = login->findChild<gui::ChangePasswordDialog*>()) && change->isVisible());
        QVERIFY(!m_app->mainWindow());

        // the password she just typed is not asked again
        QVERIFY(!change->findChild<QLineEdit*>(QStringLiteral("currentPasswordEdit"))->isVisible());
        QVERIFY(change->findChild<QLineEdit*>(QStringLiteral("newPasswordEdit"))->isVisible());
        QTest::keyClicks(change->findChild<QLineEdit*>(QStringLiteral("newPasswordEdit")),
                         QStringLiteral("short"));
        QTest::keyClicks(change->findChild<QLineEdit*>(QStringLiteral("confirmPasswordEdit")),
                         QStringLiteral("short"));
        QTest::mouseClick(change->findChild<QPushButton*>(QStringLiteral("changePasswordButton")),
                          Qt::LeftButton);
        QVERIFY2(change->errorText().contains(QStringLiteral("12")), qPrintable(change->errorText()));

        const QString chosen = QStringLiteral("my-own-long-password");
        change->findChild<QLineEdit*>(QStringLiteral("newPasswordEdit"))->setText(chosen);
        change->findChild<QLineEdit*>(QStringLiteral("confirmPasswordEdit"))->setText(chosen);
        QTest::mouseClick(change->findChild<QPushButton*>(QStringLiteral("changePasswordButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(m_app->mainWindow());
        QVERIFY(m_db->workspace().auth().login(nurse.username, chosen).ok());
    }

    void shouldExplainADatabaseThatCannotBeOpened()
    {
        gui::MessageBox::setNextAnswer(QMessageBox::Ok);
        auto ws =
            gui::DatabaseOpener::open(QDir::temp().filePath(QStringLiteral("no-such-folder/none.sqlite")));
        QVERIFY(!ws);
        QVERIFY2(gui::MessageBox::lastText().contains(QStringLiteral("cellboard-cli")),
                 qPrintable(gui::MessageBox::lastText()));
    }

    void shouldCreateTheFirstAdministratorOfAnEmptyDatabase()
    {
        test::DemoDatabase empty(0, false);
        QVERIFY2(empty.ok(), empty.error().constData());
        gui::AppController app(empty.workspace());
        app.start();
        gui::FirstRunDialog* firstRun = app.firstRunDialog();
        QVERIFY(firstRun);
        QVERIFY(QTest::qWaitForWindowExposed(firstRun));
        QVERIFY(!app.loginDialog());

        QTest::keyClicks(firstRun->findChild<QLineEdit*>(QStringLiteral("usernameEdit")),
                         QStringLiteral("admin"));
        QTest::keyClicks(firstRun->findChild<QLineEdit*>(QStringLiteral("printedNameEdit")),
                         QStringLiteral("Zhou Lei"));
        QTest::keyClicks(firstRun->findChild<QLineEdit*>(QStringLiteral("passwordEdit")),
                         QStringLiteral("a-long-admin-pass"));
        QTest::keyClicks(firstRun->findChild<QLineEdit*>(QStringLiteral("confirmPasswordEdit")),
                         QStringLiteral("a-typo"));
        auto* create = firstRun->findChild<QPushButton*>(QStringLiteral("createAdministratorButton"));
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(firstRun->errorText().contains(QStringLiteral("differ")));

        QTest::keyClicks(firstRun->findChild<QLineEdit*>(QStringLiteral("confirmPasswordEdit")),
                         QStringLiteral("a-long-admin-pass"));
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_VERIFY(app.loginDialog() && app.loginDialog()->isVisible());
        QVERIFY(!firstRun->isVisible());
        gui::LoginDialog* login = app.loginDialog();
        QCOMPARE(login->findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->text(),
                 QStringLiteral("admin"));

        QVERIFY(test::typeLogin(login, QStringLiteral("admin"), QStringLiteral("a-long-admin-pass")));
        QTRY_VERIFY(app.mainWindow());
        // an administrator has no clinical role: the worklist says so instead of showing patients
        auto* notice = app.mainWindow()->worklistPage()->findChild<QLabel*>(QStringLiteral("noticeLabel"));
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("clinical role")));
    }
};

QTEST_MAIN(TestLoginWindow)
#include "TestLoginWindow.moc"
