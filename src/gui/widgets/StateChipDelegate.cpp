#include "gui/widgets/StateChipDelegate.h"

#include "gui/widgets/Theme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace cb::gui {

namespace {
constexpr int kHorizontalPadding = 9;
constexpr int kVerticalMargin = 3;
constexpr int kLeftMargin = 8; // like the text of the other cells (CellBoardStyle)
} // namespace

StateChipDelegate::StateChipDelegate(int stateIdRole, QObject* parent)
    : QStyledItemDelegate(parent), m_stateIdRole(stateIdRole)
{
}

void StateChipDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    const auto state = core::fromId(core::caseStates(), index.data(m_stateIdRole).toString());
    if (!state) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // the row background (selection, alternating colours) without the text
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const Theme::ChipColors colors = Theme::stateColors(*state);
    QFont font = opt.font;
    font.setWeight(QFont::DemiBold);
    const QFontMetrics fm(font);
    const int width =
        qMin(fm.horizontalAdvance(text) + 2 * kHorizontalPadding, option.rect.width() - kLeftMargin - 4);
    const int height = qMin(fm.height() + 4, option.rect.height() - 2 * kVerticalMargin);
    QRectF chip(option.rect.left() + kLeftMargin, option.rect.center().y() - height / 2.0 + 0.5, width,
                height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(chip, height / 2.0, height / 2.0);
    painter->fillPath(path, colors.fill);
    painter->setPen(QPen(colors.border, 1));
    painter->drawPath(path);
    painter->setFont(font);
    painter->setPen(colors.text);
    painter->drawText(chip, Qt::AlignCenter,
                      fm.elidedText(text, Qt::ElideRight, width - 2 * kHorizontalPadding + 4));
    painter->restore();
}

QSize StateChipDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 2 * kHorizontalPadding + kLeftMargin;
    size.rheight() = qMax(size.height(), option.fontMetrics.height() + 4 + 2 * kVerticalMargin);
    return size;
}

} // namespace cb::gui
