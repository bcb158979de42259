#pragma once

#include "core/Meeting.h"
#include "core/UserIdentity.h"
#include "services/MeetingService.h"

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace cb::services {
class Workspace;
}

namespace cb::presentation {
class AgendaModel;
class AttendanceModel;
class MeetingListModel;
} // namespace cb::presentation

namespace cb::gui {

// The details of a new meeting, or (second constructor) a new time for an existing one with the
// reason it moves; type and mode stay as they are then.
class MeetingDialog : public QDialog
{
    Q_OBJECT
public:
    MeetingDialog(const QDateTime& suggestedStart, QWidget* parent = nullptr);
    MeetingDialog(const core::Meeting& existing, QWidget* parent = nullptr);
    services::MeetingInput input() const;
    QString reason() const;

private:
    void build(const QDateTime& start);

    QDateTimeEdit* m_start = nullptr;
    QSpinBox* m_duration = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_mode = nullptr;
    QLineEdit* m_location = nullptr;
    QLineEdit* m_reason = nullptr;
    QFormLayout* m_form = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

// Who presents an agenda case and how long its slot is.
class AgendaItemDialog : public QDialog
{
    Q_OBJECT
public:
    AgendaItemDialog(const core::AgendaItem& item, const QStringList& members, QWidget* parent = nullptr);
    QString presenter() const;
    int slotMinutes() const;

private:
    QComboBox* m_presenter = nullptr;
    QSpinBox* m_slot = nullptr;
};

// A present member's arrival and departure times (each optional).
class AttendanceTimesDialog : public QDialog
{
    Q_OBJECT
public:
    AttendanceTimesDialog(const core::Attendee& attendee, const core::Meeting& meeting,
                          QWidget* parent = nullptr);
    QDateTime arrivedAt() const; // UTC; invalid when not recorded
    QDateTime leftAt() const;

private:
    QCheckBox* m_hasArrived = nullptr;
    QDateTimeEdit* m_arrived = nullptr;
    QCheckBox* m_hasLeft = nullptr;
    QDateTimeEdit* m_left = nullptr;
};

// Tumor board meetings: the calendar-like list of upcoming and past meetings; for the selected
// one its agenda (order, presenter, slot, readiness), attendance and conflicts of interest, and
// the chair's minutes signature; meeting mode for the shared screen.
class MeetingsPage : public QWidget
{
    Q_OBJECT
public:
    MeetingsPage(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent = nullptr);

    void refresh();
    bool selectMeeting(qint64 meetingId);
    qint64 currentMeetingId() const { return m_meeting.id; }
    const core::Meeting& currentMeeting() const { return m_meeting; }

    // What the buttons do once their input is known; false when refused (message shown).
    bool scheduleMeeting(const services::MeetingInput& input);
    bool addCase(qint64 caseId);
    int addSuggestedCases();
    bool removeSelectedCase();
    bool moveSelectedCase(int delta);
    bool setSelectedPresence(core::Presence presence);
    bool setSelectedConflict(const QString& reason); // empty reason clears it
    bool cancelMeeting(const QString& reason);
    bool rescheduleMeeting(const QDateTime& startsAt, int durationMinutes, const QString& location,
                           const QString& reason);
    bool setSelectedPresenter(const QString& presenter, int slotMinutes);
    // The selected member's arrival and departure (invalid = not recorded); present members only.
    bool setSelectedTimes(const QDateTime& arrivedAt, const QDateTime& leftAt);
    // The selected present member leaves now (arrival kept).
    bool markSelectedLeft();
    bool signMinutes(); // asks for the password through SignatureDialog
    // The minutes as a PDF (DRAFT until signed), written atomically and audited.
    bool exportMinutes(const QString& path);
    void startMeetingMode();

signals:
    void openCaseRequested(qint64 caseId);

private:
    void showMeeting(qint64 meetingId);
    void updateButtons();
    bool report(const Status& st, const QString& title);
    qint64 selectedCaseId() const;
    const core::Attendee* selectedAttendee() const;

    services::Workspace& m_ws;
    core::UserIdentity m_user;
    core::Meeting m_meeting;
    presentation::MeetingListModel* m_list = nullptr;
    presentation::AgendaModel* m_agenda = nullptr;
    presentation::AttendanceModel* m_attendance = nullptr;
    QTableView* m_listView = nullptr;
    QTableView* m_agendaView = nullptr;
    QTableView* m_attendanceView = nullptr;
    QLabel* m_header = nullptr;
    QList<QPushButton*> m_manageButtons;
    QPushButton* m_new = nullptr;
    QPushButton* m_sign = nullptr;
    QPushButton* m_mode = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_openCase = nullptr;
};

} // namespace cb::gui
