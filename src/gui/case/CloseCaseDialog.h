#pragma once

#include "core/UserIdentity.h"

#include <QDialog>
#include <memory>

namespace Ui {
class CloseCaseDialog;
}

namespace cb::services {
class Workspace;
}

namespace cb::gui {

// Closing a case: a reason and a detail. The service decides (permission, state, conflicts)
// and its message shows in the dialog.
class CloseCaseDialog : public QDialog
{
    Q_OBJECT
public:
    CloseCaseDialog(services::Workspace& ws, const core::UserIdentity& user, qint64 caseId, qint64 rowVersion,
                    const QString& patientName, QWidget* parent = nullptr);
    ~CloseCaseDialog() override;

    QString errorText() const;

public slots:
    void accept() override;

private:
    services::Workspace& m_ws;
    core::UserIdentity m_user;
    qint64 m_caseId;
    qint64 m_rowVersion;
    std::unique_ptr<Ui::CloseCaseDialog> m_ui;
};

} // namespace cb::gui
