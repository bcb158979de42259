#include "gui/models/AuditTrailModel.h"

#include "core/Vocabulary.h"
#include "gui/models/ClinicalLabels.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <algorithm>

namespace cb::gui {

namespace {

QJsonObject objectOf(const QString& json)
{
    if (json.isEmpty())
        return {};
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// Stable ids of states and close reasons read as their labels; anything else as written.
QString valueLabel(const QString& key, const QJsonValue& value)
{
    const QString text = value.isString() ? value.toString() : value.toVariant().toString();
    if (key == QLatin1String("state"))
        if (auto s = core::fromId(core::caseStates(), text))
            return core::label(*s);
    if (key == QLatin1String("close_reason"))
        if (auto r = core::fromId(core::closeReasons(), text))
            return core::label(*r);
    if (key == QLatin1String("indication"))
        if (auto i = core::fromId(core::indications(), text))
            return core::label(*i);
    if (key == QLatin1String("code"))
        return ClinicalLabels::observationLabel(text);
    return text;
}

QString keyLabel(const QString& key)
{
    QString k = key;
    k.replace(QLatin1Char('_'), QLatin1Char(' '));
    return k;
}

} // namespace

AuditTrailModel::AuditTrailModel(QObject* parent) : QAbstractTableModel(parent) {}

void AuditTrailModel::setEntries(QList<core::AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const auto& a, const auto& b) { return a.seq > b.seq; });
    endResetModel();
}

int AuditTrailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTrailModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTrailModel::localTimeText(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    QString zone = local.timeZoneAbbreviation();
    if (zone.isEmpty())
        zone = QTimeZone::systemTimeZone().displayName(local, QTimeZone::OffsetName);
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char(' ') + zone;
}

QString AuditTrailModel::detailsText(const core::AuditEntry& entry)
{
    const QJsonObject before = objectOf(entry.before);
    const QJsonObject after = objectOf(entry.after);
    QStringList parts;
    QStringList keys = after.keys();
    for (const QString& k : before.keys())
        if (!keys.contains(k))
            keys << k;
    for (const QString& key : keys) {
        if (key == QLatin1String("patient_id"))
            continue;
        const QString now = after.contains(key) ? valueLabel(key, after.value(key)) : QString();
        if (before.contains(key) && after.contains(key))
            parts
                << QStringLiteral("%1: %2 → %3").arg(keyLabel(key), valueLabel(key, before.value(key)), now);
        else if (after.contains(key))
            parts << QStringLiteral("%1: %2").arg(keyLabel(key), now);
        else
            parts << QStringLiteral("%1 was %2").arg(keyLabel(key), valueLabel(key, before.value(key)));
    }
    if (!entry.reason.isEmpty())
        parts << QStringLiteral("“%1”").arg(entry.reason);
    return parts.join(QStringLiteral("; "));
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::AuditEntry& e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == ActionColumn)
        return e.action;
    if (role == Qt::ToolTipRole && index.column() == DetailsColumn)
        return detailsText(e);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return localTimeText(e.at);
    case UserColumn:
        return e.username.isEmpty() ? tr("(system)") : e.username;
    case ActionColumn:
        return ClinicalLabels::auditActionLabel(e.action);
    case DetailsColumn:
        return detailsText(e);
    default:
        return {};
    }
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace cb::gui
