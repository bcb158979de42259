#include "gui/case/CasePage.h"

#include "core/PermissionPolicy.h"
#include "core/intake/DerivedFacts.h"
#include "gui/case/CaseAuditPanel.h"
#include "gui/case/CloseCaseDialog.h"
#include "gui/case/ExportPdfDialog.h"
#include "gui/case/FhirExportMenu.h"
#include "gui/intake/RecordActions.h"
#include "gui/pathway/FollowUpPanel.h"
#include "gui/pathway/MonitoringEntryForm.h"
#include "gui/pathway/MonitoringPanel.h"
#include "gui/pathway/TreatmentTabs.h"
#include "gui/review/ReviewPanel.h"
#include "gui/widgets/MessageBox.h"
#include "gui/widgets/UnsavedChanges.h"
#include "presentation/ClinicalLabels.h"
#include "presentation/ObservationModel.h"
#include "presentation/TherapyLineModel.h"
#include "services/CaseService.h"
#include "services/Workspace.h"
#include "ui_CasePage.h"

#include <QAction>
#include <QHeaderView>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>

namespace cb::gui {

namespace {

QString orDash(const QString& text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

CasePage::CasePage(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent)
    : QWidget(parent), m_ws(ws), m_user(user), m_ui(std::make_unique<Ui::CasePage>())
{
    m_ui->setupUi(this);
    m_therapyLines = new presentation::TherapyLineModel(this);
    m_observations = new presentation::ObservationModel(this);
    m_audit = new CaseAuditPanel(m_ws, m_user, m_ui->auditTab);
    m_ui->auditTab->layout()->addWidget(m_audit);
    setUpTables();
    // The board review (discipline cards, readiness, verdict) is the first tab.
    m_review = new ReviewPanel(m_ws, m_user, this);
    // scrollable, so the panel's height never squeezes the disease history above it
    auto* reviewScroll = new QScrollArea(this);
    reviewScroll->setObjectName(QStringLiteral("reviewScroll"));
    reviewScroll->setWidgetResizable(true);
    reviewScroll->setFrameShape(QFrame::NoFrame);
    reviewScroll->setWidget(m_review);
    m_ui->caseTabs->insertTab(0, reviewScroll, tr("Board review"));
    connect(m_review, &ReviewPanel::caseChanged, this, [this](qint64 id) {
        const int tab = m_ui->caseTabs->currentIndex();
        showCase(id);
        m_ui->caseTabs->setCurrentIndex(tab);
        emit caseChanged(id);
    });
    // What follows the verdict: pathway, monitoring and follow-up, after the review tab.
    m_treatment = new TreatmentTabs(m_ws, m_user, m_ui->caseTabs, 0, this);
    connect(m_treatment, &TreatmentTabs::caseChanged, m_review, &ReviewPanel::caseChanged);
    m_ui->caseSplitter->setStretchFactor(0, 0);
    m_ui->caseSplitter->setStretchFactor(1, 1);

    auto* back = new QAction(tr("Back to worklist"), this);
    back->setObjectName(QStringLiteral("actionBack"));
    back->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Escape)});
    back->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QAction::triggered, this, &CasePage::backRequested);
    addAction(back);
    connect(m_ui->backButton, &QPushButton::clicked, this, &CasePage::backRequested);
    connect(m_ui->closeCaseButton, &QPushButton::clicked, this, &CasePage::closeCase);
    // the patient's record is edited here: history, lines, transplants, observations; the moves
    // of a referred or closed case
    RecordActions::Places places;
    places.page = this;
    places.toolbar = m_ui->toolbarLayout;
    places.toolbarIndex = m_ui->toolbarLayout->indexOf(m_ui->closeCaseButton);
    places.history = m_ui->historyLayout;
    places.therapyTab = qobject_cast<QBoxLayout*>(m_ui->therapyTab->layout());
    places.therapyLines = m_ui->therapyLinesView;
    places.observationsTab = qobject_cast<QBoxLayout*>(m_ui->observationsTab->layout());
    places.observations = m_ui->observationsView;
    m_recordActions = new RecordActions(m_ws, m_user, places, this);
    m_recordActions->attachTransplantLabel(m_ui->transplantsValue);
    connect(m_recordActions, &RecordActions::recordChanged, this, [this](qint64 id) {
        const int tab = m_ui->caseTabs->currentIndex();
        showCase(id);
        m_ui->caseTabs->setCurrentIndex(tab);
        emit caseChanged(id);
    });
    m_derivedValue = new QLabel(this);
    m_derivedValue->setObjectName(QStringLiteral("derivedFactsValue"));
    m_derivedValue->setWordWrap(true);
    m_derivedValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->historyForm->insertRow(m_ui->historyForm->rowCount() - 1, tr("From the record:"), m_derivedValue);
    for (const bool print : {false, true}) {
        auto* button = new QPushButton(print ? tr("&Print…") : tr("E&xport PDF…"), this);
        button->setObjectName(print ? QStringLiteral("printCaseButton") : QStringLiteral("exportPdfButton"));
        button->setAutoDefault(false);
        button->setToolTip(print
                               ? tr("Print the case summary or the outcome letter, after a preview")
                               : tr("Save the case summary or the outcome letter as a PDF, after a preview"));
        m_ui->toolbarLayout->insertWidget(m_ui->toolbarLayout->indexOf(m_ui->closeCaseButton), button);
        connect(button, &QPushButton::clicked, this, [this, print] { exportPdf(print); });
    }
    // Export FHIR: the record as a bundle, the signed verdict as a document
    m_fhirExport = new FhirExportMenu(m_ws, m_user, this);
    m_ui->toolbarLayout->insertWidget(m_ui->toolbarLayout->indexOf(m_ui->closeCaseButton),
                                      m_fhirExport->button());
    connect(m_fhirExport, &FhirExportMenu::exported, this, &CasePage::loadAuditTrail);
}

