#pragma once

#include "core/CaseDossier.h"
#include "core/UserIdentity.h"
#include "exports/DocumentExport.h"
#include "report/ReportDocument.h"

#include <QByteArray>
#include <QDialog>
#include <QPageSize>

class QBuffer;
class QComboBox;
class QLabel;
class QLineEdit;
class QPdfDocument;
class QPdfView;
class QProgressBar;
class QPushButton;

namespace cb::services {
class Workspace;
}

namespace cb::gui {

// Export PDF… and Print… of the case page: the case summary or the outcome letter, rendered and
// shown in a preview (Qt PDF) before it is saved or printed. Rendering goes page by page with a
// progress bar and Cancel; the file is written atomically, owner-only, and every export or print
// is audited (services::ReportService).
class ExportPdfDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { Save, Print };

    ExportPdfDialog(services::Workspace& ws, const core::UserIdentity& user, qint64 caseId, Purpose purpose,
                    QWidget* parent = nullptr);
    ~ExportPdfDialog() override;

    // The file name a clinician recognises: MRN, case id, document, date (in the documents folder).
    static QString defaultFileName(const core::CaseDossier& dossier, bool letter, const QDate& day);

    // Renders the preview of the chosen document; false when it was cancelled or failed.
    bool renderPreview();
    // Writes the rendered PDF to `path` (atomic, owner-only) and audits it; false after telling the user.
    bool saveTo(const QString& path);
    int pageCount() const { return m_pages; }
    bool isLetter() const;

public slots:
    // While a render runs: cancels it, then closes.
    void reject() override;

private slots:
    void save();
    void print();
    void browse();

private:
    void buildUi(Purpose purpose);
    void setBusy(bool busy);

    services::Workspace& m_ws;
    core::UserIdentity m_user;
    qint64 m_caseId = 0;
    core::CaseDossier m_dossier;
    bool m_haveDossier = false;
    report::ReportDocument m_document;
    exports::IssuedDocument m_issued;
    QByteArray m_pdf;
    int m_pages = 0;
    bool m_rendering = false;
    bool m_cancel = false;
    bool m_closeAfterRender = false; // closed while rendering: close once the page in hand is done
    QPageSize m_pageSize;

    QComboBox* m_kind = nullptr;
    QPdfDocument* m_preview = nullptr;
    QBuffer* m_previewBuffer = nullptr;
    QPdfView* m_view = nullptr;
    QLineEdit* m_file = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_renderButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace cb::gui
