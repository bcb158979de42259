#pragma once

#include "core/Result.h"
#include "core/UserIdentity.h"
#include "exports/FhirCaseData.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace cb::services {
class Workspace;
}

namespace cb::exports {

// A case as FHIR R4 JSON, the one path for the CLI (`export fhir`) and the case page: read the
// record with the actor's rights, build the bundle (FhirBundle; for the document, render the case
// summary PDF it carries), write it atomically (readable by its owner only) and audit the export
// as `case.export` with the bundle's identifier; the file is taken away again when the audit
// fails.
class FhirExport
{
    Q_DECLARE_TR_FUNCTIONS(cb::exports::FhirExport)
public:
    enum class Variant { Collection, Document };
    static QString variantId(Variant variant); // collection | document

    struct Exported
    {
        Variant variant = Variant::Collection;
        qint64 caseId = 0;
        QJsonObject bundle;
        QByteArray json;    // the file's bytes
        QString identifier; // Bundle.identifier ("urn:uuid:…")
        core::CaseDossier dossier;
        int entries() const;
    };

    explicit FhirExport(services::Workspace& ws) : m_ws(ws) {}

    // Everything the bundle carries, read through the services (refusals audited there).
    Result<FhirCaseData> read(const core::UserIdentity& actor, qint64 caseId);
    // The bundle of a case; the document needs the board's signed verdict (InvalidState without).
    Result<Exported> build(const core::UserIdentity& actor, qint64 caseId, Variant variant);
    Status save(const core::UserIdentity& actor, const Exported& exported, const QString& path);
    // build + save.
    Result<Exported> exportToFile(const core::UserIdentity& actor, qint64 caseId, Variant variant,
                                  const QString& path);

private:
    services::Workspace& m_ws;
};

} // namespace cb::exports
