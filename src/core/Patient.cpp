#include "core/Patient.h"

namespace cb::core {

namespace {
bool isHan(const QString& s)
{
    for (const QChar c : s) {
        const auto script = QChar::script(c.unicode());
        if (script == QChar::Script_Han)
            return true;
    }
    return false;
}
} // namespace

QString Patient::displayName(const QString& family, const QString& given)
{
    if (isHan(family) || isHan(given))
        return family + given;
    if (given.isEmpty())
        return family;
    if (family.isEmpty())
        return given;
    return family + QStringLiteral(", ") + given;
}

int Patient::ageOn(const QDate& day) const
{
    if (!birthDate.isValid() || !day.isValid())
        return -1;
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

} // namespace cb::core
