#include "gui/widgets/TextLimit.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QToolTip>

namespace cb::gui {

void TextLimit::apply(QLineEdit* edit, qsizetype limit)
{
    edit->setMaxLength(int(limit));
    const QString usual = edit->toolTip();
    QObject::connect(edit, &QLineEdit::textChanged, edit, [edit, limit, usual](const QString& text) {
        const bool reached = text.size() >= limit;
        edit->setProperty("limitReached", reached);
        if (!reached) {
            edit->setToolTip(usual);
            return;
        }
        const QString note = tr("At most %1 characters: the limit is reached.").arg(limit);
        edit->setToolTip(note);
        if (edit->isVisible())
            QToolTip::showText(edit->mapToGlobal(QPoint(0, edit->height())), note, edit);
    });
}

QLabel* TextLimit::apply(QPlainTextEdit* edit, qsizetype limit)
{
    auto* counter = new QLabel(edit->parentWidget());
    counter->setObjectName(edit->objectName() + QStringLiteral("Limit"));
    counter->setProperty("role", QStringLiteral("caption"));
    counter->setWordWrap(true);
    counter->hide();
    auto cut = std::make_shared<bool>(false);
    QObject::connect(edit, &QPlainTextEdit::textChanged, counter, [edit, counter, limit, cut] {
        const qsizetype n = edit->document()->characterCount() - 1; // without the final paragraph mark
        if (n > limit) {
            QTextCursor c(edit->document());
            c.setPosition(int(limit));
            c.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
            c.removeSelectedText(); // textChanged again, at the limit
            *cut = true;
            return;
        }
        if (n < limit)
            *cut = false;
        counter->setVisible(n * 10 >= limit * 9);
        counter->setStyleSheet(n >= limit ? QStringLiteral("QLabel { color: #a4161a; font-weight: 600; }")
                                          : QString());
        counter->setText(
            *cut ? tr("%1 of %2 characters: the limit; the pasted text was cut there.").arg(n).arg(limit)
            : n >= limit ? tr("%1 of %2 characters: the limit is reached.").arg(n).arg(limit)
                         : tr("%1 of %2 characters").arg(n).arg(limit));
    });
    return counter;
}

} // namespace cb::gui
