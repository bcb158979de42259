#pragma once

#include <QStyledItemDelegate>

namespace cb::gui {

// Paints a state column as chips (text on the state's colour). The model gives the state's
// stable id under stateIdRole and its label under Qt::DisplayRole.
class StateChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    StateChipDelegate(int stateIdRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_stateIdRole;
};

} // namespace cb::gui
