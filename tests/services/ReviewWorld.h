#pragma once

// The cast and the cases of the review tests: a Workspace on a test database (either backend)
// with a manual clock, users inserted with a cheap Argon2id hash (signing verifies the password
// every time; the interactive cost would make a permission matrix crawl), and builders that
// take a fresh case to the state a test starts from, through the real services.

#include "core/Clock.h"
#include "core/Review.h"
#include "core/UserIdentity.h"
#include "services/DecisionService.h"
#include "services/ReviewService.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <memory>

namespace cb::services {
class Workspace;
}

namespace cb::test {

class ReviewWorld
{
public:
    // 2026-11-25 10:00 UTC, the day the review tests happen.
    static QDateTime now();
    // Every user's password.
    static QString password();
    static std::unique_ptr<services::Workspace> open(const QString& url,
                                                     std::shared_ptr<const core::Clock> clock);

    explicit ReviewWorld(const QString& url);
    ~ReviewWorld();

    bool ok() const { return m_ws != nullptr; }
    services::Workspace& ws() { return *m_ws; }
    core::ManualClock& clock() { return *m_clock; }

    // A user with these roles; an invalid identity (with a warning) on failure.
    core::UserIdentity addUser(const QString& username, const QList<core::Role>& roles,
                               const QList<core::Discipline>& disciplines = {});
    // The cast that prepares cases: one specialist per discipline, a chair, a coordinator.
    core::UserIdentity specialist(core::Discipline d);
    core::UserIdentity chair();
    core::UserIdentity coordinator();

    // A new referral moved to work_up (or left referred); 0 (with a warning) on failure.
    qint64 newCase(core::CaseState state = core::CaseState::WorkUp);
    // The same for an indication and intended product (newCase: LBCL, no product).
    qint64 newCase(core::Indication indication, const QString& product,
                   core::CaseState state = core::CaseState::WorkUp);
    // A draft by the discipline's specialist; signOpinion signs the current draft.
    bool recordOpinion(qint64 caseId, core::Discipline d, const QJsonObject& answers = {},
                       core::Recommendation r = core::Recommendation::Supports);
    bool signOpinion(qint64 caseId, core::Discipline d);
    // Every required discipline's opinion recorded (answers by discipline, if given) and signed:
    // the case is ready for the board.
    bool signAllRequired(qint64 caseId, const QHash<core::Discipline, QJsonObject>& answers = {});
    // A new case ready for the board.
    qint64 readyCase();
    bool recordDecision(qint64 caseId, const services::DecisionInput& input = eligible());
    bool signDecision(qint64 caseId);
    static services::DecisionInput eligible();

private:
    std::shared_ptr<core::ManualClock> m_clock;
    std::unique_ptr<services::Workspace> m_ws;
    QHash<QString, core::UserIdentity> m_cast;
    int m_cases = 0;
};

} // namespace cb::test
