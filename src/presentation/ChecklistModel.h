#pragma once

#include "core/checklist/ChecklistEvaluation.h"
#include "core/checklist/ChecklistTemplate.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace cb::presentation {

// A discipline's checklist as a table: one row per item with its answer (editable while the
// opinion is a draft), unit, date, and the engine's status shown as text and colour.
class ChecklistModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ItemColumn,
        QuestionColumn,
        AnswerColumn,
        UnitColumn,
        DateColumn,
        StatusColumn,
        WhyColumn,
        ColumnCount
    };
    enum Role { OptionsRole = Qt::UserRole + 1, ItemTypeRole, StatusIdRole };

    explicit ChecklistModel(QObject* parent = nullptr);

    void setChecklist(const core::ChecklistTemplate* checklist, const QJsonObject& answers,
                      const core::ChecklistEvaluation& evaluation);
    void setEvaluation(const core::ChecklistEvaluation& evaluation);
    // A stored version: its answers and the evaluation saved with it.
    void setStored(const core::ChecklistTemplate* checklist, const QJsonObject& answers,
                   const QJsonArray& evaluation);
    void setEditable(bool editable);
    const QJsonObject& answers() const { return m_answers; }
    QString statusIdAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Today for the dates typed into the date column (none may be later); the system date by default.
    void setToday(const QDate& today) { m_today = today; }

signals:
    void answersEdited();
    // An answer or a date was not taken; the reason is for the line beside the table.
    void inputRefused(const QString& reason);

private:
    bool setDate(int row, const QString& text);
    QString answerText(const core::ChecklistItem& item) const;
    QJsonObject evaluationOf(const QString& itemId) const;

    const core::ChecklistTemplate* m_checklist = nullptr;
    QJsonObject m_answers;
    QHash<QString, QJsonObject> m_evaluation;
    bool m_editable = false;
    QDate m_today;
};

} // namespace cb::presentation
