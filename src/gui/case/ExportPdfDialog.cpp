#include "gui/case/ExportPdfDialog.h"

#include "exports/DocumentExport.h"
#include "gui/widgets/FileDialog.h"
#include "gui/widgets/MessageBox.h"
#include "gui/widgets/ScreenFit.h"
#include "report/PdfRenderer.h"
#include "services/ReportService.h"
#include "services/SettingsService.h"
#include "services/Workspace.h"

#include <QBuffer>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace cb::gui {

ExportPdfDialog::ExportPdfDialog(services::Workspace& ws, const core::UserIdentity& user, qint64 caseId,
                                 Purpose purpose, QWidget* parent)
    : QDialog(parent), m_ws(ws), m_user(user), m_caseId(caseId)
{
    setObjectName(QStringLiteral("exportPdfDialog"));
    setWindowTitle(purpose == Purpose::Print ? tr("Print case %1").arg(caseId)
                                             : tr("Export case %1 as PDF").arg(caseId));
    m_pageSize =
        report::PdfRenderer::pageSizeFor(m_ws.settings().value(services::SettingsService::Key::PaperSize));
    buildUi(purpose);
    resizeWithinScreen(this, QSize(900, 960)); // a 1366×768 laptop included

    auto dossier = m_ws.reports().dossier(m_user, m_caseId);
    if (!dossier.ok()) {
        m_status->setText(dossier.error().message);
        m_renderButton->setEnabled(false);
        m_kind->setEnabled(false);
        return;
    }
    m_dossier = std::move(dossier).value();
    m_haveDossier = true;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    m_file->setText(
        QDir(folder).filePath(defaultFileName(m_dossier, false, m_ws.clock().nowUtc().toLocalTime().date())));
    // the first render runs once the dialog is on screen, so its progress can be seen and cancelled
    QMetaObject::invokeMethod(
        this, [this] { renderPreview(); }, Qt::QueuedConnection);
}

ExportPdfDialog::~ExportPdfDialog()
{
    // The preview's renderer thread reads m_pdf through m_previewBuffer. Children are deleted
    // only after the members, so stop it here, while the bytes still exist: close() waits for
    // a page being rendered (they share Qt PDF's library lock), then the view and its renderer go.
    m_preview->close();
    delete m_view;
    delete m_preview;
    delete m_previewBuffer;
}

void ExportPdfDialog::reject()
{
    if (m_rendering) {
        m_cancel = true;
        m_closeAfterRender = true;
        return;
    }
    QDialog::reject();
}

void ExportPdfDialog::buildUi(Purpose purpose)
{
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    auto* kindLabel = new QLabel(tr("&Document:"), this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("Case summary (signed board record)"));
    m_kind->addItem(tr("Outcome letter to the referring physician"));
    kindLabel->setBuddy(m_kind);
    top->addWidget(kindLabel);
    top->addWidget(m_kind, 1);
    m_renderButton = new QPushButton(tr("&Refresh preview"), this);
    m_renderButton->setObjectName(QStringLiteral("renderButton"));
    m_renderButton->setAutoDefault(false);
    top->addWidget(m_renderButton);
    layout->addLayout(top);

    m_preview = new QPdfDocument(this);
    m_view = new QPdfView(this);
    m_view->setObjectName(QStringLiteral("previewView"));
    m_view->setDocument(m_preview);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setMinimumHeight(420);
    layout->addWidget(m_view, 1);

    auto* progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setFormat(tr("Page %v of %m"));
    m_progress->setVisible(false);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelRenderButton"));
    m_cancelButton->setAutoDefault(false);
    m_cancelButton->setVisible(false);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    layout->addLayout(progressRow);

    auto* fileRow = new QHBoxLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    fileLabel->setBuddy(m_file);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    browse->setAutoDefault(false);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_printButton = new QPushButton(tr("&Print…"), this);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_saveButton = new QPushButton(tr("&Save PDF"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    auto* close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAutoDefault(false);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    (purpose == Purpose::Print ? m_printButton : m_saveButton)->setDefault(true);
    m_saveButton->setEnabled(false);
    m_printButton->setEnabled(false);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_haveDossier) {
            const QFileInfo current(m_file->text());
            m_file->setText(current.dir().filePath(
                defaultFileName(m_dossier, isLetter(), m_ws.clock().nowUtc().toLocalTime().date())));
        }
        renderPreview();
    });
    connect(m_renderButton, &QPushButton::clicked, this, [this] { renderPreview(); });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { m_cancel = true; });
    connect(browse, &QPushButton::clicked, this, &ExportPdfDialog::browse);
    connect(m_saveButton, &QPushButton::clicked, this, &ExportPdfDialog::save);
    connect(m_printButton, &QPushButton::clicked, this, &ExportPdfDialog::print);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
}

bool ExportPdfDialog::isLetter() const
{
    return m_kind->currentIndex() == 1;
}

