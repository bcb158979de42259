#include "gui/widgets/ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace cb::gui {

void resizeWithinScreen(QWidget* window, const QSize& preferred)
{
    const QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    QSize size = preferred;
    if (screen) {
        // room for the window manager's title bar and frame
        const QSize room = screen->availableGeometry().size() - QSize(16, 40);
        size = size.boundedTo(room).expandedTo(window->minimumSizeHint().boundedTo(room));
    }
    window->resize(size);
}

} // namespace cb::gui
