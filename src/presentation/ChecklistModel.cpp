#include "presentation/ChecklistModel.h"

#include "core/checklist/ChecklistStatus.h"
#include "presentation/ClinicalLabels.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QJsonArray>
#include <QLocale>

namespace cb::presentation {

namespace {

QString language()
{
    return QLocale().name();
}

QString localized(const QJsonObject& text)
{
    const QString zh = text.value(QStringLiteral("zh_CN")).toString();
    if (language().startsWith(QLatin1String("zh")) && !zh.isEmpty())
        return zh;
    return text.value(QStringLiteral("en")).toString();
}

} // namespace

ChecklistModel::ChecklistModel(QObject* parent) : QAbstractTableModel(parent) {}

void ChecklistModel::setChecklist(const core::ChecklistTemplate* checklist, const QJsonObject& answers,
                                  const core::ChecklistEvaluation& evaluation)
{
    beginResetModel();
    m_checklist = checklist;
    m_answers = answers;
    m_evaluation.clear();
    for (const auto& item : evaluation.items)
        m_evaluation.insert(item.itemId, item.toJson());
    endResetModel();
}

void ChecklistModel::setEvaluation(const core::ChecklistEvaluation& evaluation)
{
    m_evaluation.clear();
    for (const auto& item : evaluation.items)
        m_evaluation.insert(item.itemId, item.toJson());
    if (rowCount() > 0)
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, WhyColumn));
}

void ChecklistModel::setStored(const core::ChecklistTemplate* checklist, const QJsonObject& answers,
                               const QJsonArray& evaluation)
{
    beginResetModel();
    m_checklist = checklist;
    m_answers = answers;
    m_evaluation.clear();
    for (const QJsonValue& v : evaluation)
        m_evaluation.insert(v.toObject().value(QStringLiteral("item")).toString(), v.toObject());
    endResetModel();
}

void ChecklistModel::setEditable(bool editable)
{
    m_editable = editable;
    if (rowCount() > 0)
        emit dataChanged(index(0, AnswerColumn), index(rowCount() - 1, AnswerColumn));
}

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_checklist ? 0 : int(m_checklist->items.size());
}

int ChecklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QJsonObject ChecklistModel::evaluationOf(const QString& itemId) const
{
    return m_evaluation.value(itemId);
}

QString ChecklistModel::statusIdAt(int row) const
{
    if (!m_checklist || row < 0 || row >= rowCount())
        return {};
    return evaluationOf(m_checklist->items.at(row).id)
        .value(QStringLiteral("status"))
        .toString(QStringLiteral("not_assessed"));
}

