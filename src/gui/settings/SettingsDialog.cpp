#include "gui/settings/SettingsDialog.h"

#include "core/BackupName.h"
#include "core/BackupSchedule.h"
#include "core/PermissionPolicy.h"
#include "core/Vocabulary.h"
#include "core/grading/GradingOptionsJson.h"
#include "gui/session/BackupScheduler.h"
#include "gui/settings/GradingConventionsEditor.h"
#include "gui/widgets/FileDialog.h"
#include "gui/widgets/MessageBox.h"
#include "platform/Language.h"
#include "platform/LocalSettings.h"
#include "platform/Paths.h"
#include "services/BackupService.h"
#include "services/SettingsService.h"
#include "services/Workspace.h"
#include "ui_SettingsDialog.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QPushButton>

namespace cb::gui {

using platform::LocalSettings;
using Key = services::SettingsService::Key;

namespace {

QString languageName(const QString& language)
{
    // each language is named in its own words, so anyone can find theirs
    return language == platform::Language::chinese() ? QStringLiteral("简体中文") : QStringLiteral("English");
}

} // namespace

SettingsDialog::SettingsDialog(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent)
    : QDialog(parent), m_ws(ws), m_user(user), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    m_isAdministrator = user.hasRole(core::Role::Administrator);

    const QString system = platform::Language::resolve(platform::Language::system());
    m_ui->languageCombo->addItem(tr("Follow the system (%1)").arg(languageName(system)),
                                 platform::Language::system());
    m_ui->languageCombo->addItem(languageName(platform::Language::english()), platform::Language::english());
    m_ui->languageCombo->addItem(languageName(platform::Language::chinese()), platform::Language::chinese());

    m_ui->databaseEdit->setPlaceholderText(platform::Paths::defaultDatabaseFile());
    m_ui->databaseNote->setText(tr("In use now: %1. A change takes effect the next time CellBoard starts; "
                                   "leave the field empty for this workstation's own database file.")
                                    .arg(ws.displayUrl()));
    connect(m_ui->browseDatabaseButton, &QPushButton::clicked, this, &SettingsDialog::browseDatabase);

    auto* grid = m_ui->requiredDisciplinesGrid;
    int i = 0;
    for (const auto& d : core::disciplines()) {
        auto* box = new QCheckBox(core::label(d.value), m_ui->requiredDisciplinesGroup);
        box->setObjectName(QStringLiteral("requiredDiscipline_") + core::toId(d.value));
        box->setProperty("disciplineId", core::toId(d.value));
        grid->addWidget(box, i / 2, i % 2);
        m_disciplineBoxes << box;
        ++i;
    }
    m_ui->idleLockSpin->setSuffix(tr(" min"));
    m_ui->paperSizeCombo->addItem(tr("A4"), QStringLiteral("a4"));
    m_ui->paperSizeCombo->addItem(tr("Letter"), QStringLiteral("letter"));

    QPushButton* save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveSettingsButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    m_grading = new GradingConventionsEditor(m_ui->settingsTabs);
    m_ui->settingsTabs->addTab(m_grading, tr("&Grading"));

    // program-wide settings: read-only for everyone but administrators (the service enforces it)
    const QString adminOnly = tr("Only an administrator changes this setting: it applies to the whole "
                                 "program and every change is recorded in the audit trail.");
    const QList<QWidget*> programWide{
        m_ui->institutionNameEdit,    m_ui->institutionAddressEdit,   m_ui->institutionPhoneEdit,
        m_ui->coordinatorContactEdit, m_ui->requiredDisciplinesGroup, m_ui->idleLockSpin,
        m_ui->paperSizeCombo,         m_ui->meetingRequiredCheck,     m_grading};
    for (QWidget* w : programWide) {
        w->setEnabled(m_isAdministrator);
        if (!m_isAdministrator)
            w->setToolTip(adminOnly);
    }
    if (!m_isAdministrator)
        for (QCheckBox* box : std::as_const(m_disciplineBoxes))
            box->setToolTip(adminOnly);
    m_ui->adminNote->setText(tr("You may change this workstation's language and database. The program "
                                "settings on the other tabs are changed by an administrator."));
    m_ui->adminNote->setVisible(!m_isAdministrator);
    m_ui->errorLabel->hide();
    setUpBackups();
    load();
}

