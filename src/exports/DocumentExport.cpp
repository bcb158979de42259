#include "exports/DocumentExport.h"

#include "report/CaseSummary.h"
#include "report/MeetingMinutes.h"
#include "report/OutcomeLetter.h"
#include "report/PdfFile.h"
#include "services/MeetingService.h"
#include "services/ReportService.h"
#include "services/SettingsService.h"
#include "services/Workspace.h"

#include <QFile>
#include <QFileInfo>

namespace cb::exports {

QString kindId(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Summary:
        return QStringLiteral("summary");
    case DocumentKind::Letter:
        return QStringLiteral("letter");
    case DocumentKind::Minutes:
        return QStringLiteral("minutes");
    }
    return {};
}

QString IssuedDocument::fingerprint() const
{
    return caseDossier ? caseDossier->fingerprint : QString();
}

qint64 IssuedDocument::auditSeq() const
{
    return caseDossier ? caseDossier->auditSeq : (minutesDossier ? minutesDossier->auditSeq : 0);
}

QString IssuedDocument::auditHash() const
{
    return caseDossier ? caseDossier->auditHash : (minutesDossier ? minutesDossier->auditHash : QString());
}

QPageSize DocumentExport::pageSize() const
{
    return report::PdfRenderer::pageSizeFor(m_ws.settings().value(services::SettingsService::Key::PaperSize));
}

IssuedDocument DocumentExport::fromCase(const core::CaseDossier& dossier, DocumentKind kind)
{
    IssuedDocument doc;
    doc.kind = kind == DocumentKind::Letter ? DocumentKind::Letter : DocumentKind::Summary;
    doc.recordId = dossier.record.id;
    doc.caseDossier = dossier;
    doc.document = doc.kind == DocumentKind::Letter ? report::OutcomeLetter::build(dossier)
                                                    : report::CaseSummary::build(dossier);
    return doc;
}

Result<IssuedDocument> DocumentExport::build(const core::UserIdentity& actor, DocumentKind kind,
                                             qint64 recordId)
{
    if (kind == DocumentKind::Minutes) {
        auto dossier = m_ws.meetings().minutesDossier(actor, recordId);
        if (!dossier.ok())
            return dossier.error();
        IssuedDocument doc;
        doc.kind = kind;
        doc.recordId = recordId;
        doc.document = report::MeetingMinutes::build(*dossier);
        doc.minutesDossier = std::move(dossier).value();
        return doc;
    }
    auto dossier = m_ws.reports().dossier(actor, recordId);
    if (!dossier.ok())
        return dossier.error();
    return fromCase(*dossier, kind);
}

Status DocumentExport::render(IssuedDocument& doc, const report::PdfRenderer::Progress& progress) const
{
    int pages = 0;
    auto pdf = report::PdfRenderer::renderPdf(doc.document, pageSize(), [&](int done, int total) {
        pages = total;
        return progress ? progress(done, total) : true;
    });
    if (!pdf.ok())
        return pdf.error();
    doc.pdf = std::move(pdf).value();
    doc.pages = pages;
    return {};
}

Status DocumentExport::audit(const core::UserIdentity& actor, const IssuedDocument& doc, bool printed)
{
    const QString target = printed ? QStringLiteral("printer") : QStringLiteral("file");
    if (doc.minutesDossier)
        return m_ws.meetings().recordMinutesExport(actor, *doc.minutesDossier, target);
    if (!doc.caseDossier)
        return Error::failure(tr("There is no document to export."));
    const auto kind = doc.kind == DocumentKind::Letter ? services::ReportService::Kind::Letter
                                                       : services::ReportService::Kind::Summary;
    return m_ws.reports().recordExport(actor, *doc.caseDossier, kind,
                                       printed ? QStringLiteral("print") : QStringLiteral("pdf"), target);
}

Status DocumentExport::save(const core::UserIdentity& actor, const IssuedDocument& doc, const QString& path)
{
    if (!doc.isRendered())
        return Error::failure(tr("The document is not rendered yet."));
    const bool existed = QFileInfo::exists(path);
    if (auto st = report::PdfFile::write(path, doc.pdf); !st.ok())
        return st;
    if (auto st = audit(actor, doc, false); !st.ok()) {
        // never leave an export the audit trail does not know about
        if (!existed)
            QFile::remove(path);
        return st;
    }
    return {};
}

Status DocumentExport::recordPrinted(const core::UserIdentity& actor, const IssuedDocument& doc)
{
    return audit(actor, doc, true);
}

Result<IssuedDocument> DocumentExport::exportToFile(const core::UserIdentity& actor, DocumentKind kind,
                                                    qint64 recordId, const QString& path)
{
    auto built = build(actor, kind, recordId);
    if (!built.ok())
        return built.error();
    IssuedDocument doc = std::move(built).value();
    if (auto st = render(doc); !st.ok())
        return st.error();
    if (auto st = save(actor, doc, path); !st.ok())
        return st.error();
    return doc;
}

} // namespace cb::exports
