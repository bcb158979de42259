#include "gui/intake/ReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cb::gui {

ReasonDialog::ReasonDialog(const QString& title, const QString& question, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(question, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(110);
    label->setBuddy(m_reason);
    layout->addWidget(m_reason);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] {
        const int n = m_reason->toPlainText().trimmed().size();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(n > 0 && n <= 2000);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

} // namespace cb::gui
