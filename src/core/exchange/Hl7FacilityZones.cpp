#include "core/exchange/Hl7FacilityZones.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cb::core {

Result<Hl7FacilityZones> Hl7FacilityZones::parse(const QString& json)
{
    Hl7FacilityZones out;
    if (json.trimmed().isEmpty())
        return out;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error::badInput(
            tr("The facility time zones are a JSON object, e.g. {\"HOSPA\": \"Asia/Shanghai\"}."));
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString facility = it.key().trimmed();
        if (facility.isEmpty())
            return Error::badInput(tr("A facility time zone needs the facility's name (MSH-4)."));
        if (!it.value().isString())
            return Error::badInput(
                tr("The time zone of facility %1 is not a text such as \"Asia/Shanghai\".").arg(facility));
        const QString zone = it.value().toString().trimmed();
        if (!QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
            return Error::badInput(tr("\"%1\" (facility %2) is not a time zone this system knows (an IANA "
                                      "name such as Asia/Shanghai).")
                                       .arg(zone.left(60), facility));
        out.m_zones.insert(facility.toUpper(), zone);
    }
    return out;
}

QTimeZone Hl7FacilityZones::zoneOf(const QString& facility) const
{
    const auto it = m_zones.constFind(facility.trimmed().toUpper());
    if (it == m_zones.constEnd())
        return QTimeZone();
    return QTimeZone(it->toUtf8());
}

} // namespace cb::core
