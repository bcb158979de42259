#include "gui/pathway/FollowUpPanel.h"

#include "core/Lifecycle.h"
#include "core/PermissionPolicy.h"
#include "core/TextLimits.h"
#include "core/pathway/ResponseCriteria.h"
#include "gui/pathway/MonitoringEntryForm.h"
#include "gui/widgets/ScreenFit.h"
#include "gui/widgets/TextLimit.h"
#include "presentation/FollowUpModel.h"
#include "services/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cb::gui {

FollowUpPanel::FollowUpPanel(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent)
    : QWidget(parent), m_ws(ws), m_user(user)
{
    setObjectName(QStringLiteral("followUpPanel"));
    m_model = new presentation::FollowUpModel(this);
    auto* layout = new QHBoxLayout(scrollingBody(this));
    auto* left = new QVBoxLayout;
    m_scheme = new QLabel(this);
    m_scheme->setObjectName(QStringLiteral("followUpScheme"));
    m_scheme->setWordWrap(true);
    left->addWidget(m_scheme);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("followUpTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Follow-up visits"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    left->addWidget(m_table, 1);
    layout->addLayout(left, 3);

    auto* box = new QGroupBox(tr("Record a visit"), this);
    auto* form = new QFormLayout(box);
    m_visit = new QComboBox(box);
    m_visit->setObjectName(QStringLiteral("followUpVisit"));
    form->addRow(tr("Visit"), m_visit);
    m_date = new QDateEdit(box);
    m_date->setObjectName(QStringLiteral("followUpDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    form->addRow(tr("Visit date"), m_date);
    m_response = new QComboBox(box);
    m_response->setObjectName(QStringLiteral("followUpResponse"));
    form->addRow(tr("Response"), m_response);
    m_mrd = new QComboBox(box);
    m_mrd->setObjectName(QStringLiteral("followUpMrd"));
    m_mrd->addItem(MonitoringEntryForm::notAssessed()); // no data: nothing chosen yet
    for (const auto& e : core::mrdStatuses())
        m_mrd->addItem(core::label(e.value), int(e.value));
    form->addRow(tr("MRD"), m_mrd);
    // no validator: letters typed are not swallowed silently, the service refuses them with why
    auto number = [box](const QString& name, const QString& placeholder) {
        auto* edit = new QLineEdit(box);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_cytopenias = new QLineEdit(box);
    m_cytopenias->setObjectName(QStringLiteral("followUpCytopenias"));
    m_cytopenias->setPlaceholderText(tr("e.g. grade 2 neutropenia"));
    form->addRow(tr("Cytopenias"), m_cytopenias);
    TextLimit::apply(m_cytopenias, core::TextLimits::kShort);
    m_igg = number(QStringLiteral("followUpIgg"), tr("mg/dL"));
    form->addRow(tr("IgG (mg/dL)"), m_igg);
    m_cd4 = number(QStringLiteral("followUpCd4"), tr("/µL"));
    form->addRow(tr("CD4 (/µL)"), m_cd4);
    m_infections = new QLineEdit(box);
    m_infections->setObjectName(QStringLiteral("followUpInfections"));
    form->addRow(tr("Infections"), m_infections);
    TextLimit::apply(m_infections, core::TextLimits::kLong);
    m_bCellAplasia = new QCheckBox(tr("B-cell aplasia"), box);
    m_bCellAplasia->setObjectName(QStringLiteral("followUpBCellAplasia"));
    form->addRow(QString(), m_bCellAplasia);
    m_malignancy = new QCheckBox(tr("Secondary malignancy"), box);
    m_malignancy->setObjectName(QStringLiteral("followUpMalignancy"));
    form->addRow(QString(), m_malignancy);
    m_malignancyDetail = new QLineEdit(box);
    m_malignancyDetail->setObjectName(QStringLiteral("followUpMalignancyDetail"));
    m_malignancyDetail->setPlaceholderText(tr("which malignancy, how diagnosed"));
    form->addRow(tr("Malignancy"), m_malignancyDetail);
    TextLimit::apply(m_malignancyDetail, core::TextLimits::kLong);
    m_error = new QLabel(box);
    m_error->setObjectName(QStringLiteral("followUpError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a4161a; font-weight: 600; }"));
    form->addRow(m_error);
    m_recordButton = new QPushButton(tr("Record visit"), box);
    m_recordButton->setObjectName(QStringLiteral("recordVisitButton"));
    connect(m_recordButton, &QPushButton::clicked, this, &FollowUpPanel::recordVisit);
    form->addRow(m_recordButton);
    m_fieldErrors.add(QStringLiteral("visit"), m_visit);
    m_fieldErrors.add(QStringLiteral("done_date"), m_date);
    m_fieldErrors.add(QStringLiteral("response"), m_response);
    m_fieldErrors.add(QStringLiteral("mrd"), m_mrd);
    m_fieldErrors.add(QStringLiteral("cytopenias"), m_cytopenias);
    m_fieldErrors.add(QStringLiteral("igg_mg_dl"), m_igg);
    m_fieldErrors.add(QStringLiteral("cd4_per_ul"), m_cd4);
    m_fieldErrors.add(QStringLiteral("infections"), m_infections);
    m_fieldErrors.add(QStringLiteral("secondary_malignancy_detail"), m_malignancyDetail);
    auto* closing =
        new QLabel(tr("To end follow-up (completed, deceased with cause, lost to follow-up, withdrawn), "
                      "use Close case… above."),
                   box);
    closing->setWordWrap(true);
    form->addRow(closing);
    layout->addWidget(box, 2);
}

bool FollowUpPanel::hasEntry() const
{
    bool any = m_response->currentIndex() > 0 || m_mrd->currentIndex() > 0 || m_bCellAplasia->isChecked() ||
               m_malignancy->isChecked();
    for (const QLineEdit* e : {m_cytopenias, m_igg, m_cd4, m_infections, m_malignancyDetail})
        any = any || !e->text().trimmed().isEmpty();
    return any;
}

void FollowUpPanel::setCase(const core::CaseRecord& record)
{
    m_record = record;
    reload();
}

void FollowUpPanel::clear()
{
    m_record = {};
    m_model->setVisits({}, {}, {}, core::ResponseScheme::Lugano2014);
    m_visit->clear();
    m_response->clear();
    m_mrd->setCurrentIndex(0);
    for (QLineEdit* e : {m_cytopenias, m_igg, m_cd4, m_infections, m_malignancyDetail})
        e->clear();
    m_bCellAplasia->setChecked(false);
    m_malignancy->setChecked(false);
}

void FollowUpPanel::reload()
{
    m_error->clear();
    m_fieldErrors.clear();
    auto plan = m_ws.followUps().followUps(m_user, m_record.id);
    if (!plan.ok()) {
        m_scheme->setText(plan.error().message);
        return;
    }
    m_plan = *plan;
    m_model->setVisits(m_plan.visits, m_plan.schedule, m_plan.today, m_plan.scheme);
    m_scheme->setText(
        m_plan.visits.isEmpty()
            ? tr("The follow-up schedule is made when the infusion is recorded.")
            : tr("Responses by %1; schedule from the infusion: %2.")
                  .arg(core::ResponseCriteria::schemeLabel(m_plan.scheme), m_plan.schedule.describe()));
    m_visit->clear();
    int firstDue = -1;
    for (const auto& v : m_plan.visits) {
        if (v.isDone())
            continue;
        const auto status = m_plan.statusOf(v);
        m_visit->addItem(tr("%1 (due %2, %3)")
                             .arg(core::FollowUpSchedule::visitLabel(v.visit),
                                  v.dueDate.toString(Qt::ISODate), core::label(status).toLower()),
                         v.visit);
        if (firstDue < 0 && status != core::VisitStatus::Scheduled)
            firstDue = m_visit->count() - 1;
    }
    if (firstDue >= 0)
        m_visit->setCurrentIndex(firstDue);
    m_response->clear();
    m_response->addItem(MonitoringEntryForm::notAssessed()); // nothing is preselected
    for (const QString& id : core::ResponseCriteria::categories(m_plan.scheme))
        m_response->addItem(core::ResponseCriteria::label(m_plan.scheme, id), id);
    m_mrd->setEnabled(core::ResponseCriteria::recordsMrd(m_plan.scheme));
    m_mrd->setCurrentIndex(0);
    m_date->setMaximumDate(m_plan.today);
    m_date->setDate(m_plan.today);
    const bool permitted = core::PermissionPolicy::allows(m_user, core::Action::RecordFollowUp);
    const bool open = m_visit->count() > 0 && core::Lifecycle::acceptsFollowUp(m_plan.state);
    m_recordButton->setEnabled(permitted && open);
    m_recordButton->setToolTip(
        !permitted ? tr("Only a coordinator or a clinician can record follow-up visits.") : QString());
}

void FollowUpPanel::recordVisit()
{
    services::FollowUpInput in;
    in.visit = m_visit->currentData().toString();
    in.response = m_response->currentData().toString();
    in.mrd = m_mrd->currentData().isValid() ? std::optional(core::MrdStatus(m_mrd->currentData().toInt()))
                                            : std::nullopt;
    in.doneDate = m_date->date();
    QJsonObject d;
    if (!m_cytopenias->text().trimmed().isEmpty())
        d.insert(QStringLiteral("cytopenias"), m_cytopenias->text().trimmed());
    auto number = [&d](const QString& key, const QLineEdit* edit) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            return;
        bool ok = false;
        const double value = QLocale::c().toDouble(text, &ok);
        d.insert(key,
                 ok ? QJsonValue(value) : QJsonValue(text)); // the service names a value that is no number
    };
    number(QStringLiteral("igg_mg_dl"), m_igg);
    number(QStringLiteral("cd4_per_ul"), m_cd4);
    if (!m_infections->text().trimmed().isEmpty())
        d.insert(QStringLiteral("infections"), m_infections->text().trimmed());
    if (m_bCellAplasia->isChecked())
        d.insert(QStringLiteral("b_cell_aplasia"), true);
    if (m_malignancy->isChecked())
        d.insert(QStringLiteral("secondary_malignancy"), true);
    if (!m_malignancyDetail->text().trimmed().isEmpty())
        d.insert(QStringLiteral("secondary_malignancy_detail"), m_malignancyDetail->text().trimmed());
    in.details = d;
    auto v = m_ws.followUps().recordVisit(m_user, m_record.id, in);
    if (!v.ok()) {
        m_error->setText(tr("Not recorded: %1").arg(m_fieldErrors.present(v.error())));
        return;
    }
    for (QLineEdit* e : {m_cytopenias, m_igg, m_cd4, m_infections, m_malignancyDetail})
        e->clear();
    m_bCellAplasia->setChecked(false);
    m_malignancy->setChecked(false);
    if (m_plan.state == core::CaseState::Treatment)
        emit caseChanged(m_record.id); // the first visit moves the case to follow-up
    else
        reload();
}

} // namespace cb::gui