CasePage::~CasePage() = default;

void CasePage::setUpTables()
{
    for (QTableView* view : {m_ui->therapyLinesView, m_ui->observationsView})
        view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // captions sit on the first line of a long value
    for (int row = 0; row < m_ui->historyForm->rowCount(); ++row)
        if (auto* item = m_ui->historyForm->itemAt(row, QFormLayout::LabelRole); item && item->widget())
            m_ui->historyForm->setAlignment(item->widget(), Qt::AlignLeft | Qt::AlignTop);

    QTableView* lines = m_ui->therapyLinesView;
    lines->setModel(m_therapyLines);
    lines->setWordWrap(true);
    lines->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView* lh = lines->horizontalHeader();
    lh->setStretchLastSection(false);
    for (int c = 0; c < presentation::TherapyLineModel::ColumnCount; ++c)
        lh->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    lh->setSectionResizeMode(presentation::TherapyLineModel::RegimenColumn, QHeaderView::Stretch);
    lines->setAccessibleName(tr("Therapy lines"));

    QTableView* obs = m_ui->observationsView;
    obs->setModel(m_observations);
    obs->setWordWrap(false);
    obs->verticalHeader()->setDefaultSectionSize(obs->fontMetrics().height() + 12);
    for (int c = 0; c < presentation::ObservationModel::ColumnCount - 1; ++c)
        obs->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    obs->setAccessibleName(tr("Observations"));
}

