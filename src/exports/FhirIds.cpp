#include "exports/FhirIds.h"

namespace cb::exports {

namespace {

// CellBoard's own namespace for UUID v5 names (fixed once; changing it changes every fullUrl).
const QUuid kCellBoardNamespace(QStringLiteral("{5d1f7c2a-8b3e-4c61-9a0d-2f6e4b8c1a73}"));

} // namespace

FhirIds::FhirIds(const QString& databaseSeed)
    : m_namespace(QUuid::createUuidV5(kCellBoardNamespace, QStringLiteral("database:") + databaseSeed))
{
}

QUuid FhirIds::uuid(const QString& name) const
{
    return QUuid::createUuidV5(m_namespace, name);
}

QString FhirIds::urn(const QString& name) const
{
    return QStringLiteral("urn:uuid:") + id(name);
}

QString FhirIds::id(const QString& name) const
{
    return uuid(name).toString(QUuid::WithoutBraces);
}

} // namespace cb::exports
