#pragma once

#include <QString>
#include <QtGlobal>

class QWidget;

namespace cb::gui {

// Every QInputDialog of CellBoard goes through here, so a test answers it with setNextText() or
// setNextInt() (or setNextCancel()) instead of racing a timer, as gui::MessageBox does for boxes.
// `limit` (characters, 0: none) is the services' limit on the text (core::TextLimits).
class InputDialog
{
public:
    static QString getText(QWidget* parent, const QString& title, const QString& label,
                           const QString& text = {}, bool* ok = nullptr, qsizetype limit = 0);
    static QString getMultiLineText(QWidget* parent, const QString& title, const QString& label,
                                    const QString& text = {}, bool* ok = nullptr, qsizetype limit = 0);
    static int getInt(QWidget* parent, const QString& title, const QString& label, int value, int min,
                      int max, int step = 1, bool* ok = nullptr);

    // Tests: the next dialog is not shown and answers this (OK), or is cancelled.
    static void setNextText(const QString& text);
    static void setNextInt(int value);
    static void setNextCancel();
    // Tests: the label of the last dialog asked for (shown or answered), and how many were asked.
    static QString lastLabel();
    static int askedCount();
};

} // namespace cb::gui
