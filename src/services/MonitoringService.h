#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/UserIdentity.h"
#include "core/Vocabulary.h"
#include "core/pathway/AssessmentJson.h"
#include "core/pathway/MonitoringSummary.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cb::storage {
class Database;
}

namespace cb::services {

class SettingsService;

// A case's monitoring sheet: every assessment since the infusion and the worst grades.
struct MonitoringView
{
    qint64 caseId = 0;
    core::CaseState state = core::CaseState::Referred;
    QDate infusionDate;                  // day 0; invalid until the infusion is recorded
    QDate birthDate;                     // for the ICANS age (CAPD at ≤12 years)
    QList<core::Assessment> assessments; // by time, voided and superseded ones included
    core::MonitoringSummary summary;     // of the current assessments

    // The defaults an entry at `time` is graded with: the age then, and whether CRS had already
    // been treated with tocilizumab or steroids (fever is then no longer required), from the
    // current assessments other than `replacing` (the one a correction replaces).
    core::AssessmentJson::Defaults defaultsAt(const QDateTime& time, qint64 replacing = 0) const;
    // The patient's age in whole years on a day; -1 when the birth date is not recorded.
    int ageOn(const QDate& day) const;
    // The current assessments (for charts and summaries).
    QList<core::Assessment> current() const;
    // Days since infusion of an entry at `time` (its own clinical date).
    int dayOf(const QDateTime& time) const;
};

// Toxicity monitoring from day 0 (SPEC §1, §5 step 9, §6): each assessment is graded with the
// ASTCT 2019 calculators and stored with its inputs, units, outputs, rule version and assessor.
class MonitoringService
{
    Q_DECLARE_TR_FUNCTIONS(cb::services::MonitoringService)
public:
    MonitoringService(storage::Database& db, const core::Clock& clock, SettingsService& settings)
        : m_db(db), m_clock(clock), m_settings(settings)
    {
    }

    Result<MonitoringView> monitoring(const core::UserIdentity& actor, qint64 caseId);
    // Grades and stores one assessment (the JSON of core::AssessmentJson) with the configured
    // grading conventions (recorded in its outputs).
    Result<core::Assessment> recordAssessment(const core::UserIdentity& actor, qint64 caseId,
                                              const QJsonObject& entry);
    // Voids an assessment with a reason: it stays on the sheet, marked, and no longer counts for
    // grades, summaries or the chart. rowVersion: the version the user saw (0: the current one).
    Result<core::Assessment> voidAssessment(const core::UserIdentity& actor, qint64 caseId,
                                            qint64 assessmentId, const QString& reason,
                                            qint64 rowVersion = 0);
    // Corrects an assessment: `entry` is graded and stored as its replacement (`supersedes`), the
    // original becomes superseded and keeps its data.
    Result<core::Assessment> correctAssessment(const core::UserIdentity& actor, qint64 caseId,
                                               qint64 assessmentId, const QJsonObject& entry,
                                               qint64 rowVersion = 0);

private:
    Result<MonitoringView> load(qint64 caseId);
    // The view of a case for a change of its monitoring (inside the act that locked it); refuses a
    // closed case or one without an infusion.
    Result<MonitoringView> loadForChange(qint64 caseId);
    // Grades an entry into an assessment ready to insert (id 0).
    Result<core::Assessment> grade(const core::UserIdentity& actor, const MonitoringView& view,
                                   const QJsonObject& entry, qint64 replacing);

    storage::Database& m_db;
    const core::Clock& m_clock;
    SettingsService& m_settings;
};

} // namespace cb::services
