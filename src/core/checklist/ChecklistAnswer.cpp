#include "core/checklist/ChecklistAnswer.h"

#include <QJsonValue>

namespace cb::core {

bool ChecklistAnswer::isAnswered() const
{
    if (notApplicable)
        return true;
    if (!value.isValid() || value.isNull())
        return false;
    if (value.typeId() == QMetaType::QString)
        return !value.toString().trimmed().isEmpty();
    return true;
}

QJsonObject ChecklistAnswer::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("item"), itemId);
    if (value.typeId() == QMetaType::QDate)
        o.insert(QStringLiteral("value"), value.toDate().toString(Qt::ISODate));
    else if (value.isValid() && !value.isNull())
        o.insert(QStringLiteral("value"), QJsonValue::fromVariant(value));
    if (notApplicable)
        o.insert(QStringLiteral("not_applicable"), true);
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    if (!unit.isEmpty())
        o.insert(QStringLiteral("unit"), unit);
    if (valueDate.isValid())
        o.insert(QStringLiteral("value_date"), valueDate.toString(Qt::ISODate));
    if (prefilled) {
        o.insert(QStringLiteral("prefilled"), true);
        o.insert(QStringLiteral("prefill_source"), prefillSource);
    }
    if (stale)
        o.insert(QStringLiteral("stale"), true);
    return o;
}

ChecklistAnswer ChecklistAnswer::fromJson(const QJsonObject& o)
{
    ChecklistAnswer a;
    a.itemId = o.value(QLatin1String("item")).toString();
    if (o.contains(QLatin1String("value")) && !o.value(QLatin1String("value")).isNull())
        a.value = o.value(QLatin1String("value")).toVariant();
    a.notApplicable = o.value(QLatin1String("not_applicable")).toBool();
    a.detail = o.value(QLatin1String("detail")).toString();
    a.unit = o.value(QLatin1String("unit")).toString();
    a.valueDate = QDate::fromString(o.value(QLatin1String("value_date")).toString(), Qt::ISODate);
    a.prefilled = o.value(QLatin1String("prefilled")).toBool();
    a.prefillSource = o.value(QLatin1String("prefill_source")).toString();
    a.stale = o.value(QLatin1String("stale")).toBool();
    return a;
}

} // namespace cb::core
