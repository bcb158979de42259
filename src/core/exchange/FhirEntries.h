#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cb::core {

// A FHIR R4 JSON Bundle checked as a whole before anything of it is read (clinical/INTAKE.md §7):
// JSON, a Bundle with entries, unique fullUrls, exactly one Patient, every resource CellBoard
// reads (Patient, Condition, Observation, MedicationRequest, MedicationStatement,
// MedicationAdministration, Procedure) with its required elements, its codes from FHIR's value
// sets, FHIR's date forms, and its subject the bundle's Patient. The first problem refuses the
// file whole, named by its JSON path ("$.entry[3].resource.status: …").
class FhirEntries
{
    Q_DECLARE_TR_FUNCTIONS(cb::core::FhirEntries)
public:
    struct Entry
    {
        int index = 0;
        QString fullUrl;
        QString type; // resourceType
        QString id;   // Resource.id
        QJsonObject resource;

        QString path() const { return QStringLiteral("$.entry[%1].resource").arg(index); }
    };

    static Result<FhirEntries> parse(const QByteArray& json);

    const QJsonObject& bundle() const { return m_bundle; }
    QString bundleId() const;
    QString bundleType() const;
    const QList<Entry>& entries() const { return m_entries; }
    const Entry& patient() const { return m_entries.at(m_patient); }
    // The entries of one resource type, in bundle order.
    QList<Entry> ofType(const QString& type) const;
    // The entry a reference names (a fullUrl, or Type/id); nullptr when none.
    const Entry* resolve(const QString& reference) const;

    // Whether a text is a FHIR date or dateTime (YYYY, YYYY-MM, YYYY-MM-DD, or with a time and zone).
    static bool isDateTime(const QString& text);

private:
    Status check();
    Status checkResource(const Entry& e);

    QJsonObject m_bundle;
    QList<Entry> m_entries;
    int m_patient = -1;
};

} // namespace cb::core
