#pragma once

#include <QSize>

class QWidget;

namespace cb::gui {

// Opens a window at its preferred size, but never larger than the working area of its screen
// (1366×768 laptops included): every button stays reachable.
void resizeWithinScreen(QWidget* window, const QSize& preferred);

} // namespace cb::gui
