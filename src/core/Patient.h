#pragma once

#include "core/Vocabulary.h"

#include <QDate>
#include <QString>

namespace cb::core {

// A person: protected health information. Never logged.
struct Patient
{
    qint64 id = 0;
    QString mrn; // hospital id
    QString familyName;
    QString givenName;
    Sex sex = Sex::Unknown;
    QDate birthDate;
    qint64 rowVersion = 0;

    // "Family, Given" for Latin names; family name then given name, no space, for Han names.
    QString displayName() const { return displayName(familyName, givenName); }
    static QString displayName(const QString& family, const QString& given);
    int ageOn(const QDate& day) const;
};

} // namespace cb::core
