#pragma once

#include "core/Result.h"
#include "core/Review.h"

#include <QList>
#include <functional>
#include <optional>

namespace cb::storage {

class Database;

// Opinions, signatures, decisions, dissent, actions and communications. Every write runs in the
// caller's Transaction; signed rows are also protected by database triggers.
class ReviewRepository
{
public:
    explicit ReviewRepository(Database& db) : m_db(db) {}

    // Every version of every discipline's opinion on the case, oldest first, with signatures.
    Result<QList<core::Opinion>> opinions(qint64 caseId);
    Result<std::optional<core::Opinion>> opinionById(qint64 id);
    Result<qint64> insertOpinion(const core::Opinion& opinion);
    Status updateDraftOpinion(const core::Opinion& opinion); // Conflict when row_version is stale
    Status markOpinionSigned(qint64 id, qint64 rowVersion);

    Result<QList<core::Decision>> decisions(qint64 caseId); // oldest first, with dissent and actions
    Result<std::optional<core::Decision>> decisionById(qint64 id);
    Result<qint64> insertDecision(const core::Decision& decision);
    Status updateDraftDecision(const core::Decision& decision);
    Status markDecisionSigned(qint64 id, qint64 rowVersion);
    Result<qint64> insertDissent(qint64 caseId, const core::Dissent& dissent);
    Result<qint64> insertAction(qint64 caseId, qint64 decisionId, const core::DecisionAction& action,
                                const QDateTime& createdAt);
    Status updateActionStatus(qint64 actionId, qint64 rowVersion, const QString& status);
    Result<qint64> insertCommunication(qint64 decisionId, const core::Communication& c, qint64 recordedBy,
                                       const QDateTime& now);

    Result<qint64> insertSignature(const core::Signature& signature);
    // Every signature in id order (audit verify checks each against its record).
    Status walkSignatures(const std::function<bool(const core::Signature&)>& visit);

private:
    Database& m_db;
};

} // namespace cb::storage