void SettingsDialog::setUpBackups()
{
    using core::BackupSchedule;
    for (const auto mode :
         {BackupSchedule::Mode::Off, BackupSchedule::Mode::OnQuit, BackupSchedule::Mode::Daily})
        m_ui->backupScheduleCombo->addItem(BackupSchedule::label(mode), BackupSchedule::id(mode));
    m_ui->backupKeepSpin->setRange(1, BackupSchedule::kMaxKeep);
    m_ui->backupKeepSpin->setSuffix(tr(" backups"));
    connect(m_ui->browseBackupFolderButton, &QPushButton::clicked, this, &SettingsDialog::browseBackupFolder);
    connect(m_ui->restoreBackupButton, &QPushButton::clicked, this, &SettingsDialog::restoreFromBackup);

    auto file = services::BackupService::sqliteFileOf(m_ws.displayUrl());
    const bool sqlite = file.ok();
    for (QWidget* w : QList<QWidget*>{m_ui->backupScheduleCombo, m_ui->backupFolderEdit,
                                      m_ui->browseBackupFolderButton, m_ui->backupKeepSpin})
        w->setEnabled(sqlite);
    if (!sqlite) {
        m_ui->backupNote->setText(file.error().message);
        m_ui->restoreBackupButton->setEnabled(false);
        m_ui->restoreNote->setText(
            tr("A PostgreSQL database is restored by its administrator with pg_restore."));
        return;
    }
    m_ui->backupFolderEdit->setPlaceholderText(services::BackupService::defaultFolderFor(*file));
    const auto found = services::BackupService::backupsOf(*file, BackupScheduler::searchFolders(*file));
    const QString latest = found.isEmpty()
                               ? tr("none yet")
                               : found.first().at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_ui->backupNote->setText(tr("Backups of this workstation's database %1 are verified after writing "
                                 "(integrity, audit trail, signatures) and readable by their owner only. "
                                 "Latest backup: %2. Choose a folder on another disk where you can.")
                                  .arg(*file, latest));
    const bool mayRestore = core::PermissionPolicy::allows(m_user, core::Action::ChangeSettings);
    m_ui->restoreBackupButton->setEnabled(mayRestore);
    m_ui->restoreNote->setText(
        mayRestore ? tr("The backup is checked first, and the database in use now is kept beside it with the "
                        "time in its name. Changes made after the backup are then only in that kept copy. "
                        "Everyone logs in again.")
                   : tr("Only an administrator restores the database from a backup."));
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    const LocalSettings local;
    const int language = m_ui->languageCombo->findData(local.value(LocalSettings::Key::Language).toString());
    m_ui->languageCombo->setCurrentIndex(qMax(0, language));
    m_ui->databaseEdit->setText(local.value(LocalSettings::Key::LastDatabase).toString());
    m_ui->backupScheduleCombo->setCurrentIndex(
        qMax(0, m_ui->backupScheduleCombo->findData(core::BackupSchedule::id(BackupScheduler::mode()))));
    m_ui->backupFolderEdit->setText(local.value(LocalSettings::Key::BackupFolder).toString());
    m_ui->backupKeepSpin->setValue(BackupScheduler::keep());

    auto& settings = m_ws.settings();
    m_ui->institutionNameEdit->setText(settings.value(Key::InstitutionName));
    m_ui->institutionAddressEdit->setText(settings.value(Key::InstitutionAddress));
    m_ui->institutionPhoneEdit->setText(settings.value(Key::InstitutionPhone));
    m_ui->coordinatorContactEdit->setText(settings.value(Key::CoordinatorContact));
    const QList<core::Discipline> required = settings.requiredDisciplines();
    for (QCheckBox* box : std::as_const(m_disciplineBoxes)) {
        const auto d = core::fromId(core::disciplines(), box->property("disciplineId").toString());
        box->setChecked(d && required.contains(*d));
    }
    m_ui->idleLockSpin->setValue(settings.idleLockMinutes());
    m_ui->paperSizeCombo->setCurrentIndex(
        qMax(0, m_ui->paperSizeCombo->findData(settings.value(Key::PaperSize))));
    m_ui->meetingRequiredCheck->setChecked(settings.meetingRequiredForVerdict());
    m_grading->setOptions(settings.gradingOptions());
}

