#include "report/PdfRenderer.h"

#include "report/CaseSummary.h"
#include "report/ReportText.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <memory>

namespace cb::report {

namespace {

// Everything is laid out and drawn in CSS pixels: 96 per inch.
constexpr double kDpi = 96.0;

double mm(double v)
{
    return v / 25.4 * kDpi;
}

struct Geometry
{
    QSizeF paper; // in px
    QMarginsF margins{mm(18), mm(25), mm(18), mm(21)};
    QSizeF body() const
    {
        return {paper.width() - margins.left() - margins.right(),
                paper.height() - margins.top() - margins.bottom()};
    }
};

Geometry geometryFor(const QPageSize& size)
{
    const QSizeF pt = size.size(QPageSize::Point);
    return Geometry{QSizeF(pt.width() * kDpi / 72.0, pt.height() * kDpi / 72.0)};
}

// A fixed 96-dpi device the document is laid out for, whatever it is painted on: the preview,
// the PDF and the printer paginate alike.
class LayoutDevice
{
public:
    LayoutDevice() : m_writer(&m_sink) { m_writer.setResolution(int(kDpi)); }
    QPaintDevice* device() { return &m_writer; }

private:
    QBuffer m_sink;
    QPdfWriter m_writer;
};

std::unique_ptr<QTextDocument> layOut(const ReportDocument& document, const Geometry& g, LayoutDevice& device)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(device.device());
    doc->setDocumentMargin(0);
    doc->setDefaultFont(text::font(document.bodyPointSize));
    doc->setDefaultStyleSheet(CaseSummary::styleSheet());
    doc->setHtml(document.html);
    doc->setPageSize(g.body());
    return doc;
}

// Pixel sizes (not points): QPainter resolves point sizes against the target device's dpi,
// which the 96-dpi scale would then apply a second time on a printer.
QFont pixelFont(double pointSize, bool bold = false, bool italic = false)
{
    QFont f = text::font(pointSize, bold);
    f.setPixelSize(qRound(pointSize * kDpi / 72.0));
    f.setItalic(italic);
    return f;
}

void drawWatermark(QPainter& p, const Geometry& g)
{
    p.save();
    p.translate(g.paper.width() / 2, g.paper.height() / 2);
    p.rotate(-40);
    QFont f = pixelFont(110, true);
    p.setFont(f);
    p.setPen(QColor(196, 30, 36, 46)); // translucent, over the body: visible on shaded cells too
    const QString draft = text::tr("DRAFT");
    const QRectF r(-g.paper.width(), -120, 2 * g.paper.width(), 240);
    p.drawText(r, Qt::AlignCenter, draft);
    p.restore();
}

void drawFrame(QPainter& p, const Geometry& g, const PageFrame& frame, int page, int pages)
{
    const double left = g.margins.left();
    const double right = g.paper.width() - g.margins.right();
    const double width = right - left;
    const QColor ink(17, 17, 17);
    const QColor accent(11, 61, 107);

    // header: the institution; the document's title (and the DRAFT marker); the patient
    double y = mm(7);
    p.setPen(accent);
    p.setFont(pixelFont(9.5, true));
    const QFontMetricsF fm(p.font());
    p.drawText(QRectF(left, y, width, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(frame.institution, Qt::ElideRight, width));
    y += fm.height() + 1;
    p.setPen(ink);
    p.setFont(pixelFont(8.5, true));
    const QFontMetricsF fm2(p.font());
    p.drawText(QRectF(left, y, width, fm2.height()), Qt::AlignLeft | Qt::AlignVCenter, frame.title);
    if (frame.draft) {
        p.save();
        p.setPen(QColor(164, 22, 26));
        p.drawText(QRectF(left, y, width, fm2.height()), Qt::AlignRight | Qt::AlignVCenter,
                   text::tr("DRAFT — not signed"));
        p.restore();
    }
    y += fm2.height() + 1;
    p.setFont(pixelFont(8.5));
    p.drawText(QRectF(left, y, width, fm2.height()), Qt::AlignLeft | Qt::AlignVCenter,
               fm2.elidedText(frame.patientLine, Qt::ElideRight, width));
    y += fm2.height() + 3;
    p.setPen(QPen(accent, 1.2));
    p.drawLine(QPointF(left, y), QPointF(right, y));

    // footer
    double fy = g.paper.height() - g.margins.bottom() + mm(5);
    p.setPen(QPen(QColor(138, 143, 152), 0.8));
    p.drawLine(QPointF(left, fy), QPointF(right, fy));
    fy += 3;
    p.setPen(ink);
    p.setFont(pixelFont(7.5));
    const QFontMetricsF fm3(p.font());
    const QString pageText = text::tr("Page %1 of %2").arg(page).arg(pages);
    p.drawText(QRectF(left, fy, width * 0.7, fm3.height()), Qt::AlignLeft | Qt::AlignVCenter,
               frame.generatedLine);
    p.setFont(pixelFont(7.5, true));
    p.drawText(QRectF(left + width * 0.7, fy, width * 0.3, fm3.height()), Qt::AlignRight | Qt::AlignVCenter,
               pageText);
    fy += fm3.height() + 1;
    p.setFont(pixelFont(6.8, false, true));
    p.setPen(QColor(80, 80, 80));
    const QFontMetricsF fm4(p.font());
    p.drawText(QRectF(left, fy, width, fm4.height() * 2 + 2),
               Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, frame.confidentiality);
}

Status paintPages(QPainter& p, QPagedPaintDevice& device, const ReportDocument& document, const Geometry& g,
                  const PdfRenderer::Progress& progress)
{
    LayoutDevice layoutDevice;
    auto doc = layOut(document, g, layoutDevice);
    const int pages = doc->pageCount();
    const double scale = device.logicalDpiX() / kDpi;
    p.scale(scale, device.logicalDpiY() / kDpi);
    const QSizeF body = g.body();
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage())
            return Error::failure(text::tr("The output device refused a new page."));
        p.save();
        p.translate(g.margins.left(), g.margins.top());
        p.setClipRect(QRectF(QPointF(0, 0), body));
        p.translate(0, -i * body.height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = QRectF(0, i * body.height(), body.width(), body.height());
        ctx.palette.setColor(QPalette::Text, Qt::black);
        doc->documentLayout()->draw(&p, ctx);
        p.restore();
        drawFrame(p, g, document.frame, i + 1, pages);
        if (document.frame.draft)
            drawWatermark(p, g);
        if (progress && !progress(i + 1, pages))
            return Error::failure(text::tr("The export was cancelled."));
    }
    return {};
}

} // namespace

