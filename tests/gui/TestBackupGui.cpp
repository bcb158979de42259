// GUI test of backups (issue 18) by objectName: File → Back up now… writes a verified backup
// where the backup folder proposes it and the status bar shows its time; the settings' Backups tab
// keeps the schedule and lets an administrator restore (checked first, the database in use kept,
// everyone logs in again); at the start, a damaged or missing database is offered the latest
// backup. Modal boxes and file dialogs are answered through gui::MessageBox and gui::FileDialog.
// With CB_SCREENSHOT_DIR set, the main window and the Backups tab are saved there as PNG files.
#include "GuiTestSupport.h"
#include "core/BackupName.h"
#include "gui/MainWindow.h"
#include "gui/session/AppController.h"
#include "gui/session/BackupScheduler.h"
#include "gui/session/DatabaseOpener.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/widgets/FileDialog.h"
#include "gui/widgets/MessageBox.h"
#include "platform/LocalSettings.h"
#include "services/BackupService.h"
#include "services/UserService.h"
#include "storage/DamagedFiles.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace cb;
using platform::LocalSettings;

namespace {

void saveShot(QWidget* w, const QString& name)
{
    QCoreApplication::processEvents();
    const QString dir = qEnvironmentVariable("CB_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestBackupGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DemoDatabase> m_db;
    std::unique_ptr<gui::AppController> m_app;

    template <typename T> static T* child(QObject* w, const char* name)
    {
        return w->findChild<T*>(QString::fromLatin1(name));
    }

    gui::MainWindow* logIn(const QString& username)
    {
        m_app = std::make_unique<gui::AppController>(m_db->workspace());
        m_app->start();
        if (!QTest::qWaitForWindowExposed(m_app->loginDialog()))
            return nullptr;
        test::typeLogin(m_app->loginDialog(), username, test::DemoDatabase::password());
        if (!m_app->mainWindow() || !QTest::qWaitForWindowExposed(m_app->mainWindow()))
            return nullptr;
        return m_app->mainWindow();
    }

    QString backupFolder() const
    {
        return QFileInfo(m_db->path()).absolutePath() + QStringLiteral("/backups");
    }

    static void resetBackupSettings()
    {
        LocalSettings local;
        local.setValue(LocalSettings::Key::BackupSchedule, QStringLiteral("off"));
        local.setValue(LocalSettings::Key::BackupFolder, QString());
        local.setValue(LocalSettings::Key::BackupKeep, 10);
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::DemoDatabase>();
        QVERIFY2(m_db->ok(), m_db->error().constData());
    }

    void init()
    {
        resetBackupSettings();
        QDir(backupFolder()).removeRecursively();
    }

    void cleanup()
    {
        m_app.reset();
        gui::MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    void shouldBackUpNowFromTheFileMenu()
    {
        // GIVEN the coordinator's session, with no backup yet
        gui::MainWindow* main = logIn(QStringLiteral("coordinator"));
        QVERIFY(main);
        auto* label = child<QLabel>(main, "lastBackupLabel");
        QVERIFY(label && label->isVisible());
        QCOMPARE(label->text(), QStringLiteral("No backup yet"));
        // WHEN File → Back up now… is chosen and the proposed file accepted
        const QString expected = backupFolder() + QLatin1Char('/') +
                                 core::BackupName::fileName(m_db->path(), test::DemoDatabase::now());
        gui::FileDialog::setNextFileName(expected);
        gui::MessageBox::setNextAnswer(QMessageBox::Ok);
        auto* action = child<QAction>(main, "actionBackUpNow");
        QVERIFY(action && action->isEnabled());
        action->trigger();
        // THEN the backup is proposed in the backup folder under its dated name, written and verified
        QCOMPARE(gui::FileDialog::lastProposed(), expected);
        QVERIFY(QFileInfo::exists(expected));
        QVERIFY2(gui::MessageBox::lastText().contains(QLatin1String("verified")),
                 qPrintable(gui::MessageBox::lastText()));
        auto check = services::BackupService(m_db->workspace().clock()).verify(expected);
        QVERIFY(check.ok() && check->ok());
        // AND the status bar shows the time of the latest backup
        QVERIFY2(label->text().startsWith(QLatin1String("Last backup: ")), qPrintable(label->text()));
        saveShot(main, QStringLiteral("backup-status-bar"));
        // AND no label of the status bar is cut short to make room for it
        for (const char* n : {"userStatusLabel", "databaseStatusLabel", "lastBackupLabel"}) {
            auto* l = child<QLabel>(main, n);
            QVERIFY2(l->width() >= l->sizeHint().width(), n);
        }
        // WHEN the same file is chosen again
        gui::FileDialog::setNextFileName(expected);
        gui::MessageBox::setNextAnswer(QMessageBox::Ok);
        action->trigger();
        // THEN it is refused, naming the file (an existing file is never overwritten)
        QVERIFY2(gui::MessageBox::lastText().contains(QLatin1String("exists already")),
                 qPrintable(gui::MessageBox::lastText()));
    }

    void shouldBackUpDailyWhenTheScheduleSaysSo()
    {
        // GIVEN a daily schedule into a folder of its own, chosen in the settings' Backups tab
        const QString folder = QFileInfo(m_db->path()).absolutePath() + QStringLiteral("/daily");
        QDir(folder).removeRecursively();
        const auto admin = m_db->logIn(QStringLiteral("admin"));
        {
            gui::SettingsDialog dialog(m_db->workspace(), admin);
            auto* schedule = child<QComboBox>(&dialog, "backupScheduleCombo");
            QVERIFY(schedule);
            schedule->setCurrentIndex(schedule->findData(QStringLiteral("daily")));
            child<QLineEdit>(&dialog, "backupFolderEdit")->setText(folder);
            child<QSpinBox>(&dialog, "backupKeepSpin")->setValue(5);
            dialog.show();
            auto* tabs = child<QTabWidget>(&dialog, "settingsTabs");
            tabs->setCurrentWidget(child<QWidget>(&dialog, "backupTab"));
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            saveShot(&dialog, QStringLiteral("backup-settings-tab"));
            QTest::mouseClick(child<QPushButton>(&dialog, "saveSettingsButton"), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        const LocalSettings local;
        QCOMPARE(local.value(LocalSettings::Key::BackupSchedule).toString(), QStringLiteral("daily"));
        QCOMPARE(local.value(LocalSettings::Key::BackupFolder).toString(), folder);
        QCOMPARE(local.value(LocalSettings::Key::BackupKeep).toInt(), 5);
        // WHEN a session starts
        gui::MainWindow* main = logIn(QStringLiteral("coordinator"));
        QVERIFY(main);
        // THEN the day's backup is taken into that folder, and the status bar says so
        const auto found = services::BackupService::backupsOf(m_db->path(), {folder});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().at, test::DemoDatabase::now());
        QVERIFY(child<QLabel>(main, "lastBackupLabel")->text().startsWith(QLatin1String("Last backup: ")));
        // AND the on-quit schedule backs up only when set
        QVERIFY(main->backups()->backUpOnQuit().ok());
        QCOMPARE(services::BackupService::backupsOf(m_db->path(), {folder}).size(), 1);
    }

    void shouldLetOnlyAnAdministratorRestoreInTheSettings()
    {
        const auto nurse = m_db->logIn(QStringLiteral("nursing"));
        gui::SettingsDialog dialog(m_db->workspace(), nurse);
        auto* restore = child<QPushButton>(&dialog, "restoreBackupButton");
        QVERIFY(restore);
        QVERIFY(!restore->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "restoreNote")->text().contains(QLatin1String("administrator")));
    }

    void shouldRestoreFromTheSettingsAndLogInAgain()
    {
        // GIVEN a backup, then a user added after it, and the administrator's session
        const QString backup = backupFolder() + QStringLiteral("/cellboard-20260301-090000.backup.sqlite");
        const services::BackupService service(m_db->workspace().clock());
        QVERIFY(service.backup(m_db->path(), backup).ok());
        const auto admin = m_db->logIn(QStringLiteral("admin"));
        services::NewUser late;
        late.username = QStringLiteral("latecomer");
        late.printedName = QStringLiteral("Late Comer");
        late.roles = {core::Role::Viewer};
        late.password = QStringLiteral("late-password-123");
        late.mustChangePassword = false;
        QVERIFY(m_db->workspace().users().addUser(admin, late).ok());
        gui::MainWindow* main = logIn(QStringLiteral("admin"));
        QVERIFY(main);
        auto* dialog = new gui::SettingsDialog(m_db->workspace(), main->user(), main);
        connect(dialog, &gui::SettingsDialog::databaseRestored, main,
                &gui::MainWindow::sessionRestartRequested);
        QSignalSpy restored(dialog, &gui::SettingsDialog::databaseRestored);
        // WHEN the administrator restores it, confirming the question
        gui::FileDialog::setNextFileName(backup);
        gui::MessageBox::setNextAnswer(QMessageBox::Yes);
        auto* button = child<QPushButton>(dialog, "restoreBackupButton");
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        // THEN the question named the backup and what happens to the database in use
        QVERIFY2(gui::MessageBox::lastText().contains(backup) &&
                     gui::MessageBox::lastText().contains(QLatin1String("kept")),
                 qPrintable(gui::MessageBox::lastText()));
        QCOMPARE(restored.count(), 1);
        // AND the database is the backup's (the late user is gone), with the restore recorded
        auto login =
            m_db->workspace().auth().login(QStringLiteral("latecomer"), QStringLiteral("late-password-123"));
        QVERIFY(!login.ok());
        const QStringList actions = m_db->auditActionsAfter(m_db->headSeq() - 2);
        QVERIFY2(actions.contains(QStringLiteral("database.restore")),
                 qPrintable(actions.join(QLatin1Char(','))));
        // AND the database it replaced is kept beside it
        const QStringList kept = QDir(QFileInfo(m_db->path()).absolutePath())
                                     .entryList({QStringLiteral("cellboard.replaced-*.sqlite")});
        QCOMPARE(kept.size(), 1);
        // AND everyone logs in again: the login window shows why
        QTRY_VERIFY(!m_app->mainWindow());
        QTRY_VERIFY(m_app->loginDialog() && m_app->loginDialog()->isVisible());
        for (const QString& f : kept)
            QFile::remove(QFileInfo(m_db->path()).absolutePath() + QLatin1Char('/') + f);
    }

    void shouldOfferTheLatestBackupAtTheStart_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("opened");
        QTest::newRow("damaged, restore accepted") << "damaged" << int(QMessageBox::Yes) << true;
        QTest::newRow("damaged, restore declined") << "damaged" << int(QMessageBox::No) << false;
        QTest::newRow("missing, restore accepted") << "missing" << int(QMessageBox::Yes) << true;
    }

    void shouldOfferTheLatestBackupAtTheStart()
    {
        QFETCH(QString, condition);
        QFETCH(int, answer);
        QFETCH(bool, opened);
        // GIVEN a database with two backups in backups/ beside it, then damaged or gone
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clinic.sqlite"));
        QVERIFY(test::writeDemoDatabase(path, QStringLiteral("start-restore-pw")).isEmpty());
        const core::ManualClock clock(test::DemoDatabase::now());
        const services::BackupService service(clock);
        QVERIFY(service.backupToFolder(path, dir.filePath(QStringLiteral("backups")), 5).ok());
        const QString older = dir.filePath(QStringLiteral("backups/clinic-20260101-090000.backup.sqlite"));
        QVERIFY(service.backup(path, older).ok());
        const QString latest =
            services::BackupService::backupsOf(path, {dir.filePath(QStringLiteral("backups"))}).first().path;
        QVERIFY(latest != older);
        if (condition == QLatin1String("damaged"))
            QVERIFY(test::zeroPages(path, test::pagesOf(path, {QStringLiteral("audit_event")}).mid(0, 5)));
        else
            QVERIFY(QFile::remove(path));
        const QString before = test::fileHash(path);
        // WHEN CellBoard starts on it and the offer is answered
        gui::MessageBox::setNextAnswer(QMessageBox::StandardButton(answer));
        int code = -1;
        auto ws = gui::DatabaseOpener::open(path, &code);
        // THEN the offer named the latest backup (and, for a damaged file, why)
        QVERIFY2(gui::MessageBox::lastText().contains(latest), qPrintable(gui::MessageBox::lastText()));
        if (condition == QLatin1String("damaged"))
            QVERIFY(gui::MessageBox::lastText().contains(QLatin1String("damaged")));
        QCOMPARE(bool(ws), opened);
        QCOMPARE(code, opened ? 0 : 1);
        if (!opened) {
            // AND declined, nothing was changed
            QCOMPARE(test::fileHash(path), before);
            return;
        }
        // AND accepted, the database opens, its newest entry the restore, the damaged file kept
        auto v = ws->audit().verify();
        QVERIFY(v.ok() && v->ok());
        auto last = ws->audit().entry(v->headSeq);
        QVERIFY(last.ok() && last->has_value());
        QCOMPARE((*last)->action, QStringLiteral("database.restore"));
        QVERIFY((*last)->after.contains(QFileInfo(latest).fileName()));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("clinic.replaced-*.sqlite")}).size(),
                 condition == QLatin1String("damaged") ? 1 : 0);
    }

    void shouldExplainADamagedDatabaseWithoutABackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alone.sqlite"));
        QVERIFY(test::writeDemoDatabase(path, QStringLiteral("alone-restore-pw")).isEmpty());
        QVERIFY(test::zeroPages(path, {1}));
        const QString before = test::fileHash(path);
        gui::MessageBox::setNextAnswer(QMessageBox::Ok);
        const int asked = gui::MessageBox::askedCount();
        int code = -1;
        auto ws = gui::DatabaseOpener::open(path, &code);
        // THEN one message names the file and what to do, exit code 1, and the file is untouched
        QVERIFY(!ws);
        QCOMPARE(code, 1);
        QCOMPARE(gui::MessageBox::askedCount(), asked + 1);
        QVERIFY2(gui::MessageBox::lastText().contains(path), qPrintable(gui::MessageBox::lastText()));
        QVERIFY(gui::MessageBox::lastText().contains(QLatin1String("backup")));
        QCOMPARE(test::fileHash(path), before);
    }
};

QTEST_MAIN(TestBackupGui)
#include "TestBackupGui.moc"
