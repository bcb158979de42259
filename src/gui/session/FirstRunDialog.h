#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class FirstRunDialog;
}

namespace cb::services {
class Workspace;
}

namespace cb::gui {

// First run of an empty database: creates the administrator account (username, printed name,
// password twice). The service checks the username and the password's strength.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(services::Workspace& ws, QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    QString createdUsername() const { return m_createdUsername; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    void showError(const QString& message);

    services::Workspace& m_ws;
    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    QString m_createdUsername;
};

} // namespace cb::gui
