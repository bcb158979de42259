#include "gui/review/ReviewPanel.h"

#include "core/PermissionPolicy.h"
#include "core/TextLimits.h"
#include "gui/review/DecisionDialog.h"
#include "gui/review/FollowThroughPanel.h"
#include "gui/review/OpinionEditorDialog.h"
#include "gui/widgets/InputDialog.h"
#include "gui/widgets/MessageBox.h"
#include "services/CaseService.h"
#include "services/DecisionService.h"
#include "services/ReviewService.h"
#include "services/Workspace.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>

namespace cb::gui {

namespace {

QString when(const QDateTime& utc)
{
    const QDateTime local = utc.toLocalTime();
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm ")) + local.timeZoneAbbreviation();
}

QString stateColour(services::ReviewState s)
{
    switch (s) {
    case services::ReviewState::NotStarted:
        return QStringLiteral("#5f6670");
    case services::ReviewState::Draft:
        return QStringLiteral("#8a5a00");
    case services::ReviewState::Signed:
        return QStringLiteral("#1d6b3a");
    case services::ReviewState::Amended:
        return QStringLiteral("#1f4e99");
    }
    return {};
}

} // namespace

ReviewPanel::ReviewPanel(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent)
    : QWidget(parent), m_ws(ws), m_user(user)
{
    setObjectName(QStringLiteral("reviewPanel"));
    // The cards keep their natural height; the panel scrolls when the tab is short.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("reviewScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    m_readiness = new QLabel(this);
    m_readiness->setObjectName(QStringLiteral("readinessLabel"));
    m_readiness->setWordWrap(true);
    layout->addWidget(m_readiness);
    m_cards = new QGridLayout;
    m_cards->setSpacing(10);
    layout->addLayout(m_cards);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_verdict);
    m_verdictMeeting = new QLabel(this);
    m_verdictMeeting->setObjectName(QStringLiteral("decisionMeetingLabel"));
    m_verdictMeeting->setWordWrap(true);
    m_verdictMeeting->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdictMeeting->hide();
    layout->addWidget(m_verdictMeeting);
    auto* buttons = new QHBoxLayout;
    m_decide = new QPushButton(tr("Record verdict…"), this);
    m_decide->setObjectName(QStringLiteral("recordVerdictButton"));
    m_dissent = new QPushButton(tr("Add dissent…"), this);
    m_dissent->setObjectName(QStringLiteral("addDissentButton"));
    buttons->addWidget(m_decide);
    buttons->addWidget(m_dissent);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_followThrough = new FollowThroughPanel(m_ws, m_user, this);
    layout->addWidget(m_followThrough);
    layout->addStretch(1);
    connect(m_followThrough, &FollowThroughPanel::changed, this, &ReviewPanel::changed);
    connect(m_decide, &QPushButton::clicked, this, &ReviewPanel::openDecision);
    connect(m_dissent, &QPushButton::clicked, this, &ReviewPanel::addDissent);
}

void ReviewPanel::setCase(const core::CaseRecord& record)
{
    m_record = record;
    rebuild();
}

