#pragma once

#include <QDialog>
#include <QString>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace cb::gui {

// Asks why a recorded step or assessment is voided (the reason is mandatory and kept with the
// record). Goes through ask(), so a test answers it with setNextReason() instead of a timer.
class VoidReasonDialog : public QDialog
{
    Q_OBJECT
public:
    VoidReasonDialog(const QString& what, QWidget* parent = nullptr);
    QString reason() const;

    // The reason, or nothing when the user cancelled.
    static std::optional<QString> ask(QWidget* parent, const QString& what);
    // Tests: the next ask() is not shown and returns this (a null QString: cancelled).
    static void setNextReason(const QString& reason);

private:
    QPlainTextEdit* m_reason = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace cb::gui
