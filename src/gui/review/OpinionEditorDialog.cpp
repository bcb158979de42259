#include "gui/review/OpinionEditorDialog.h"

#include "core/Lifecycle.h"
#include "core/PermissionPolicy.h"
#include "core/TextLimits.h"
#include "gui/review/ChecklistAnswerDelegate.h"
#include "gui/review/SignatureDialog.h"
#include "gui/widgets/InputDialog.h"
#include "gui/widgets/MessageBox.h"
#include "gui/widgets/ScreenFit.h"
#include "gui/widgets/TextLimit.h"
#include "gui/widgets/UnsavedChanges.h"
#include "presentation/ChecklistModel.h"
#include "services/CaseService.h"
#include "services/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace cb::gui {

namespace {
QString when(const QDateTime& utc)
{
    const QDateTime local = utc.toLocalTime();
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm ")) + local.timeZoneAbbreviation();
}
} // namespace

OpinionEditorDialog::OpinionEditorDialog(services::Workspace& ws, const core::UserIdentity& user,
                                         const core::CaseRecord& record, core::Discipline discipline,
                                         QWidget* parent)
    : QDialog(parent), m_ws(ws), m_user(user), m_record(record), m_discipline(discipline)
{
    setObjectName(QStringLiteral("OpinionEditorDialog"));
    setWindowTitle(tr("%1 opinion — %2").arg(core::label(discipline), record.patient.displayName()));
    resizeWithinScreen(this, QSize(1200, 800));
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("opinionSummaryLabel"));
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    top->addWidget(new QLabel(tr("Version:"), this));
    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("opinionVersionCombo"));
    top->addWidget(m_version);
    layout->addLayout(top);

    m_model = new presentation::ChecklistModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("checklistView"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(presentation::ChecklistModel::AnswerColumn,
                                      new ChecklistAnswerDelegate(m_table));
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(presentation::ChecklistModel::QuestionColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(presentation::ChecklistModel::WhyColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(presentation::ChecklistModel::ItemColumn, 110);
    m_table->setColumnWidth(presentation::ChecklistModel::AnswerColumn, 200);
    m_table->setColumnWidth(presentation::ChecklistModel::UnitColumn, 80);
    m_table->setColumnWidth(presentation::ChecklistModel::DateColumn, 95);
    m_table->setColumnWidth(presentation::ChecklistModel::StatusColumn, 150);
    layout->addWidget(m_table, 1);
    m_answerProblem = new QLabel(this); // why a typed answer or date was not taken
    m_answerProblem->setObjectName(QStringLiteral("answerProblemLabel"));
    m_answerProblem->setWordWrap(true);
    m_answerProblem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_answerProblem->hide();
    layout->addWidget(m_answerProblem);
    m_model->setToday(m_ws.clock().todayUtc());
    connect(m_model, &presentation::ChecklistModel::inputRefused, this, [this](const QString& why) {
        m_answerProblem->setText(why);
        m_answerProblem->setVisible(!why.isEmpty());
    });

    auto* form = new QFormLayout;
    m_recommendation = new QComboBox(this);
    m_recommendation->setObjectName(QStringLiteral("recommendationCombo"));
    m_recommendation->addItem(tr("— choose —"), QString());
    for (const auto& r : core::recommendations())
        m_recommendation->addItem(core::label(r.value), QString::fromLatin1(r.id));
    form->addRow(tr("Recommendation:"), m_recommendation);
    m_conditions = new QPlainTextEdit(this);
    m_conditions->setObjectName(QStringLiteral("conditionsEdit"));
    m_conditions->setFixedHeight(54);
    form->addRow(tr("Conditions:"), m_conditions);
    form->addRow(QString(), TextLimit::apply(m_conditions, core::TextLimits::kLong));
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_comment->setFixedHeight(70);
    form->addRow(tr("Comment:"), m_comment);
    form->addRow(QString(), TextLimit::apply(m_comment, core::TextLimits::kLong));
    layout->addLayout(form);

    m_signature = new QLabel(this);
    m_signature->setObjectName(QStringLiteral("signatureLabel"));
    m_signature->setWordWrap(true);
    m_signature->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_signature);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save draft"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveDraftButton"));
    m_sign = buttons->addButton(tr("Sign…"), QDialogButtonBox::ActionRole);
    m_sign->setObjectName(QStringLiteral("signOpinionButton"));
    m_amend = buttons->addButton(tr("Amend…"), QDialogButtonBox::ActionRole);
    m_amend->setObjectName(QStringLiteral("amendOpinionButton"));
    auto* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeOpinionButton"));
    layout->addWidget(buttons);

    connect(m_save, &QPushButton::clicked, this, [this] { saveDraft(); });
    connect(m_sign, &QPushButton::clicked, this, [this] { sign(); });
    connect(m_amend, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = InputDialog::getMultiLineText(this, tr("Amend the signed opinion"),
                                                             tr("Why is the opinion amended? (required)"), {},
                                                             &ok, core::TextLimits::kLong);
        if (ok)
            startAmendment(reason);
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_version, &QComboBox::currentIndexChanged, this, &OpinionEditorDialog::showVersion);
    connect(m_model, &presentation::ChecklistModel::answersEdited, this, [this] {
        m_dirty = true;
        reevaluate();
    });
    for (auto* edit : {m_conditions, m_comment})
        connect(edit, &QPlainTextEdit::textChanged, this, [this] { m_dirty = true; });
    connect(m_recommendation, &QComboBox::currentIndexChanged, this, [this] { m_dirty = true; });
    reload();
}

