#include "gui/intake/RecordActions.h"

#include "core/Lifecycle.h"
#include "core/PermissionPolicy.h"
#include "gui/intake/HistoryDialog.h"
#include "gui/intake/ObservationDialog.h"
#include "gui/intake/PatientMergeDialog.h"
#include "gui/intake/ReasonDialog.h"
#include "gui/intake/TherapyLineDialog.h"
#include "gui/intake/TransplantDialog.h"
#include "gui/widgets/MessageBox.h"
#include "presentation/ObservationModel.h"
#include "presentation/TherapyLineModel.h"
#include "services/IntakeService.h"
#include "services/Workspace.h"

#include <QBoxLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace cb::gui {

namespace {

QPushButton* button(QWidget* parent, const QString& text, const QString& objectName, const QString& tip)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAutoDefault(false);
    b->setToolTip(tip);
    return b;
}

QHBoxLayout* row(std::initializer_list<QPushButton*> buttons)
{
    auto* r = new QHBoxLayout;
    for (QPushButton* b : buttons)
        r->addWidget(b);
    r->addStretch(1);
    return r;
}

} // namespace

RecordActions::RecordActions(services::Workspace& ws, const core::UserIdentity& user, const Places& places,
                             QObject* parent)
    : QObject(parent), m_ws(ws), m_user(user), m_places(places)
{
    QWidget* page = places.page;
    m_startWorkUp =
        button(page, tr("Start &work-up"), QStringLiteral("startWorkUpButton"),
               tr("Move the referred case to work-up: the disciplines can then give their opinions."));
    m_reopen = button(page, tr("Re&open…"), QStringLiteral("reopenCaseButton"),
                      tr("Reopen the closed case, with a reason"));
    m_merge = button(page, tr("Mer&ge records…"), QStringLiteral("mergePatientButton"),
                     tr("Merge this patient's record with another record of the same person (a coordinator "
                        "needs an administrator's approval)"));
    places.toolbar->insertWidget(places.toolbarIndex, m_merge);
    places.toolbar->insertWidget(places.toolbarIndex, m_reopen);
    places.toolbar->insertWidget(places.toolbarIndex, m_startWorkUp);
    m_editHistory =
        button(page, tr("Edit &history…"), QStringLiteral("editHistoryButton"),
               tr("Diagnosis, staging, cytogenetics, extramedullary and CNS disease, target antigen"));
    m_addTransplant = button(page, tr("Add trans&plant…"), QStringLiteral("addTransplantButton"),
                             tr("An autologous or allogeneic transplant"));
    places.history->addLayout(row({m_editHistory, m_addTransplant}));
    m_addLine =
        button(page, tr("&Add line…"), QStringLiteral("addLineButton"), tr("A prior line of therapy"));
    m_correctLine =
        button(page, tr("&Correct…"), QStringLiteral("correctLineButton"),
               tr("Replace the selected line with a corrected one; the original stays in the record"));
    m_voidLine = button(page, tr("Entered in &error…"), QStringLiteral("voidLineButton"),
                        tr("Mark the selected line as entered in error, with a reason"));
    places.therapyTab->insertLayout(0, row({m_addLine, m_correctLine, m_voidLine}));
    m_addObservation = button(page, tr("&Add observation…"), QStringLiteral("addObservationButton"),
                              tr("A lab value, LVEF, SpO2, ECOG … with its unit and the time it was taken"));
    m_correctObservation = button(page, tr("&Correct…"), QStringLiteral("correctObservationButton"),
                                  tr("Replace the selected value with a corrected one; the original stays"));
    m_voidObservation = button(page, tr("Entered in &error…"), QStringLiteral("voidObservationButton"),
                               tr("Mark the selected value as entered in error, with a reason"));
    places.observationsTab->insertLayout(0, row({m_addObservation, m_correctObservation, m_voidObservation}));

    connect(m_startWorkUp, &QPushButton::clicked, this, &RecordActions::startWorkUp);
    connect(m_reopen, &QPushButton::clicked, this, &RecordActions::reopen);
    connect(m_merge, &QPushButton::clicked, this, &RecordActions::mergePatient);
    connect(m_editHistory, &QPushButton::clicked, this, &RecordActions::editHistory);
    connect(m_addTransplant, &QPushButton::clicked, this, &RecordActions::addTransplant);
    connect(m_addLine, &QPushButton::clicked, this, &RecordActions::addLine);
    connect(m_correctLine, &QPushButton::clicked, this, &RecordActions::correctLine);
    connect(m_voidLine, &QPushButton::clicked, this, &RecordActions::voidLine);
    connect(m_addObservation, &QPushButton::clicked, this, &RecordActions::addObservation);
    connect(m_correctObservation, &QPushButton::clicked, this, &RecordActions::correctObservation);
    connect(m_voidObservation, &QPushButton::clicked, this, &RecordActions::voidObservation);
    connect(places.therapyLines, &QTableView::doubleClicked, this, &RecordActions::correctLine);
    connect(places.observations, &QTableView::doubleClicked, this, &RecordActions::correctObservation);
}

