#include "services/DemoReviews.h"

#include "services/CaseService.h"
#include "services/DecisionService.h"
#include "services/ReviewService.h"
#include "services/Workspace.h"
#include "storage/CaseRepository.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cb::services {

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("cb::services", s);
}

Error inCase(const QString& key, const Error& e)
{
    Error out = e;
    out.message = tr("Demo review of %1: %2").arg(key, e.message);
    return out;
}
} // namespace

DemoReviews::DemoReviews(Workspace& ws, QString password)
    : m_ws(ws), m_password(std::move(password)), m_users(ws.database())
{
}

Result<QJsonObject> DemoReviews::load()
{
    QFile f(QStringLiteral(":/demo/demo_reviews.json"));
    if (!f.open(QIODevice::ReadOnly))
        return Error::failure(tr("The demo reviews are missing from this build."));
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject())
        return Error::failure(tr("The demo reviews are not valid JSON."));
    return doc.object().value(QStringLiteral("cases")).toObject();
}

Status DemoReviews::apply(const QJsonObject& cases, const QHash<QString, qint64>& caseIds,
                          const QHash<QString, QJsonObject>& demoCases)
{
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        if (!caseIds.contains(it.key()))
            return Error::badInput(tr("Demo reviews name an unknown case \"%1\".").arg(it.key()));
        if (auto st = applyCase(it.key(), caseIds.value(it.key()), it.value().toObject(),
                                demoCases.value(it.key()));
            !st.ok())
            return st;
    }
    return {};
}