QString ChecklistModel::answerText(const core::ChecklistItem& item) const
{
    const QJsonValue raw = m_answers.value(item.id);
    const QJsonObject a = raw.isObject() ? raw.toObject() : QJsonObject{{QStringLiteral("value"), raw}};
    if (a.value(QStringLiteral("not_applicable")).toBool())
        return tr("Not applicable");
    const QJsonValue v = a.value(QStringLiteral("value"));
    if (v.isUndefined() || v.isNull())
        return {};
    switch (item.type) {
    case core::ChecklistItemType::Bool:
        return v.toBool() ? tr("Yes") : tr("No");
    case core::ChecklistItemType::Choice: {
        const QString id = v.isDouble() ? QString::number(v.toDouble()) : v.toString();
        if (const auto* o = item.option(id))
            return o->label.text(language());
        return id;
    }
    case core::ChecklistItemType::Number:
        return v.isDouble() ? QLocale().toString(v.toDouble(), 'g', 6) : v.toString();
    case core::ChecklistItemType::Date:
    case core::ChecklistItemType::Text:
        return v.toString();
    }
    return {};
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_checklist || index.row() >= rowCount())
        return {};
    const auto& item = m_checklist->items.at(index.row());
    const QJsonObject ev = evaluationOf(item.id);
    const QString status = ev.value(QStringLiteral("status")).toString(QStringLiteral("not_assessed"));
    if (role == StatusIdRole)
        return status;
    if (role == ItemTypeRole)
        return core::toId(item.type);
    if (role == OptionsRole) {
        QStringList options;
        if (item.type == core::ChecklistItemType::Bool)
            options << QStringLiteral("|") << QStringLiteral("true|") + tr("Yes")
                    << QStringLiteral("false|") + tr("No");
        for (const auto& o : item.options)
            options << o.id + QLatin1Char('|') + o.label.text(language());
        if (item.type == core::ChecklistItemType::Choice)
            options.prepend(QStringLiteral("|"));
        return options;
    }
    const QJsonValue raw = m_answers.value(item.id);
    const QJsonObject answer = raw.isObject() ? raw.toObject() : QJsonObject{{QStringLiteral("value"), raw}};
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case ItemColumn:
            return item.id;
        case QuestionColumn: {
            QString q = item.question.text(language());
            if (item.unverified)
                q += QStringLiteral(" ") + tr("[unverified]");
            return q;
        }
        case AnswerColumn: {
            if (role == Qt::EditRole) {
                const QJsonValue v = answer.value(QStringLiteral("value"));
                return v.toVariant();
            }
            QString text = answerText(item);
            if (answer.value(QStringLiteral("prefilled")).toBool() && !text.isEmpty())
                text += QStringLiteral("  ") + tr("(from record)");
            return text;
        }
        case UnitColumn:
            return ClinicalLabels::unitLabel(item.unit);
        case DateColumn: { // the value's own date, prefilled or typed (value_date as stored)
            const QString date = answer.value(QStringLiteral("value_date"))
                                     .toString(answer.value(QStringLiteral("date")).toString());
            if (date.isEmpty() && role == Qt::DisplayRole && item.freshnessDays &&
                m_answers.contains(item.id))
                return tr("date?"); // its freshness cannot be told without it
            return date;
        }
        case StatusColumn: {
            QString text;
            if (status == QLatin1String("ok"))
                text = tr("OK");
            else if (status == QLatin1String("concern"))
                text = tr("Concern");
            else if (status == QLatin1String("contraindication"))
                text = tr("Contraindication");
            else
                text = tr("Not assessed");
            if (ev.value(QStringLiteral("stale")).toBool())
                text += QStringLiteral(" · ") + tr("stale");
            return text;
        }
        case WhyColumn: {
            QStringList lines;
            for (const QJsonValue& r : ev.value(QStringLiteral("reasons")).toArray())
                lines << localized(r.toObject());
            return lines.join(QStringLiteral("; "));
        }
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        QStringList tip{item.question.text(language())};
        if (!item.source.isEmpty())
            tip << tr("Source: %1 %2").arg(item.source, item.evidence);
        for (const QJsonValue& r : ev.value(QStringLiteral("reasons")).toArray())
            tip << localized(r.toObject());
        for (const QJsonValue& r : ev.value(QStringLiteral("notes")).toArray())
            tip << localized(r.toObject());
        return tip.join(QLatin1Char('\n'));
    }
    if (index.column() == DateColumn && item.freshnessDays && m_answers.contains(item.id) &&
        answer.value(QStringLiteral("value_date")).toString().isEmpty()) {
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0x8a, 0x5a, 0x00));
        if (role == Qt::ToolTipRole)
            return tr("When was this value measured? It must be from the %n day(s) before the meeting.",
                      nullptr, *item.freshnessDays);
    }
    if (index.column() == StatusColumn) {
        if (role == Qt::ForegroundRole) {
            if (status == QLatin1String("contraindication"))
                return QBrush(QColor(0xa1, 0x1d, 0x2b));
            if (status == QLatin1String("concern"))
                return QBrush(QColor(0x8a, 0x5a, 0x00));
            if (status == QLatin1String("ok"))
                return QBrush(QColor(0x1d, 0x6b, 0x3a));
            return QBrush(QColor(0x5f, 0x66, 0x70));
        }
        if (role == Qt::BackgroundRole) {
            if (status == QLatin1String("contraindication"))
                return QBrush(QColor(0xfd, 0xe7, 0xe9));
            if (status == QLatin1String("concern"))
                return QBrush(QColor(0xfd, 0xf3, 0xdc));
        }
    }
    return {};
}

