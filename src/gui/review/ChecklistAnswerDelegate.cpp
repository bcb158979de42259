#include "gui/review/ChecklistAnswerDelegate.h"

#include "core/TextLimits.h"
#include "gui/widgets/TextLimit.h"
#include "presentation/ChecklistModel.h"

#include <QComboBox>
#include <QLineEdit>

namespace cb::gui {

QWidget* ChecklistAnswerDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                               const QModelIndex& index) const
{
    const QStringList options = index.data(presentation::ChecklistModel::OptionsRole).toStringList();
    if (options.isEmpty()) {
        auto* edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("answerEdit"));
        TextLimit::apply(edit, core::TextLimits::kLong);
        const QString type = index.data(presentation::ChecklistModel::ItemTypeRole).toString();
        if (type == QLatin1String("date"))
            edit->setPlaceholderText(tr("YYYY-MM-DD"));
        return edit;
    }
    Q_UNUSED(option);
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("answerCombo"));
    for (const QString& o : options) {
        const qsizetype bar = o.indexOf(QLatin1Char('|'));
        const QString id = o.left(bar);
        combo->addItem(id.isEmpty() ? tr("— not answered —") : o.mid(bar + 1), id);
    }
    return combo;
}

void ChecklistAnswerDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant v = index.data(Qt::EditRole);
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        QString id = v.toString();
        if (v.typeId() == QMetaType::Bool)
            id = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        const int i = combo->findData(id);
        combo->setCurrentIndex(i >= 0 ? i : 0);
        return;
    }
    if (auto* edit = qobject_cast<QLineEdit*>(editor))
        edit->setText(v.isValid() ? v.toString() : QString());
}

void ChecklistAnswerDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                           const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData());
        return;
    }
    if (auto* edit = qobject_cast<QLineEdit*>(editor))
        model->setData(index, edit->text());
}

} // namespace cb::gui
