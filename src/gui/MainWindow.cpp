#include "gui/MainWindow.h"

#include "core/PermissionPolicy.h"
#include "gui/case/CasePage.h"
#include "gui/intake/FhirImportPreviewDialog.h"
#include "gui/intake/LabImportActions.h"
#include "gui/intake/NewReferralDialog.h"
#include "gui/meetings/ActionsPage.h"
#include "gui/meetings/MeetingsPage.h"
#include "gui/session/BackupScheduler.h"
#include "gui/session/IdleWatcher.h"
#include "gui/session/LockScreen.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/widgets/FileDialog.h"
#include "gui/widgets/MessageBox.h"
#include "gui/widgets/StatusBarPanel.h"
#include "gui/worklist/WorklistPage.h"
#include "platform/LocalSettings.h"
#include "platform/Logging.h"
#include "report/ReportInfo.h"
#include "services/AuthService.h"
#include "services/BackupService.h"
#include "services/SettingsService.h"
#include "services/Workspace.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QGuiApplication>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>

namespace cb::gui {

using platform::LocalSettings;

MainWindow::MainWindow(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent)
    : QMainWindow(parent), m_ws(ws), m_user(user), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_worklist = new WorklistPage(ws, user, this);
    m_case = new CasePage(ws, user, this);
    m_lock = new LockScreen(ws, this);
    m_ui->pageStack->addWidget(m_worklist);
    m_ui->pageStack->addWidget(m_case);
    m_ui->pageStack->addWidget(m_lock);
    m_meetings = new MeetingsPage(ws, user, this);
    m_ui->pageStack->addWidget(m_meetings);
    connect(m_meetings, &MeetingsPage::openCaseRequested, this, &MainWindow::openCase);
    m_actions = new ActionsPage(ws, user, this);
    m_ui->pageStack->addWidget(m_actions);
    connect(m_actions, &ActionsPage::openCaseRequested, this, &MainWindow::openCase);

    const bool demo = ws.settings().isDemoDatabase();
    QString title = tr("CellBoard");
    if (const QString institution = ws.settings().institutionName(); !institution.isEmpty())
        title += QStringLiteral(" — ") + institution;
    if (demo)
        title += QStringLiteral(" — ") + tr("DEMO DATA");
    setWindowTitle(title);
    m_statusPanel = new StatusBarPanel(user, ws.displayUrl(), demo, this);
    statusBar()->addPermanentWidget(m_statusPanel);
    m_backups = new BackupScheduler(ws, this);
    connect(m_backups, &BackupScheduler::backupsChanged, this, &MainWindow::updateBackupStatus);
    connect(m_backups, &BackupScheduler::backupFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("The scheduled backup failed: %1").arg(message), 30000);
    });
    updateBackupStatus();

    m_idle = new IdleWatcher(this);
    m_idle->setTimeoutMs(qBound(1, ws.settings().idleLockMinutes(), 24 * 60) * 60 * 1000);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lockSession);

    m_labImport = new LabImportActions(ws, user, this, m_ui->fileMenu, m_ui->actionNewReferral);
    connectActions();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectActions()
{
    connect(m_ui->actionLogOut, &QAction::triggered, this, [this] { emit logoutRequested(false); });
    connect(m_ui->actionLockNow, &QAction::triggered, this, &MainWindow::lockSession);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->actionWorklist, &QAction::triggered, this, &MainWindow::showWorklist);
    connect(m_ui->actionMeetings, &QAction::triggered, this, &MainWindow::showMeetings);
    connect(m_ui->actionBoardActions, &QAction::triggered, this, &MainWindow::showActions);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionNewReferral, &QAction::triggered, this, &MainWindow::newReferral);
    connect(m_ui->importReferralAction, &QAction::triggered, this, &MainWindow::importReferral);
    m_ui->fileMenu->setToolTipsVisible(true); // a greyed-out action says why
    connect(m_ui->actionBackUpNow, &QAction::triggered, this, &MainWindow::backUpNow);
    connect(m_worklist, &WorklistPage::caseOpened, this, &MainWindow::openCase);
    connect(m_labImport, &LabImportActions::resultsImported, this, &MainWindow::refresh);
    connect(m_case, &CasePage::backRequested, this, &MainWindow::showWorklist);
    connect(m_case, &CasePage::caseChanged, m_worklist, &WorklistPage::refresh);
    connect(m_lock, &LockScreen::unlocked, this, &MainWindow::unlock);
    connect(m_lock, &LockScreen::switchUserRequested, this, [this] { emit logoutRequested(true); });
}