QString SettingsDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

QString SettingsDialog::requiredDisciplineIds() const
{
    QStringList ids;
    for (QCheckBox* box : m_disciplineBoxes)
        if (box->isChecked())
            ids << box->property("disciplineId").toString();
    return ids.join(QLatin1Char(','));
}

void SettingsDialog::showError(const QString& message, QWidget* field)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    if (!field)
        return;
    for (QWidget* w = field; w; w = w->parentWidget()) {
        const int tab = m_ui->settingsTabs->indexOf(w);
        if (tab >= 0) {
            m_ui->settingsTabs->setCurrentIndex(tab);
            break;
        }
    }
    field->setFocus();
}

void SettingsDialog::browseDatabase()
{
    const QString start = m_ui->databaseEdit->text().trimmed().isEmpty()
                              ? platform::Paths::defaultDatabaseFile()
                              : m_ui->databaseEdit->text().trimmed();
    const QString file = FileDialog::getOpenFileName(
        this, tr("Choose the CellBoard database"), QFileInfo(start).absolutePath(),
        tr("CellBoard databases (*.sqlite *.db);;All files (*)"));
    if (!file.isEmpty())
        m_ui->databaseEdit->setText(file);
}

void SettingsDialog::browseBackupFolder()
{
    const QString start = m_ui->backupFolderEdit->text().trimmed().isEmpty()
                              ? m_ui->backupFolderEdit->placeholderText()
                              : m_ui->backupFolderEdit->text().trimmed();
    const QString folder = FileDialog::getExistingDirectory(this, tr("Choose the backup folder"), start);
    if (!folder.isEmpty())
        m_ui->backupFolderEdit->setText(folder);
}

