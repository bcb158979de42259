#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cb::gui {

// An electronic signature: shows who signs, as what, and the meaning of the signature; the
// signer confirms the meaning and re-enters the password.
class SignatureDialog : public QDialog
{
    Q_OBJECT
public:
    SignatureDialog(const QString& signer, const QString& role, const QString& meaning,
                    QWidget* parent = nullptr);
    QString password() const;
    void showError(const QString& message);
    int exec() override;

    // Tests: the next dialog is not shown; it is confirmed with this password (KeePassXC-style
    // seam, like MessageBox::setNextAnswer). An empty string cancels it.
    static void setNextPassword(const QString& password);
    static int shownCount();

private:
    void updateOk();
    QLineEdit* m_password = nullptr;
    QCheckBox* m_confirm = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
    bool m_answeredBySeam = false;
};

} // namespace cb::gui
