#include "presentation/AssessmentModel.h"

#include "core/grading/GradingVocabulary.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace cb::presentation {

AssessmentModel::AssessmentModel(QObject* parent) : QAbstractTableModel(parent) {}

void AssessmentModel::setAssessments(QList<core::Assessment> assessments)
{
    beginResetModel();
    m_rows = std::move(assessments);
    endResetModel();
}

int AssessmentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssessmentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AssessmentModel::interventionsText(const QJsonObject& i)
{
    QStringList parts;
    if (i.contains(QStringLiteral("tocilizumab_mg")))
        parts << tr("Tocilizumab %1 mg").arg(i.value(QStringLiteral("tocilizumab_mg")).toDouble());
    if (i.contains(QStringLiteral("steroid")))
        parts << i.value(QStringLiteral("steroid")).toString();
    if (i.value(QStringLiteral("icu_transfer")).toBool())
        parts << tr("ICU transfer");
    if (i.contains(QStringLiteral("other")))
        parts << i.value(QStringLiteral("other")).toString();
    return parts.join(QStringLiteral("; "));
}

QVariant AssessmentModel::gradeBrush(int grade)
{
    static const QColor colours[] = {QColor(),
                                     QColor(0xff, 0xf3, 0xc4),
                                     QColor(0xff, 0xd8, 0x9b),
                                     QColor(0xff, 0xb3, 0x8a),
                                     QColor(0xf2, 0x8b, 0x82),
                                     QColor(0xd9, 0x6b, 0x6b)};
    if (grade <= 0 || grade > 5)
        return {};
    return QBrush(colours[grade]);
}

QString AssessmentModel::text(const core::Assessment& a, int column) const
{
    const QJsonObject in = a.inputs;
    switch (column) {
    case TimeColumn:
        return QLocale().toString(a.assessedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    case DayColumn:
        return QString::number(a.day);
    case TemperatureColumn:
        return QString::number(a.temperatureC, 'f', 1);
    case CirculationColumn: {
        QStringList v;
        for (const QJsonValue& x : in.value(QStringLiteral("vasopressors")).toArray())
            v << x.toString();
        if (!v.isEmpty())
            return v.join(QStringLiteral(", "));
        return in.value(QStringLiteral("hypotension")).toBool() ? tr("Hypotension") : tr("Normal");
    }
    case OxygenColumn: {
        const QJsonObject o = in.value(QStringLiteral("oxygen")).toObject();
        const auto device = core::fromId(core::oxygenDevices(), o.value(QStringLiteral("device")).toString());
        if (!device || *device == core::OxygenDevice::None)
            return tr("Room air");
        const double flow = o.value(QStringLiteral("flow_l_min")).toDouble();
        return flow > 0 ? tr("%1, %2 L/min").arg(core::label(*device)).arg(flow) : core::label(*device);
    }
    case IceColumn:
        return a.iceScore < 0 ? QStringLiteral("—") : QStringLiteral("%1/10").arg(a.iceScore);
    case NeuroColumn: {
        QStringList parts;
        const auto level =
            core::fromId(core::consciousnessLevels(), in.value(QStringLiteral("consciousness")).toString());
        if (level && *level != core::Consciousness::Alert)
            parts << core::label(*level);
        const auto seizure = core::fromId(core::seizures(), in.value(QStringLiteral("seizure")).toString());
        if (seizure && *seizure != core::Seizure::None)
            parts << core::label(*seizure);
        const auto motor = core::fromId(core::motorFindings(), in.value(QStringLiteral("motor")).toString());
        if (motor && *motor != core::MotorFinding::None)
            parts << core::label(*motor);
        const auto edema = core::fromId(core::cerebralEdemaFindings(),
                                        in.value(QStringLiteral("cerebral_edema")).toString());
        if (edema && *edema != core::CerebralEdema::None)
            parts << core::label(*edema);
        return parts.isEmpty() ? tr("Alert") : parts.join(QStringLiteral("; "));
    }
    case CrsColumn:
        return QString::number(a.crsGrade);
    case IcansColumn:
        return QString::number(a.icansGrade);
    case InterventionsColumn:
        return interventionsText(a.interventions);
    case AssessorColumn:
        return a.assessorName;
    case StatusColumn:
        return statusText(a);
    }
    return {};
}

QVariant AssessmentModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::Assessment& a = m_rows.at(index.row());
    if (!a.isCurrent()) {
        // shown, never graded: struck through (voided) or greyed (corrected), with why
        switch (role) {
        case Qt::FontRole: {
            QFont f;
            f.setStrikeOut(a.correction.isVoided());
            f.setItalic(a.correction.isSuperseded());
            return f;
        }
        case Qt::ForegroundRole:
            return QBrush(QColor(0x6b, 0x6b, 0x6b));
        case Qt::BackgroundRole:
            return {};
        case Qt::ToolTipRole:
            return statusText(a);
        default:
            break;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return text(a, index.column());
    case Qt::BackgroundRole:
        if (index.column() == CrsColumn)
            return gradeBrush(a.crsGrade);
        if (index.column() == IcansColumn)
            return gradeBrush(a.icansGrade);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CrsColumn || index.column() == IcansColumn || index.column() == DayColumn ||
            index.column() == TemperatureColumn)
            return int(Qt::AlignCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == CrsColumn)
            return a.outputs.value(QStringLiteral("crs"))
                .toObject()
                .value(QStringLiteral("explanation"))
                .toString();
        if (index.column() == IcansColumn)
            return a.outputs.value(QStringLiteral("icans"))
                .toObject()
                .value(QStringLiteral("explanation"))
                .toString();
        return a.freeText.isEmpty() ? QVariant() : QVariant(a.freeText);
    default:
        return {};
    }
}

QVariant AssessmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DayColumn:
        return tr("Day");
    case TemperatureColumn:
        return tr("Temp °C");
    case CirculationColumn:
        return tr("Circulation");
    case OxygenColumn:
        return tr("Oxygen");
    case IceColumn:
        return tr("ICE");
    case NeuroColumn:
        return tr("Neurology");
    case CrsColumn:
        return tr("CRS");
    case IcansColumn:
        return tr("ICANS");
    case InterventionsColumn:
        return tr("Interventions");
    case AssessorColumn:
        return tr("Assessor");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QString AssessmentModel::statusText(const core::Assessment& a)
{
    const core::RecordCorrection& c = a.correction;
    if (c.isVoided())
        return tr("Voided by %1 at %2: %3")
            .arg(c.voidedByName,
                 QLocale().toString(c.voidedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")),
                 c.voidReason);
    if (c.isSuperseded())
        return tr("Corrected: see assessment %1").arg(c.supersededBy);
    if (c.supersedes > 0)
        return tr("Correction of assessment %1").arg(c.supersedes);
    return {};
}

const core::Assessment* AssessmentModel::assessmentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

} // namespace cb::presentation
