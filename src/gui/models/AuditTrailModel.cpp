#include "gui/models/AuditTrailModel.h"

#include "core/Vocabulary.h"
#include "gui/models/ClinicalLabels.h"

#include <QCoreApplication>
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
    if (key == QLatin1String("source") && text == QLatin1String("demo"))
        return QCoreApplication::translate("cb::gui::AuditTrailModel", "demo program");
    if (value.isBool())
        return value.toBool() ? QCoreApplication::translate("cb::gui::AuditTrailModel", "yes")
                              : QCoreApplication::translate("cb::gui::AuditTrailModel", "no");
    return text;
}

// Audit record keys (stable, English in the database) as the reader's words; in English the key
// itself with spaces.
struct KeyName
{
    const char* key;
    const char* label;
};
const KeyName kKeyNames[] = {
    {"state", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "state")},
    {"case_id", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "case id")},
    {"why", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "why")},
    {"version", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "version")},
    {"verdict", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "verdict")},
    {"failed_attempts", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "failed attempts")},
    {"discipline", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "discipline")},
    {"value", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "value")},
    {"signature_id", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "signature id")},
    {"locked_until", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "locked until")},
    {"indication", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "indication")},
    {"disabled", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "disabled")},
    {"count", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "count")},
    {"username", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "username")},
    {"unit", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "unit")},
    {"status", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "status")},
    {"source", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "source")},
    {"signer", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "signer")},
    {"sent_at", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "sent at")},
    {"rule", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "rule")},
    {"roles", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "roles")},
    {"recommendation", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "recommendation")},
    {"printed_name", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "printed name")},
    {"owner", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "owner")},
    {"override", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "override")},
    {"opinions", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "opinions")},
    {"opinion_id", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "opinion id")},
    {"open", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "open")},
    {"observed_on", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "observed on")},
    {"must_change_password", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "must change password")},
    {"met", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "met")},
    {"due", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "due")},
    {"dissent_id", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "dissent id")},
    {"disciplines", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "disciplines")},
    {"contraindications", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "contraindications")},
    {"concerns", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "concerns")},
    {"code", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "code")},
    {"close_reason", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "close reason")},
    {"action", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "action")},
    {"reason", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "reason")},
    {"detail", QT_TRANSLATE_NOOP("cb::gui::AuditTrailModel", "detail")},
};

QString keyLabel(const QString& key)
{
    for (const KeyName& name : kKeyNames)
        if (key == QLatin1String(name.key))
            return QCoreApplication::translate("cb::gui::AuditTrailModel", name.label);
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
            parts << tr("%1 was %2").arg(keyLabel(key), valueLabel(key, before.value(key)));
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
