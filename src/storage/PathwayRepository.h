#pragma once

#include "core/Result.h"
#include "core/pathway/Assessment.h"
#include "core/pathway/FollowUpVisit.h"
#include "core/pathway/PathwayEvent.h"

#include <QDate>
#include <QList>
#include <optional>

namespace cb::storage {

class Database;

// Pathway steps, monitoring assessments and follow-up visits (schemas 3 and 5). Every write runs in the
// caller's Transaction.
class PathwayRepository
{
public:
    explicit PathwayRepository(Database& db) : m_db(db) {}

    // Voided and superseded records are listed too (with their RecordCorrection).
    Result<QList<core::PathwayEvent>> events(qint64 caseId); // in recording order
    Result<std::optional<core::PathwayEvent>> event(qint64 caseId, qint64 eventId);
    // Inserts the step (a correction names the step it replaces in correction.supersedes).
    Result<qint64> insertEvent(const core::PathwayEvent& event);
    // Marks a current step voided (who, when, why) or superseded by its replacement; Conflict
    // when the row version is stale or the step is no longer current.
    Status voidEvent(qint64 eventId, qint64 rowVersion, qint64 by, const QString& reason,
                     const QDateTime& at);
    Status supersedeEvent(qint64 eventId, qint64 rowVersion, qint64 replacementId);

    Result<QList<core::Assessment>> assessments(qint64 caseId); // by time
    Result<std::optional<core::Assessment>> assessment(qint64 caseId, qint64 assessmentId);
    Result<qint64> insertAssessment(const core::Assessment& assessment);
    Status voidAssessment(qint64 assessmentId, qint64 rowVersion, qint64 by, const QString& reason,
                          const QDateTime& at);
    Status supersedeAssessment(qint64 assessmentId, qint64 rowVersion, qint64 replacementId);

    Result<QList<core::FollowUpVisit>> followUps(qint64 caseId); // by due date
    Result<std::optional<core::FollowUpVisit>> followUp(qint64 caseId, const QString& visit);
    Result<qint64> insertFollowUp(const core::FollowUpVisit& visit, const QDateTime& now);
    // Removes the visits without a result (generated from a day 0 that was voided or moved; a
    // visit with a result is never deleted, the database refuses it); returns how many.
    Result<int> unscheduleOpenFollowUps(qint64 caseId);
    // Records the visit's outcome; Conflict when its row version is stale.
    Status updateFollowUp(const core::FollowUpVisit& visit, const QDateTime& now);
    // Visits of the cases in treatment or follow-up, by due date; openOnly: not done and due on
    // or before dueBy.
    Result<QList<core::FollowUpListEntry>> followUpList(bool openOnly, const QDate& dueBy);

private:
    Database& m_db;
};

} // namespace cb::storage
