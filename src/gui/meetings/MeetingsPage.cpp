#include "gui/meetings/MeetingsPage.h"

#include "core/PermissionPolicy.h"
#include "core/TextLimits.h"
#include "exports/DocumentExport.h"
#include "gui/meetings/MeetingModeWindow.h"
#include "gui/review/SignatureDialog.h"
#include "gui/widgets/FileDialog.h"
#include "gui/widgets/InputDialog.h"
#include "gui/widgets/MessageBox.h"
#include "gui/widgets/TextLimit.h"
#include "presentation/MeetingModels.h"
#include "services/SettingsService.h"
#include "services/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cb::gui {

namespace {

QTableView* makeTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* v = new QTableView(parent);
    v->setObjectName(name);
    v->setModel(model);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->verticalHeader()->hide();
    v->setWordWrap(false);
    v->horizontalHeader()->setStretchLastSection(true);
    return v;
}

QPushButton* button(const QString& text, const QString& name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

QString localText(const QDateTime& utc, const QString& format)
{
    const QDateTime local = utc.toLocalTime();
    // QLocale names the weekday in the user's language; QDateTime::toString would say it in English
    return QLocale().toString(local, format) + QLatin1Char(' ') + local.timeZoneAbbreviation();
}

} // namespace

MeetingDialog::MeetingDialog(const QDateTime& suggestedStart, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("New meeting"));
    build(suggestedStart);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Schedule"));
}

MeetingDialog::MeetingDialog(const core::Meeting& existing, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Reschedule meeting"));
    build(existing.startsAt);
    m_duration->setValue(existing.durationMinutes);
    m_type->setCurrentIndex(m_type->findData(core::toId(existing.type)));
    m_type->setEnabled(false);
    m_mode->setCurrentIndex(m_mode->findData(core::toId(existing.mode)));
    m_mode->setEnabled(false);
    m_location->setText(existing.location);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("meetingReasonEdit"));
    m_reason->setPlaceholderText(tr("Why it moves; the invitees and the audit trail see it"));
    m_form->addRow(tr("&Reason:"), m_reason);
    TextLimit::apply(m_reason, core::TextLimits::kLong);
    auto* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Reschedule"));
    ok->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, ok,
            [ok](const QString& t) { ok->setEnabled(!t.trimmed().isEmpty()); });
}

