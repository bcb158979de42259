#pragma once

#include <QString>
#include <QUuid>

namespace cb::exports {

// The urn:uuid of every resource CellBoard exports, derived (UUID v5) from the database it comes
// from and the record's own id ("patient/12", "observation/40"): the same record exported twice
// has the same fullUrl, and records of two databases never share one. The database is named by
// the hash of its first audit entry, which no other database has.
class FhirIds
{
public:
    explicit FhirIds(const QString& databaseSeed);

    QUuid uuid(const QString& name) const;
    // "urn:uuid:…" of a name, the fullUrl and reference of its resource.
    QString urn(const QString& name) const;
    // The bare uuid text (Resource.id).
    QString id(const QString& name) const;

private:
    QUuid m_namespace;
};

} // namespace cb::exports
