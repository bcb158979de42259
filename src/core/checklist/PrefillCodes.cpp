#include "core/checklist/PrefillCodes.h"

#include <array>

namespace cb::core {

namespace {

struct Observation
{
    const char* code;
    const char* unit;
};

// clang-format off
constexpr std::array kObservations{
    Observation{"ecog", ""},
    Observation{"lvef", "%"},
    Observation{"spo2", "%"},
    Observation{"bilirubin", "µmol/L"},
    Observation{"ast_uln", "×ULN"},
    Observation{"alt_uln", "×ULN"},
    Observation{"crcl", "mL/min"},
    Observation{"anc", "cells/µL"},
    Observation{"platelets", "×10^9/L"},
    Observation{"hemoglobin", "g/dL"},
    Observation{"alc", "cells/µL"},
    Observation{"crp", "mg/L"},
    Observation{"ferritin", "ng/mL"},
    Observation{"marrow_plasma_cells", "%"},
    Observation{"troponin", "ng/L"},
    Observation{"nt_probnp", "pg/mL"},
    Observation{"igg", "mg/dL"},
    Observation{"ice_baseline", "points"},
    Observation{"life_expectancy_weeks", "weeks"},
    Observation{"hematotox", "points"},
};
// clang-format on

struct Fact
{
    const char* code;
    ChecklistItemType type;
};

constexpr std::array kFacts{
    Fact{"indication", ChecklistItemType::Choice},
    Fact{"prior_lines", ChecklistItemType::Number},
    Fact{"lenalidomide_refractory", ChecklistItemType::Bool},
    Fact{"extramedullary_disease", ChecklistItemType::Bool},
    Fact{"cns_disease", ChecklistItemType::Choice},
    Fact{"last_allo_transplant_date", ChecklistItemType::Date},
};

} // namespace

QStringList PrefillCodes::observationCodes()
{
    QStringList codes;
    for (const auto& o : kObservations)
        codes << QString::fromLatin1(o.code);
    return codes;
}

bool PrefillCodes::isObservationCode(const QString& code)
{
    for (const auto& o : kObservations)
        if (code == QLatin1String(o.code))
            return true;
    return false;
}

QString PrefillCodes::canonicalUnit(const QString& code)
{
    for (const auto& o : kObservations)
        if (code == QLatin1String(o.code))
            return QString::fromUtf8(o.unit);
    return {};
}

QStringList PrefillCodes::factCodes()
{
    QStringList codes;
    for (const auto& f : kFacts)
        codes << QString::fromLatin1(f.code);
    return codes;
}

bool PrefillCodes::isFactCode(const QString& code)
{
    return factType(code).has_value();
}

std::optional<ChecklistItemType> PrefillCodes::factType(const QString& code)
{
    for (const auto& f : kFacts)
        if (code == QLatin1String(f.code))
            return f.type;
    return std::nullopt;
}

} // namespace cb::core