bool CasePage::showCase(qint64 caseId)
{
    auto rec = m_ws.cases().openCase(m_user, caseId);
    if (!rec.ok()) {
        MessageBox::warning(this, tr("Cannot open the case"), rec.error().message);
        return false;
    }
    m_record = std::move(rec).value();
    fillHeader(m_record);
    fillHistory(m_record);
    m_therapyLines->setLines(m_record.therapyLines);
    m_observations->setObservations(m_record.observations);
    loadAuditTrail(caseId);
    m_review->setCase(m_record);
    m_treatment->setCase(m_record);
    updateCloseAction(m_record);
    m_recordActions->setCase(m_record);
    m_fhirExport->setCase(m_record);
    m_ui->caseTabs->setCurrentIndex(0);
    m_ui->historyScroll->verticalScrollBar()->setValue(0);
    m_ui->backButton->setFocus();
    m_fitPending = true;
    if (isVisible())
        QMetaObject::invokeMethod(this, &CasePage::fitHistoryPanel, Qt::QueuedConnection);
    return true;
}

void CasePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_fitPending) // after the layout has given the page its size
        QMetaObject::invokeMethod(this, &CasePage::fitHistoryPanel, Qt::QueuedConnection);
}

void CasePage::fitHistoryPanel()
{
    m_fitPending = false;
    QSplitter* splitter = m_ui->caseSplitter;
    const int total = splitter->height() - splitter->handleWidth();
    if (total <= 0)
        return;
    const int width = m_ui->historyScroll->viewport()->width();
    QLayout* form = m_ui->historyForm;
    const int formHeight =
        form->hasHeightForWidth() ? form->totalHeightForWidth(width) : form->sizeHint().height();
    const QMargins m = m_ui->historyLayout->contentsMargins();
    const int wanted = formHeight + m_ui->historyTitleLabel->sizeHint().height() + m.top() + m.bottom() +
                       m_ui->historyLayout->spacing() + 2 * m_ui->historyScroll->frameWidth() + 12;
    const int top = qMin(wanted, total * 55 / 100);
    splitter->setSizes({top, total - top});
}

bool CasePage::mayLeave()
{
    if (m_record.id <= 0)
        return true;
    const bool monitoring = m_treatment->monitoring()->entryForm()->hasEntry();
    const bool followUp = m_treatment->followUp()->hasEntry();
    return UnsavedChanges::mayClose(this, monitoring || followUp,
                                    monitoring ? tr("The monitoring entry") : tr("The follow-up visit"));
}

void CasePage::clear()
{
    m_record = core::CaseRecord{};
    m_review->clear();
    m_treatment->clear();
    m_therapyLines->setLines({});
    m_observations->setObservations({});
    m_audit->clear();
    m_fhirExport->setCase(m_record);
    const auto labels = findChildren<QLabel*>();
    for (QLabel* label : labels)
        if (label->objectName().endsWith(QLatin1String("Value")) || label == m_ui->patientNameLabel)
            label->clear();
}

void CasePage::loadAuditTrail(qint64 caseId)
{
    m_audit->setCase(caseId);
}

void CasePage::fillHeader(const core::CaseRecord& r)
{
    const core::Patient& p = r.patient;
    const QDate today = m_ws.clock().todayUtc();
    m_ui->patientNameLabel->setText(p.displayName());
    m_ui->stateChip->setState(r.state);
    m_ui->caseIdLabel->setText(tr("Case %1").arg(r.id));
    m_ui->mrnValue->setText(p.mrn);
    QString sexAge = core::label(p.sex);
    if (p.birthDate.isValid()) {
        sexAge += tr(", %1 years").arg(p.ageOn(today));
        m_ui->sexAgeValue->setToolTip(tr("Born %1").arg(p.birthDate.toString(Qt::ISODate)));
    }
    m_ui->sexAgeValue->setText(sexAge);
    m_ui->indicationValue->setText(core::label(r.indication));
    m_ui->productValue->setText(orDash(r.intendedProduct));
    QString referral = r.referralDate.toString(Qt::ISODate);
    if (r.referralDate.isValid()) {
        const qint64 days = r.referralDate.daysTo(today);
        referral += days == 1 ? tr("  (1 day ago)") : tr("  (%1 days ago)").arg(days);
    }
    m_ui->referralDateValue->setText(referral);
    m_ui->referrerValue->setText(orDash(r.referrer));
}