void MeetingDialog::build(const QDateTime& start)
{
    setObjectName(QStringLiteral("meetingDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* form = m_form = new QFormLayout;
    m_start = new QDateTimeEdit(start.toLocalTime(), this);
    m_start->setObjectName(QStringLiteral("meetingStartEdit"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("meetingDurationSpin"));
    m_duration->setRange(5, 720);
    m_duration->setSingleStep(15);
    m_duration->setValue(60);
    m_duration->setSuffix(tr(" min"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("meetingTypeCombo"));
    for (const auto& e : core::meetingTypes())
        m_type->addItem(core::label(e.value), QString::fromLatin1(e.id));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("meetingModeCombo"));
    for (const auto& e : core::meetingModes())
        m_mode->addItem(core::label(e.value), QString::fromLatin1(e.id));
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("meetingLocationEdit"));
    m_location->setPlaceholderText(tr("Room, or the video link"));
    form->addRow(tr("&Starts:"), m_start);
    form->addRow(tr("&Duration:"), m_duration);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("&Room or link:"), m_location);
    TextLimit::apply(m_location, core::TextLimits::kShort);
    layout->addLayout(form);
    auto* buttons = m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString MeetingDialog::reason() const
{
    return m_reason ? m_reason->text().trimmed() : QString();
}

AgendaItemDialog::AgendaItemDialog(const core::AgendaItem& item, const QStringList& members, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("agendaItemDialog"));
    setWindowTitle(tr("Presenter and time"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Case %1 — %2").arg(item.caseId).arg(item.patientName), this));
    auto* form = new QFormLayout;
    m_presenter = new QComboBox(this);
    m_presenter->setObjectName(QStringLiteral("presenterCombo"));
    m_presenter->setEditable(true);
    m_presenter->addItem(QString());
    m_presenter->addItems(members);
    m_presenter->setCurrentText(item.presenter);
    m_presenter->setMinimumContentsLength(24);
    m_slot = new QSpinBox(this);
    m_slot->setObjectName(QStringLiteral("slotSpin"));
    m_slot->setRange(1, 240);
    m_slot->setSingleStep(5);
    m_slot->setValue(item.slotMinutes);
    m_slot->setSuffix(tr(" min"));
    form->addRow(tr("&Presenter:"), m_presenter);
    form->addRow(tr("&Time slot:"), m_slot);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString AgendaItemDialog::presenter() const
{
    return m_presenter->currentText().trimmed();
}

int AgendaItemDialog::slotMinutes() const
{
    return m_slot->value();
}

AttendanceTimesDialog::AttendanceTimesDialog(const core::Attendee& attendee, const core::Meeting& meeting,
                                             QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("attendanceTimesDialog"));
    setWindowTitle(tr("Arrival and departure"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(attendee.printedName, this));
    auto* form = new QFormLayout;
    auto timeEdit = [this](const QDateTime& value, const QDateTime& fallback, const QString& name) {
        auto* e = new QDateTimeEdit((value.isValid() ? value : fallback).toLocalTime(), this);
        e->setObjectName(name);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->setCalendarPopup(true);
        e->setEnabled(value.isValid());
        return e;
    };
    m_hasArrived = new QCheckBox(tr("Arrived"), this);
    m_hasArrived->setObjectName(QStringLiteral("arrivedCheck"));
    m_hasArrived->setChecked(attendee.arrivedAt.isValid());
    m_arrived = timeEdit(attendee.arrivedAt, meeting.startsAt, QStringLiteral("arrivedEdit"));
    m_hasLeft = new QCheckBox(tr("Left"), this);
    m_hasLeft->setObjectName(QStringLiteral("leftCheck"));
    m_hasLeft->setChecked(attendee.leftAt.isValid());
    m_left = timeEdit(attendee.leftAt, meeting.endsAt(), QStringLiteral("leftEdit"));
    connect(m_hasArrived, &QCheckBox::toggled, m_arrived, &QWidget::setEnabled);
    connect(m_hasLeft, &QCheckBox::toggled, m_left, &QWidget::setEnabled);
    form->addRow(m_hasArrived, m_arrived);
    form->addRow(m_hasLeft, m_left);
    layout->addLayout(form);
    auto* hint =
        new QLabel(tr("Leave a box unticked when the time was not noted. A member counts for a case's "
                      "verdict only while present."),
                   this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QDateTime AttendanceTimesDialog::arrivedAt() const
{
    return m_hasArrived->isChecked() ? m_arrived->dateTime().toUTC() : QDateTime();
}

QDateTime AttendanceTimesDialog::leftAt() const
{
    return m_hasLeft->isChecked() ? m_left->dateTime().toUTC() : QDateTime();
}

services::MeetingInput MeetingDialog::input() const
{
    services::MeetingInput in;
    in.startsAt = m_start->dateTime().toUTC();
    in.durationMinutes = m_duration->value();
    in.type = core::fromId(core::meetingTypes(), m_type->currentData().toString())
                  .value_or(core::MeetingType::Screening);
    in.mode = core::fromId(core::meetingModes(), m_mode->currentData().toString())
                  .value_or(core::MeetingMode::InPerson);
    in.location = m_location->text();
    return in;
}

MeetingsPage::MeetingsPage(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent)
    : QWidget(parent), m_ws(ws), m_user(user)
{
    setObjectName(QStringLiteral("meetingsPage"));
    m_list = new presentation::MeetingListModel(this);
    m_agenda = new presentation::AgendaModel(this);
    m_attendance = new presentation::AttendanceModel(this);

    auto* outer = new QHBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(splitter);

    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("<b>Meetings</b>"), left));
    m_listView = makeTable(m_list, QStringLiteral("meetingList"), left);
    m_listView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    leftLayout->addWidget(m_listView);
    m_new = button(tr("New meeting…"), QStringLiteral("newMeetingButton"), left);
    leftLayout->addWidget(m_new);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(right);
    m_header->setObjectName(QStringLiteral("meetingHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(m_header);

    auto* agendaBox = new QGroupBox(tr("Agenda"), right);
    auto* agendaLayout = new QVBoxLayout(agendaBox);
    m_agendaView = makeTable(m_agenda, QStringLiteral("agendaTable"), agendaBox);
    m_agendaView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_agendaView->horizontalHeader()->setSectionResizeMode(presentation::AgendaModel::ReadinessColumn,
                                                           QHeaderView::Stretch);
    agendaLayout->addWidget(m_agendaView);
    auto* agendaButtons = new QHBoxLayout;
    auto* suggest = button(tr("Add suggested cases"), QStringLiteral("addSuggestedButton"), agendaBox);
    auto* addCase = button(tr("Add case…"), QStringLiteral("addCaseButton"), agendaBox);
    auto* remove = button(tr("Remove"), QStringLiteral("removeCaseButton"), agendaBox);
    auto* up = button(tr("Move up"), QStringLiteral("moveUpButton"), agendaBox);
    auto* down = button(tr("Move down"), QStringLiteral("moveDownButton"), agendaBox);
    auto* conflict = button(tr("Conflict of interest…"), QStringLiteral("conflictButton"), agendaBox);
    auto* presenter = button(tr("Presenter and time…"), QStringLiteral("presenterButton"), agendaBox);
    m_openCase = button(tr("Open case"), QStringLiteral("openAgendaCaseButton"), agendaBox);
    for (auto* b : {suggest, addCase, remove, up, down, presenter, conflict})
        agendaButtons->addWidget(b);
    agendaButtons->addStretch(1);
    agendaButtons->addWidget(m_openCase);
    agendaLayout->addLayout(agendaButtons);
    rightLayout->addWidget(agendaBox, 3);

    auto* attendanceBox = new QGroupBox(tr("Attendance"), right);
    auto* attendanceLayout = new QVBoxLayout(attendanceBox);
    m_attendanceView = makeTable(m_attendance, QStringLiteral("attendanceTable"), attendanceBox);
    m_attendanceView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    attendanceLayout->addWidget(m_attendanceView);
    auto* presenceButtons = new QHBoxLayout;
    auto* present = button(tr("Present"), QStringLiteral("markPresentButton"), attendanceBox);
    auto* absent = button(tr("Absent"), QStringLiteral("markAbsentButton"), attendanceBox);
    auto* excused = button(tr("Excused"), QStringLiteral("markExcusedButton"), attendanceBox);
    auto* leftNow = button(tr("Left now"), QStringLiteral("markLeftButton"), attendanceBox);
    leftNow->setToolTip(tr("The selected member leaves the meeting now; later verdicts do not count them"));
    auto* times = button(tr("Times…"), QStringLiteral("attendanceTimesButton"), attendanceBox);
    for (auto* b : {present, absent, excused, leftNow, times})
        presenceButtons->addWidget(b);
    presenceButtons->addStretch(1);
    attendanceLayout->addLayout(presenceButtons);
    rightLayout->addWidget(attendanceBox, 2);

    auto* bottom = new QHBoxLayout;
    auto* cancel = button(tr("Cancel meeting…"), QStringLiteral("cancelMeetingButton"), right);
    auto* reschedule = button(tr("Reschedule…"), QStringLiteral("rescheduleButton"), right);
    m_sign = button(tr("Sign minutes…"), QStringLiteral("signMinutesButton"), right);
    m_mode = button(tr("Meeting mode"), QStringLiteral("meetingModeButton"), right);
    m_mode->setToolTip(tr("Full screen, large type, for the shared screen (F11)"));
    bottom->addWidget(reschedule);
    bottom->addWidget(cancel);
    bottom->addStretch(1);
    m_export = button(tr("Export minutes…"), QStringLiteral("exportMinutesButton"), right);
    m_export->setToolTip(tr("The minutes as a PDF; a DRAFT until the chair has signed them"));
    bottom->addWidget(m_export);
    bottom->addWidget(m_sign);
    bottom->addWidget(m_mode);
    rightLayout->addLayout(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({560, 1000});
    left->setMinimumWidth(440); // the list's five columns, status included, at 1366 px

    m_manageButtons = {suggest, addCase, remove,  up,      down,  presenter, conflict,
                       present, absent,  excused, leftNow, times, cancel,    reschedule};

    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (const auto* m = m_list->meetingAt(current.row()))
                    showMeeting(m->id);
            });
    connect(m_agendaView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MeetingsPage::updateButtons);
    connect(m_attendanceView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MeetingsPage::updateButtons);
    connect(m_new, &QPushButton::clicked, this, [this] {
        MeetingDialog dialog(m_ws.clock().nowUtc().addDays(7), this);
        if (dialog.exec() == QDialog::Accepted)
            scheduleMeeting(dialog.input());
    });
    connect(suggest, &QPushButton::clicked, this, [this] {
        const int n = addSuggestedCases();
        if (n == 0)
            MessageBox::information(this, tr("Agenda"),
                                    tr("No further case is ready for the board or due for "
                                       "reassessment."));
    });
    connect(addCase, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const int id =
            InputDialog::getInt(this, tr("Add case"), tr("Case number:"), 1, 1, 2'000'000'000, 1, &ok);
        if (ok)
            this->addCase(id);
    });
    connect(remove, &QPushButton::clicked, this, &MeetingsPage::removeSelectedCase);
    connect(up, &QPushButton::clicked, this, [this] { moveSelectedCase(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSelectedCase(1); });
    connect(conflict, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason =
            InputDialog::getText(this, tr("Conflict of interest"),
                                 tr("The selected member leaves the discussion and verdict of the "
                                    "selected case. Why? (Leave empty to lift an exclusion.)"),
                                 {}, &ok, core::TextLimits::kLong);
        if (ok)
            setSelectedConflict(reason);
    });
    connect(presenter, &QPushButton::clicked, this, [this] {
        const qint64 caseId = selectedCaseId();
        const core::AgendaItem* item = caseId ? m_meeting.itemForCase(caseId) : nullptr;
        if (!item) {
            MessageBox::information(this, tr("Agenda"), tr("Select a case in the agenda first."));
            return;
        }
        QStringList members;
        for (const auto& a : m_meeting.attendees)
            members << a.printedName;
        AgendaItemDialog dialog(*item, members, this);
        if (dialog.exec() == QDialog::Accepted)
            setSelectedPresenter(dialog.presenter(), dialog.slotMinutes());
    });
    connect(leftNow, &QPushButton::clicked, this, &MeetingsPage::markSelectedLeft);
    connect(times, &QPushButton::clicked, this, [this] {
        const core::Attendee* a = selectedAttendee();
        if (!a) {
            MessageBox::information(this, tr("Attendance"),
                                    tr("Select a member in the attendance list first."));
            return;
        }
        AttendanceTimesDialog dialog(*a, m_meeting, this);
        if (dialog.exec() == QDialog::Accepted)
            setSelectedTimes(dialog.arrivedAt(), dialog.leftAt());
    });
    connect(reschedule, &QPushButton::clicked, this, [this] {
        MeetingDialog dialog(m_meeting, this);
        if (dialog.exec() == QDialog::Accepted) {
            const auto in = dialog.input();
            rescheduleMeeting(in.startsAt, in.durationMinutes, in.location, dialog.reason());
        }
    });
    connect(present, &QPushButton::clicked, this, [this] { setSelectedPresence(core::Presence::Present); });
    connect(absent, &QPushButton::clicked, this, [this] { setSelectedPresence(core::Presence::Absent); });
    connect(excused, &QPushButton::clicked, this, [this] { setSelectedPresence(core::Presence::Excused); });
    connect(cancel, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason =
            InputDialog::getText(this, tr("Cancel meeting"), tr("Why is the meeting cancelled?"), {}, &ok,
                                 core::TextLimits::kLong);
        if (ok)
            cancelMeeting(reason);
    });
    connect(m_sign, &QPushButton::clicked, this, &MeetingsPage::signMinutes);
    connect(m_mode, &QPushButton::clicked, this, &MeetingsPage::startMeetingMode);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString name = QStringLiteral("minutes_meeting%1_%2.pdf")
                                 .arg(m_meeting.id)
                                 .arg(m_meeting.startsAt.toLocalTime().date().toString(Qt::ISODate));
        const QString path = FileDialog::getSaveFileName(
            this, tr("Export minutes"), QDir::home().filePath(name), tr("PDF documents (*.pdf)"));
        if (!path.isEmpty())
            exportMinutes(path);
    });
    connect(m_openCase, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedCaseId())
            emit openCaseRequested(id);
    });
    connect(m_agendaView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const auto* item = m_agenda->itemAt(index.row()))
            emit openCaseRequested(item->caseId);
    });
    updateButtons();
}

