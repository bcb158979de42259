#pragma once

#include "core/Meeting.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace cb::presentation {

// Meetings by start time: when (local, with zone), type, mode, cases, status (past, upcoming,
// cancelled, minutes signed).
class MeetingListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, TypeColumn, ModeColumn, CasesColumn, StatusColumn, ColumnCount };
    explicit MeetingListModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}
    void setMeetings(QList<core::Meeting> meetings, QDateTime now);
    const core::Meeting* meetingAt(int row) const;
    int rowOf(qint64 meetingId) const;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::Meeting> m_meetings;
    QDateTime m_now;
};

// A meeting's agenda in order: patient, state, presenter, slot, readiness (what is missing).
class AgendaModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PositionColumn,
        PatientColumn,
        StateColumn,
        PresenterColumn,
        SlotColumn,
        ReadinessColumn,
        ColumnCount
    };
    explicit AgendaModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}
    void setMeeting(const core::Meeting& meeting);
    const core::AgendaItem* itemAt(int row) const;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    core::Meeting m_meeting;
};

// Who was invited and whether they came: name, specialty, presence, arrival, departure.
class AttendanceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, DisciplineColumn, PresenceColumn, ArrivedColumn, LeftColumn, ColumnCount };
    explicit AttendanceModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}
    void setAttendees(QList<core::Attendee> attendees);
    const core::Attendee* attendeeAt(int row) const;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::Attendee> m_attendees;
};

} // namespace cb::presentation
