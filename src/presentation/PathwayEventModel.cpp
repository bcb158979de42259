#include "presentation/PathwayEventModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QJsonObject>
#include <QLocale>

namespace cb::presentation {

PathwayEventModel::PathwayEventModel(QObject* parent) : QAbstractTableModel(parent) {}

void PathwayEventModel::setEvents(QList<core::PathwayEvent> events, const QDate& infusionDate)
{
    beginResetModel();
    m_events = std::move(events);
    m_infusion = infusionDate;
    endResetModel();
}

int PathwayEventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int PathwayEventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PathwayEventModel::detailsText(const core::PathwayEvent& e)
{
    const QJsonObject d = e.details;
    QStringList parts;
    auto add = [&](const char* key, const QString& format) {
        const QJsonValue v = d.value(QLatin1String(key));
        if (v.isString() && !v.toString().isEmpty())
            parts << format.arg(v.toString());
        else if (v.isDouble())
            parts << format.arg(v.toDouble());
    };
    switch (e.type) {
    case core::PathwayEventType::Apheresis:
        parts << (d.value(QStringLiteral("washouts_met")).toBool() ? tr("Washouts met")
                                                                   : tr("Washouts NOT met"));
        add("alc_per_ul", tr("ALC %1/µL"));
        add("cd3_per_ul", tr("CD3 %1/µL"));
        break;
    case core::PathwayEventType::Bridging:
        add("regimen", QStringLiteral("%1"));
        if (d.value(QStringLiteral("cardiotoxic")).toBool())
            parts << tr("cardiotoxic");
        add("response", tr("response: %1"));
        break;
    case core::PathwayEventType::ProductReceipt:
        add("lot", tr("Lot %1"));
        break;
    case core::PathwayEventType::Lymphodepletion: {
        add("regimen", QStringLiteral("%1"));
        const QJsonObject ht = d.value(QStringLiteral("hematotox_result")).toObject();
        if (!ht.isEmpty())
            parts << tr("CAR-HEMATOTOX %1 (%2)")
                         .arg(ht.value(QStringLiteral("score")).toInt())
                         .arg(ht.value(QStringLiteral("risk")).toString() == QLatin1String("high")
                                  ? tr("high risk")
                                  : tr("low risk"));
        break;
    }
    case core::PathwayEventType::Infusion:
        add("product", QStringLiteral("%1"));
        add("lot", tr("Lot %1"));
        add("dose", tr("dose %1"));
        break;
    case core::PathwayEventType::Discharge:
        if (d.value(QStringLiteral("caregiver_confirmed")).toBool())
            parts << tr("caregiver confirmed");
        add("prophylaxis", tr("prophylaxis: %1"));
        add("driving_restriction_until", tr("no driving until %1"));
        break;
    }
    add("comment", QStringLiteral("%1"));
    return parts.join(QStringLiteral(" · "));
}

QVariant PathwayEventModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const core::PathwayEvent& e = m_events.at(index.row());
    if (!e.isCurrent()) {
        // shown, never counted: struck through (voided) or greyed (corrected), with why
        if (role == Qt::FontRole) {
            QFont f;
            f.setStrikeOut(e.correction.isVoided());
            f.setItalic(e.correction.isSuperseded());
            return f;
        }
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0x6b, 0x6b, 0x6b));
        if (role == Qt::ToolTipRole)
            return statusText(e);
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && e.correction.supersedes > 0)
        return QBrush(QColor(0x1d, 0x4e, 0x89));
    if (role == Qt::ForegroundRole && index.column() == NotesColumn && !e.notes.isEmpty())
        return QBrush(QColor(0xa1, 0x4a, 0x00));
    if (role == Qt::ToolTipRole && index.column() == NotesColumn)
        return e.notes.join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StepColumn:
        return core::label(e.type);
    case DateColumn:
        return e.endDate.isValid() && e.endDate != e.date
                   ? tr("%1 to %2").arg(e.date.toString(Qt::ISODate), e.endDate.toString(Qt::ISODate))
                   : e.date.toString(Qt::ISODate);
    case DayColumn:
        if (!m_infusion.isValid())
            return QString();
        return tr("day %1").arg(m_infusion.daysTo(e.date));
    case DetailsColumn:
        return detailsText(e);
    case NotesColumn:
        return e.notes.join(QStringLiteral(" "));
    case RecordedByColumn:
        return e.recordedByName;
    case StatusColumn:
        return statusText(e);
    }
    return {};
}

QString PathwayEventModel::statusText(const core::PathwayEvent& e)
{
    const core::RecordCorrection& c = e.correction;
    if (c.isVoided())
        return tr("Voided by %1 at %2: %3")
            .arg(c.voidedByName,
                 QLocale().toString(c.voidedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")),
                 c.voidReason);
    if (c.isSuperseded())
        return tr("Corrected: see step %1").arg(c.supersededBy);
    if (c.supersedes > 0)
        return tr("Correction of step %1").arg(c.supersedes);
    return {};
}

const core::PathwayEvent* PathwayEventModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events.at(row) : nullptr;
}

QVariant PathwayEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn:
        return tr("Step");
    case DateColumn:
        return tr("Date");
    case DayColumn:
        return tr("Day");
    case DetailsColumn:
        return tr("Details");
    case NotesColumn:
        return tr("Notes");
    case RecordedByColumn:
        return tr("Recorded by");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace cb::presentation
