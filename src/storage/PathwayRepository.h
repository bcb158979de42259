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

// Pathway steps, monitoring assessments and follow-up visits (schema 3). Every write runs in the
// caller's Transaction.
class PathwayRepository
{
public:
    explicit PathwayRepository(Database& db) : m_db(db) {}

    Result<QList<core::PathwayEvent>> events(qint64 caseId); // in recording order
    Result<qint64> insertEvent(const core::PathwayEvent& event);

    Result<QList<core::Assessment>> assessments(qint64 caseId); // by time
    Result<qint64> insertAssessment(const core::Assessment& assessment);

    Result<QList<core::FollowUpVisit>> followUps(qint64 caseId); // by due date
    Result<std::optional<core::FollowUpVisit>> followUp(qint64 caseId, const QString& visit);
    Result<qint64> insertFollowUp(const core::FollowUpVisit& visit, const QDateTime& now);
    // Records the visit's outcome; Conflict when its row version is stale.
    Status updateFollowUp(const core::FollowUpVisit& visit, const QDateTime& now);
    // Visits of the cases in treatment or follow-up, by due date; openOnly: not done and due on
    // or before dueBy.
    Result<QList<core::FollowUpListEntry>> followUpList(bool openOnly, const QDate& dueBy);

private:
    Database& m_db;
};

} // namespace cb::storage
