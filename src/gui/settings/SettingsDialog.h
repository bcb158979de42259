#pragma once

#include "core/UserIdentity.h"

#include <QDialog>
#include <QList>
#include <memory>

class QCheckBox;

namespace Ui {
class SettingsDialog;
}

namespace cb::services {
class Workspace;
}

namespace cb::gui {

class GradingConventionsEditor;

// Settings in one dialog. This workstation's items (language, the database to open) are kept in
// LocalSettings and take effect the next time CellBoard starts, as the dialog says; its backups
// (schedule, folder, how many to keep) apply at once, and an administrator restores the database
// from a backup here (checked first; the database in use is kept; everyone logs in again). Program-wide
// items (institution details, the disciplines the review quorum requires, the idle lock, the
// paper size, the grading conventions) go through SettingsService, which allows only administrators and
// audits every change; for anyone else they are shown read-only with a tooltip that says why.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    QString errorText() const;
    // After Save: whether a change (language or database) waits for the next start.
    bool needsRestart() const { return m_needsRestart; }

public slots:
    void accept() override;

signals:
    // The database was restored from a backup: the session must start again (message: for the
    // login window).
    void databaseRestored(const QString& message);

private slots:
    void browseDatabase();
    void browseBackupFolder();
    void restoreFromBackup();

private:
    void load();
    void setUpBackups();
    bool saveProgramSettings();
    void saveWorkstationSettings();
    void showError(const QString& message, QWidget* field);
    QString requiredDisciplineIds() const;

    services::Workspace& m_ws;
    core::UserIdentity m_user;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QList<QCheckBox*> m_disciplineBoxes;
    GradingConventionsEditor* m_grading = nullptr; // the "Grading" tab
    bool m_isAdministrator = false;
    bool m_needsRestart = false;
};

} // namespace cb::gui