void MainWindow::restoreWindowState()
{
    const LocalSettings settings;
    const QByteArray geometry = settings.value(LocalSettings::Key::MainWindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // first run on this workstation: most of the screen, never less than the minimum
        const QRect screen = QGuiApplication::primaryScreen()
                                 ? QGuiApplication::primaryScreen()->availableGeometry()
                                 : QRect(0, 0, 1280, 820);
        resize(qMax(minimumWidth(), screen.width() * 9 / 10),
               qMax(minimumHeight(), screen.height() * 9 / 10));
    }
    restoreState(settings.value(LocalSettings::Key::MainWindowState).toByteArray());
}

void MainWindow::startSession()
{
    m_sessionEnded = false;
    enableReferralActions(true);
    showWorklist();
    m_idle->start();
    m_backups->start();
}

void MainWindow::endSession()
{
    if (m_sessionEnded)
        return;
    m_sessionEnded = true;
    m_idle->stop();
    m_backups->stop();
    LocalSettings settings;
    settings.setValue(LocalSettings::Key::MainWindowGeometry, saveGeometry());
    settings.setValue(LocalSettings::Key::MainWindowState, saveState());
}

void MainWindow::setIdleTimeoutMs(int ms)
{
    m_idle->setTimeoutMs(ms);
}

bool MainWindow::isLocked() const
{
    return m_ui->pageStack->currentWidget() == m_lock;
}

bool MainWindow::mayLeaveCase()
{
    return m_ui->pageStack->currentWidget() != m_case || m_case->mayLeave();
}

void MainWindow::showWorklist()
{
    if (isLocked() || !mayLeaveCase())
        return;
    m_case->clear();
    m_ui->pageStack->setCurrentWidget(m_worklist);
    m_worklist->activate();
    statusBar()->clearMessage();
}

void MainWindow::showMeetings()
{
    if (isLocked() || !mayLeaveCase())
        return;
    m_case->clear();
    m_meetings->refresh();
    m_ui->pageStack->setCurrentWidget(m_meetings);
    statusBar()->clearMessage();
}

void MainWindow::showActions()
{
    if (isLocked() || !mayLeaveCase())
        return;
    m_case->clear();
    m_actions->refresh();
    m_ui->pageStack->setCurrentWidget(m_actions);
    statusBar()->clearMessage();
}

void MainWindow::openCase(qint64 caseId)
{
    if (isLocked() || (m_case->caseId() != caseId && !mayLeaveCase()))
        return;
    if (!m_case->showCase(caseId))
        return;
    m_ui->pageStack->setCurrentWidget(m_case);
}

void MainWindow::refresh()
{
    if (isLocked())
        return;
    if (m_ui->pageStack->currentWidget() == m_case && m_case->caseId() > 0)
        m_case->showCase(m_case->caseId());
    else if (m_ui->pageStack->currentWidget() == m_meetings)
        m_meetings->refresh();
    else if (m_ui->pageStack->currentWidget() == m_actions)
        m_actions->refresh();
    else
        m_worklist->refresh();
    statusBar()->showMessage(tr("Refreshed from the database."), 3000);
}

void MainWindow::lockSession()
{
    if (isLocked() || m_sessionEnded)
        return;
    // dialogs may show patient data too; closed at once (done(), not reject(): a dialog that
    // asks about its unsaved changes would leave them on screen until answered)
    const auto dialogs = findChildren<QDialog*>();
    for (QDialog* d : dialogs)
        if (d->isVisible())
            d->done(QDialog::Rejected);
    m_ws.auth().recordSessionLocked(m_user);
    CB_LOG_INFO("session of user {} locked", m_user.id);
    m_idle->stop();
    m_pageBeforeLock = m_ui->pageStack->currentWidget();
    m_ui->pageStack->setCurrentWidget(m_lock);
    m_lock->lock(m_user);
    setSessionActionsEnabled(false);
    statusBar()->clearMessage();
}

void MainWindow::unlock()
{
    setSessionActionsEnabled(true);
    m_ui->pageStack->setCurrentWidget(m_pageBeforeLock ? m_pageBeforeLock : m_worklist);
    if (m_ui->pageStack->currentWidget() == m_worklist)
        m_worklist->activate();
    m_idle->start();
}

void MainWindow::newReferral()
{
    if (isLocked())
        return;
    if (auto st = m_ws.require(m_user, {core::Action::EditCaseData, {}, QStringLiteral("case.register")});
        !st.ok()) {
        MessageBox::warning(this, tr("New referral"), st.error().message);
        return;
    }
    auto* dialog = new NewReferralDialog(m_ws, m_user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewReferralDialog::caseRegistered, this, [this](qint64 caseId) {
        m_worklist->refresh();
        openCase(caseId);
    });
    connect(dialog, &NewReferralDialog::openCaseRequested, this, [this, dialog](qint64 caseId) {
        dialog->reject();
        openCase(caseId);
    });
    dialog->open();
}