void RecordActions::setCase(const core::CaseRecord& record)
{
    m_record = record;
    const bool mayEdit = core::PermissionPolicy::allows(m_user, core::Action::EditCaseData);
    const bool open = core::Lifecycle::acceptsRecordChanges(record.state);
    const QString why =
        !mayEdit ? core::PermissionPolicy::check(m_user, core::Action::EditCaseData).error().message
        : !open  ? tr("The case is closed; reopen it to change the record.")
                 : QString();
    for (QPushButton* b : {m_editHistory, m_addTransplant, m_addLine, m_correctLine, m_voidLine,
                           m_addObservation, m_correctObservation, m_voidObservation}) {
        b->setEnabled(mayEdit && open);
        if (!why.isEmpty())
            b->setToolTip(why);
    }
    m_startWorkUp->setVisible(core::Lifecycle::canStartWorkUp(record.state));
    m_startWorkUp->setEnabled(mayEdit);
    m_reopen->setVisible(core::Lifecycle::canReopen(record.state));
    m_reopen->setEnabled(core::PermissionPolicy::allows(m_user, core::Action::CloseCase));
    m_merge->setVisible(core::PermissionPolicy::mayMerge(m_user));
}

QString RecordActions::transplantsHtml(const core::CaseRecord& record) const
{
    const bool editable = core::PermissionPolicy::allows(m_user, core::Action::EditCaseData) &&
                          core::Lifecycle::acceptsRecordChanges(record.state);
    QStringList rows;
    for (const auto& t : record.transplants) {
        QString line = (t.kind == QLatin1String("allogeneic") ? tr("Allogeneic") : tr("Autologous"));
        if (!t.date.isNull())
            line += QStringLiteral(", ") + t.date.toString();
        if (!t.conditioning.trimmed().isEmpty())
            line += QStringLiteral(", ") + t.conditioning.trimmed().toHtmlEscaped();
        if (!t.notes.trimmed().isEmpty())
            line += QStringLiteral(" — ") + t.notes.trimmed().toHtmlEscaped();
        if (editable)
            line += QStringLiteral(" &nbsp;<a href=\"correct:%1\">%2</a> · <a href=\"void:%1\">%3</a>")
                        .arg(t.id)
                        .arg(tr("correct…"), tr("entered in error…"));
        rows << line;
    }
    return rows.isEmpty() ? tr("None") : rows.join(QStringLiteral("<br>"));
}

void RecordActions::attachTransplantLabel(QLabel* label)
{
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(label, &QLabel::linkActivated, this, &RecordActions::transplantLink);
}

int RecordActions::selectedRow(QTableView* view) const
{
    const QModelIndex current =
        view->selectionModel() ? view->selectionModel()->currentIndex() : QModelIndex();
    return current.isValid() ? current.row() : -1;
}

void RecordActions::askReason(const QString& title, const QString& question,
                              std::function<Status(const QString&)> act, const QString& failure)
{
    auto* dialog = new ReasonDialog(title, question, m_places.page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, act, failure] {
        if (auto st = act(dialog->reason()); !st.ok()) {
            MessageBox::warning(m_places.page, failure, st.error().message);
            return;
        }
        changed();
    });
    dialog->open();
}

void RecordActions::showDialog(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &RecordActions::changed);
    dialog->open();
}

void RecordActions::changed()
{
    emit recordChanged(m_record.id);
}

void RecordActions::startWorkUp()
{
    if (auto st = m_ws.intake().startWorkUp(m_user, m_record.id); !st.ok()) {
        MessageBox::warning(m_places.page, tr("Cannot start the work-up"), st.error().message);
        return;
    }
    changed();
}

