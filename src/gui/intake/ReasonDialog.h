#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace cb::gui {

// Asks for the reason of a correction, a void ("entered in error") or a reopening: required,
// shown in the audit. OK stays disabled until a reason is typed.
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    ReasonDialog(const QString& title, const QString& question, QWidget* parent = nullptr);
    QString reason() const;

private:
    QPlainTextEdit* m_reason = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace cb::gui