bool ChecklistModel::setDate(int row, const QString& text)
{
    const auto& item = m_checklist->items.at(row);
    const QJsonValue raw = m_answers.value(item.id);
    QJsonObject answer = raw.isObject() ? raw.toObject() : QJsonObject{{QStringLiteral("value"), raw}};
    if (text.isEmpty()) {
        answer.remove(QStringLiteral("value_date"));
    } else {
        QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            date = QLocale().toDate(text, QLocale::ShortFormat);
        if (!date.isValid()) {
            emit inputRefused(
                tr("%1: type the date as YYYY-MM-DD (\"%2\" is not a date).").arg(item.id, text));
            return false;
        }
        const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
        if (date > today) {
            emit inputRefused(tr("%1: %2 is in the future; give the day the value was measured.")
                                  .arg(item.id, date.toString(Qt::ISODate)));
            return false;
        }
        answer.insert(QStringLiteral("value_date"), date.toString(Qt::ISODate));
    }
    m_answers.insert(item.id, answer);
    emit inputRefused(QString());
    emit dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
    emit answersEdited();
    return true;
}

bool ChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_editable || role != Qt::EditRole || !m_checklist)
        return false;
    if (index.column() == DateColumn && (flags(index) & Qt::ItemIsEditable))
        return setDate(index.row(), value.toString().trimmed());
    if (index.column() != AnswerColumn)
        return false;
    const auto& item = m_checklist->items.at(index.row());
    // A typed value is the user's, with no date until one is given: the prefilled date was the
    // record's value's, not this one's.
    QJsonObject answer;
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        m_answers.remove(item.id);
    } else {
        switch (item.type) {
        case core::ChecklistItemType::Bool:
            answer.insert(QStringLiteral("value"), text == QLatin1String("true") || text == tr("Yes"));
            break;
        case core::ChecklistItemType::Number: {
            bool ok = false;
            double d = QLocale().toDouble(text, &ok);
            if (!ok)
                d = text.toDouble(&ok);
            if (!ok) {
                emit inputRefused(tr("%1 needs a number; \"%2\" is not one.").arg(item.id, text));
                return false;
            }
            answer.insert(QStringLiteral("value"), d);
            break;
        }
        case core::ChecklistItemType::Date:
            if (!QDate::fromString(text, Qt::ISODate).isValid()) {
                emit inputRefused(
                    tr("%1: type the date as YYYY-MM-DD (\"%2\" is not a date).").arg(item.id, text));
                return false;
            }
            answer.insert(QStringLiteral("value"), text);
            break;
        case core::ChecklistItemType::Choice:
        case core::ChecklistItemType::Text:
            answer.insert(QStringLiteral("value"), text);
            break;
        }
        m_answers.insert(item.id, answer);
    }
    emit inputRefused(QString());
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit answersEdited();
    return true;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_editable && index.column() == AnswerColumn)
        f |= Qt::ItemIsEditable;
    // the date of a typed value; a value from the record keeps the record's date
    if (m_editable && index.column() == DateColumn && m_checklist &&
        index.row() < m_checklist->items.size()) {
        const QJsonValue a = m_answers.value(m_checklist->items.at(index.row()).id);
        if (!a.isUndefined() && !(a.isObject() && a.toObject().value(QStringLiteral("prefilled")).toBool()))
            f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case QuestionColumn:
        return tr("Question");
    case AnswerColumn:
        return tr("Answer");
    case UnitColumn:
        return tr("Unit");
    case DateColumn:
        return tr("Date");
    case StatusColumn:
        return tr("Status");
    case WhyColumn:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace cb::presentation
