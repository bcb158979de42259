#include "gui/meetings/MeetingModeWindow.h"

#include "core/PermissionPolicy.h"
#include "core/TextLimits.h"
#include "gui/review/DecisionDialog.h"
#include "gui/widgets/InputDialog.h"
#include "gui/widgets/MessageBox.h"
#include "services/CaseService.h"
#include "services/DecisionService.h"
#include "services/MeetingService.h"
#include "services/ReviewService.h"
#include "services/Workspace.h"

#include <QCloseEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace cb::gui {

namespace {

QLabel* bigLabel(const QString& name, QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextFormat(Qt::RichText);
    l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return l;
}

} // namespace

MeetingModeWindow::MeetingModeWindow(services::Workspace& ws, const core::UserIdentity& user,
                                     qint64 meetingId, QWidget* parent)
    : QWidget(parent, Qt::Window), m_ws(ws), m_user(user), m_meetingId(meetingId)
{
    setObjectName(QStringLiteral("meetingModeWindow"));
    setWindowTitle(tr("CellBoard — meeting mode"));
    // Large type for the back of the room: scale from the screen's default font.
    QFont f = font();
    f.setPointSizeF(qMax(18.0, f.pointSizeF() * 2.0));
    setFont(f);
    setStyleSheet(QStringLiteral(
        "QWidget#meetingModeWindow { background: #fbfcfd; } QPushButton { padding: 8px 18px; }"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(18);
    m_position = bigLabel(QStringLiteral("meetingModePosition"), this);
    m_patient = bigLabel(QStringLiteral("meetingModePatient"), this);
    layout->addWidget(m_position);
    layout->addWidget(m_patient);
    auto* middle = new QHBoxLayout;
    middle->setSpacing(48);
    m_opinions = bigLabel(QStringLiteral("meetingModeOpinions"), this);
    auto* rightColumn = new QVBoxLayout;
    m_readiness = bigLabel(QStringLiteral("meetingModeReadiness"), this);
    m_verdict = bigLabel(QStringLiteral("meetingModeVerdict"), this);
    rightColumn->addWidget(m_readiness);
    rightColumn->addWidget(m_verdict);
    rightColumn->addStretch(1);
    middle->addWidget(m_opinions, 1);
    middle->addLayout(rightColumn, 1);
    layout->addLayout(middle, 1);

    auto* buttons = new QHBoxLayout;
    m_prev = new QPushButton(tr("◀ Previous case"), this);
    m_prev->setObjectName(QStringLiteral("meetingModePrevious"));
    m_next = new QPushButton(tr("Next case ▶"), this);
    m_next->setObjectName(QStringLiteral("meetingModeNext"));
    m_decide = new QPushButton(tr("Record verdict…"), this);
    m_decide->setObjectName(QStringLiteral("meetingModeVerdictButton"));
    m_dissent = new QPushButton(tr("Add dissent…"), this);
    m_dissent->setObjectName(QStringLiteral("meetingModeDissentButton"));
    auto* leave = new QPushButton(tr("Leave meeting mode"), this);
    leave->setObjectName(QStringLiteral("meetingModeLeave"));
    buttons->addWidget(m_prev);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    buttons->addWidget(m_decide);
    buttons->addWidget(m_dissent);
    buttons->addWidget(leave);
    layout->addLayout(buttons);

    connect(m_prev, &QPushButton::clicked, this, &MeetingModeWindow::previous);
    connect(m_next, &QPushButton::clicked, this, &MeetingModeWindow::next);
    connect(m_decide, &QPushButton::clicked, this, &MeetingModeWindow::recordVerdict);
    connect(m_dissent, &QPushButton::clicked, this, &MeetingModeWindow::addDissent);
    connect(leave, &QPushButton::clicked, this, &QWidget::close);
    reload();
    showItem(0);
}

void MeetingModeWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    QFont f = font();
    const int pixels = qMax(24, height() / 34);
    if (f.pixelSize() == pixels)
        return;
    f.setPixelSize(pixels);
    setFont(f);
    // The window's style sheet stops a font set on it from reaching the children: set theirs.
    const auto children = findChildren<QWidget*>();
    for (QWidget* w : children)
        w->setFont(f);
}

void MeetingModeWindow::reload()
{
    auto m = m_ws.meetings().meeting(m_user, m_meetingId);
    if (m.ok())
        m_meeting = *m;
    else
        m_position->setText(m.error().message.toHtmlEscaped());
}

qint64 MeetingModeWindow::currentCaseId() const
{
    return m_index >= 0 && m_index < m_meeting.agenda.size() ? m_meeting.agenda.at(m_index).caseId : 0;
}

void MeetingModeWindow::showItem(int index)
{
    if (m_meeting.agenda.isEmpty()) {
        m_position->setText(tr("The agenda of this meeting is empty."));
        return;
    }
    m_index = qBound(0, index, int(m_meeting.agenda.size()) - 1);
    const auto& item = m_meeting.agenda.at(m_index);
    const QDateTime slotFrom = m_meeting.slotStart(m_index).toLocalTime();
    const QDateTime slotTo = slotFrom.addSecs(qint64(item.slotMinutes) * 60);
    m_position->setText(tr("<span style='color:#5f6670'>Case %1 of %2 · %3–%4 · %5 · presented by %6</span>")
                            .arg(m_index + 1)
                            .arg(m_meeting.agenda.size())
                            .arg(slotFrom.toString(QStringLiteral("HH:mm")),
                                 slotTo.toString(QStringLiteral("HH:mm")),
                                 core::label(m_meeting.type).toHtmlEscaped(),
                                 item.presenter.isEmpty() ? tr("—") : item.presenter.toHtmlEscaped()));
    auto rec = m_ws.cases().openCase(m_user, item.caseId);
    if (!rec.ok()) {
        m_patient->setText(rec.error().message.toHtmlEscaped());
        return;
    }
    const QDate today = m_ws.clock().nowUtc().toLocalTime().date();
    QString patient = QStringLiteral("<span style='font-size:x-large'><b>%1</b></span> · %2<br>")
                          .arg(rec->patient.displayName().toHtmlEscaped(),
                               tr("%n year(s)", nullptr, rec->patient.ageOn(today)));
    patient +=
        tr("%1 · %2 · %n prior line(s)", nullptr, int(rec->therapyLines.size()))
            .arg(core::label(rec->indication).toHtmlEscaped(), core::label(rec->state).toHtmlEscaped());
    if (rec->extramedullaryDisease)
        patient += tr(" · extramedullary disease");
    if (!rec->transplants.isEmpty())
        patient += tr(" · %n transplant(s)", nullptr, int(rec->transplants.size()));
    if (!rec->intendedProduct.isEmpty())
        patient +=
            QStringLiteral("<br>") + tr("Intended product: %1").arg(rec->intendedProduct.toHtmlEscaped());
    m_patient->setText(patient);

    auto ov = m_ws.reviews().overview(m_user, item.caseId);
    QString opinions = tr("<b>The disciplines</b>") + QStringLiteral("<table cellspacing='6'>");
    if (ov.ok())
        for (const auto& r : ov->disciplines) {
            QString rec2 = tr("no opinion");
            QString flags;
            if (r.current) {
                rec2 = r.current->recommendation ? core::label(*r.current->recommendation) : tr("draft");
                if (r.current->contraindications)
                    flags += QStringLiteral(" <b style='color:#a31d1d'>%1</b>")
                                 .arg(tr("✖ %n contraindication(s)", nullptr, r.current->contraindications));
                if (r.current->concerns)
                    flags += QStringLiteral(" <span style='color:#8a5a00'>%1</span>")
                                 .arg(tr("⚠ %n concern(s)", nullptr, r.current->concerns));
            }
            opinions +=
                QStringLiteral("<tr><td><b>%1</b></td><td>%2 — %3%4</td></tr>")
                    .arg(core::label(r.discipline).toHtmlEscaped(),
                         services::reviewStateLabel(r.state).toHtmlEscaped(), rec2.toHtmlEscaped(), flags);
        }
    opinions += QStringLiteral("</table>");
    m_opinions->setText(opinions);

    QString readiness;
    if (item.readinessProblems.isEmpty())
        readiness = tr("<b style='color:#1d6b3a'>✔ Ready: every required discipline signed.</b>");
    else {
        readiness = (rec->state == core::CaseState::ReadyForBoard
                         ? tr("<b style='color:#8a5a00'>To check</b>")
                         : tr("<b style='color:#8a5a00'>Still missing</b>")) +
                    QStringLiteral("<ul>");
        for (const auto& p : item.readinessProblems)
            readiness += QStringLiteral("<li>%1</li>").arg(p.toHtmlEscaped());
        readiness += QStringLiteral("</ul>");
    }
    m_readiness->setText(readiness);

    auto decisions = m_ws.decisions().decisions(m_user, item.caseId);
    QString verdict;
    if (decisions.ok() && !decisions->isEmpty()) {
        const auto& d = decisions->last();
        verdict =
            tr("<b>Verdict:</b> %1%2")
                .arg(core::label(d.verdict).toHtmlEscaped(), d.isSigned ? tr(" (signed)") : tr(" (draft)"));
        if (!d.conditions.isEmpty())
            verdict += QStringLiteral("<br>") + tr("Conditions: %1").arg(d.conditions.toHtmlEscaped());
        for (const auto& dis : d.dissents)
            verdict += QStringLiteral("<br>") +
                       tr("Dissent — %1: “%2”").arg(dis.memberName.toHtmlEscaped(), dis.text.toHtmlEscaped());
    }
    m_verdict->setText(verdict);

    const bool chair = core::PermissionPolicy::allows(m_user, core::Action::RecordDecision);
    const bool ready = rec->state == core::CaseState::ReadyForBoard;
    m_decide->setEnabled(chair && ready);
    m_decide->setToolTip(!chair   ? tr("Only a board chair records the verdict.")
                         : !ready ? tr("Only a case ready for the board can be decided.")
                                  : QString());
    const bool member = m_user.hasRole(core::Role::Specialist) || m_user.hasRole(core::Role::BoardChair);
    const bool hasDecision = decisions.ok() && !decisions->isEmpty();
    m_dissent->setEnabled(member && hasDecision);
    m_prev->setEnabled(m_index > 0);
    m_next->setEnabled(m_index + 1 < m_meeting.agenda.size());
}

void MeetingModeWindow::recordVerdict()
{
    auto rec = m_ws.cases().openCase(m_user, currentCaseId());
    if (!rec.ok()) {
        MessageBox::warning(this, tr("Verdict"), rec.error().message);
        return;
    }
    DecisionDialog dialog(m_ws, m_user, *rec, this);
    dialog.exec();
    reload();
    showItem(m_index);
}

void MeetingModeWindow::addDissent()
{
    bool ok = false;
    const QString text =
        InputDialog::getMultiLineText(this, tr("Dissent"),
                                      tr("Your dissent, recorded verbatim (it cannot be changed "
                                         "afterwards):"),
                                      {}, &ok, core::TextLimits::kLong);
    if (!ok || text.trimmed().isEmpty())
        return;
    if (auto d = m_ws.decisions().recordDissent(m_user, currentCaseId(), text); !d.ok())
        MessageBox::warning(this, tr("Dissent not recorded"), d.error().message);
    showItem(m_index);
}

void MeetingModeWindow::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Space:
        next();
        return;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
        previous();
        return;
    case Qt::Key_Escape:
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void MeetingModeWindow::closeEvent(QCloseEvent* event)
{
    emit closed();
    QWidget::closeEvent(event);
}

} // namespace cb::gui
