#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace cb::core {

// One observation code of the patient record (INTAKE.md §6), from resources/intake/observations.json.
struct ObservationDefinition
{
    QString code;
    QString loinc;
    QString ucum; // UCUM of the canonical unit
    // The canonical unit as CellBoard writes it: core::PrefillCodes::canonicalUnit(code) for every
    // prefill code ("µmol/L", "×10^9/L", "cells/µL", "%", "" for ecog).
    QString unit;
    QStringList acceptedUnits;       // spellings and units accepted and converted (the canonical one too)
    QList<double> factors;           // canonical = entered × factors[i] for acceptedUnits[i]
    double minimum = 0, maximum = 0; // plausible range in the canonical unit, inclusive
    bool integer = false;
    int multipleOf = 0; // ecog integer 0–5, karnofsky multiple of 10
    QString labelEn, labelZh;
    QStringList loincAlternatives; // other LOINC codes read as this observation (e.g. LVEF by echo)
    QString evidence;              // tag of the range (SPEC §0)
    QString loincEvidence;         // tag of the LOINC mapping
    QString source;

    // The label in the interface language (QLocale()'s), English when it is not Chinese.
    QString label() const;
};

struct NormalisedValue
{
    double value = 0;
    QString unit;
    double enteredValue = 0;
    QString enteredUnit;
};

// The versioned observation codes with their units, conversions and plausible ranges.
class ObservationCatalog
{
    Q_DECLARE_TR_FUNCTIONS(cb::core::ObservationCatalog)
public:
    // Parses observations.json; a bad file names the entry and the field that is wrong.
    static Result<ObservationCatalog> parse(const QByteArray& json, const QString& sourceName);

    QString version() const { return m_version; }
    QList<ObservationDefinition> definitions() const { return m_definitions; }
    const ObservationDefinition* find(const QString& code) const; // nullptr = unknown
    // The definition whose LOINC (or an alternative) is `loinc`; nullptr when none.
    const ObservationDefinition* findByLoinc(const QString& loinc) const;

    // Converts `value` in `unit` (empty = canonical) to the canonical unit and checks the plausible
    // range. Errors are ErrorCode::BadInput with a translated message naming the observation and,
    // for an unknown unit, the accepted units; for an implausible value, the range with its unit
    // (e.g. "LVEF 120 % is outside the plausible range 5–85 %."). Unknown code → BadInput naming it.
    Result<NormalisedValue> normalise(const QString& code, double value, const QString& unit) const;

    // The factor from `unit` to the canonical unit of `definition`; empty when the unit is not
    // accepted. Spellings are compared as core::ChecklistUnits normalises them.
    static std::optional<double> factorFor(const ObservationDefinition& definition, const QString& unit);

private:
    QString m_version;
    QList<ObservationDefinition> m_definitions;
};

} // namespace cb::core