QString ExportPdfDialog::defaultFileName(const core::CaseDossier& dossier, bool letter, const QDate& day)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString mrn = dossier.record.patient.mrn;
    mrn.replace(unsafe, QStringLiteral("_"));
    return QStringLiteral("%1_case%2_%3_%4.pdf")
        .arg(mrn.isEmpty() ? QStringLiteral("case") : mrn)
        .arg(dossier.record.id)
        .arg(letter ? QStringLiteral("outcome-letter") : QStringLiteral("summary"),
             day.toString(Qt::ISODate));
}

void ExportPdfDialog::setBusy(bool busy)
{
    m_rendering = busy;
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_kind->setEnabled(!busy);
    m_renderButton->setEnabled(!busy && m_haveDossier);
    m_saveButton->setEnabled(!busy && !m_pdf.isEmpty());
    m_printButton->setEnabled(!busy && m_haveDossier && !m_pdf.isEmpty());
}

bool ExportPdfDialog::renderPreview()
{
    if (!m_haveDossier || m_rendering)
        return false;
    m_cancel = false;
    m_preview->close(); // before the bytes it reads go
    m_pdf.clear();
    m_issued = exports::DocumentExport::fromCase(m_dossier, isLetter() ? exports::DocumentKind::Letter
                                                                       : exports::DocumentKind::Summary);
    m_document = m_issued.document;
    m_progress->setRange(0, 0);
    m_status->setText(tr("Rendering…"));
    setBusy(true);
    // page by page on this thread, handling events between pages so Cancel is heard
    const Status rendered = exports::DocumentExport(m_ws).render(m_issued, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents |
                                        QEventLoop::ExcludeSocketNotifiers);
        QCoreApplication::processEvents(); // the Cancel button
        return !m_cancel;
    });
    if (m_closeAfterRender) {
        setBusy(false);
        QMetaObject::invokeMethod(this, &QDialog::reject, Qt::QueuedConnection);
        return false;
    }
    if (!rendered.ok()) {
        setBusy(false);
        m_status->setText(m_cancel ? tr("Cancelled: nothing was rendered or saved.")
                                   : rendered.error().message);
        return false;
    }
    m_pdf = m_issued.pdf;
    m_pages = m_issued.pages;
    delete m_previewBuffer;
    m_previewBuffer = new QBuffer(&m_pdf, this);
    m_previewBuffer->open(QIODevice::ReadOnly);
    m_preview->load(m_previewBuffer);
    setBusy(false);
    m_status->setText(
        (m_document.frame.draft ? tr("DRAFT: the case is not complete and signed. ") : QString()) +
        (m_pages == 1 ? tr("1 page.") : tr("%1 pages.").arg(m_pages)) + QLatin1Char(' ') +
        tr("Record fingerprint %1.").arg(m_dossier.fingerprint));
    return true;
}

void ExportPdfDialog::browse()
{
    const QString path =
        FileDialog::getSaveFileName(this, tr("Save PDF"), m_file->text(), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        m_file->setText(
            path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf"));
}

bool ExportPdfDialog::saveTo(const QString& path)
{
    if (m_pdf.isEmpty())
        return false;
    if (auto st = exports::DocumentExport(m_ws).save(m_user, m_issued, path); !st.ok()) {
        MessageBox::critical(this, tr("Export PDF"), st.error().message);
        return false;
    }
    m_status->setText(tr("Saved to %1 (readable by you only).").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ExportPdfDialog::save()
{
    const QString path = m_file->text().trimmed();
    if (path.isEmpty()) {
        MessageBox::warning(this, tr("Export PDF"), tr("Choose the file to save the PDF in."));
        return;
    }
    if (QFileInfo::exists(path) &&
        MessageBox::question(this, tr("Export PDF"),
                             tr("%1 exists. Replace it?").arg(QFileInfo(path).fileName())) !=
            QMessageBox::Yes)
        return;
    if (saveTo(path))
        accept();
}

void ExportPdfDialog::print()
{
    if (m_pdf.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(m_pageSize);
    printer.setFullPage(true);
    printer.setDocName(m_document.frame.title);
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    setBusy(true);
    m_cancel = false;
    const Status st = report::PdfRenderer::paint(printer, m_document, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        QCoreApplication::processEvents();
        return !m_cancel;
    });
    setBusy(false);
    if (m_closeAfterRender) {
        QMetaObject::invokeMethod(this, &QDialog::reject, Qt::QueuedConnection);
        return;
    }
    if (!st.ok()) {
        MessageBox::critical(this, tr("Print"), st.error().message);
        return;
    }
    if (auto audited = exports::DocumentExport(m_ws).recordPrinted(m_user, m_issued); !audited.ok())
        MessageBox::critical(this, tr("Print"), audited.error().message);
    m_status->setText(tr("Sent to the printer."));
}

} // namespace cb::gui
