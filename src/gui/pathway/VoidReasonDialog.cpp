#include "gui/pathway/VoidReasonDialog.h"

#include "core/TextLimits.h"
#include "core/pathway/CorrectionRules.h"
#include "gui/widgets/TextLimit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cb::gui {

namespace {

std::optional<QString> s_next;

} // namespace

VoidReasonDialog::VoidReasonDialog(const QString& what, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("voidReasonDialog"));
    setWindowTitle(tr("Void %1").arg(what));
    auto* layout = new QVBoxLayout(this);
    auto* text =
        new QLabel(tr("The %1 stays in the record, struck through and marked with your name, the time and "
                      "this reason; it no longer counts. Why is it void?")
                       .arg(what),
                   this);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("voidReasonEdit"));
    m_reason->setPlaceholderText(tr("e.g. entered on the wrong patient"));
    m_reason->setTabChangesFocus(true);
    layout->addWidget(m_reason);
    layout->addWidget(TextLimit::apply(m_reason, core::TextLimits::kLong));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("Void"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("voidConfirmButton"));
    m_ok->setEnabled(false);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_ok->setEnabled(core::CorrectionRules::checkReason(reason()).ok()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString VoidReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

std::optional<QString> VoidReasonDialog::ask(QWidget* parent, const QString& what)
{
    if (s_next) {
        const QString answer = *s_next;
        s_next.reset();
        if (answer.isNull())
            return std::nullopt;
        return answer;
    }
    VoidReasonDialog dialog(what, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

void VoidReasonDialog::setNextReason(const QString& reason)
{
    s_next = reason;
}

} // namespace cb::gui
