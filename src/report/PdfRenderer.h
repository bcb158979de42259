#pragma once

#include "core/Result.h"
#include "report/ReportDocument.h"

#include <QByteArray>
#include <QPageSize>
#include <functional>

class QPagedPaintDevice;
class QTextDocument;

namespace cb::report {

// Lays a ReportDocument out on pages and paints it with its frame (header, footer, page numbers,
// DRAFT watermark) on every page: to PDF bytes, or onto any paged device (a printer).
class PdfRenderer
{
public:
    // Called after each page with (pages done, page count); return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    // "letter" → US Letter; anything else → A4 (the `report.paper_size` setting).
    static QPageSize pageSizeFor(const QString& setting);

    static Result<QByteArray> renderPdf(const ReportDocument& document, const QPageSize& pageSize,
                                        const Progress& progress = {});
    // Paints onto a device already set up (page size chosen); the whole page is used.
    static Status paint(QPagedPaintDevice& device, const ReportDocument& document,
                        const Progress& progress = {});

    // The number of pages the body takes on this paper (lays the document out).
    static int pageCount(const ReportDocument& document, const QPageSize& pageSize);
};

} // namespace cb::report
