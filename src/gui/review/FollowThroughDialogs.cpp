#include "gui/review/FollowThroughDialogs.h"

#include "core/TextLimits.h"
#include "gui/widgets/TextLimit.h"
#include "gui/widgets/UnsavedChanges.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cb::gui {

namespace {
QLabel* problemLabel(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QStringLiteral("problemLabel"));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    return l;
}
} // namespace

ActionDialog::ActionDialog(QDate today, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("actionDialog"));
    setWindowTitle(tr("New action"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("actionDescriptionEdit"));
    m_description->setPlaceholderText(tr("e.g. Repeat echocardiogram after two cycles of bridging"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_owner = new QLineEdit(this);
    m_owner->setObjectName(QStringLiteral("actionOwnerEdit"));
    m_owner->setPlaceholderText(tr("Person or team responsible"));
    m_due = new QDateEdit(today.addDays(14), this);
    m_due->setObjectName(QStringLiteral("actionDueEdit"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // no minimum: a past date typed is not silently turned into another one, it is refused with why
    m_today = today;
    connect(m_due, &QDateEdit::dateChanged, this, &ActionDialog::validate);
    form->addRow(tr("&Action:"), m_description);
    form->addRow(QString(), TextLimit::apply(m_description, core::TextLimits::kLong));
    form->addRow(tr("&Owner:"), m_owner);
    TextLimit::apply(m_owner, core::TextLimits::kShort);
    form->addRow(tr("&Due date:"), m_due);
    m_dueErrors.add(QStringLiteral("due_date"), m_due);
    layout->addLayout(form);
    m_problem = problemLabel(this);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add action"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addActionOkButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_description, &QPlainTextEdit::textChanged, this, &ActionDialog::validate);
    connect(m_owner, &QLineEdit::textChanged, this, &ActionDialog::validate);
    validate();
    resize(460, sizeHint().height());
}

void ActionDialog::reject()
{
    const bool typed =
        !m_description->toPlainText().trimmed().isEmpty() || !m_owner->text().trimmed().isEmpty();
    if (UnsavedChanges::mayClose(this, typed, tr("The new action")))
        QDialog::reject();
}

void ActionDialog::validate()
{
    QString problem;
    if (m_description->toPlainText().trimmed().isEmpty())
        problem = tr("Describe the action.");
    else if (m_owner->text().trimmed().isEmpty())
        problem = tr("Name who owns the action.");
    else if (auto st = core::DecisionAction::checkDueDate(m_due->date(), m_today); !st.ok())
        problem = m_dueErrors.describe(st.error());
    m_dueErrors.clear();
    if (auto st = core::DecisionAction::checkDueDate(m_due->date(), m_today); !st.ok())
        m_dueErrors.present(st.error());
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

core::DecisionAction ActionDialog::action() const
{
    core::DecisionAction a;
    a.description = m_description->toPlainText().trimmed();
    a.owner = m_owner->text().trimmed();
    a.dueDate = m_due->date();
    return a;
}

CommunicationDialog::CommunicationDialog(const QString& sender, const QDateTime& now, QWidget* parent)
    : QDialog(parent), m_now(now)
{
    setObjectName(QStringLiteral("communicationDialog"));
    setWindowTitle(tr("Outcome sent to the referrer"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Record when the board's outcome went to the referring physician."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_sentAt = new QDateTimeEdit(now.toLocalTime(), this);
    m_sentAt->setObjectName(QStringLiteral("sentAtEdit"));
    m_sentAt->setCalendarPopup(true);
    m_sentAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    const QList<QPair<QString, QString>> methods{{QStringLiteral("letter"), tr("Letter")},
                                                 {QStringLiteral("email"), tr("Secure e-mail")},
                                                 {QStringLiteral("fax"), tr("Fax")},
                                                 {QStringLiteral("phone"), tr("Telephone")},
                                                 {QStringLiteral("in_person"), tr("In person")}};
    for (const auto& [id, label] : methods)
        m_method->addItem(label, id);
    m_sentBy = new QLineEdit(sender, this);
    m_sentBy->setObjectName(QStringLiteral("sentByEdit"));
    form->addRow(tr("&Sent on:"), m_sentAt);
    form->addRow(tr("&How:"), m_method);
    form->addRow(tr("Sent &by:"), m_sentBy);
    TextLimit::apply(m_sentBy, core::TextLimits::kShort);
    layout->addLayout(form);
    m_problem = problemLabel(this);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("recordCommunicationOkButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sentAt, &QDateTimeEdit::dateTimeChanged, this, &CommunicationDialog::validate);
    connect(m_sentBy, &QLineEdit::textChanged, this, &CommunicationDialog::validate);
    validate();
}

void CommunicationDialog::validate()
{
    QString problem;
    if (m_sentBy->text().trimmed().isEmpty())
        problem = tr("Name who sent the outcome.");
    else if (m_sentAt->dateTime().toUTC() > m_now.toUTC().addSecs(60))
        problem = tr("The time the outcome was sent cannot be in the future.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

core::Communication CommunicationDialog::communication() const
{
    core::Communication c;
    c.sentAt = m_sentAt->dateTime().toUTC();
    c.method = m_method->currentData().toString();
    c.sentBy = m_sentBy->text().trimmed();
    return c;
}

} // namespace cb::gui
