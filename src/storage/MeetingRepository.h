#pragma once

#include "core/Meeting.h"
#include "core/Result.h"

#include <QList>
#include <optional>

namespace cb::storage {

class Database;

// Meetings, their agenda, attendance and conflict-of-interest exclusions. Writes run in the
// caller's Transaction; signed minutes are frozen by database triggers as well.
class MeetingRepository
{
public:
    explicit MeetingRepository(Database& db) : m_db(db) {}

    // Meetings starting in [from, to) (either bound may be invalid = open), by start time,
    // without agenda and attendance (counts are enough for lists).
    Result<QList<core::Meeting>> list(const QDateTime& from = {}, const QDateTime& to = {});
    // One meeting with its agenda (in order, with exclusions), attendance and minutes signature.
    Result<std::optional<core::Meeting>> find(qint64 id);
    Result<qint64> insert(const core::Meeting& meeting, const QDateTime& now);
    // Time, duration, type, mode, location, chair, status and cancel reason; Conflict when stale.
    Status update(const core::Meeting& meeting, const QDateTime& now);
    Status markMinutesSigned(qint64 id, qint64 rowVersion, const QDateTime& now);

    Result<qint64> insertAgendaItem(const core::AgendaItem& item);
    Status updateAgendaItem(const core::AgendaItem& item); // position, presenter, slot; Conflict when stale
    Status deleteAgendaItem(qint64 id, qint64 rowVersion);
    Status setExclusion(qint64 agendaItemId, qint64 userId, bool excluded, const QString& reason);
    // Meetings (not cancelled) whose agenda holds the case, newest first.
    Result<QList<qint64>> meetingsForCase(qint64 caseId);

    // Actions set with verdicts, open ones only or all, by due date (undated last), with the
    // verdict they belong to and its stored quorum (which names the meeting it was taken in).
    struct ActionRow
    {
        qint64 caseId = 0;
        qint64 decisionId = 0;
        QString quorumJson;
        core::DecisionAction action;
    };
    Result<QList<ActionRow>> actions(bool openOnly);

    Result<qint64> insertAttendee(const core::Attendee& attendee);
    Status updateAttendee(const core::Attendee& attendee); // Conflict when stale

private:
    Database& m_db;
};

} // namespace cb::storage
