#pragma once

#include "core/Review.h"
#include "gui/widgets/FieldErrors.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cb::gui {

// A new action set by the board: what is to be done, who owns it, by when.
class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    ActionDialog(QDate today, QWidget* parent = nullptr);
    core::DecisionAction action() const;

public slots:
    // Closing with a description or owner typed asks first (discard or stay).
    void reject() override;

private:
    void validate();

    QPlainTextEdit* m_description = nullptr;
    QLineEdit* m_owner = nullptr;
    QDateEdit* m_due = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QDate m_today;
    FieldErrors m_dueErrors;
};

// When and how the board's outcome went to the referring physician, and who sent it.
class CommunicationDialog : public QDialog
{
    Q_OBJECT
public:
    CommunicationDialog(const QString& sender, const QDateTime& now, QWidget* parent = nullptr);
    core::Communication communication() const;

private:
    void validate();

    QDateTimeEdit* m_sentAt = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_sentBy = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QDateTime m_now;
};

} // namespace cb::gui
