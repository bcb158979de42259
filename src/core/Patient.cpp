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
    const QDate born = birth.isNull() ? birthDate : birth.latest();
    if (!born.isValid() || !day.isValid())
        return -1;
    int age = day.year() - born.year();
    if (day.month() < born.month() || (day.month() == born.month() && day.day() < born.day()))
        --age;
    return age;
}

} // namespace cb::core
