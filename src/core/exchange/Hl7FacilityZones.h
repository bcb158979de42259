#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QTimeZone>

namespace cb::core {

// The time zone of each sending facility (MSH-4) whose timestamps come without an offset
// (INTAKE.md §8): the program setting hl7.facility_time_zones, a JSON object mapping the facility
// to an IANA zone, e.g. {"HOSPA": "Asia/Shanghai"}. Facilities are compared case-insensitively.
class Hl7FacilityZones
{
    Q_DECLARE_TR_FUNCTIONS(cb::core::Hl7FacilityZones)
public:
    // Parses the setting's text; "" is no facility. Refuses a value that is not a JSON object of
    // strings, an empty facility, or a zone this system does not know, naming it.
    static Result<Hl7FacilityZones> parse(const QString& json);

    // The facility's zone; an invalid QTimeZone when the facility is not configured.
    QTimeZone zoneOf(const QString& facility) const;
    bool knows(const QString& facility) const { return m_zones.contains(facility.trimmed().toUpper()); }
    QMap<QString, QString> zones() const { return m_zones; }

private:
    QMap<QString, QString> m_zones; // upper-cased facility → IANA zone id
};

} // namespace cb::core
