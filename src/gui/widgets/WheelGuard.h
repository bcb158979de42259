#pragma once

#include <QObject>

class QCoreApplication;

namespace cb::gui {

// Nothing changes without a deliberate act: a combo box, spin box (date and time edits too) or
// slider takes the mouse wheel only once it has the keyboard focus, anywhere in the application.
// Scrolling a form over an unfocused one scrolls the form instead of changing a finding. Such
// widgets take the focus by a click or Tab (Qt::StrongFocus), never by the wheel.
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    // Installs the guard once on the application (main and the GUI tests call this).
    static void install(QCoreApplication& app);
    // Whether the guard is installed on the application.
    static bool installed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit WheelGuard(QObject* parent) : QObject(parent) {}
};

} // namespace cb::gui
