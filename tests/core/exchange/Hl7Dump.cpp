#include "core/exchange/Hl7Dump.h" // tests/core/exchange

#include "core/exchange/Hl7Message.h"

#include <QStringList>

namespace cb::test {

namespace {

QString num(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'g', 15) : QString();
}

QString when(const core::Hl7Time& t, const QTimeZone& zone)
{
    if (t.isNull())
        return {};
    if (!t.hasTimeOfDay())
        return t.date.toString(Qt::ISODate)
            .left(t.precision == core::Hl7Time::Precision::Year    ? 4
                  : t.precision == core::Hl7Time::Precision::Month ? 7
                                                                   : 10);
    auto at = t.toUtc(zone);
    return at.ok() ? at->toString(Qt::ISODateWithMs) : QStringLiteral("<no zone>");
}

} // namespace

QJsonObject dumpLabMessage(const core::Hl7LabMessage& m, const core::Hl7FacilityZones& zones)
{
    const QTimeZone zone = zones.zoneOf(m.sendingFacility);
    QJsonArray ids;
    for (const auto& p : m.patientIds)
        ids.append(QJsonObject{{QStringLiteral("value"), p.value},
                               {QStringLiteral("authority"), p.authority},
                               {QStringLiteral("universal"), p.authorityUniversal},
                               {QStringLiteral("type"), p.type}});
    QJsonArray orders;
    for (const auto& o : m.orders)
        orders.append(QJsonObject{{QStringLiteral("placer"), o.placerNumber},
                                  {QStringLiteral("filler"), o.fillerNumber},
                                  {QStringLiteral("service"), o.serviceCode},
                                  {QStringLiteral("observed"), when(o.observedAt, zone)}});
    QJsonArray results;
    for (const auto& r : m.results)
        results.append(QJsonObject{{QStringLiteral("set_id"), r.setId},
                                   {QStringLiteral("type"), r.valueType},
                                   {QStringLiteral("code"), r.code},
                                   {QStringLiteral("code_system"), r.codeSystem},
                                   {QStringLiteral("alt_code"), r.altCode},
                                   {QStringLiteral("sub_id"), r.subId},
                                   {QStringLiteral("text"), r.text},
                                   {QStringLiteral("number"), num(r.number)},
                                   {QStringLiteral("comparator"), r.comparator},
                                   {QStringLiteral("low"), num(r.low)},
                                   {QStringLiteral("high"), num(r.high)},
                                   {QStringLiteral("separator"), r.separator},
                                   {QStringLiteral("coded"), r.coded},
                                   {QStringLiteral("units"), r.units},
                                   {QStringLiteral("reference_range"), r.referenceRange},
                                   {QStringLiteral("flags"), r.flags.join(QLatin1Char(','))},
                                   {QStringLiteral("status"), r.status},
                                   {QStringLiteral("observed"), when(r.observedAt, zone)},
                                   {QStringLiteral("order"), m.orders.value(r.order).key()}});
    return QJsonObject{{QStringLiteral("control_id"), m.controlId},
                       {QStringLiteral("facility"), m.sendingFacility},
                       {QStringLiteral("message_type"), m.messageType},
                       {QStringLiteral("message_time"), when(m.messageTime, zone)},
                       {QStringLiteral("patient_ids"), ids},
                       {QStringLiteral("orders"), orders},
                       {QStringLiteral("results"), results}};
}

QJsonObject dumpFile(const QByteArray& bytes, const core::Hl7FacilityZones& zones)
{
    QJsonArray messages;
    for (const auto& fm : core::Hl7Parser::parseFile(bytes)) {
        if (!fm.message) {
            messages.append(QJsonObject{{QStringLiteral("error"), fm.error.message},
                                        {QStringLiteral("field"), fm.error.field},
                                        {QStringLiteral("control_id"), fm.controlId}});
            continue;
        }
        auto lab = core::Hl7LabReader::read(*fm.message);
        if (!lab.ok())
            messages.append(QJsonObject{{QStringLiteral("error"), lab.error().message},
                                        {QStringLiteral("field"), lab.error().field},
                                        {QStringLiteral("control_id"), fm.controlId}});
        else
            messages.append(dumpLabMessage(*lab, zones));
    }
    return QJsonObject{{QStringLiteral("messages"), messages}};
}

QString valueAt(const QJsonObject& root, const QString& path)
{
    QJsonValue v = root;
    for (const QString& part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        bool isIndex = false;
        const int i = part.toInt(&isIndex);
        if (isIndex && v.isArray()) {
            if (i < 0 || i >= v.toArray().size())
                return QStringLiteral("<missing>");
            v = v.toArray().at(i);
        } else if (v.isObject() && v.toObject().contains(part)) {
            v = v.toObject().value(part);
        } else {
            return QStringLiteral("<missing>");
        }
    }
    if (v.isArray())
        return QString::number(v.toArray().size());
    return v.toString();
}

} // namespace cb::test
