#include "services/MonitoringService.h"

#include "core/Clock.h"
#include "core/Lifecycle.h"
#include "core/PermissionPolicy.h"
#include "core/grading/GradingVocabulary.h"
#include "core/pathway/CorrectionRules.h"
#include "core/pathway/PathwayRules.h"
#include "platform/Logging.h"
#include "services/AuditTrail.h"
#include "services/ClinicalAct.h"
#include "services/SettingsService.h"
#include "storage/CaseRepository.h"
#include "storage/PathwayRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace cb::services {

int MonitoringView::ageOn(const QDate& day) const
{
    if (!birthDate.isValid() || !day.isValid())
        return -1;
    int years = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --years;
    return std::max(0, years);
}

QList<core::Assessment> MonitoringView::current() const
{
    QList<core::Assessment> out;
    for (const core::Assessment& a : assessments)
        if (a.isCurrent())
            out << a;
    return out;
}

core::AssessmentJson::Defaults MonitoringView::defaultsAt(const QDateTime& time, qint64 replacing) const
{
    core::AssessmentJson::Defaults d;
    if (time.isValid() && birthDate.isValid())
        d.ageYears = ageOn(time.date());
    const QDateTime utc = time.toUTC();
    for (const core::Assessment& a : assessments)
        if (a.isCurrent() && a.id != replacing && a.assessedAt < utc && a.crsGrade > 0 &&
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
    if (auto st = require(m_db, m_clock, actor,
                          {core::Action::ReadCases, {}, QStringLiteral("monitoring.view"), caseId});
        !st.ok())
        return st.error();
    return load(caseId);
}

Result<MonitoringView> MonitoringService::loadForChange(qint64 caseId)
{
    auto view = load(caseId);
    if (!view.ok())
        return view.error();
    if (view->state == core::CaseState::Closed)
        return Error::invalidState(tr("Case %1 is closed; no assessment can be added.").arg(caseId));
    if (!core::Lifecycle::acceptsMonitoring(view->state, view->infusionDate.isValid()))
        return Error::invalidState(
            tr("Case %1 has no infusion recorded: monitoring starts on day 0, record the infusion first.")
                .arg(caseId));
    return view;
}

Result<core::Assessment> MonitoringService::grade(const core::UserIdentity& actor, const MonitoringView& view,
                                                  const QJsonObject& entry, qint64 replacing)
{
    const QDateTime time =
        entry.value(QStringLiteral("time")).isString()
            ? QDateTime::fromString(entry.value(QStringLiteral("time")).toString(), Qt::ISODate)
            : QDateTime();
    auto input = core::AssessmentJson::parse(entry, view.defaultsAt(time, replacing));
    if (!input.ok())
        return input.error();
    const int day = view.dayOf(input->time);
    if (day < 0)
        return Error::badInput(
                   tr("time: %1 is before the infusion on %2 (day 0).")
                       .arg(input->time.toString(Qt::ISODate), view.infusionDate.toString(Qt::ISODate)))
            .atField(QStringLiteral("time"));
    if (input->time.toUTC() > m_clock.nowUtc())
        return Error::badInput(tr("time: %1 is in the future.").arg(input->time.toString(Qt::ISODate)))
            .atField(QStringLiteral("time"));

    const core::GradingOptions conventions = m_settings.gradingOptions();
    const core::AssessmentResult result = core::AssessmentJson::evaluate(*input, conventions);
    core::Assessment a;
    a.caseId = view.caseId;
    a.assessedAt = input->time.toUTC();
    a.day = day;
    a.inputs = input->raw;
    a.outputs = core::AssessmentJson::outputsToJson(result, *input, conventions);
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
    a.correction.supersedes = replacing;
    return a;
}

Result<core::Assessment> MonitoringService::recordAssessment(const core::UserIdentity& actor, qint64 caseId,
                                                             const QJsonObject& entry)
{
    ClinicalAct act(m_db, m_clock, actor,
                    {core::Action::RecordMonitoring, {}, QStringLiteral("assessment.record"), caseId, false});
    if (!act.ok())
        return act.error();
    auto view = loadForChange(caseId);
    if (!view.ok())
        return view.error();
    auto graded = grade(actor, *view, entry, 0);
    if (!graded.ok())
        return graded.error();
    core::Assessment a = *graded;
    auto id = storage::PathwayRepository(m_db).insertAssessment(a);
    if (!id.ok())
        return id.error();
    a.id = *id;
    a.rowVersion = 1;
    if (auto st = act.audit({}, {{QStringLiteral("assessment_id"), a.id},
                                 {QStringLiteral("day"), a.day},
                                 {QStringLiteral("crs_grade"), a.crsGrade},
                                 {QStringLiteral("icans_grade"), a.icansGrade},
                                 {QStringLiteral("rule_version"), a.ruleVersion}});
        !st.ok())
        return st.error();
    if (auto st = act.commit(); !st.ok())
        return st.error();
    CB_LOG_INFO("case {}: assessment {} (day {}) recorded by user {}", caseId, a.id, a.day, actor.id);
    return a;
}

namespace {

QJsonObject auditOf(const core::Assessment& a)
{
    return {{QStringLiteral("assessment_id"), a.id},
            {QStringLiteral("day"), a.day},
            {QStringLiteral("time"), core::toIsoUtc(a.assessedAt)},
            {QStringLiteral("crs_grade"), a.crsGrade},
            {QStringLiteral("icans_grade"), a.icansGrade}};
}

} // namespace

Result<core::Assessment> MonitoringService::voidAssessment(const core::UserIdentity& actor, qint64 caseId,
                                                           qint64 assessmentId, const QString& reason,
                                                           qint64 rowVersion)
{
    ClinicalAct act(m_db, m_clock, actor,
                    {core::Action::RecordMonitoring, {}, QStringLiteral("monitoring.void"), caseId, false});
    if (!act.ok())
        return act.error();
    if (auto st = core::CorrectionRules::checkReason(reason); !st.ok())
        return st.error();
    storage::PathwayRepository repo(m_db);
    auto view = loadForChange(caseId);
    if (!view.ok())
        return view.error();
    auto found = repo.assessment(caseId, assessmentId);
    if (!found.ok())
        return found.error();
    if (!found->has_value())
        return Error::notFound(tr("Case %1 has no assessment %2.").arg(caseId).arg(assessmentId));
    core::Assessment a = **found;
    if (rowVersion > 0 && rowVersion != a.rowVersion)
        return Error::conflict(
            tr("Someone else changed assessment %1 meanwhile. Reload the monitoring sheet to see "
               "their change, then apply yours again.")
                .arg(assessmentId));
    if (auto st = core::CorrectionRules::checkCurrent(a.correction, tr("assessment %1").arg(a.id)); !st.ok())
        return st.error();
    const QString why = reason.trimmed();
    const QDateTime now = act.now();
    if (auto st = repo.voidAssessment(a.id, a.rowVersion, actor.id, why, now); !st.ok())
        return st.error();
    if (auto st = act.audit(auditOf(a),
                            {{QStringLiteral("assessment_id"), a.id}, {QStringLiteral("voided"), true}}, why);
        !st.ok())
        return st.error();
    if (auto st = act.commit(); !st.ok())
        return st.error();
    CB_LOG_INFO("case {}: assessment {} voided by user {}", caseId, a.id, actor.id);
    a.rowVersion += 1;
    a.correction.voidedAt = now;
    a.correction.voidedBy = actor.id;
    a.correction.voidedByName = actor.printedName;
    a.correction.voidReason = why;
    return a;
}

Result<core::Assessment> MonitoringService::correctAssessment(const core::UserIdentity& actor, qint64 caseId,
                                                              qint64 assessmentId, const QJsonObject& entry,
                                                              qint64 rowVersion)
{
    ClinicalAct act(
        m_db, m_clock, actor,
        {core::Action::RecordMonitoring, {}, QStringLiteral("monitoring.correct"), caseId, false});
    if (!act.ok())
        return act.error();
    storage::PathwayRepository repo(m_db);
    auto view = loadForChange(caseId);
    if (!view.ok())
        return view.error();
    auto found = repo.assessment(caseId, assessmentId);
    if (!found.ok())
        return found.error();
    if (!found->has_value())
        return Error::notFound(tr("Case %1 has no assessment %2.").arg(caseId).arg(assessmentId));
    const core::Assessment original = **found;
    if (rowVersion > 0 && rowVersion != original.rowVersion)
        return Error::conflict(
            tr("Someone else changed assessment %1 meanwhile. Reload the monitoring sheet to see "
               "their change, then apply yours again.")
                .arg(assessmentId));
    if (auto st =
            core::CorrectionRules::checkCurrent(original.correction, tr("assessment %1").arg(original.id));
        !st.ok())
        return st.error();
    auto graded = grade(actor, *view, entry, original.id);
    if (!graded.ok())
        return graded.error();
    core::Assessment a = *graded;
    auto id = repo.insertAssessment(a);
    if (!id.ok())
        return id.error();
    a.id = *id;
    a.rowVersion = 1;
    if (auto st = repo.supersedeAssessment(original.id, original.rowVersion, a.id); !st.ok())
        return st.error();
    QJsonObject after = auditOf(a);
    after.insert(QStringLiteral("supersedes"), original.id);
    if (auto st = act.audit(auditOf(original), after); !st.ok())
        return st.error();
    if (auto st = act.commit(); !st.ok())
        return st.error();
    CB_LOG_INFO("case {}: assessment {} corrected by assessment {} (user {})", caseId, original.id, a.id,
                actor.id);
    return a;
}

} // namespace cb::services