QPageSize PdfRenderer::pageSizeFor(const QString& setting)
{
    return QPageSize(setting.trimmed().compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0
                         ? QPageSize::Letter
                         : QPageSize::A4);
}

int PdfRenderer::pageCount(const ReportDocument& document, const QPageSize& pageSize)
{
    LayoutDevice device;
    return layOut(document, geometryFor(pageSize), device)->pageCount();
}

Result<QByteArray> PdfRenderer::renderPdf(const ReportDocument& document, const QPageSize& pageSize,
                                          const Progress& progress)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(int(kDpi));
        writer.setPageSize(pageSize);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(document.frame.title);
        writer.setCreator(QStringLiteral("CellBoard"));
        if (auto st = paint(writer, document, progress); !st.ok())
            return st.error();
    }
    buffer.close();
    if (bytes.isEmpty())
        return Error::failure(text::tr("The PDF could not be produced."));
    return bytes;
}

Status PdfRenderer::paint(QPagedPaintDevice& device, const ReportDocument& document, const Progress& progress)
{
    const QSizeF paperPt = device.pageLayout().fullRect(QPageLayout::Point).size();
    const Geometry g{QSizeF(paperPt.width() * kDpi / 72.0, paperPt.height() * kDpi / 72.0)};
    QPainter p;
    if (!p.begin(&device))
        return Error::failure(text::tr("The document could not be painted on the output device."));
    Status st = paintPages(p, device, document, g, progress);
    p.end();
    return st;
}

} // namespace cb::report
