#pragma once

#include "core/CaseDossier.h"
#include "core/MinutesDossier.h"
#include "core/Result.h"
#include "core/UserIdentity.h"
#include "report/PdfRenderer.h"
#include "report/ReportDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPageSize>
#include <QString>
#include <optional>

namespace cb::services {
class Workspace;
}

namespace cb::exports {

// The documents CellBoard issues.
enum class DocumentKind { Summary, Letter, Minutes };
QString kindId(DocumentKind kind); // summary | letter | minutes

// A document built from its dossier and, once rendered, its PDF bytes.
struct IssuedDocument
{
    DocumentKind kind = DocumentKind::Summary;
    qint64 recordId = 0; // the case, or the meeting for minutes
    std::optional<core::CaseDossier> caseDossier;
    std::optional<core::MinutesDossier> minutesDossier;
    report::ReportDocument document;
    QByteArray pdf;
    int pages = 0;

    bool isDraft() const { return document.frame.draft; }
    bool isRendered() const { return !pdf.isEmpty(); }
    QString fingerprint() const;
    qint64 auditSeq() const;
    QString auditHash() const;
};

// The one export path: read the dossier with the actor's rights, build and render the document,
// write it atomically (readable by its owner only), audit the export, and take the file away again
// when the audit fails, so no document leaves that the audit trail does not know about.
class DocumentExport
{
    Q_DECLARE_TR_FUNCTIONS(cb::exports::DocumentExport)
public:
    explicit DocumentExport(services::Workspace& ws) : m_ws(ws) {}

    // The program's paper size.
    QPageSize pageSize() const;

    // The document for a case (summary or letter) or a meeting (minutes), not yet rendered.
    Result<IssuedDocument> build(const core::UserIdentity& actor, DocumentKind kind, qint64 recordId);
    // The same case dossier as another kind (the export dialog switches without reading again).
    static IssuedDocument fromCase(const core::CaseDossier& dossier, DocumentKind kind);

    // Renders the PDF; `progress` may cancel (then nothing is rendered).
    Status render(IssuedDocument& doc, const report::PdfRenderer::Progress& progress = {}) const;
    // Writes a rendered document to `path` and audits it as a file export.
    Status save(const core::UserIdentity& actor, const IssuedDocument& doc, const QString& path);
    // Audits a document sent to a printer (the GUI prints it).
    Status recordPrinted(const core::UserIdentity& actor, const IssuedDocument& doc);

    // build + render + save, for the CLI and the Meetings page.
    Result<IssuedDocument> exportToFile(const core::UserIdentity& actor, DocumentKind kind, qint64 recordId,
                                        const QString& path);

private:
    Status audit(const core::UserIdentity& actor, const IssuedDocument& doc, bool printed);

    services::Workspace& m_ws;
};

} // namespace cb::exports