Status DemoReviews::applyCase(const QString& key, qint64 caseId, const QJsonObject& review,
                              const QJsonObject& demoCase)
{
    const QDate today = m_ws.clock().todayUtc();
    for (const QJsonValue& ov : review.value(QStringLiteral("opinions")).toArray()) {
        const QJsonObject o = ov.toObject();
        auto author = m_users.byName(o.value(QStringLiteral("author")).toString());
        if (!author.ok())
            return inCase(key, author.error());
        const auto discipline =
            core::fromId(core::disciplines(), o.value(QStringLiteral("discipline")).toString());
        if (!discipline)
            return inCase(key, Error::badInput(tr("unknown discipline")));
        OpinionInput in;
        in.answers = o.value(QStringLiteral("answers")).toObject();
        in.recommendation =
            core::fromId(core::recommendations(), o.value(QStringLiteral("recommendation")).toString());
        in.conditions = o.value(QStringLiteral("conditions")).toString();
        in.comment = o.value(QStringLiteral("comment")).toString();
        auto saved = m_ws.reviews().recordOpinion(*author, caseId, *discipline, in);
        if (!saved.ok())
            return inCase(key, saved.error());
        if (o.value(QStringLiteral("sign")).toBool()) {
            auto s = m_ws.reviews().signOpinion(*author, caseId, *discipline, m_password);
            if (!s.ok())
                return inCase(key, s.error());
        }
    }

    const QJsonObject d = review.value(QStringLiteral("decision")).toObject();
    if (!d.isEmpty()) {
        auto chair = m_users.byName(QStringLiteral("chair"));
        if (!chair.ok())
            return inCase(key, chair.error());
        DecisionInput in;
        in.verdict = core::fromId(core::verdicts(), d.value(QStringLiteral("verdict")).toString())
                         .value_or(core::Verdict::Deferred);
        in.conditions = d.value(QStringLiteral("conditions")).toString();
        in.rationale = d.value(QStringLiteral("rationale")).toString();
        in.product = d.value(QStringLiteral("product")).toString();
        in.bridgingPlan = d.value(QStringLiteral("bridging_plan")).toString();
        in.deferReason = d.value(QStringLiteral("defer_reason")).toString();
        if (d.value(QStringLiteral("reassess_in_days")).toInt() > 0)
            in.reassessDate = today.addDays(d.value(QStringLiteral("reassess_in_days")).toInt());
        in.overrideApprover = d.value(QStringLiteral("override_approver")).toString();
        in.overrideReason = d.value(QStringLiteral("override_reason")).toString();
        in.consentStatus = d.value(QStringLiteral("consent_status")).toString();
        in.patientPreference = d.value(QStringLiteral("patient_preference")).toString();
        for (const QJsonValue& av : d.value(QStringLiteral("actions")).toArray()) {
            const QJsonObject a = av.toObject();
            core::DecisionAction action;
            action.description = a.value(QStringLiteral("description")).toString();
            action.owner = a.value(QStringLiteral("owner")).toString();
            action.dueDate = today.addDays(a.value(QStringLiteral("due_in_days")).toInt());
            in.actions << action;
        }
        auto rec = m_ws.decisions().recordDecision(*chair, caseId, in);
        if (!rec.ok())
            return inCase(key, rec.error());
        for (const QJsonValue& dv : d.value(QStringLiteral("dissent")).toArray()) {
            auto member = m_users.byName(dv.toObject().value(QStringLiteral("author")).toString());
            if (!member.ok())
                return inCase(key, member.error());
            auto dis = m_ws.decisions().recordDissent(*member, caseId,
                                                      dv.toObject().value(QStringLiteral("text")).toString());
            if (!dis.ok())
                return inCase(key, dis.error());
        }
        if (d.value(QStringLiteral("sign")).toBool(true)) {
            auto s = m_ws.decisions().signDecision(*chair, caseId, m_password);
            if (!s.ok())
                return inCase(key, s.error());
            const QJsonObject c = d.value(QStringLiteral("communication")).toObject();
            if (!c.isEmpty()) {
                core::Communication comm;
                comm.sentAt = m_ws.clock().nowUtc();
                comm.sentBy = c.value(QStringLiteral("sent_by")).toString();
                comm.method = c.value(QStringLiteral("method")).toString();
                auto cid = m_ws.decisions().recordCommunication(*chair, caseId, comm);
                if (!cid.ok())
                    return inCase(key, cid.error());
            }
        }
    }

    // Move the case on to the state the demo shows it in.
    auto coordinator = m_users.byName(QStringLiteral("coordinator"));
    if (!coordinator.ok())
        return inCase(key, coordinator.error());
    const auto finalState =
        core::fromId(core::caseStates(), review.value(QStringLiteral("final_state")).toString());
    if (!finalState)
        return inCase(key, Error::badInput(tr("unknown final state")));
    auto& cases = m_ws.cases();
    QList<core::CaseState> path;
    // the replayed review may have left the case where the demo shows it already
    const auto moveUnlessThere = [&](core::CaseState to) -> Status {
        auto now = storage::CaseRepository(m_ws.database()).caseById(caseId);
        if (!now.ok())
            return now.error();
        if (*now && (*now)->state == to)
            return {};
        return cases.moveCase(*coordinator, caseId, to);
    };
    switch (*finalState) {
    case core::CaseState::WorkUp:
        path = {core::CaseState::WorkUp};
        break;
    case core::CaseState::Treatment:
        path = {core::CaseState::Treatment};
        break;
    case core::CaseState::FollowUp:
        path = {core::CaseState::Treatment, core::CaseState::FollowUp};
        break;
    case core::CaseState::Closed: {
        const auto reason =
            core::fromId(core::closeReasons(), demoCase.value(QStringLiteral("close_reason")).toString())
                .value_or(core::CloseReason::Completed);
        if (reason == core::CloseReason::Deceased || reason == core::CloseReason::Completed)
            path = {core::CaseState::Treatment};
        for (const auto s : path)
            if (auto st = moveUnlessThere(s); !st.ok())
                return inCase(key, st.error());
        if (auto st = cases.closeCase(*coordinator, caseId, reason,
                                      demoCase.value(QStringLiteral("close_detail")).toString());
            !st.ok())
            return inCase(key, st.error());
        return {};
    }
    default:
        break;
    }
    for (const auto s : path)
        if (auto st = moveUnlessThere(s); !st.ok())
            return inCase(key, st.error());
    return {};
}

} // namespace cb::services
