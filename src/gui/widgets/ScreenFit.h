#pragma once

#include <QSize>

class QWidget;

namespace cb::gui {

// Opens a window at its preferred size, but never larger than the working area of its screen
// (1366×768 laptops included): every button stays reachable.
void resizeWithinScreen(QWidget* window, const QSize& preferred);

// Gives a tab page a scrolling body and returns it, to lay the page out on: on a short screen the
// page scrolls instead of making the whole window taller than the screen.
QWidget* scrollingBody(QWidget* page);

} // namespace cb::gui
