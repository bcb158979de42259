#include "presentation/FollowUpModel.h"

#include "core/pathway/ResponseCriteria.h"

#include <QBrush>
#include <QColor>
#include <QJsonObject>

namespace cb::presentation {

FollowUpModel::FollowUpModel(QObject* parent) : QAbstractTableModel(parent) {}

void FollowUpModel::setVisits(QList<core::FollowUpVisit> visits, const core::FollowUpSchedule& schedule,
                              const QDate& today, core::ResponseScheme scheme)
{
    beginResetModel();
    m_visits = std::move(visits);
    m_schedule = schedule;
    m_today = today;
    m_scheme = scheme;
    endResetModel();
}

int FollowUpModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visits.size());
}

int FollowUpModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FollowUpModel::lateEffectsText(const QJsonObject& d)
{
    QStringList parts;
    if (d.contains(QStringLiteral("cytopenias")))
        parts << d.value(QStringLiteral("cytopenias")).toString();
    if (d.contains(QStringLiteral("igg_mg_dl")))
        parts << tr("IgG %1 mg/dL").arg(d.value(QStringLiteral("igg_mg_dl")).toDouble());
    if (d.contains(QStringLiteral("cd4_per_ul")))
        parts << tr("CD4 %1/µL").arg(d.value(QStringLiteral("cd4_per_ul")).toDouble());
    if (d.value(QStringLiteral("b_cell_aplasia")).toBool())
        parts << tr("B-cell aplasia");
    if (d.contains(QStringLiteral("infections")))
        parts << d.value(QStringLiteral("infections")).toString();
    if (d.value(QStringLiteral("secondary_malignancy")).toBool())
        parts << tr("Secondary malignancy: %1")
                     .arg(d.value(QStringLiteral("secondary_malignancy_detail")).toString());
    return parts.join(QStringLiteral(" · "));
}

QVariant FollowUpModel::statusBrush(core::VisitStatus status)
{
    switch (status) {
    case core::VisitStatus::Overdue:
        return QBrush(QColor(0xf6, 0xc4, 0xbf));
    case core::VisitStatus::Due:
        return QBrush(QColor(0xff, 0xe9, 0xa8));
    case core::VisitStatus::Done:
        return QBrush(QColor(0xd8, 0xee, 0xd6));
    case core::VisitStatus::Scheduled:
        return {};
    }
    return {};
}

QVariant FollowUpModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_visits.size())
        return {};
    const core::FollowUpVisit& v = m_visits.at(index.row());
    const core::VisitStatus status = m_schedule.status(v.dueDate, v.doneDate, m_today);
    if (role == Qt::BackgroundRole && index.column() == StatusColumn)
        return statusBrush(status);
    if (role == Qt::UserRole)
        return v.visit;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case VisitColumn:
        return core::FollowUpSchedule::visitLabel(v.visit);
    case DueColumn:
        return v.dueDate.toString(Qt::ISODate);
    case StatusColumn:
        return core::label(status);
    case DoneColumn:
        return v.isDone() ? v.doneDate.toString(Qt::ISODate) : QString();
    case ResponseColumn:
        return v.isDone() ? core::ResponseCriteria::label(m_scheme, v.response) : QString();
    case MrdColumn:
        return v.isDone() && core::ResponseCriteria::recordsMrd(m_scheme) ? core::label(v.mrd) : QString();
    case LateEffectsColumn:
        return lateEffectsText(v.details);
    case RecordedByColumn:
        return v.recordedByName;
    }
    return {};
}

QVariant FollowUpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VisitColumn:
        return tr("Visit");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case DoneColumn:
        return tr("Done");
    case ResponseColumn:
        return tr("Response");
    case MrdColumn:
        return tr("MRD");
    case LateEffectsColumn:
        return tr("Late effects");
    case RecordedByColumn:
        return tr("Recorded by");
    }
    return {};
}

} // namespace cb::presentation
