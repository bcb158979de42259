#include "gui/widgets/InputDialog.h"

#include "gui/widgets/TextLimit.h"

#include <QInputDialog>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVariant>
#include <optional>

namespace cb::gui {

namespace {

// the answer a test gave for the next dialog: a value (OK) or an invalid QVariant (Cancel)
std::optional<QVariant> g_next;
QString g_lastLabel;
int g_askedCount = 0;

bool answered(const QString& label, QVariant* answer)
{
    g_lastLabel = label;
    ++g_askedCount;
    if (!g_next)
        return false;
    *answer = *g_next;
    g_next.reset();
    return true;
}

QString askText(QWidget* parent, const QString& title, const QString& label, const QString& text, bool* ok,
                qsizetype limit, bool multiLine)
{
    QVariant answer;
    if (answered(label, &answer)) {
        if (ok)
            *ok = answer.isValid();
        return answer.isValid() ? answer.toString() : QString();
    }
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("inputDialog"));
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setInputMode(QInputDialog::TextInput);
    if (multiLine)
        dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setTextValue(text);
    if (limit > 0) {
        if (auto* edit = dialog.findChild<QLineEdit*>(); edit && !multiLine)
            TextLimit::apply(edit, limit);
        if (auto* edit = dialog.findChild<QPlainTextEdit*>(); edit && multiLine)
            if (auto* counter = TextLimit::apply(edit, limit); counter && dialog.layout())
                dialog.layout()->addWidget(counter);
    }
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (ok)
        *ok = accepted;
    return accepted ? dialog.textValue() : QString();
}

} // namespace

void InputDialog::setNextText(const QString& text)
{
    g_next = QVariant(text);
}

void InputDialog::setNextInt(int value)
{
    g_next = QVariant(value);
}

void InputDialog::setNextCancel()
{
    g_next = QVariant();
}

QString InputDialog::lastLabel()
{
    return g_lastLabel;
}

int InputDialog::askedCount()
{
    return g_askedCount;
}

QString InputDialog::getText(QWidget* parent, const QString& title, const QString& label, const QString& text,
                             bool* ok, qsizetype limit)
{
    return askText(parent, title, label, text, ok, limit, false);
}

QString InputDialog::getMultiLineText(QWidget* parent, const QString& title, const QString& label,
                                      const QString& text, bool* ok, qsizetype limit)
{
    return askText(parent, title, label, text, ok, limit, true);
}

int InputDialog::getInt(QWidget* parent, const QString& title, const QString& label, int value, int min,
                        int max, int step, bool* ok)
{
    QVariant answer;
    if (answered(label, &answer)) {
        if (ok)
            *ok = answer.isValid();
        return answer.isValid() ? answer.toInt() : value;
    }
    return QInputDialog::getInt(parent, title, label, value, min, max, step, ok);
}

} // namespace cb::gui