void CasePage::fillHistory(const core::CaseRecord& r)
{
    m_ui->questionValue->setText(orDash(r.referrerQuestion));
    m_ui->diagnosisValue->setText(orDash(r.diagnosis));
    m_ui->diagnosisDateValue->setText(orDash(r.diagnosisDate.toString()));
    m_ui->stagingValue->setText(orDash(r.staging));
    m_ui->cytogeneticsValue->setText(orDash(r.cytogeneticRisk));
    m_ui->extramedullaryValue->setText(
        r.extramedullaryDisease ? tr("Yes — %1").arg(orDash(r.extramedullarySites)) : tr("No"));
    m_ui->cnsValue->setText(presentation::ClinicalLabels::cnsDiseaseLabel(r.cnsDisease));
    m_ui->transplantsValue->setText(m_recordActions->transplantsHtml(r));
    m_derivedValue->setText(derivedFactsText(r));
    const bool closed = r.state == core::CaseState::Closed;
    m_ui->historyForm->setRowVisible(m_ui->closureValue, closed);
    if (closed) {
        QString closure = r.closeReason ? core::label(*r.closeReason) : tr("Closed");
        if (!r.closeDetail.trimmed().isEmpty())
            closure += QStringLiteral(" — ") + r.closeDetail.trimmed();
        m_ui->closureValue->setText(closure);
    }
}

QString CasePage::derivedFactsText(const core::CaseRecord& r) const
{
    const core::DerivedFacts f = core::deriveFacts(r.therapyLines, r.transplants, m_ws.clock().todayUtc());
    QStringList parts;
    parts << tr("%n prior line(s)", nullptr, f.priorLines);
    const auto both = [](bool exposed, bool refractory, const QString& what) -> QString {
        if (refractory)
            return tr("%1 refractory").arg(what);
        if (exposed)
            return tr("%1 exposed").arg(what);
        return {};
    };
    if (r.indication == core::Indication::MultipleMyeloma) {
        if (const QString t = both(f.tripleClassExposed, f.tripleClassRefractory, tr("triple-class"));
            !t.isEmpty())
            parts << t;
        if (const QString t = both(f.pentaExposed, f.pentaRefractory, tr("penta-drug")); !t.isEmpty())
            parts << t;
        if (f.lenalidomideRefractory)
            parts << tr("lenalidomide-refractory");
    }
    if (f.priorBcma)
        parts << tr("prior BCMA-directed therapy");
    if (f.priorCd19)
        parts << tr("prior CD19-directed therapy");
    if (f.priorCarT)
        parts << tr("prior CAR-T");
    if (f.daysSinceAllo)
        parts << tr("%n day(s) since the last allogeneic transplant", nullptr, *f.daysSinceAllo);
    return parts.join(QStringLiteral(" · "));
}

void CasePage::updateCloseAction(const core::CaseRecord& r)
{
    QPushButton* button = m_ui->closeCaseButton;
    if (const Status st = core::PermissionPolicy::check(m_user, core::Action::CloseCase); !st.ok()) {
        button->setEnabled(false);
        button->setToolTip(st.error().message);
    } else if (r.state == core::CaseState::Closed) {
        button->setEnabled(false);
        button->setToolTip(tr("This case is already closed."));
    } else {
        button->setEnabled(true);
        button->setToolTip(tr("Close this case with a reason (withdrawn, deceased, completed …)."));
    }
}

void CasePage::exportPdf(bool print)
{
    auto* dialog =
        new ExportPdfDialog(m_ws, m_user, m_record.id,
                            print ? ExportPdfDialog::Purpose::Print : ExportPdfDialog::Purpose::Save, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CasePage::closeCase()
{
    auto* dialog = new CloseCaseDialog(m_ws, m_user, m_record.id, m_record.rowVersion,
                                       m_record.patient.displayName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id = m_record.id] {
        showCase(id);
        emit caseChanged(id);
    });
    dialog->open();
}

} // namespace cb::gui
