#include "gui/case/FhirExportMenu.h"

#include "core/PermissionPolicy.h"
#include "exports/FhirExport.h"
#include "gui/widgets/FileDialog.h"
#include "gui/widgets/MessageBox.h"
#include "services/DecisionService.h"
#include "services/Workspace.h"

#include <QAction>
#include <QDir>
#include <QGuiApplication>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>

namespace cb::gui {

FhirExportMenu::FhirExportMenu(services::Workspace& ws, const core::UserIdentity& user, QWidget* page)
    : QObject(page), m_ws(ws), m_user(user), m_page(page)
{
    m_button = new QPushButton(tr("Export &FHIR"), page);
    m_button->setObjectName(QStringLiteral("exportFhirButton"));
    m_button->setAutoDefault(false);
    m_button->setToolTip(tr("Export the case as FHIR R4 JSON for another hospital or a registry"));
    auto* menu = new QMenu(m_button);
    menu->setObjectName(QStringLiteral("exportFhirMenu"));
    m_bundle = menu->addAction(tr("FHIR &bundle…"));
    m_bundle->setObjectName(QStringLiteral("actionExportFhirBundle"));
    m_bundle->setToolTip(tr("The patient's record: identifiers, disease, stage, observations, prior "
                            "therapy, procedures, toxicity and responses"));
    m_document = menu->addAction(tr("FHIR &document with the signed verdict…"));
    m_document->setObjectName(QStringLiteral("actionExportFhirDocument"));
    menu->setToolTipsVisible(true);
    m_button->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &FhirExportMenu::refresh);
    connect(m_bundle, &QAction::triggered, this, [this] { exportBundle(false); });
    connect(m_document, &QAction::triggered, this, [this] { exportBundle(true); });
}

void FhirExportMenu::setCase(const core::CaseRecord& record)
{
    m_record = record;
    m_caseId = record.id;
    refresh();
}

QString FhirExportMenu::defaultFileName(const core::CaseRecord& record, bool document, const QDate& day)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString mrn = record.patient.mrn;
    mrn.replace(unsafe, QStringLiteral("_"));
    return QStringLiteral("%1_case%2_%3_%4.json")
        .arg(mrn.isEmpty() ? QStringLiteral("case") : mrn)
        .arg(record.id)
        .arg(document ? QStringLiteral("fhir-document") : QStringLiteral("fhir-bundle"),
             day.toString(Qt::ISODate));
}

void FhirExportMenu::refresh()
{
    const Status may = core::PermissionPolicy::check(m_user, core::Action::ReadCases);
    m_button->setEnabled(m_caseId != 0 && may.ok());
    if (!may.ok())
        m_button->setToolTip(may.error().message);
    m_bundle->setEnabled(m_caseId != 0 && may.ok());
    bool signedVerdict = false;
    if (m_caseId != 0 && may.ok()) {
        auto versions = m_ws.decisions().decisions(m_user, m_caseId);
        signedVerdict = versions.ok() && !versions->isEmpty() && versions->last().isSigned;
    }
    m_document->setEnabled(signedVerdict);
    m_document->setToolTip(
        signedVerdict ? tr("The board's signed verdict as a FHIR document, with the patient's record "
                           "and the case summary PDF")
                      : tr("Needs the board's signed verdict."));
}

void FhirExportMenu::exportBundle(bool document)
{
    if (m_caseId == 0)
        return;
    const QString title = document ? tr("Export FHIR document") : tr("Export FHIR bundle");
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    const QString proposed = QDir(folder).filePath(
        defaultFileName(m_record, document, m_ws.clock().nowUtc().toLocalTime().date()));
    QString path = FileDialog::getSaveFileName(m_page, title, proposed, tr("FHIR JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".json");
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto variant =
        document ? exports::FhirExport::Variant::Document : exports::FhirExport::Variant::Collection;
    auto written = exports::FhirExport(m_ws).exportToFile(m_user, m_caseId, variant, path);
    QGuiApplication::restoreOverrideCursor();
    if (!written.ok()) {
        MessageBox::critical(m_page, title, written.error().message);
        return;
    }
    MessageBox::information(m_page, title,
                            tr("Saved to %1 (readable by you only): %n entries.", nullptr, written->entries())
                                .arg(QDir::toNativeSeparators(path)));
    emit exported(m_caseId);
}

} // namespace cb::gui