void MeetingsPage::refresh()
{
    const qint64 keep = m_meeting.id;
    auto list = m_ws.meetings().meetings(m_user);
    if (!list.ok()) {
        m_header->setText(list.error().message);
        return;
    }
    m_list->setMeetings(*list, m_ws.clock().nowUtc());
    qint64 target = keep;
    if (!target) { // the next meeting to come, else the latest one
        const QDateTime now = m_ws.clock().nowUtc();
        for (const auto& m : *list)
            if (!target && !m.isPast(now) && m.status != core::MeetingStatus::Cancelled)
                target = m.id;
        if (!target && !list->isEmpty())
            target = list->last().id;
    }
    if (target)
        selectMeeting(target);
    else
        updateButtons();
}

bool MeetingsPage::selectMeeting(qint64 meetingId)
{
    const int row = m_list->rowOf(meetingId);
    if (row < 0)
        return false;
    m_listView->selectRow(row);
    showMeeting(meetingId);
    return true;
}

void MeetingsPage::showMeeting(qint64 meetingId)
{
    auto m = m_ws.meetings().meeting(m_user, meetingId);
    if (!m.ok()) {
        m_header->setText(m.error().message);
        return;
    }
    m_meeting = *m;
    m_agenda->setMeeting(m_meeting);
    m_attendance->setAttendees(m_meeting.attendees);
    QString html = QStringLiteral("<span style='font-size:13pt'><b>%1</b></span><br>%2 · %3 · %4<br>%5")
                       .arg(tr("%1 meeting").arg(core::label(m_meeting.type)).toHtmlEscaped(),
                            localText(m_meeting.startsAt, QStringLiteral("dddd yyyy-MM-dd HH:mm")),
                            tr("%n min", nullptr, m_meeting.durationMinutes), core::label(m_meeting.mode),
                            tr("Chair: %1. Room or link: %2")
                                .arg(m_meeting.chairName.toHtmlEscaped(),
                                     m_meeting.location.isEmpty() ? tr("not given")
                                                                  : m_meeting.location.toHtmlEscaped()));
    if (m_meeting.status == core::MeetingStatus::Cancelled)
        html += QStringLiteral("<br><b style='color:#a31d1d'>%1</b>")
                    .arg(tr("Cancelled: %1").arg(m_meeting.cancelReason).toHtmlEscaped());
    if (m_meeting.minutesSignature)
        html += QStringLiteral("<br><i>%1</i>")
                    .arg(tr("Minutes signed by %1 on %2.")
                             .arg(m_meeting.minutesSignature->printedName,
                                  localText(m_meeting.minutesSignature->signedAt,
                                            QStringLiteral("yyyy-MM-dd HH:mm")))
                             .toHtmlEscaped());
    else
        html += QStringLiteral("<br>") + tr("Minutes: draft.");
    m_header->setText(html);
    updateButtons();
}

