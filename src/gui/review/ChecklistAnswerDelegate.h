#pragma once

#include <QStyledItemDelegate>

namespace cb::gui {

// Edits a checklist answer with the right control: a combo box for yes/no and choice items
// (options from presentation::ChecklistModel::OptionsRole), a line edit for numbers, dates and text.
class ChecklistAnswerDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace cb::gui
