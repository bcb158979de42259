#include "gui/intake/RecordDialog.h"

#include "gui/widgets/MessageBox.h"
#include "gui/widgets/ScreenFit.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QShowEvent>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cb::gui {

RecordDialog::RecordDialog(QWidget* parent) : QDialog(parent)
{
    m_body = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_body->addLayout(m_form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setProperty("tone", QStringLiteral("danger"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();
    m_body->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_body->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
}

void RecordDialog::setProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

QString RecordDialog::problem() const
{
    return m_problem->text();
}

void RecordDialog::watch(QWidget* field)
{
    const auto dirty = [this] { m_dirty = true; };
    if (auto* e = qobject_cast<QLineEdit*>(field))
        connect(e, &QLineEdit::textEdited, this, dirty);
    else if (auto* t = qobject_cast<QPlainTextEdit*>(field))
        connect(t, &QPlainTextEdit::textChanged, this, dirty);
    else if (auto* c = qobject_cast<QComboBox*>(field))
        connect(c, &QComboBox::currentIndexChanged, this, dirty);
    else if (auto* b = qobject_cast<QAbstractButton*>(field))
        connect(b, &QAbstractButton::toggled, this, dirty);
    else if (auto* d = qobject_cast<QDateEdit*>(field))
        connect(d, &QDateEdit::dateChanged, this, dirty);
    else if (auto* s = qobject_cast<QAbstractSpinBox*>(field))
        connect(s, &QAbstractSpinBox::editingFinished, this, dirty);
}

void RecordDialog::accept()
{
    const QString why = save();
    setProblem(why);
    if (!why.isEmpty())
        return;
    m_dirty = false;
    QDialog::accept();
}

void RecordDialog::reject()
{
    if (m_dirty && MessageBox::question(this, tr("Discard your entries?"),
                                        tr("What you typed in this form is not saved. Close it and lose it?"),
                                        QMessageBox::Discard | QMessageBox::Cancel,
                                        QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    m_dirty = false;
    QDialog::reject();
}

void RecordDialog::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & Qt::ControlModifier)) {
        accept();
        return;
    }
    // Reaches the dialog only when the field let it through (a text box keeps its Enter, a
    // button presses itself).
    if (enter && event->modifiers() == Qt::NoModifier) {
        focusNextChild();
        return;
    }
    QDialog::keyPressEvent(event);
}

void RecordDialog::fitToScreen()
{
    // the size the form asked for (resize() before this call), never less than its content
    // needs, and never more than the screen has
    const QSize wanted = testAttribute(Qt::WA_Resized) ? size().expandedTo(sizeHint()) : sizeHint();
    resizeWithinScreen(this, wanted);
}

// A form row whose field is a row of widgets (a date with its precision, a value with its unit)
// has a label with a mnemonic but no buddy: Qt then shows the "&" itself. Its buddy is the first
// widget of the row that takes the focus.
static QWidget* firstFocusable(QLayout* layout)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        if (QWidget* w = item->widget(); w && w->focusPolicy() != Qt::NoFocus)
            return w;
        if (item->layout())
            if (QWidget* w = firstFocusable(item->layout()))
                return w;
    }
    return nullptr;
}

void RecordDialog::giveLabelsTheirBuddies()
{
    const auto forms = findChildren<QFormLayout*>();
    for (QFormLayout* f : forms)
        for (int row = 0; row < f->rowCount(); ++row) {
            QLayoutItem* label = f->itemAt(row, QFormLayout::LabelRole);
            QLayoutItem* field = f->itemAt(row, QFormLayout::FieldRole);
            auto* l = label ? qobject_cast<QLabel*>(label->widget()) : nullptr;
            if (!l || l->buddy() || !field)
                continue;
            if (field->widget() && field->widget()->focusPolicy() != Qt::NoFocus)
                l->setBuddy(field->widget());
            else if (field->layout())
                l->setBuddy(firstFocusable(field->layout()));
        }
}

void RecordDialog::showEvent(QShowEvent* event)
{
    giveLabelsTheirBuddies();
    QDialog::showEvent(event);
}

} // namespace cb::gui