void MeetingsPage::updateButtons()
{
    const bool has = m_meeting.id > 0;
    const bool manager = core::PermissionPolicy::allows(m_user, core::Action::ManageMeetings);
    const bool frozen = m_meeting.isFrozen();
    const QString why =
        !manager ? tr("Only a coordinator or the board chair manages meetings.")
        : !has   ? tr("Select a meeting first.")
        : frozen ? (m_meeting.minutesSignature ? tr("The minutes are signed: the meeting no longer changes.")
                                               : tr("The meeting was cancelled."))
                 : QString();
    for (auto* b : m_manageButtons) {
        b->setEnabled(why.isEmpty());
        b->setToolTip(why);
    }
    m_new->setEnabled(manager);
    m_new->setToolTip(manager ? QString() : tr("Only a coordinator or the board chair manages meetings."));
    const bool chair = core::PermissionPolicy::allows(m_user, core::Action::SignDecision);
    const bool started = has && m_meeting.startsAt <= m_ws.clock().nowUtc();
    m_sign->setEnabled(chair && has && m_meeting.canSignMinutes(m_ws.clock().nowUtc()));
    m_sign->setToolTip(!chair     ? tr("Only the board chair signs the minutes.")
                       : !started ? tr("The minutes are signed once the meeting has started.")
                       : frozen   ? why
                                  : QString());
    m_mode->setEnabled(has && !m_meeting.agenda.isEmpty());
    m_export->setEnabled(has);
    m_openCase->setEnabled(selectedCaseId() > 0);
}

