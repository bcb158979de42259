#pragma once

#include <QProxyStyle>

namespace cb::gui {

// Fusion with roomier item views: cells and headers get wider text margins, so a
// right-aligned number never touches the text of the next column.
class CellBoardStyle : public QProxyStyle
{
    Q_OBJECT
public:
    CellBoardStyle();
    int pixelMetric(PixelMetric metric, const QStyleOption* option = nullptr,
                    const QWidget* widget = nullptr) const override;
};

} // namespace cb::gui
