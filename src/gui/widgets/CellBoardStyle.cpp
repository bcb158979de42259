#include "gui/widgets/CellBoardStyle.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QStyleFactory>

namespace cb::gui {

CellBoardStyle::CellBoardStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

int CellBoardStyle::pixelMetric(PixelMetric metric, const QStyleOption* option, const QWidget* widget) const
{
    if (metric == PM_FocusFrameHMargin && qobject_cast<const QAbstractItemView*>(widget) &&
        !qobject_cast<const QHeaderView*>(widget))
        return 7; // text margin of a cell: this + 1 on each side
    if (metric == PM_HeaderMargin)
        return 8;
    return QProxyStyle::pixelMetric(metric, option, widget);
}

} // namespace cb::gui
