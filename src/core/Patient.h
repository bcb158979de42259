#pragma once

#include "core/PartialDate.h"
#include "core/Vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>

namespace cb::core {

// An identifier of a patient (INTAKE.md §2): unique on the triple {authority, type, value},
// never on the value alone. A merged record's identifiers stay, as aliases of the kept one.
struct PatientIdentifier
{
    QString authority; // the issuing namespace, e.g. the hospital's MRN namespace or "CN-NHC"
    QString type;      // HL7 v2 identifier type: MR (record number), NH (national health number), NI, PPN …
    QString value;
    bool alias = false; // carried over from a merged record

    QString key() const { return authority + QLatin1Char(':') + type + QLatin1Char(':') + value; }
    friend bool operator==(const PatientIdentifier& a, const PatientIdentifier& b)
    {
        return a.authority == b.authority && a.type == b.type && a.value == b.value;
    }
};

// A person: protected health information. Never logged.
struct Patient
{
    qint64 id = 0;
    QString mrn; // the display identifier (the first identifier's value); see `identifiers`
    QList<PatientIdentifier> identifiers;
    QString familyName;
    QString givenName;
    QString nameZh; // the name in Chinese characters, where the patient has one
    Sex sex = Sex::Unknown;
    QDate birthDate;       // the earliest day of `birth` (kept for age and sorting)
    PartialDate birth;     // the birth date with its precision (year, month or day)
    qint64 mergedInto = 0; // non-zero: this record was merged into that patient
    qint64 rowVersion = 0;

    // "Family, Given" for Latin names; family name then given name, no space, for Han names.
    QString displayName() const { return displayName(familyName, givenName); }
    static QString displayName(const QString& family, const QString& given);
    // Age in whole years on `day`; -1 when unknown. With a year or month birth date, the age
    // is the smallest the patient can be.
    int ageOn(const QDate& day) const;
};

} // namespace cb::core
