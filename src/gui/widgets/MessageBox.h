#pragma once

#include <QMessageBox>
#include <QString>

namespace cb::gui {

// Every modal message box of CellBoard goes through here, so a test answers it with
// setNextAnswer() instead of racing a timer (KeePassXC's seam).
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button critical(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget* parent, const QString& title, const QString& text,
                          Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget* parent, const QString& title, const QString& text,
                              Buttons buttons = QMessageBox::Ok,
                              Button defaultButton = QMessageBox::NoButton);
    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::No);

    // Tests: the next box is not shown and returns this answer. NoButton shows boxes again.
    static void setNextAnswer(Button answer);
    // Tests: the text of the last box asked for (shown or answered), and how many were asked.
    static QString lastText();
    static int askedCount();

private:
    static Button ask(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
                      Buttons buttons, Button defaultButton);
};

} // namespace cb::gui
