#pragma once

#include "core/UserIdentity.h"

#include <QWidget>
#include <memory>

namespace Ui {
class LockScreen;
}

namespace cb::services {
class Workspace;
}

namespace cb::gui {

// The page that covers patient data while the session is locked: the same user unlocks with
// their password, or someone else logs in (which ends the locked session).
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(services::Workspace& ws, QWidget* parent = nullptr);
    ~LockScreen() override;

    void lock(const core::UserIdentity& user);
    QString errorText() const;

signals:
    void unlocked();
    void switchUserRequested();

public slots:
    void attemptUnlock();

private:
    void showError(const QString& message);

    services::Workspace& m_ws;
    core::UserIdentity m_user;
    std::unique_ptr<Ui::LockScreen> m_ui;
};

} // namespace cb::gui
