#pragma once

#include "core/UserIdentity.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ChangePasswordDialog;
}

namespace cb::services {
class Workspace;
}

namespace cb::gui {

// Changing one's own password; required before the main window when the account must change
// it (a new account or a reset by an administrator).
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    // `verifiedPassword`: the current password, just typed at the login (it is not asked again).
    ChangePasswordDialog(services::Workspace& ws, const core::UserIdentity& user, bool required,
                         QWidget* parent = nullptr, const QString& verifiedPassword = {});
    ~ChangePasswordDialog() override;

    QString errorText() const;

public slots:
    void accept() override;

private:
    void showError(const QString& message);

    services::Workspace& m_ws;
    core::UserIdentity m_user;
    std::unique_ptr<Ui::ChangePasswordDialog> m_ui;
    QString m_verifiedPassword;
};

} // namespace cb::gui
