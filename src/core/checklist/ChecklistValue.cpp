#include "core/checklist/ChecklistValue.h"

#include <QDateTime>
#include <cmath>

namespace cb::core {

namespace {

bool isBoolType(const QVariant& v)
{
    return v.typeId() == QMetaType::Bool;
}
bool isTextType(const QVariant& v)
{
    return v.typeId() == QMetaType::QString;
}

std::optional<bool> readFlag(const QVariant& raw)
{
    if (isBoolType(raw))
        return raw.toBool();
    if (isTextType(raw)) {
        const QString s = raw.toString().trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("yes"))
            return true;
        if (s == QLatin1String("false") || s == QLatin1String("no"))
            return false;
    }
    return std::nullopt;
}

std::optional<double> readNumber(const QVariant& raw)
{
    if (isBoolType(raw))
        return std::nullopt;
    bool ok = false;
    const double d = isTextType(raw) ? raw.toString().trimmed().toDouble(&ok) : raw.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

std::optional<QString> readChoice(const QVariant& raw)
{
    if (isTextType(raw)) {
        const QString s = raw.toString().trimmed();
        return s.isEmpty() ? std::nullopt : std::optional<QString>(s);
    }
    if (const auto n = readNumber(raw); n && std::floor(*n) == *n)
        return QString::number(static_cast<qint64>(*n));
    return std::nullopt;
}

std::optional<QDate> readDate(const QVariant& raw)
{
    if (raw.typeId() == QMetaType::QDate)
        return raw.toDate().isValid() ? std::optional<QDate>(raw.toDate()) : std::nullopt;
    if (raw.typeId() == QMetaType::QDateTime)
        return raw.toDateTime().isValid() ? std::optional<QDate>(raw.toDateTime().date()) : std::nullopt;
    if (isTextType(raw)) {
        const QDate d = QDate::fromString(raw.toString().trimmed().left(10), Qt::ISODate);
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace

std::optional<ChecklistValue> ChecklistValue::read(const QVariant& raw, ChecklistItemType type)
{
    if (!raw.isValid() || raw.isNull())
        return std::nullopt;
    ChecklistValue v;
    v.type = type;
    switch (type) {
    case ChecklistItemType::Bool: {
        const auto f = readFlag(raw);
        if (!f)
            return std::nullopt;
        v.flag = *f;
        return v;
    }
    case ChecklistItemType::Number: {
        const auto n = readNumber(raw);
        if (!n)
            return std::nullopt;
        v.number = *n;
        return v;
    }
    case ChecklistItemType::Choice: {
        const auto c = readChoice(raw);
        if (!c)
            return std::nullopt;
        v.text = *c;
        return v;
    }
    case ChecklistItemType::Date: {
        const auto d = readDate(raw);
        if (!d)
            return std::nullopt;
        v.date = *d;
        return v;
    }
    case ChecklistItemType::Text:
        if (!isTextType(raw) || raw.toString().trimmed().isEmpty())
            return std::nullopt;
        v.text = raw.toString();
        return v;
    }
    return std::nullopt;
}

} // namespace cb::core