void SettingsDialog::restoreFromBackup()
{
    m_ui->errorLabel->hide();
    if (!core::PermissionPolicy::allows(m_user, core::Action::ChangeSettings))
        return;
    auto file = services::BackupService::sqliteFileOf(m_ws.displayUrl());
    if (!file.ok())
        return;
    const QString backup = FileDialog::getOpenFileName(
        this, tr("Restore the database from a backup"), BackupScheduler::folderFor(*file),
        tr("CellBoard backups (*.backup.sqlite *.sqlite);;All files (*)"));
    if (backup.isEmpty())
        return;
    const services::BackupService service(m_ws.clock());
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto check = service.verify(backup);
    QGuiApplication::restoreOverrideCursor();
    if (!check.ok() || !check->ok()) {
        MessageBox::warning(this, tr("Restore from a backup"),
                            check.ok()
                                ? tr("The backup %1 cannot be restored: %2.").arg(backup, check->problem)
                                : check.error().message);
        return;
    }
    const auto name = core::BackupName::parse(backup);
    const QString taken = name
                              ? name->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                              : QFileInfo(backup).lastModified().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const auto answer = MessageBox::question(
        this, tr("Restore from a backup"),
        tr("Restore the database from this backup?\n\n%1\ntaken %2 · schema %3 · %4 audit entries and %5 "
           "signatures verified\n\nEverything recorded after the backup is replaced: it stays only in the "
           "database in use now, which is kept in the same folder with the time in its name. Everyone using "
           "this database logs in again.")
            .arg(backup, taken)
            .arg(check->schemaVersion)
            .arg(check->audit.entries)
            .arg(check->audit.signatures),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    services::RestoreRequest request;
    request.force = true;
    request.actor = m_user;
    request.via = QStringLiteral("settings");
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto outcome = service.restore(m_ws.displayUrl(), backup, request);
    QGuiApplication::restoreOverrideCursor();
    if (!outcome.ok()) {
        MessageBox::critical(this, tr("Restore from a backup"), outcome.error().message);
        return;
    }
    const QString message =
        outcome->keptAs.isEmpty()
            ? tr("The database was restored from %1. Log in again.").arg(QFileInfo(backup).fileName())
            : tr("The database was restored from %1; the one it replaced is kept as %2. Log in "
                 "again.")
                  .arg(QFileInfo(backup).fileName(), QFileInfo(outcome->keptAs).fileName());
    reject();
    emit databaseRestored(message);
}

bool SettingsDialog::saveProgramSettings()
{
    if (!m_isAdministrator)
        return true;
    struct Change
    {
        Key key;
        QString value;
        QWidget* field;
    };
    const QList<Change> wanted{
        {Key::InstitutionName, m_ui->institutionNameEdit->text().trimmed(), m_ui->institutionNameEdit},
        {Key::InstitutionAddress, m_ui->institutionAddressEdit->text().trimmed(),
         m_ui->institutionAddressEdit},
        {Key::InstitutionPhone, m_ui->institutionPhoneEdit->text().trimmed(), m_ui->institutionPhoneEdit},
        {Key::CoordinatorContact, m_ui->coordinatorContactEdit->text().trimmed(),
         m_ui->coordinatorContactEdit},
        {Key::RequiredDisciplines, requiredDisciplineIds(), m_ui->requiredDisciplinesGroup},
        {Key::IdleLockMinutes, QString::number(m_ui->idleLockSpin->value()), m_ui->idleLockSpin},
        {Key::PaperSize, m_ui->paperSizeCombo->currentData().toString(), m_ui->paperSizeCombo},
        {Key::GradingConventions, core::GradingOptionsJson::toText(m_grading->options()), m_grading},
        {Key::MeetingRequired,
         m_ui->meetingRequiredCheck->isChecked() ? QStringLiteral("true") : QStringLiteral("false"),
         m_ui->meetingRequiredCheck},
    };
    auto& settings = m_ws.settings();
    QList<Change> changes;
    for (const Change& c : wanted) {
        if (c.value == settings.value(c.key))
            continue;
        // every field first, so nothing is saved while another field is still wrong
        if (const Status st = services::SettingsService::validate(c.key, c.value); !st.ok()) {
            showError(st.error().message, c.field);
            return false;
        }
        changes << c;
    }
    for (const Change& c : std::as_const(changes)) {
        if (const Status st = settings.setValue(m_user, c.key, c.value); !st.ok()) {
            showError(st.error().message, c.field);
            return false;
        }
    }
    return true;
}

void SettingsDialog::saveWorkstationSettings()
{
    LocalSettings local;
    local.setValue(LocalSettings::Key::BackupSchedule, m_ui->backupScheduleCombo->currentData().toString());
    local.setValue(LocalSettings::Key::BackupFolder, m_ui->backupFolderEdit->text().trimmed());
    local.setValue(LocalSettings::Key::BackupKeep, m_ui->backupKeepSpin->value());
    const QString language = m_ui->languageCombo->currentData().toString();
    const QString database = m_ui->databaseEdit->text().trimmed();
    if (language != local.value(LocalSettings::Key::Language).toString()) {
        local.setValue(LocalSettings::Key::Language, language);
        m_needsRestart =
            m_needsRestart || platform::Language::resolve(language) != platform::Language::current();
    }
    if (database != local.value(LocalSettings::Key::LastDatabase).toString()) {
        local.setValue(LocalSettings::Key::LastDatabase, database);
        m_needsRestart = true;
    }
}

void SettingsDialog::accept()
{
    m_ui->errorLabel->hide();
    const QString database = m_ui->databaseEdit->text().trimmed();
    if (!database.isEmpty()) {
        if (const Status st = services::Workspace::checkAddress(database); !st.ok()) {
            showError(st.error().message, m_ui->databaseEdit);
            return;
        }
    }
    if (const QString folder = m_ui->backupFolderEdit->text().trimmed();
        !folder.isEmpty() && !QDir().mkpath(folder)) {
        showError(tr("Cannot create the backup folder %1: choose a folder you may write to.").arg(folder),
                  m_ui->backupFolderEdit);
        return;
    }
    if (!saveProgramSettings())
        return;
    saveWorkstationSettings();
    QDialog::accept();
}

} // namespace cb::gui
