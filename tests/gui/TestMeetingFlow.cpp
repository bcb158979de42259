// GUI test: a short tumor board meeting offscreen — the coordinator schedules it on the
// meetings page, puts the ready case on the agenda and records who came; the chair opens meeting
// mode, the verdict taken there carries the meeting's attendance, and the chair signs the minutes.

#include "core/Clock.h"
#include "gui/meetings/ActionsPage.h"
#include "gui/meetings/MeetingModeWindow.h"
#include "gui/meetings/MeetingsPage.h"
#include "gui/review/SignatureDialog.h"
#include "gui/widgets/MessageBox.h"
#include "presentation/BoardActionModel.h"
#include "presentation/MeetingModels.h"
#include "services/AuthService.h"
#include "services/CaseService.h"
#include "services/DecisionService.h"
#include "services/DemoProgram.h"
#include "services/MeetingService.h"
#include "services/Workspace.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cb;

namespace {
const QString kPassword = QStringLiteral("demo-password-for-gui-tests");
}

class TestMeetingFlow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<core::ManualClock> m_clock;
    std::unique_ptr<services::Workspace> m_ws;

    core::UserIdentity login(const QString& username)
    {
        auto r = m_ws->auth().login(username, kPassword);
        if (!r.ok())
            qFatal("login failed");
        return r->user;
    }

    qint64 readyCase()
    {
        auto list =
            m_ws->cases().listCases(login(QStringLiteral("coordinator")), core::CaseState::ReadyForBoard);
        return list.ok() && !list->isEmpty() ? list->first().caseId : 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clock = std::make_shared<core::ManualClock>(QDateTime::currentDateTimeUtc());
        auto ws = services::Workspace::open(m_dir.filePath(QStringLiteral("meeting.sqlite")),
                                            services::Workspace::OpenMode::CreateIfMissing, m_clock);
        QVERIFY(ws.ok());
        m_ws = std::move(ws).value();
        QVERIFY(services::DemoProgram(*m_ws).load(kPassword).ok());
    }

    void runsAShortMeeting()
    {
        const qint64 caseId = readyCase();
        QVERIFY(caseId);

        // GIVEN the coordinator on the meetings page, which opens on the next meeting
        auto coordinator = login(QStringLiteral("coordinator"));
        gui::MeetingsPage page(*m_ws, coordinator);
        page.refresh();
        QVERIFY(page.currentMeetingId() > 0);
        QVERIFY(!page.currentMeeting().isPast(m_clock->nowUtc()));

        // WHEN a meeting starting now is scheduled and the ready case put on its agenda
        services::MeetingInput in;
        in.startsAt = m_clock->nowUtc();
        in.durationMinutes = 30;
        in.mode = core::MeetingMode::Hybrid;
        in.location = QStringLiteral("Room 4.12");
        QVERIFY2(page.scheduleMeeting(in), qPrintable(gui::MessageBox::lastText()));
        const qint64 meetingId = page.currentMeetingId();
        QVERIFY2(page.addCase(caseId), qPrintable(gui::MessageBox::lastText()));
        auto* agenda = page.findChild<QTableView*>(QStringLiteral("agendaTable"));
        QCOMPARE(agenda->model()->rowCount(), 1);

        // AND gives it a presenter and a 20-minute slot; the agenda shows when it is discussed
        agenda->selectRow(0);
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("presenterButton"))->isEnabled());
        QVERIFY2(page.setSelectedPresenter(QStringLiteral("Dr. Presenting Hematologist"), 20),
                 qPrintable(gui::MessageBox::lastText()));
        QCOMPARE(page.currentMeeting().agenda.first().presenter,
                 QStringLiteral("Dr. Presenting Hematologist"));
        QCOMPARE(page.currentMeeting().agenda.first().slotMinutes, 20);
        const QString slotFrom = in.startsAt.toLocalTime().toString(QStringLiteral("HH:mm"));
        const QString slotTo = in.startsAt.addSecs(20 * 60).toLocalTime().toString(QStringLiteral("HH:mm"));
        const QString slotText =
            agenda->model()->index(0, presentation::AgendaModel::SlotColumn).data().toString();
        QVERIFY2(slotText.startsWith(slotFrom + QStringLiteral("–") + slotTo), qPrintable(slotText));
        QVERIFY(!agenda->model()
                     ->index(0, presentation::AgendaModel::SlotColumn)
                     .data(Qt::ToolTipRole)
                     .isValid());
        // a slot longer than the meeting is flagged
        QVERIFY(page.setSelectedPresenter(QStringLiteral("Dr. Presenting Hematologist"), 45));
        QVERIFY(agenda->model()
                    ->index(0, presentation::AgendaModel::SlotColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("planned end")));
        QVERIFY(page.setSelectedPresenter(QStringLiteral("Dr. Presenting Hematologist"), 20));
        // a slot out of range is refused with the reason
        gui::MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!page.setSelectedPresenter({}, 0));
        QVERIFY(gui::MessageBox::lastText().contains(QStringLiteral("1 to 240")));

        // AND everyone invited is marked present, row by row, as the coordinator would
        auto* attendance = page.findChild<QTableView*>(QStringLiteral("attendanceTable"));
        const int people = attendance->model()->rowCount();
        QVERIFY(people >= 8);
        attendance->selectRow(0);
        for (int i = 0; i < people; ++i)
            QVERIFY2(page.setSelectedPresence(core::Presence::Present),
                     qPrintable(gui::MessageBox::lastText()));
        for (const auto& a : page.currentMeeting().attendees)
            QCOMPARE(a.presence, core::Presence::Present);

        // THEN the chair sees the case in meeting mode with the verdict in reach
        m_clock->advanceSeconds(5 * 60);
        auto chair = login(QStringLiteral("chair"));
        gui::MeetingModeWindow mode(*m_ws, chair, meetingId);
        QCOMPARE(mode.caseCount(), 1);
        QCOMPARE(mode.currentCaseId(), caseId);
        const QString position = mode.findChild<QLabel*>(QStringLiteral("meetingModePosition"))->text();
        QVERIFY(position.contains(QStringLiteral("1 of 1")));
        QVERIFY2(position.contains(slotFrom + QStringLiteral("–") + slotTo), qPrintable(position));
        QVERIFY(position.contains(QStringLiteral("Dr. Presenting Hematologist")));
        QVERIFY(mode.findChild<QPushButton*>(QStringLiteral("meetingModeVerdictButton"))->isEnabled());
        QVERIFY(!mode.findChild<QLabel*>(QStringLiteral("meetingModeOpinions"))->text().isEmpty());
        // on the room's 1080p screen the type is about a 34th of the height, on every label and button
        mode.resize(1920, 1080);
        mode.show();
        QVERIFY(QTest::qWaitForWindowExposed(&mode));
        QCOMPARE(mode.findChild<QLabel*>(QStringLiteral("meetingModeOpinions"))->font().pixelSize(),
                 1080 / 34);
        QCOMPARE(mode.findChild<QPushButton*>(QStringLiteral("meetingModeNext"))->font().pixelSize(),
                 1080 / 34);
        if (const QString dir = qEnvironmentVariable("CB_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QVERIFY(mode.grab().save(dir + QStringLiteral("/meeting-mode.png")));
            page.resize(1600, 1000);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QVERIFY(page.grab().save(dir + QStringLiteral("/meetings.png")));
        }

        // WHEN the chair records and signs the verdict during the meeting
        services::DecisionInput verdict;
        verdict.verdict = core::Verdict::EligibleWithConditions;
        verdict.conditions = QStringLiteral("Repeat spirometry before lymphodepletion");
        verdict.rationale = QStringLiteral("Discussed in the meeting; concerns weighed.");
        QVERIFY(m_ws->decisions().recordDecision(chair, caseId, verdict).ok());
        auto signedVerdict = m_ws->decisions().signDecision(chair, caseId, kPassword);
        QVERIFY2(signedVerdict.ok(), qPrintable(signedVerdict.error().message));
        // THEN it carries this meeting's attendance, met
        const QJsonObject att = signedVerdict->quorum.value(QStringLiteral("attendance")).toObject();
        QCOMPARE(att.value(QStringLiteral("meeting_id")).toInteger(), meetingId);
        QVERIFY(att.value(QStringLiteral("met")).toBool());

        // AND a member leaves before the end: the departure is recorded now, the arrival kept
        attendance->selectRow(0);
        const qint64 leaver = page.currentMeeting().attendees.first().userId;
        QVERIFY2(page.markSelectedLeft(), qPrintable(gui::MessageBox::lastText()));
        for (const auto& a : page.currentMeeting().attendees)
            if (a.userId == leaver) {
                QCOMPARE(a.leftAt, m_clock->nowUtc());
                QCOMPARE(a.presence, core::Presence::Present);
            }
        QVERIFY(!attendance->model()
                     ->index(0, presentation::AttendanceModel::LeftColumn)
                     .data()
                     .toString()
                     .isEmpty());
        // AND times are corrected through Times…; leaving before arriving is refused
        attendance->selectRow(0);
        gui::MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!page.setSelectedTimes(in.startsAt.addSecs(600), in.startsAt.addSecs(300)));
        QVERIFY(gui::MessageBox::lastText().contains(QStringLiteral("before arriving")));
        attendance->selectRow(0);
        QVERIFY(page.setSelectedTimes(in.startsAt.addSecs(120), in.startsAt.addSecs(25 * 60)));
        for (const auto& a : page.currentMeeting().attendees)
            if (a.userId == leaver) {
                QCOMPARE(a.arrivedAt, in.startsAt.addSecs(120));
                QCOMPARE(a.leftAt, in.startsAt.addSecs(25 * 60));
            }

        // AND after the meeting the chair signs the minutes on the page; it is then frozen
        m_clock->advanceSeconds(30 * 60);
        gui::MeetingsPage chairPage(*m_ws, chair);
        chairPage.refresh();
        QVERIFY(chairPage.selectMeeting(meetingId));
        QVERIFY(chairPage.findChild<QPushButton*>(QStringLiteral("signMinutesButton"))->isEnabled());
        gui::SignatureDialog::setNextPassword(kPassword);
        QVERIFY(chairPage.signMinutes());
        QVERIFY(chairPage.currentMeeting().minutesSignature);
        QVERIFY(chairPage.findChild<QLabel*>(QStringLiteral("meetingHeader"))
                    ->text()
                    .contains(QStringLiteral("Minutes signed")));
        QVERIFY(!chairPage.findChild<QPushButton*>(QStringLiteral("addCaseButton"))->isEnabled());
        QVERIFY(!chairPage.findChild<QPushButton*>(QStringLiteral("signMinutesButton"))->isEnabled());
        // AND exports them as a PDF from the page
        const QString pdf = m_dir.filePath(QStringLiteral("minutes.pdf"));
        QVERIFY2(chairPage.exportMinutes(pdf), qPrintable(gui::MessageBox::lastText()));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY((QFileInfo(pdf).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    }

    void reschedulesWithAReason()
    {
        // GIVEN the coordinator on the next (demo) meeting
        auto coordinator = login(QStringLiteral("coordinator"));
        gui::MeetingsPage page(*m_ws, coordinator);
        page.refresh();
        const core::Meeting before = page.currentMeeting();
        QVERIFY(before.id > 0);
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("rescheduleButton"))->isEnabled());
        // WHEN it moves without a reason THEN it is refused and unchanged
        const QDateTime later = before.startsAt.addDays(1);
        gui::MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!page.rescheduleMeeting(later, 90, QStringLiteral("Room 2"), QStringLiteral("  ")));
        QVERIFY(gui::MessageBox::lastText().contains(QStringLiteral("why")));
        QCOMPARE(page.currentMeeting().startsAt, before.startsAt);
        // WHEN it moves with one THEN time, duration and room change and the dialog offers them
        QVERIFY2(page.rescheduleMeeting(later, 90, QStringLiteral("Room 2"),
                                        QStringLiteral("Chair at a congress")),
                 qPrintable(gui::MessageBox::lastText()));
        QCOMPARE(page.currentMeeting().startsAt, later);
        QCOMPARE(page.currentMeeting().durationMinutes, 90);
        QCOMPARE(page.currentMeeting().location, QStringLiteral("Room 2"));
        gui::MeetingDialog dialog(page.currentMeeting());
        QVERIFY(!dialog.findChild<QComboBox*>(QStringLiteral("meetingTypeCombo"))->isEnabled());
        QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("meetingReasonEdit")));
        QCOMPARE(dialog.input().durationMinutes, 90);
    }

    void listsActionsAcrossMeetings()
    {
        // GIVEN the demo program's verdicts with their actions
        auto coordinator = login(QStringLiteral("coordinator"));
        gui::ActionsPage page(*m_ws, coordinator);
        page.refresh();
        auto* table = page.findChild<QTableView*>(QStringLiteral("actionsTable"));
        auto* model = page.model();
        QVERIFY(model->rowCount() > 0);
        // THEN open ones are listed, overdue first, each with the meeting its verdict was taken in
        bool seenOnTime = false;
        for (int r = 0; r < model->rowCount(); ++r) {
            QCOMPARE(model->actionAt(r)->action.status, QStringLiteral("open"));
            seenOnTime = seenOnTime || !model->actionAt(r)->overdue;
            QVERIFY2(!(seenOnTime && model->actionAt(r)->overdue), "overdue actions come first");
        }
        bool inMeeting = false;
        for (int r = 0; r < model->rowCount(); ++r)
            inMeeting = inMeeting || model->actionAt(r)->meetingId > 0;
        QVERIFY(inMeeting);
        // AND each says where its verdict was taken and with what attendance (or outside a meeting)
        using Column = presentation::BoardActionModel;
        QCOMPARE(model->headerData(Column::AttendanceColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Attendance"));
        for (int r = 0; r < model->rowCount(); ++r) {
            const auto* a = model->actionAt(r);
            const QString meeting = model->index(r, Column::MeetingColumn).data().toString();
            const QString attendance = model->index(r, Column::AttendanceColumn).data().toString();
            if (a->verdict.inMeeting()) {
                QVERIFY2(meeting.startsWith(QStringLiteral("Meeting of ")), qPrintable(meeting));
                QVERIFY2(attendance.contains(QStringLiteral(" present, rule ")), qPrintable(attendance));
            } else if (a->verdict.where == core::VerdictMeeting::Where::Outside) {
                QCOMPARE(meeting, QStringLiteral("Outside a meeting"));
                QVERIFY(model->index(r, Column::MeetingColumn).data(Qt::FontRole).value<QFont>().bold());
            }
            QVERIFY(!model->index(r, Column::AttendanceColumn).data(Qt::ToolTipRole).toString().isEmpty());
        }

        // WHEN the coordinator marks the first one done
        table->selectRow(0);
        const qint64 actionId = model->actionAt(0)->action.id;
        const int openBefore = model->rowCount();
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("actionDoneButton"))->isEnabled());
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("actionReopenButton"))->isEnabled());
        QVERIFY2(page.setSelectedStatus(QStringLiteral("done")), qPrintable(gui::MessageBox::lastText()));
        // THEN it leaves the open list and shows as done among all actions
        QCOMPARE(model->rowCount(), openBefore - 1);
        QCOMPARE(model->rowOf(actionId), -1);
        page.setShowAll(true);
        const int row = model->rowOf(actionId);
        QVERIFY(row >= 0);
        QCOMPARE(model->actionAt(row)->action.status, QStringLiteral("done"));
        QVERIFY(!model->actionAt(row)->overdue);
        if (const QString dir = qEnvironmentVariable("CB_SCREENSHOT_DIR"); !dir.isEmpty()) {
            page.resize(1366, 700); // the page inside a 1366×768 window
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QVERIFY(page.grab().save(dir + QStringLiteral("/actions.png")));
        }
        // AND it can be reopened
        QVERIFY(page.selectAction(actionId));
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("actionReopenButton"))->isEnabled());
        QVERIFY(page.setSelectedStatus(QStringLiteral("open")));
        QCOMPARE(model->actionAt(model->rowOf(actionId))->action.status, QStringLiteral("open"));

        // AND a specialist reads the list but cannot change it
        gui::ActionsPage readOnly(*m_ws, login(QStringLiteral("cardiology")));
        readOnly.refresh();
        readOnly.findChild<QTableView*>(QStringLiteral("actionsTable"))->selectRow(0);
        QVERIFY(!readOnly.findChild<QPushButton*>(QStringLiteral("actionDoneButton"))->isEnabled());
        QVERIFY(readOnly.findChild<QPushButton*>(QStringLiteral("actionDoneButton"))
                    ->toolTip()
                    .contains(QStringLiteral("coordinator")));
    }

    void specialistsReadButDoNotManage()
    {
        auto cardio = login(QStringLiteral("cardiology"));
        gui::MeetingsPage page(*m_ws, cardio);
        page.refresh();
        QVERIFY(page.currentMeetingId() > 0);
        for (const char* name :
             {"newMeetingButton", "addCaseButton", "markPresentButton", "cancelMeetingButton",
              "rescheduleButton", "presenterButton", "attendanceTimesButton", "markLeftButton"}) {
            auto* b = page.findChild<QPushButton*>(QLatin1String(name));
            QVERIFY2(b && !b->isEnabled(), name);
        }
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("addCaseButton"))
                    ->toolTip()
                    .contains(QStringLiteral("coordinator")));
    }
};

QTEST_MAIN(TestMeetingFlow)
#include "TestMeetingFlow.moc"