void MainWindow::enableReferralActions(bool enabled)
{
    const Status may = core::PermissionPolicy::check(m_user, core::Action::EditCaseData);
    m_ui->actionNewReferral->setEnabled(enabled && may.ok());
    m_ui->importReferralAction->setEnabled(enabled && may.ok());
    m_ui->importReferralAction->setToolTip(
        may.ok() ? tr("Register a referral from another hospital's FHIR R4 bundle, after a preview of what "
                      "it creates")
                 : may.error().message);
}

void MainWindow::importReferral()
{
    if (isLocked())
        return;
    if (auto st = m_ws.require(m_user, {core::Action::EditCaseData, {}, QStringLiteral("case.import")});
        !st.ok()) {
        MessageBox::warning(this, tr("Import referral"), st.error().message);
        return;
    }
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    const QString file = FileDialog::getOpenFileName(this, tr("Import referral"), folder,
                                                     tr("FHIR JSON (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    auto* dialog = new FhirImportPreviewDialog(m_ws, m_user, file, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FhirImportPreviewDialog::imported, this, [this](qint64 caseId) {
        m_worklist->refresh();
        openCase(caseId);
        statusBar()->showMessage(tr("Referral imported as case %1.").arg(caseId), 8000);
    });
    dialog->open();
}

void MainWindow::backUpNow()
{
    if (isLocked())
        return;
    if (!m_backups->isAvailable()) {
        auto file = services::BackupService::sqliteFileOf(m_ws.displayUrl());
        MessageBox::information(this, tr("Back up now"), file.ok() ? QString() : file.error().message);
        return;
    }
    const QString target =
        FileDialog::getSaveFileName(this, tr("Back up the database"), m_backups->proposedFile(),
                                    tr("CellBoard backups (*.backup.sqlite);;All files (*)"));
    if (target.isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto r = m_backups->backUpTo(target);
    QGuiApplication::restoreOverrideCursor();
    if (!r.ok()) {
        MessageBox::critical(this, tr("Back up now"), r.error().message);
        return;
    }
    statusBar()->showMessage(tr("Backup written and verified."), 8000);
    MessageBox::information(this, tr("Back up now"),
                            tr("The backup is written and verified:\n%1\n\nSchema %2 · integrity ok · audit "
                               "chain intact (%3 entries, %4 signatures verified). Keep it where the "
                               "database's disk cannot take it along.")
                                .arg(r->file)
                                .arg(r->schemaVersion)
                                .arg(r->audit.entries)
                                .arg(r->audit.signatures));
}

void MainWindow::updateBackupStatus()
{
    m_statusPanel->setLastBackup(m_backups->latest(), m_backups->isAvailable());
}

Status MainWindow::backUpOnQuit()
{
    auto r = m_backups->backUpOnQuit();
    if (!r.ok())
        return r.error();
    return {};
}

void MainWindow::setSessionActionsEnabled(bool enabled)
{
    enableReferralActions(enabled);
    m_ui->actionLockNow->setEnabled(enabled);
    m_ui->actionWorklist->setEnabled(enabled);
    m_ui->actionMeetings->setEnabled(enabled);
    m_ui->actionBoardActions->setEnabled(enabled);
    m_ui->actionRefresh->setEnabled(enabled);
    m_ui->actionBackUpNow->setEnabled(enabled);
    m_labImport->setEnabled(enabled);
}

void MainWindow::showAbout()
{
    MessageBox::information(this, tr("About CellBoard"),
                            tr("CellBoard %1\nThe CAR-T cell therapy tumor board workspace.\n\n"
                               "Report renderer %2\nDatabase: %3")
                                .arg(QCoreApplication::applicationVersion(),
                                     report::ReportInfo::rendererVersion(), m_ws.displayUrl()));
}

void MainWindow::showSettings()
{
    if (isLocked())
        return;
    auto* dialog = new SettingsDialog(m_ws, m_user, this);
    dialog->setObjectName(QStringLiteral("settingsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::databaseRestored, this, &MainWindow::sessionRestartRequested,
            Qt::QueuedConnection);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // program settings apply now; language and database at the next start (the dialog says so)
        m_idle->setTimeoutMs(qBound(1, m_ws.settings().idleLockMinutes(), 24 * 60) * 60 * 1000);
        m_backups->start(); // the backup schedule applies at once
        updateBackupStatus();
        statusBar()->showMessage(dialog->needsRestart()
                                     ? tr("Settings saved. The language or database change applies the "
                                          "next time CellBoard starts.")
                                     : tr("Settings saved."),
                                 8000);
    });
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    event->accept();
    if (!m_sessionEnded)
        emit quitRequested();
}

} // namespace cb::gui
