#include "services/ReportService.h"

#include "core/PermissionPolicy.h"
#include "core/checklist/ChecklistTemplate.h"
#include "platform/Logging.h"
#include "services/AuditTrail.h"
#include "services/ChecklistCatalog.h"
#include "services/MeetingService.h"
#include "services/ReviewService.h"
#include "services/SettingsService.h"
#include "storage/AuditRepository.h"
#include "storage/CaseRepository.h"
#include "storage/PathwayRepository.h"
#include "storage/ReviewRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace cb::services {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("cb::services", s);
}

QString language()
{
    return QLocale().name();
}

QString localized(const QJsonObject& text)
{
    const QString zh = text.value(QStringLiteral("zh_CN")).toString();
    if (language().startsWith(QLatin1String("zh")) && !zh.isEmpty())
        return zh;
    return text.value(QStringLiteral("en")).toString();
}

QString answerText(const core::ChecklistItem& item, const QJsonObject& answer)
{
    if (answer.value(QStringLiteral("not_applicable")).toBool())
        return tr("Not applicable");
    const QJsonValue v = answer.value(QStringLiteral("value"));
    QString text;
    if (v.isUndefined() || v.isNull()) {
        text.clear();
    } else {
        switch (item.type) {
        case core::ChecklistItemType::Bool:
            text = v.toBool() ? tr("Yes") : tr("No");
            break;
        case core::ChecklistItemType::Choice: {
            const QString id = v.isDouble() ? QString::number(v.toDouble()) : v.toString();
            const auto* o = item.option(id);
            text = o ? o->label.text(language()) : id;
            break;
        }
        case core::ChecklistItemType::Number:
            text = v.isDouble() ? QLocale().toString(v.toDouble(), 'g', 6) : v.toString();
            break;
        case core::ChecklistItemType::Date:
        case core::ChecklistItemType::Text:
            text = v.toString();
            break;
        }
    }
    const QString detail = answer.value(QStringLiteral("detail")).toString().trimmed();
    if (!detail.isEmpty())
        text = text.isEmpty() ? detail : text + QStringLiteral(" — ") + detail;
    return text;
}

// The items of an opinion in template order, answers and statuses as stored with it. An item not
// asked for the case's indication is left out unless the opinion answered it.
QList<core::DossierItem> itemsOf(const core::ChecklistTemplate& checklist, const core::Opinion& opinion,
                                 const QString& indication)
{
    QHash<QString, QJsonObject> evaluation;
    for (const QJsonValue& v : opinion.evaluation) {
        const QJsonObject o = v.toObject();
        evaluation.insert(o.value(QStringLiteral("item")).toString(o.value(QStringLiteral("id")).toString()),
                          o);
    }
    QList<core::DossierItem> out;
    for (const auto& item : checklist.items) {
        if (!item.appliesTo(indication) && !opinion.answers.contains(item.id))
            continue;
        const QJsonValue raw = opinion.answers.value(item.id);
        const QJsonObject answer =
            raw.isObject() ? raw.toObject() : QJsonObject{{QStringLiteral("value"), raw}};
        const QJsonObject ev = evaluation.value(item.id);
        core::DossierItem d;
        d.id = item.id;
        d.question = item.question.text(language());
        d.answer = answerText(item, answer);
        d.unit = answer.value(QStringLiteral("unit")).toString(item.unit);
        if (d.unit.isEmpty())
            d.unit = item.unit;
        d.date = answer.value(QStringLiteral("value_date")).toString();
        d.status = core::fromId(core::checklistStatuses(), ev.value(QStringLiteral("status")).toString())
                       .value_or(core::ChecklistStatus::NotAssessed);
        for (const QJsonValue& r : ev.value(QStringLiteral("reasons")).toArray())
            d.reasons << localized(r.toObject());
        d.unverified = item.unverified || ev.value(QStringLiteral("unverified")).toBool();
        d.stale = ev.value(QStringLiteral("stale")).toBool();
        out << d;
    }
    return out;
}

} // namespace

QString ReportService::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Summary:
        return QStringLiteral("summary");
    case Kind::Letter:
        return QStringLiteral("letter");
    case Kind::FhirCollection:
        return QStringLiteral("collection");
    case Kind::FhirDocument:
        return QStringLiteral("document");
    }
    return {};
}