OpinionEditorDialog::~OpinionEditorDialog() = default;

void OpinionEditorDialog::reject()
{
    if (UnsavedChanges::mayClose(this, m_dirty, tr("The %1 opinion").arg(core::label(m_discipline)),
                                 [this] { return saveDraft(); }))
        QDialog::reject();
}

void OpinionEditorDialog::reload()
{
    auto form = m_ws.reviews().checklistForm(m_user, m_record.id, m_discipline);
    if (!form.ok()) {
        MessageBox::warning(this, tr("Opinion"), form.error().message);
        return;
    }
    m_form = *form;
    auto overview = m_ws.reviews().overview(m_user, m_record.id);
    m_history.clear();
    if (overview.ok())
        if (const auto* r = overview->find(m_discipline))
            m_history = r->history;
    const QSignalBlocker block(m_version);
    m_version->clear();
    for (const auto& o : m_history)
        m_version->addItem(tr("Version %1 — %2").arg(o.version).arg(o.isSigned ? tr("signed") : tr("draft")));
    if (m_history.isEmpty())
        m_version->addItem(tr("New opinion"));
    m_version->setCurrentIndex(m_version->count() - 1);
    const bool reviewable = core::Lifecycle::acceptsOpinions(m_record.state);
    m_mayEdit =
        reviewable && core::PermissionPolicy::allows(m_user, core::Action::RecordOpinion, m_discipline);
    m_amendReason.clear();
    showVersion(m_version->currentIndex());
    m_dirty = false;
}

void OpinionEditorDialog::showVersion(int index)
{
    const bool latest = index == m_version->count() - 1;
    const core::Opinion* shown = (index >= 0 && index < m_history.size()) ? &m_history.at(index) : nullptr;
    if (latest)
        m_model->setChecklist(m_form.checklist, m_form.answers, m_form.evaluation);
    else if (shown)
        m_model->setStored(m_form.checklist, shown->answers, shown->evaluation);
    const QSignalBlocker b1(m_recommendation);
    const QSignalBlocker b2(m_conditions);
    const QSignalBlocker b3(m_comment);
    const core::Opinion* o = latest ? (m_form.current ? &*m_form.current : nullptr) : shown;
    m_recommendation->setCurrentIndex(
        o && o->recommendation ? m_recommendation->findData(core::toId(*o->recommendation)) : 0);
    m_conditions->setPlainText(o ? o->conditions : QString());
    m_comment->setPlainText(o ? o->comment : QString());
    QString sig;
    if (o && o->signature) {
        const auto& s = *o->signature;
        sig = tr("<b>Signed</b> by %1 (%2) on %3<br><i>%4</i>")
                  .arg(s.printedName.toHtmlEscaped(), core::label(m_discipline), when(s.signedAt),
                       s.meaning.toHtmlEscaped());
    } else if (o) {
        sig = tr("Draft by %1, last saved %2. Not signed.")
                  .arg(o->authorName.toHtmlEscaped(), when(o->updatedAt));
    }
    if (o && !o->amendReason.isEmpty())
        sig += tr("<br>Amendment of version %1 — reason: %2")
                   .arg(o->version - 1)
                   .arg(o->amendReason.toHtmlEscaped());
    m_signature->setText(sig);
    m_table->resizeRowsToContents();
    updateState();
}

