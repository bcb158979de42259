#pragma once

#include "core/Result.h"
#include "core/exchange/Hl7LabMessage.h"
#include "core/intake/ObservationCatalog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace cb::core {

// Which observation code of the record an OBX-3 names (INTAKE.md §8): LOINC (system LN, in
// OBX-3.1–3, else the alternate OBX-3.4–6) through the observation vocabulary; else a lab's local
// code through resources/intake/hl7_codes.json; else a CellBoard code sent as it is.
class Hl7CodeMap
{
    Q_DECLARE_TR_FUNCTIONS(cb::core::Hl7CodeMap)
public:
    struct LocalCode
    {
        QString code; // upper case
        QString observation;
        QStringList systems; // upper case; "*" any
    };

    // Parses hl7_codes.json; every observation must be one of `catalog`'s codes.
    static Result<Hl7CodeMap> parse(const QByteArray& json, const ObservationCatalog& catalog);

    QString version() const { return m_version; }
    // The observation code of the result; empty when none is known.
    QString observationOf(const Hl7Result& result, const ObservationCatalog& catalog) const;

private:
    QString m_version;
    QList<LocalCode> m_codes;
};

} // namespace cb::core