bool MeetingsPage::report(const Status& st, const QString& title)
{
    if (st.ok()) {
        showMeeting(m_meeting.id);
        auto list = m_ws.meetings().meetings(m_user);
        if (list.ok()) {
            const qint64 keep = m_meeting.id;
            m_list->setMeetings(*list, m_ws.clock().nowUtc());
            m_listView->selectRow(m_list->rowOf(keep));
        }
        return true;
    }
    MessageBox::warning(this, title, st.error().message);
    if (st.error().code == ErrorCode::Conflict)
        showMeeting(m_meeting.id);
    return false;
}

qint64 MeetingsPage::selectedCaseId() const
{
    const auto rows = m_agendaView->selectionModel()->selectedRows();
    const auto* item = rows.isEmpty() ? nullptr : m_agenda->itemAt(rows.first().row());
    return item ? item->caseId : 0;
}

bool MeetingsPage::scheduleMeeting(const services::MeetingInput& input)
{
    auto id = m_ws.meetings().schedule(m_user, input);
    if (!id.ok()) {
        MessageBox::warning(this, tr("Meeting not scheduled"), id.error().message);
        return false;
    }
    m_meeting = {};
    m_meeting.id = *id;
    refresh();
    return true;
}

bool MeetingsPage::addCase(qint64 caseId)
{
    auto id = m_ws.meetings().addToAgenda(m_user, m_meeting.id, caseId);
    return report(id.ok() ? Status{} : Status(id.error()), tr("Case not added"));
}

