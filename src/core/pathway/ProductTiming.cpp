#include "core/pathway/ProductTiming.h"

#include "core/StableId.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cb::core {

namespace {

Result<ProductTiming> readTiming(const QJsonObject& o, const QString& where)
{
    ProductTiming t;
    t.id = normaliseId(o.value(QStringLiteral("id")).toString());
    t.name = o.value(QStringLiteral("name")).toString();
    t.ldRegimen = o.value(QStringLiteral("ld_regimen")).toString();
    t.evidence = o.value(QStringLiteral("evidence")).toString();
    t.source = o.value(QStringLiteral("source")).toString();
    auto integer = [&](const QString& key, int min, int max, int& target) -> Status {
        const QJsonValue v = o.value(key);
        if (v.isNull() || v.isUndefined())
            return {};
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < min || v.toInt() > max)
            return Error::badInput(
                QStringLiteral("%1.%2: expected a whole number %3-%4").arg(where, key).arg(min).arg(max));
        target = v.toInt();
        return {};
    };
    for (auto st : {integer(QStringLiteral("ld_days"), 1, 10, t.ldDays),
                    integer(QStringLiteral("infusion_min_days_after_ld"), 0, 60, t.infusionMinDaysAfterLd),
                    integer(QStringLiteral("infusion_max_days_after_ld"), 0, 60, t.infusionMaxDaysAfterLd),
                    integer(QStringLiteral("repeat_ld_after_days"), 0, 120, t.repeatLdAfterDays)})
        if (!st.ok())
            return st.error();
    if (t.infusionMaxDaysAfterLd < t.infusionMinDaysAfterLd)
        return Error::badInput(
            QStringLiteral("%1: infusion_max_days_after_ld is below infusion_min_days_after_ld").arg(where));
    if (t.repeatLdAfterDays > 0 && t.repeatLdAfterDays < t.infusionMaxDaysAfterLd)
        return Error::badInput(
            QStringLiteral("%1: repeat_ld_after_days is below infusion_max_days_after_ld").arg(where));
    return t;
}

} // namespace

Result<ProductTimingCatalog> ProductTimingCatalog::parse(const QByteArray& json)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error::badInput(
            QStringLiteral("products.json is not a JSON object: %1").arg(pe.errorString()));
    const QJsonObject root = doc.object();
    ProductTimingCatalog c;
    c.m_version = root.value(QStringLiteral("version")).toString();
    auto def = readTiming(root.value(QStringLiteral("default")).toObject(), QStringLiteral("default"));
    if (!def.ok())
        return def.error();
    c.m_default = *def;
    const QJsonArray products = root.value(QStringLiteral("products")).toArray();
    for (qsizetype i = 0; i < products.size(); ++i) {
        const QJsonObject o = products.at(i).toObject();
        const QString where = QStringLiteral("products[%1]").arg(i);
        if (o.value(QStringLiteral("id")).toString().isEmpty())
            return Error::badInput(where + QStringLiteral(".id: required"));
        auto t = readTiming(o, where + QLatin1Char('(') + o.value(QStringLiteral("id")).toString() +
                                   QLatin1Char(')'));
        if (!t.ok())
            return t.error();
        if (c.knows(t->id))
            return Error::badInput(where + QStringLiteral(".id: duplicate '%1'").arg(t->id));
        c.m_products << *t;
    }
    return c;
}

bool ProductTimingCatalog::knows(const QString& product) const
{
    const QString id = normaliseId(product);
    for (const auto& p : m_products)
        if (p.id == id)
            return true;
    return false;
}

ProductTiming ProductTimingCatalog::forProduct(const QString& product) const
{
    const QString id = normaliseId(product);
    for (const auto& p : m_products)
        if (p.id == id)
            return p;
    ProductTiming t = m_default;
    t.id = id.isEmpty() ? QStringLiteral("default") : id;
    return t;
}

} // namespace cb::core
