#include "exports/FhirExport.h"

#include "core/pathway/ResponseCriteria.h"
#include "exports/DocumentExport.h"
#include "exports/FhirBundle.h"
#include "report/PdfFile.h"
#include "services/AuditService.h"
#include "services/FollowUpService.h"
#include "services/MonitoringService.h"
#include "services/PathwayService.h"
#include "services/ReportService.h"
#include "services/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace cb::exports {

QString FhirExport::variantId(Variant variant)
{
    return variant == Variant::Document ? QStringLiteral("document") : QStringLiteral("collection");
}

int FhirExport::Exported::entries() const
{
    return int(bundle.value(QStringLiteral("entry")).toArray().size());
}

Result<FhirCaseData> FhirExport::read(const core::UserIdentity& actor, qint64 caseId)
{
    FhirCaseData data;
    // UTC: the bundle's times are instants, whatever the workstation's zone
    auto dossier = m_ws.reports().dossier(actor, caseId, QTimeZone::utc());
    if (!dossier.ok())
        return dossier.error();
    data.dossier = std::move(dossier).value();

    auto pathway = m_ws.pathway().pathway(actor, caseId);
    if (!pathway.ok())
        return pathway.error();
    for (const core::PathwayEvent& e : pathway->events)
        if (e.isCurrent())
            data.pathway << e;
    data.infusionDate = pathway->infusionDate;
    if (pathway->timing.id != QLatin1String("default"))
        data.productName = pathway->timing.name;

    if (pathway->infusionDate.isValid()) {
        auto monitoring = m_ws.monitoring().monitoring(actor, caseId);
        if (!monitoring.ok())
            return monitoring.error();
        data.assessments = monitoring->current();
    }
    auto followUps = m_ws.followUps().followUps(actor, caseId);
    if (!followUps.ok())
        return followUps.error();
    data.followUps = followUps->visits;
    data.responseScheme = core::ResponseCriteria::schemeFor(data.dossier.record.indication);

    auto first = m_ws.audit().entry(1);
    if (!first.ok())
        return first.error();
    if (first->has_value())
        data.databaseSeed = (*first)->hash;
    return data;
}

Result<FhirExport::Exported> FhirExport::build(const core::UserIdentity& actor, qint64 caseId,
                                               Variant variant)
{
    auto data = read(actor, caseId);
    if (!data.ok())
        return data.error();
    Exported out;
    out.variant = variant;
    out.caseId = caseId;
    if (variant == Variant::Collection) {
        out.bundle = FhirBundle::collection(*data);
    } else {
        // the summary the document carries, rendered from the same dossier
        IssuedDocument summary = DocumentExport::fromCase(data->dossier, DocumentKind::Summary);
        if (data->dossier.decision && data->dossier.decision->isSigned) {
            if (auto st = DocumentExport(m_ws).render(summary); !st.ok())
                return st.error();
        }
        auto document = FhirBundle::document(*data, summary.pdf);
        if (!document.ok())
            return document.error();
        out.bundle = std::move(document).value();
    }
    out.identifier = FhirBundle::identifierOf(out.bundle);
    out.json = QJsonDocument(out.bundle).toJson(QJsonDocument::Indented);
    out.dossier = std::move(data->dossier);
    return out;
}

Status FhirExport::save(const core::UserIdentity& actor, const Exported& exported, const QString& path)
{
    const bool existed = QFileInfo::exists(path);
    if (auto st = report::PdfFile::write(path, exported.json); !st.ok())
        return st;
    const auto kind = exported.variant == Variant::Document ? services::ReportService::Kind::FhirDocument
                                                            : services::ReportService::Kind::FhirCollection;
    const QJsonObject extra{{QStringLiteral("bundle_id"), exported.identifier},
                            {QStringLiteral("entries"), exported.entries()}};
    if (auto st = m_ws.reports().recordExport(actor, exported.dossier, kind, QStringLiteral("fhir"),
                                              QStringLiteral("file"), extra);
        !st.ok()) {
        // never leave an export the audit trail does not know about
        if (!existed)
            QFile::remove(path);
        return st;
    }
    return {};
}

Result<FhirExport::Exported> FhirExport::exportToFile(const core::UserIdentity& actor, qint64 caseId,
                                                      Variant variant, const QString& path)
{
    auto built = build(actor, caseId, variant);
    if (!built.ok())
        return built.error();
    if (auto st = save(actor, *built, path); !st.ok())
        return st.error();
    return built;
}

} // namespace cb::exports