Result<core::CaseDossier> ReportService::dossier(const core::UserIdentity& actor, qint64 caseId,
                                                 const QTimeZone& zone)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::ReadCases); !st.ok())
        return AuditTrail(m_db, m_clock)
            .recordDenial(actor, st, QStringLiteral("case.export"), QStringLiteral("clinical_case"),
                          QString::number(caseId))
            .error();
    auto rec = storage::CaseRepository(m_db).caseById(caseId);
    if (!rec.ok())
        return rec.error();
    if (!rec->has_value())
        return Error::notFound(tr("There is no case %1.").arg(caseId));

    core::CaseDossier d;
    d.institution = m_settings.institutionName();
    d.coordinatorContact = m_settings.value(SettingsService::Key::CoordinatorContact);
    d.caregiverRequirements = m_settings.value(SettingsService::Key::CaregiverRequirements);
    d.generatedAt = m_clock.nowUtc();
    d.timeZone = zone.isValid() ? zone : QTimeZone::utc();
    d.record = **rec;

    storage::PathwayRepository pathway(m_db);
    auto events = pathway.events(caseId);
    if (!events.ok())
        return events.error();
    if (!events->isEmpty()) {
        auto assessments = pathway.assessments(caseId);
        if (!assessments.ok())
            return assessments.error();
        auto visits = pathway.followUps(caseId);
        if (!visits.ok())
            return visits.error();
        d.treatment = core::TreatmentSummary::of(d.record.indication, *events, *assessments, *visits);
    }

    auto overview = m_reviews.overviewUnchecked(caseId);
    if (!overview.ok())
        return overview.error();
    d.quorumMet = overview->quorumMet;
    d.missingSignatures = overview->missingSignatures;
    d.readinessProblems = overview->readinessProblems;
    for (const auto& r : overview->disciplines) {
        core::DossierOpinion o;
        o.discipline = r.discipline;
        o.required = r.required;
        o.opinion = r.current;
        auto checklist = ChecklistCatalog::instance().templateFor(r.discipline);
        if (checklist.ok()) {
            o.checklistTitle = (*checklist)->title.text(language());
            if (r.current)
                o.items = itemsOf(**checklist, *r.current, core::toId(d.record.indication));
        }
        for (const auto& v : r.history)
            if (!r.current || v.id != r.current->id)
                o.earlierVersions << v;
        d.opinions << o;
    }

    auto decisions = storage::ReviewRepository(m_db).decisions(caseId);
    if (!decisions.ok())
        return decisions.error();
    if (!decisions->isEmpty()) {
        d.decision = decisions->last();
        d.verdictMeeting = verdictMeetingOf(m_db, *d.decision);
    }

    auto head = storage::AuditRepository(m_db).head();
    if (!head.ok())
        return head.error();
    if (head->has_value()) {
        d.auditSeq = (*head)->seq;
        d.auditHash = (*head)->hash;
    }
    d.computeFingerprint();
    return d;
}

Status ReportService::recordExport(const core::UserIdentity& actor, const core::CaseDossier& dossier,
                                   Kind kind, const QString& format, const QString& target,
                                   const QJsonObject& extra)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::ReadCases); !st.ok())
        return AuditTrail(m_db, m_clock)
            .recordDenial(actor, st, QStringLiteral("case.export"), QStringLiteral("clinical_case"),
                          QString::number(dossier.record.id));
    QJsonObject after{{QStringLiteral("format"), format},
                      {QStringLiteral("kind"), kindId(kind)},
                      {QStringLiteral("target"), target},
                      {QStringLiteral("draft"), !dossier.isFinal()},
                      {QStringLiteral("fingerprint"), dossier.fingerprint},
                      {QStringLiteral("audit_seq"), QString::number(dossier.auditSeq)}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        after.insert(it.key(), it.value());
    if (auto st = AuditTrail(m_db, m_clock)
                      .recordAlone(actor, QStringLiteral("case.export"), QStringLiteral("clinical_case"),
                                   QString::number(dossier.record.id), {}, after);
        !st.ok())
        return st;
    CB_LOG_INFO("case {} exported ({} {}) by user {}", dossier.record.id, kindId(kind).toStdString(),
                format.toStdString(), actor.id);
    return {};
}

} // namespace cb::services
