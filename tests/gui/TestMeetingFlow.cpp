// GUI test: a short tumor board meeting offscreen — the coordinator schedules it on the
// meetings page, puts the ready case on the agenda and records who came; the chair opens meeting
// mode, the verdict taken there carries the meeting's attendance, and the chair signs the minutes.

#include "core/Clock.h"
#include "gui/MeetingModeWindow.h"
#include "gui/MeetingsPage.h"
#include "gui/MessageBox.h"
#include "gui/SignatureDialog.h"
#include "gui/models/MeetingModels.h"
#include "services/AuthService.h"
#include "services/CaseService.h"
#include "services/DecisionService.h"
#include "services/DemoProgram.h"
#include "services/MeetingService.h"
#include "services/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
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
        auto list = m_ws->cases().listCases(login(QStringLiteral("coordinator")), core::CaseState::ReadyForBoard);
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
        QCOMPARE(page.findChild<QTableView*>(QStringLiteral("agendaTable"))->model()->rowCount(), 1);

        // AND everyone invited is marked present, row by row, as the coordinator would
        auto* attendance = page.findChild<QTableView*>(QStringLiteral("attendanceTable"));
        const int people = attendance->model()->rowCount();
        QVERIFY(people >= 8);
        attendance->selectRow(0);
        for (int i = 0; i < people; ++i)
            QVERIFY2(page.setSelectedPresence(core::Presence::Present), qPrintable(gui::MessageBox::lastText()));
        for (const auto& a : page.currentMeeting().attendees)
            QCOMPARE(a.presence, core::Presence::Present);

        // THEN the chair sees the case in meeting mode with the verdict in reach
        m_clock->advanceSeconds(5 * 60);
        auto chair = login(QStringLiteral("chair"));
        gui::MeetingModeWindow mode(*m_ws, chair, meetingId);
        QCOMPARE(mode.caseCount(), 1);
        QCOMPARE(mode.currentCaseId(), caseId);
        QVERIFY(mode.findChild<QLabel*>(QStringLiteral("meetingModePosition"))->text().contains(QStringLiteral("1 of 1")));
        QVERIFY(mode.findChild<QPushButton*>(QStringLiteral("meetingModeVerdictButton"))->isEnabled());
        QVERIFY(!mode.findChild<QLabel*>(QStringLiteral("meetingModeOpinions"))->text().isEmpty());
        if (const QString dir = qEnvironmentVariable("CB_SCREENSHOT_DIR"); !dir.isEmpty()) {
            mode.resize(1920, 1080);
            mode.show();
            QVERIFY(QTest::qWaitForWindowExposed(&mode));
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

        // AND after the meeting the chair signs the minutes on the page; it is then frozen
        m_clock->advanceSeconds(30 * 60);
        gui::MeetingsPage chairPage(*m_ws, chair);
        chairPage.refresh();
        QVERIFY(chairPage.selectMeeting(meetingId));
        QVERIFY(chairPage.findChild<QPushButton*>(QStringLiteral("signMinutesButton"))->isEnabled());
        gui::SignatureDialog::setNextPassword(kPassword);
        QVERIFY(chairPage.signMinutes());
        QVERIFY(chairPage.currentMeeting().minutesSignature);
        QVERIFY(chairPage.findChild<QLabel*>(QStringLiteral("meetingHeader"))->text().contains(QStringLiteral("Minutes signed")));
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

    void specialistsReadButDoNotManage()
    {
        auto cardio = login(QStringLiteral("cardiology"));
        gui::MeetingsPage page(*m_ws, cardio);
        page.refresh();
        QVERIFY(page.currentMeetingId() > 0);
        for (const char* name : {"newMeetingButton", "addCaseButton", "markPresentButton", "cancelMeetingButton"}) {
            auto* b = page.findChild<QPushButton*>(QLatin1String(name));
            QVERIFY2(b && !b->isEnabled(), name);
        }
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("addCaseButton"))->toolTip().contains(QStringLiteral("coordinator")));
    }
};

QTEST_MAIN(TestMeetingFlow)
#include "TestMeetingFlow.moc"
