#include "services/MonitoringService.h"

#include "core/PermissionPolicy.h"
#include "core/grading/GradingVocabulary.h"
#include "core/pathway/PathwayRules.h"
#include "platform/Logging.h"
#include "services/AuditTrail.h"
#include "storage/CaseRepository.h"
#include "storage/PathwayRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace cb::services {

namespace {

const QString kCase = QStringLiteral("clinical_case");

} // namespace

core::AssessmentJson::Defaults MonitoringView::defaultsAt(const QDateTime& time) const
{
    core::AssessmentJson::Defaults d;
    if (birthDate.isValid() && time.isValid()) {
        const QDate day = time.date();
        int years = day.year() - birthDate.year();
        if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
            --years;
        d.ageYears = std::max(0, years);
    }
    const QDateTime utc = time.toUTC();
    for (const core::Assessment& a : assessments)
        if (a.assessedAt < utc && a.crsGrade > 0 &&
            core::AssessmentJson::interventionsFromJson(a.interventions).anticytokineOrSteroid())
            d.priorCrsTreatedWithAnticytokine = true;
    return d;
}

int MonitoringView::dayOf(const QDateTime& time) const
{
    return infusionDate.isValid() ? int(infusionDate.daysTo(time.date())) : 0;
}

Result<MonitoringView> MonitoringService::load(qint64 caseId)
{
    auto rec = storage::CaseRepository(m_db).caseById(caseId);
    if (!rec.ok())
        return rec.error();
    if (!rec->has_value())
        return Error::notFound(tr("There is no case %1.").arg(caseId));
    storage::PathwayRepository repo(m_db);
    auto events = repo.events(caseId);
    if (!events.ok())
        return events.error();
    auto assessments = repo.assessments(caseId);
    if (!assessments.ok())
        return assessments.error();
    MonitoringView v;
    v.caseId = caseId;
    v.state = (*rec)->state;
    v.birthDate = (*rec)->patient.birthDate;
    if (const auto* day0 = core::PathwayRules::infusion(*events))
        v.infusionDate = day0->date;
    v.assessments = *assessments;
    v.summary = core::MonitoringSummary::of(v.assessments);
    return v;
}

Result<MonitoringView> MonitoringService::monitoring(const core::UserIdentity& actor, qint64 caseId)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::ReadCases); !st.ok())
        return AuditTrail(m_db, m_clock)
            .recordDenial(actor, st, QStringLiteral("monitoring.view"), kCase, QString::number(caseId))
            .error();
    return load(caseId);
}

Result<core::Assessment> MonitoringService::recordAssessment(const core::UserIdentity& actor, qint64 caseId,
                                                             const QJsonObject& entry)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::RecordMonitoring); !st.ok())
        return AuditTrail(m_db, m_clock)
            .recordDenial(actor, st, QStringLiteral("assessment.record"), kCase, QString::number(caseId))
            .error();
    storage::Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    auto view = load(caseId);
    if (!view.ok())
        return view.error();
    if (view->state == core::CaseState::Closed)
        return Error::invalidState(tr("Case %1 is closed; no assessment can be added.").arg(caseId));
    if (!view->infusionDate.isValid())
        return Error::invalidState(
            tr("Case %1 has no infusion recorded: monitoring starts on day 0, record the infusion first.").arg(caseId));
    const QDateTime time = entry.value(QStringLiteral("time")).isString()
                               ? QDateTime::fromString(entry.value(QStringLiteral("time")).toString(), Qt::ISODate)
                               : QDateTime();
    auto input = core::AssessmentJson::parse(entry, view->defaultsAt(time));
    if (!input.ok())
        return input.error();
    const int day = view->dayOf(input->time);
    if (day < 0)
        return Error::badInput(tr("time: %1 is before the infusion on %2 (day 0).")
                                   .arg(input->time.toString(Qt::ISODate),
                                        view->infusionDate.toString(Qt::ISODate)));
    if (input->time.toUTC() > m_clock.nowUtc())
        return Error::badInput(tr("time: %1 is in the future.").arg(input->time.toString(Qt::ISODate)));

    const core::AssessmentResult result = core::AssessmentJson::evaluate(*input);
    core::Assessment a;
    a.caseId = caseId;
    a.assessedAt = input->time.toUTC();
    a.day = day;
    a.inputs = input->raw;
    a.outputs = core::AssessmentJson::outputsToJson(result, *input);
    a.crsGrade = result.crs.grade;
    a.icansGrade = result.icans.grade;
    a.iceScore = result.iceDone ? result.ice.score : input->icans.iceScore.value_or(-1);
    a.temperatureC = result.crs.temperatureC;
    a.interventions = core::AssessmentJson::interventionsToJson(input->interventions);
    a.attributableToOtherCause = input->attributableToOtherCause;
    a.freeText = input->freeText;
    a.ruleVersion = QString::fromLatin1(core::kRuleAstct2019);
    a.assessorId = actor.id;
    a.assessorName = actor.printedName;
    a.recordedAt = m_clock.nowUtc();
    auto id = storage::PathwayRepository(m_db).insertAssessment(a);
    if (!id.ok())
        return id.error();
    a.id = *id;
    a.rowVersion = 1;
    if (auto st = AuditTrail(m_db, m_clock)
                      .record(actor, QStringLiteral("assessment.record"), kCase, QString::number(caseId), {},
                              {{QStringLiteral("assessment_id"), a.id},
                               {QStringLiteral("day"), a.day},
                               {QStringLiteral("crs_grade"), a.crsGrade},
                               {QStringLiteral("icans_grade"), a.icansGrade},
                               {QStringLiteral("rule_version"), a.ruleVersion}});
        !st.ok())
        return st.error();
    if (auto st = tx.commit(); !st.ok())
        return st.error();
    CB_LOG_INFO("case {}: assessment {} (day {}) recorded by user {}", caseId, a.id, a.day, actor.id);
    return a;
}

} // namespace cb::services