int MeetingsPage::addSuggestedCases()
{
    auto suggested = m_ws.meetings().suggestions(m_user, m_meeting.id);
    if (!suggested.ok()) {
        MessageBox::warning(this, tr("Agenda"), suggested.error().message);
        return 0;
    }
    int n = 0;
    for (const auto& s : *suggested)
        if (m_ws.meetings().addToAgenda(m_user, m_meeting.id, s.caseId).ok())
            ++n;
    report({}, {});
    return n;
}

bool MeetingsPage::removeSelectedCase()
{
    const qint64 caseId = selectedCaseId();
    return caseId &&
           report(m_ws.meetings().removeFromAgenda(m_user, m_meeting.id, caseId), tr("Case not removed"));
}

bool MeetingsPage::moveSelectedCase(int delta)
{
    const qint64 caseId = selectedCaseId();
    if (!caseId || !report(m_ws.meetings().moveAgendaItem(m_user, m_meeting.id, caseId, delta), tr("Agenda")))
        return false;
    for (int r = 0; r < m_agenda->rowCount(); ++r)
        if (m_agenda->itemAt(r)->caseId == caseId)
            m_agendaView->selectRow(r);
    return true;
}

const core::Attendee* MeetingsPage::selectedAttendee() const
{
    const auto rows = m_attendanceView->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_attendance->attendeeAt(rows.first().row());
}

bool MeetingsPage::setSelectedPresence(core::Presence presence)
{
    const auto rows = m_attendanceView->selectionModel()->selectedRows();
    const auto* a = selectedAttendee();
    if (!a)
        return false;
    const int row = rows.first().row();
    // Arrival is when the coordinator marks someone present during the meeting.
    const QDateTime now = m_ws.clock().nowUtc();
    const bool during =
        presence == core::Presence::Present && now >= m_meeting.startsAt && now < m_meeting.endsAt();
    const bool ok = report(
        m_ws.meetings().setAttendance(m_user, m_meeting.id, a->userId, presence, during ? now : QDateTime()),
        tr("Attendance not recorded"));
    m_attendanceView->selectRow(qMin(row + 1, m_attendance->rowCount() - 1));
    return ok;
}