void ReviewPanel::clear()
{
    m_record = {};
    while (QLayoutItem* item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_readiness->clear();
    m_verdict->clear();
    m_verdictMeeting->clear();
    m_verdictMeeting->hide();
    m_followThrough->setDecision(0, std::nullopt);
}

void ReviewPanel::rebuild()
{
    const core::CaseRecord record = m_record;
    clear();
    m_record = record;
    if (m_record.id == 0)
        return;
    auto ov = m_ws.reviews().overview(m_user, m_record.id);
    if (!ov.ok()) {
        m_readiness->setText(ov.error().message);
        return;
    }
    int i = 0;
    for (const auto& r : ov->disciplines) {
        auto* card = new QFrame(this);
        card->setObjectName(QStringLiteral("card_") + core::toId(r.discipline));
        card->setFrameShape(QFrame::StyledPanel);
        card->setStyleSheet(
            QStringLiteral("QFrame#%1 { border: 1px solid #c9d1da; border-radius: 6px; background: "
                           "#fbfcfd; }")
                .arg(card->objectName()));
        auto* v = new QVBoxLayout(card);
        QString html =
            QStringLiteral("<b style='font-size:11pt'>%1</b>%2<br><span style='color:%3'><b>%4</b></span>")
                .arg(core::label(r.discipline), r.required ? QString() : tr(" (optional)"),
                     stateColour(r.state), services::reviewStateLabel(r.state));
        if (r.current) {
            const auto& o = *r.current;
            html += QStringLiteral("<br>") +
                    (o.recommendation ? core::label(*o.recommendation) : tr("No recommendation yet"));
            html += QStringLiteral("<br>") +
                    tr("%1 concern(s) · %2 contraindication(s)").arg(o.concerns).arg(o.contraindications);
            if (o.signature)
                html +=
                    QStringLiteral("<br><span style='color:#444'>") +
                    tr("%1, %2").arg(o.signature->printedName.toHtmlEscaped(), when(o.signature->signedAt)) +
                    QStringLiteral("</span>");
            if (r.recordChangedSinceSigned)
                html += QStringLiteral("<br><span style='color:#b3261e'><b>") +
                        tr("Record changed since signed") + QStringLiteral("</b></span>");
            if (!r.staleItems.isEmpty())
                html += QStringLiteral("<br><span style='color:#8a5a00'>") +
                        tr("Stale: %1").arg(r.staleItems.join(QStringLiteral(", "))) +
                        QStringLiteral("</span>");
        }
        auto* text = new QLabel(html, card);
        text->setWordWrap(true);
        v->addWidget(text);
        const bool mine = core::PermissionPolicy::allows(m_user, core::Action::RecordOpinion, r.discipline);
        auto* open = new QPushButton(mine && r.state != services::ReviewState::Signed &&
                                             r.state != services::ReviewState::Amended
                                         ? tr("Open and edit…")
                                         : tr("Open…"),
                                     card);
        open->setObjectName(QStringLiteral("openOpinion_") + core::toId(r.discipline));
        const auto d = r.discipline;
        connect(open, &QPushButton::clicked, this, [this, d] { openOpinion(d); });
        v->addWidget(open);
        m_cards->addWidget(card, i / 3, i % 3);
        ++i;
    }
    if (ov->quorumMet)
        m_readiness->setText(
            tr("<b style='color:#1d6b3a'>Review complete:</b> every required discipline has signed."));
    else
        m_readiness->setText(
            tr("<b>Still missing before the board:</b><br>• %1")
                .arg(ov->readinessProblems.join(QStringLiteral("<br>• "))
                         .toHtmlEscaped()
                         .replace(QStringLiteral("&lt;br&gt;• "), QStringLiteral("<br>• "))));

    auto decisions = m_ws.decisions().decisions(m_user, m_record.id);
    QString verdict;
    if (decisions.ok() && !decisions->isEmpty()) {
        const auto& d = decisions->last();
        verdict = tr("<b>Verdict:</b> %1 %2")
                      .arg(core::label(d.verdict), d.isSigned ? QString() : tr("(draft, not signed)"));
        if (!d.conditions.isEmpty())
            verdict += QStringLiteral("<br>") + tr("Conditions: %1").arg(d.conditions.toHtmlEscaped());
        if (!d.rationale.isEmpty())
            verdict += QStringLiteral("<br>") + tr("Rationale: %1").arg(d.rationale.toHtmlEscaped());
        if (!d.overrideApprover.isEmpty())
            verdict += QStringLiteral("<br>") +
                       tr("Override approved by %1: %2")
                           .arg(d.overrideApprover.toHtmlEscaped(), d.overrideReason.toHtmlEscaped());
        for (const auto& dis : d.dissents)
            verdict += QStringLiteral("<br>") +
                       tr("Dissent — %1 (%2): “%3”")
                           .arg(dis.memberName.toHtmlEscaped(), dis.discipline, dis.text.toHtmlEscaped());
        if (d.signature)
            verdict += QStringLiteral("<br><i>") +
                       tr("Signed by %1 on %2: %3")
                           .arg(d.signature->printedName.toHtmlEscaped(), when(d.signature->signedAt),
                                d.signature->meaning.toHtmlEscaped()) +
                       QStringLiteral("</i>");
    }
    m_verdict->setText(verdict);
    // where the verdict was taken, in words: its meeting and attendance, or outside a meeting
    QString meeting;
    if (decisions.ok() && !decisions->isEmpty() && decisions->last().isSigned) {
        const core::VerdictMeeting where = m_ws.decisions().verdictMeeting(decisions->last());
        const QString text = tr("<b>Meeting:</b> %1<br><b>Attendance:</b> %2")
                                 .arg(where.meetingText(QTimeZone::systemTimeZone()).toHtmlEscaped(),
                                      where.attendanceText().toHtmlEscaped());
        meeting = where.where == core::VerdictMeeting::Where::Outside
                      ? QStringLiteral("<span style='color:#8a4b00'>%1</span>").arg(text)
                      : text;
    }
    m_verdictMeeting->setText(meeting);
    m_verdictMeeting->setVisible(!meeting.isEmpty());
    m_followThrough->setDecision(m_record.id, decisions.ok() && !decisions->isEmpty()
                                                  ? std::optional<core::Decision>(decisions->last())
                                                  : std::nullopt);
    const bool chair = core::PermissionPolicy::allows(m_user, core::Action::RecordDecision);
    const bool ready = m_record.state == core::CaseState::ReadyForBoard;
    m_decide->setEnabled(chair && ready);
    m_decide->setToolTip(!chair ? tr("Only a board chair records and signs the verdict.")
                         : !ready
                             ? tr("The case must be ready for the board: every required discipline signed.")
                             : QString());
    const bool member = m_user.hasRole(core::Role::Specialist) || m_user.hasRole(core::Role::BoardChair);
    const bool hasDecision = decisions.ok() && !decisions->isEmpty();
    m_dissent->setEnabled(member && hasDecision);
    m_dissent->setToolTip(!member ? tr("Only board members (specialists and the chair) record dissent.")
                          : !hasDecision ? tr("Dissent is recorded against a verdict.")
                                         : QString());
}

void ReviewPanel::openOpinion(core::Discipline discipline)
{
    OpinionEditorDialog dialog(m_ws, m_user, m_record, discipline, this);
    connect(&dialog, &OpinionEditorDialog::opinionChanged, this, &ReviewPanel::changed);
    dialog.exec();
}

void ReviewPanel::openDecision()
{
    DecisionDialog dialog(m_ws, m_user, m_record, this);
    connect(&dialog, &DecisionDialog::decisionChanged, this, &ReviewPanel::changed);
    dialog.exec();
}

void ReviewPanel::addDissent()
{
    bool ok = false;
    const QString text =
        InputDialog::getMultiLineText(this, tr("Dissent"),
                                      tr("Your dissent, recorded verbatim (it cannot be changed "
                                         "afterwards):"),
                                      {}, &ok, core::TextLimits::kLong);
    if (!ok || text.trimmed().isEmpty())
        return;
    auto d = m_ws.decisions().recordDissent(m_user, m_record.id, text);
    if (!d.ok()) {
        MessageBox::warning(this, tr("Dissent not recorded"), d.error().message);
        return;
    }
    changed();
}

void ReviewPanel::changed()
{
    if (auto rec = m_ws.cases().openCase(m_user, m_record.id); rec.ok())
        m_record = *rec;
    rebuild();
    emit caseChanged(m_record.id);
}

} // namespace cb::gui
