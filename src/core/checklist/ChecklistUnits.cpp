#include "core/checklist/ChecklistUnits.h"

#include <array>

namespace cb::core {

namespace {

struct Alias
{
    const char* canonical; // normalised
    const char* alias;     // normalised
};

// Spellings accepted for a unit (both sides normalised). G/L for platelets means 10^9/L.
constexpr std::array kAliases{
    Alias{"cells/µl", "/µl"},   Alias{"cells/µl", "cells/mm3"}, Alias{"cells/µl", "/mm3"},
    Alias{"×10^9/l", "10^9/l"}, Alias{"×10^9/l", "×10^3/µl"},   Alias{"×10^9/l", "10^3/µl"},
    Alias{"×10^9/l", "k/µl"},   Alias{"×10^9/l", "g/l"},        Alias{"×uln", "uln"},
    Alias{"ng/l", "pg/ml"},     Alias{"pg/ml", "ng/l"},         Alias{"ng/ml", "µg/l"},
    Alias{"points", ""},        Alias{"weeks", "wk"},
};

struct Factor
{
    const char* code;
    const char* from; // normalised
    const char* to;   // normalised
    double factor;
};

constexpr std::array kFactors{
    Factor{"bilirubin", "mg/dl", "µmol/l", 17.104}, Factor{"crp", "mg/dl", "mg/l", 10.0},
    Factor{"hemoglobin", "g/l", "g/dl", 0.1},       Factor{"anc", "×10^9/l", "cells/µl", 1000.0},
    Factor{"alc", "×10^9/l", "cells/µl", 1000.0},   Factor{"platelets", "cells/µl", "×10^9/l", 0.001},
    Factor{"igg", "g/l", "mg/dl", 100.0},           Factor{"troponin", "µg/l", "ng/l", 1000.0},
    Factor{"crcl", "ml/s", "ml/min", 60.0},
};

bool isAlias(const QString& canonical, const QString& given)
{
    for (const auto& a : kAliases)
        if (canonical == QString::fromUtf8(a.canonical) && given == QString::fromUtf8(a.alias))
            return true;
    return false;
}

} // namespace

QString ChecklistUnits::normalise(const QString& unit)
{
    QString u = unit.trimmed().toLower();
    u.remove(QLatin1Char(' '));
    u.replace(QChar(0x03BC), QChar(0x00B5)); // Greek mu → micro sign
    u.replace(QStringLiteral("⁹"), QStringLiteral("^9"));
    u.replace(QStringLiteral("³"), QStringLiteral("^3"));
    if (u.startsWith(QLatin1String("umol")) || u.startsWith(QLatin1String("ug")))
        u[0] = QChar(0x00B5);
    u.replace(QLatin1String("/ul"), QStringLiteral("/µl"));
    if (u.startsWith(QLatin1Char('x')) || u.startsWith(QLatin1Char('*')))
        u[0] = QChar(0x00D7);
    return u;
}

bool ChecklistUnits::sameUnit(const QString& canonical, const QString& given)
{
    const QString c = normalise(canonical);
    const QString g = normalise(given);
    if (g.isEmpty() || c == g)
        return true;
    if (isAlias(c, g))
        return true;
    // Both spelled as aliases of one canonical unit (10^9/L against ×10^3/µL).
    for (const auto& a : kAliases)
        if (g == QString::fromUtf8(a.alias) && isAlias(QString::fromUtf8(a.canonical), c))
            return true;
    return false;
}

std::optional<double> ChecklistUnits::convert(const QString& code, double value, const QString& fromUnit,
                                              const QString& toUnit)
{
    if (sameUnit(toUnit, fromUnit))
        return value;
    const QString to = normalise(toUnit);
    for (const auto& f : kFactors) {
        if (code != QLatin1String(f.code) || to != QString::fromUtf8(f.to))
            continue;
        if (sameUnit(QString::fromUtf8(f.from), fromUnit))
            return value * f.factor;
    }
    return std::nullopt;
}

} // namespace cb::core