void RecordActions::reopen()
{
    askReason(
        tr("Reopen case %1").arg(m_record.id), tr("Why is the case reopened? (kept in the audit trail)"),
        [this](const QString& reason) { return m_ws.intake().reopenCase(m_user, m_record.id, reason); },
        tr("Cannot reopen the case"));
}

void RecordActions::mergePatient()
{
    showDialog(new PatientMergeDialog(m_ws, m_user, m_record.patient.id, m_places.page));
}

void RecordActions::editHistory()
{
    showDialog(new HistoryDialog(m_ws, m_user, m_record, m_places.page));
}

void RecordActions::addLine()
{
    showDialog(new TherapyLineDialog(m_ws, m_user, m_record, nullptr, m_places.page));
}

void RecordActions::correctLine()
{
    auto* model = qobject_cast<presentation::TherapyLineModel*>(m_places.therapyLines->model());
    const core::TherapyLine* line = model ? model->lineAt(selectedRow(m_places.therapyLines)) : nullptr;
    if (!line) {
        MessageBox::information(m_places.page, tr("Correct a line"), tr("Select the line to correct first."));
        return;
    }
    if (!m_correctLine->isEnabled())
        return;
    const core::TherapyLine original = *line;
    showDialog(new TherapyLineDialog(m_ws, m_user, m_record, &original, m_places.page));
}

void RecordActions::voidLine()
{
    auto* model = qobject_cast<presentation::TherapyLineModel*>(m_places.therapyLines->model());
    const core::TherapyLine* line = model ? model->lineAt(selectedRow(m_places.therapyLines)) : nullptr;
    if (!line) {
        MessageBox::information(m_places.page, tr("Entered in error"), tr("Select the line first."));
        return;
    }
    const qint64 id = line->id;
    askReason(
        tr("Line %1 entered in error").arg(line->lineNumber),
        tr("Why was this line entered in error? It stays in the record, marked."),
        [this, id](const QString& reason) {
            return m_ws.intake().voidTherapyLine(m_user, m_record.id, id, reason);
        },
        tr("Cannot mark the line"));
}

void RecordActions::addTransplant()
{
    showDialog(new TransplantDialog(m_ws, m_user, m_record.id, nullptr, m_places.page));
}

void RecordActions::transplantLink(const QString& link)
{
    const qint64 id = link.section(QLatin1Char(':'), 1).toLongLong();
    const core::Transplant* found = nullptr;
    for (const auto& t : m_record.transplants)
        if (t.id == id)
            found = &t;
    if (!found)
        return;
    const core::Transplant original = *found;
    if (link.startsWith(QLatin1String("correct:"))) {
        showDialog(new TransplantDialog(m_ws, m_user, m_record.id, &original, m_places.page));
        return;
    }
    askReason(
        tr("Transplant entered in error"),
        tr("Why was this transplant entered in error? It stays in the record, marked."),
        [this, id](const QString& reason) {
            return m_ws.intake().voidTransplant(m_user, m_record.id, id, reason);
        },
        tr("Cannot mark the transplant"));
}

void RecordActions::addObservation()
{
    showDialog(new ObservationDialog(m_ws, m_user, m_record.id, nullptr, m_places.page));
}

void RecordActions::correctObservation()
{
    auto* model = qobject_cast<presentation::ObservationModel*>(m_places.observations->model());
    const core::Observation* obs = model ? model->observationAt(selectedRow(m_places.observations)) : nullptr;
    if (!obs) {
        MessageBox::information(m_places.page, tr("Correct an observation"),
                                tr("Select the value to correct first."));
        return;
    }
    if (!m_correctObservation->isEnabled())
        return;
    const core::Observation original = *obs;
    showDialog(new ObservationDialog(m_ws, m_user, m_record.id, &original, m_places.page));
}

void RecordActions::voidObservation()
{
    auto* model = qobject_cast<presentation::ObservationModel*>(m_places.observations->model());
    const core::Observation* obs = model ? model->observationAt(selectedRow(m_places.observations)) : nullptr;
    if (!obs) {
        MessageBox::information(m_places.page, tr("Entered in error"), tr("Select the value first."));
        return;
    }
    const qint64 id = obs->id;
    askReason(
        tr("Value entered in error"),
        tr("Why was this value entered in error? It stays in the record, marked."),
        [this, id](const QString& reason) {
            return m_ws.intake().voidObservation(m_user, m_record.id, id, reason);
        },
        tr("Cannot mark the value"));
}

} // namespace cb::gui