bool MeetingsPage::setSelectedConflict(const QString& reason)
{
    const auto rows = m_attendanceView->selectionModel()->selectedRows();
    const auto* a = rows.isEmpty() ? nullptr : m_attendance->attendeeAt(rows.first().row());
    const qint64 caseId = selectedCaseId();
    if (!a || !caseId) {
        MessageBox::information(this, tr("Conflict of interest"),
                                tr("Select the case in the agenda and the member in the attendance list."));
        return false;
    }
    return report(m_ws.meetings().setConflict(m_user, m_meeting.id, caseId, a->userId,
                                              !reason.trimmed().isEmpty(), reason),
                  tr("Conflict of interest"));
}

bool MeetingsPage::setSelectedTimes(const QDateTime& arrivedAt, const QDateTime& leftAt)
{
    const core::Attendee* a = selectedAttendee();
    if (!a)
        return false;
    const int row = m_attendanceView->selectionModel()->selectedRows().first().row();
    const bool ok = report(m_ws.meetings().setAttendance(m_user, m_meeting.id, a->userId,
                                                         core::Presence::Present, arrivedAt, leftAt),
                           tr("Attendance not recorded"));
    m_attendanceView->selectRow(row);
    return ok;
}

bool MeetingsPage::markSelectedLeft()
{
    const core::Attendee* a = selectedAttendee();
    if (!a)
        return false;
    if (a->presence != core::Presence::Present) {
        MessageBox::information(
            this, tr("Attendance"),
            tr("%1 is not marked present: only a present member can leave.").arg(a->printedName));
        return false;
    }
    const QDateTime now = m_ws.clock().nowUtc();
    if (now < m_meeting.startsAt) {
        MessageBox::information(
            this, tr("Attendance"),
            tr("The meeting has not started yet. Use Times… to record a departure time."));
        return false;
    }
    return setSelectedTimes(a->arrivedAt, now);
}

bool MeetingsPage::rescheduleMeeting(const QDateTime& startsAt, int durationMinutes, const QString& location,
                                     const QString& reason)
{
    return report(m_ws.meetings().reschedule(m_user, m_meeting.id, m_meeting.rowVersion, startsAt,
                                             durationMinutes, location, reason),
                  tr("Meeting not rescheduled"));
}

bool MeetingsPage::setSelectedPresenter(const QString& presenter, int slotMinutes)
{
    const qint64 caseId = selectedCaseId();
    if (!caseId)
        return false;
    const int row = m_agendaView->selectionModel()->selectedRows().first().row();
    const bool ok = report(m_ws.meetings().setPresenter(m_user, m_meeting.id, caseId, presenter, slotMinutes),
                           tr("Agenda"));
    m_agendaView->selectRow(row);
    return ok;
}

bool MeetingsPage::cancelMeeting(const QString& reason)
{
    return report(m_ws.meetings().cancel(m_user, m_meeting.id, m_meeting.rowVersion, reason),
                  tr("Meeting not cancelled"));
}

bool MeetingsPage::signMinutes()
{
    SignatureDialog dialog(m_user.printedName, tr("Board chair"), services::MeetingService::minutesMeaning(),
                           this);
    while (dialog.exec() == QDialog::Accepted) {
        auto m = m_ws.meetings().signMinutes(m_user, m_meeting.id, dialog.password());
        if (m.ok())
            return report({}, {});
        dialog.showError(m.error().message);
    }
    return false;
}

bool MeetingsPage::exportMinutes(const QString& path)
{
    auto doc = exports::DocumentExport(m_ws).exportToFile(m_user, exports::DocumentKind::Minutes,
                                                          m_meeting.id, path);
    if (!doc.ok()) {
        MessageBox::warning(this, tr("Minutes not exported"), doc.error().message);
        return false;
    }
    return true;
}

void MeetingsPage::startMeetingMode()
{
    auto* window = new MeetingModeWindow(m_ws, m_user, m_meeting.id);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &MeetingModeWindow::closed, this, [this] { showMeeting(m_meeting.id); });
    window->showFullScreen();
}

} // namespace cb::gui
