#pragma once

#include <QCoreApplication>
#include "core/Clock.h"
#include "core/Result.h"
#include "core/UserIdentity.h"
#include "core/Vocabulary.h"
#include "core/pathway/AssessmentJson.h"
#include "core/pathway/MonitoringSummary.h"

#include <QJsonObject>

namespace cb::storage {
class Database;
}

namespace cb::services {

// A case's monitoring sheet: every assessment since the infusion and the worst grades.
struct MonitoringView
{
    qint64 caseId = 0;
    core::CaseState state = core::CaseState::Referred;
    QDate infusionDate;  // day 0; invalid until the infusion is recorded
    QDate birthDate;     // for the ICANS age (CAPD at ≤12 years)
    QList<core::Assessment> assessments; // by time
    core::MonitoringSummary summary;

    // The defaults an entry at `time` is graded with: the age then, and whether CRS had already
    // been treated with tocilizumab or steroids (fever is then no longer required).
    core::AssessmentJson::Defaults defaultsAt(const QDateTime& time) const;
    // Days since infusion of an entry at `time` (its own clinical date).
    int dayOf(const QDateTime& time) const;
};

// Toxicity monitoring from day 0 (SPEC §1, §5 step 9, §6): each assessment is graded with the
// ASTCT 2019 calculators and stored with its inputs, units, outputs, rule version and assessor.
class MonitoringService
{
    Q_DECLARE_TR_FUNCTIONS(cb::services::MonitoringService)
public:
    MonitoringService(storage::Database& db, const core::Clock& clock) : m_db(db), m_clock(clock) {}

    Result<MonitoringView> monitoring(const core::UserIdentity& actor, qint64 caseId);
    // Grades and stores one assessment (the JSON of core::AssessmentJson).
    Result<core::Assessment> recordAssessment(const core::UserIdentity& actor, qint64 caseId,
                                              const QJsonObject& entry);

private:
    Result<MonitoringView> load(qint64 caseId);

    storage::Database& m_db;
    const core::Clock& m_clock;
};

} // namespace cb::services