void OpinionEditorDialog::updateState()
{
    const bool latest = m_version->currentIndex() == m_version->count() - 1;
    const bool signedNow = m_form.current && m_form.current->isSigned && m_amendReason.isEmpty();
    const bool editing = latest && m_mayEdit && !signedNow;
    m_model->setEditable(editing);
    m_recommendation->setEnabled(editing);
    m_conditions->setReadOnly(!editing);
    m_comment->setReadOnly(!editing);
    m_save->setEnabled(editing);
    m_sign->setEnabled(editing &&
                       core::PermissionPolicy::allows(m_user, core::Action::SignOpinion, m_discipline));
    m_amend->setVisible(signedNow && latest && m_mayEdit);
    const QString why =
        m_mayEdit ? QString()
                  : tr("Only a specialist of %1 can record or sign this opinion, while the case is in "
                       "work-up or review.")
                        .arg(core::label(m_discipline));
    for (auto* b : {m_save, m_sign})
        b->setToolTip(b->isEnabled() ? QString()
                      : !m_mayEdit   ? why
                                     : tr("The opinion is signed: amend it to change it."));
    const auto& ev = m_form.evaluation;
    m_summary->setText(
        tr("<b>%1</b> checklist %2 · %3 concern(s) · %4 contraindication(s) · %5 stale")
            .arg(core::label(m_discipline), m_form.checklist ? m_form.checklist->version : QString())
            .arg(ev.count(core::ChecklistStatus::Concern))
            .arg(ev.count(core::ChecklistStatus::Contraindication))
            .arg(ev.staleItemIds().size()));
}

void OpinionEditorDialog::reevaluate()
{
    auto ev = m_ws.reviews().evaluate(m_record.id, m_discipline, m_model->answers());
    if (!ev.ok())
        return;
    m_form.evaluation = *ev;
    m_form.answers = m_model->answers();
    m_model->setEvaluation(*ev);
    updateState();
}

services::OpinionInput OpinionEditorDialog::input() const
{
    services::OpinionInput in;
    in.answers = m_model->answers();
    in.recommendation = core::fromId(core::recommendations(), m_recommendation->currentData().toString());
    in.conditions = m_conditions->toPlainText();
    in.comment = m_comment->toPlainText();
    return in;
}

bool OpinionEditorDialog::saveDraft()
{
    Result<core::Opinion> saved = Error::failure({});
    if (!m_amendReason.isEmpty())
        saved = m_ws.reviews().amendOpinion(m_user, m_record.id, m_discipline, m_amendReason, input());
    else
        saved = m_ws.reviews().recordOpinion(m_user, m_record.id, m_discipline, input(),
                                             m_form.current ? m_form.current->rowVersion : 0);
    if (!saved.ok()) {
        if (saved.error().code == ErrorCode::Conflict) {
            emit opinionChanged(); // the case page shows what the other workstation saved
            if (MessageBox::question(this, tr("Opinion changed meanwhile"),
                                     saved.error().message + QStringLiteral("\n\n") +
                                         tr("Reload now? Your unsaved "
                                            "changes will be lost.")) == QMessageBox::Yes)
                reload();
        } else {
            MessageBox::warning(this, tr("Opinion not saved"), saved.error().message);
        }
        return false;
    }
    m_dirty = false;
    if (auto rec = m_ws.cases().openCase(m_user, m_record.id); rec.ok())
        m_record = *rec;
    reload();
    emit opinionChanged();
    return true;
}

bool OpinionEditorDialog::sign()
{
    if ((m_dirty || !m_form.current || m_form.current->isSigned || !m_amendReason.isEmpty()) && !saveDraft())
        return false;
    if (!m_form.current || !m_form.current->recommendation) {
        MessageBox::warning(this, tr("Sign"),
                            tr("Choose a recommendation and save the draft before signing."));
        return false;
    }
    SignatureDialog dialog(
        m_user.printedName, tr("Specialist, %1").arg(core::label(m_discipline)),
        services::ReviewService::signatureMeaning(m_discipline, *m_form.current->recommendation), this);
    while (dialog.exec() == QDialog::Accepted) {
        auto s = m_ws.reviews().signOpinion(m_user, m_record.id, m_discipline, dialog.password());
        if (s.ok()) {
            reload();
            emit opinionChanged();
            return true;
        }
        dialog.showError(s.error().message);
    }
    return false;
}

bool OpinionEditorDialog::startAmendment(const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        MessageBox::warning(this, tr("Amend"), tr("An amendment needs a reason."));
        return false;
    }
    m_amendReason = reason.trimmed();
    updateState();
    m_signature->setText(m_signature->text() +
                         tr("<br><b>Amending</b> — reason: %1. Save or sign to record the new "
                            "version.")
                             .arg(m_amendReason.toHtmlEscaped()));
    return true;
}

} // namespace cb::gui
