#include "services/CaseService.h"

#include "core/Lifecycle.h"
#include "core/PermissionPolicy.h"
#include "core/TextLimits.h"
#include "platform/Logging.h"
#include "services/AuditTrail.h"
#include "services/ClinicalAct.h"
#include "storage/AuditRepository.h"
#include "storage/CaseRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace cb::services {

Status CaseService::denied(const core::UserIdentity& actor, const Status& st, const QString& action,
                           qint64 caseId)
{
    return AuditTrail(m_db, m_clock)
        .recordDenial(actor, st, action, caseEntity(), caseId ? QString::number(caseId) : QString());
}

Result<qint64> CaseService::worklistCount(const core::UserIdentity& actor, const core::WorklistQuery& query)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::ReadCases); !st.ok())
        return denied(actor, st, QStringLiteral("worklist"), 0).error();
    return storage::CaseRepository(m_db).worklistCount(query);
}

Result<QList<core::CaseSummary>> CaseService::worklistPage(const core::UserIdentity& actor,
                                                           const core::WorklistQuery& query, qint64 offset,
                                                           int limit)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::ReadCases); !st.ok())
        return denied(actor, st, QStringLiteral("worklist"), 0).error();
    return storage::CaseRepository(m_db).worklistPage(query, offset, limit);
}

Result<bool> CaseService::hasAnyCase(const core::UserIdentity& actor)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::ReadCases); !st.ok())
        return denied(actor, st, QStringLiteral("worklist"), 0).error();
    return storage::CaseRepository(m_db).hasAnyCase();
}

Status CaseService::recordWorklistOpened(const core::UserIdentity& actor)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::ReadCases); !st.ok())
        return denied(actor, st, QStringLiteral("worklist"), 0);
    return AuditTrail(m_db, m_clock).recordAlone(actor, QStringLiteral("worklist.open"), caseEntity(), {});
}

Result<QList<core::CaseSummary>> CaseService::listCases(const core::UserIdentity& actor,
                                                        std::optional<core::CaseState> state)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::ReadCases); !st.ok())
        return denied(actor, st, QStringLiteral("case.list"), 0).error();
    auto list = storage::CaseRepository(m_db).listCases(state);
    if (!list.ok())
        return list.error();
    if (auto st =
            AuditTrail(m_db, m_clock)
                .recordAlone(actor, QStringLiteral("case.list"), caseEntity(), {}, {},
                             {{QStringLiteral("state"), state ? core::toId(*state) : QStringLiteral("all")},
                              {QStringLiteral("count"), list->size()}});
        !st.ok())
        return st.error();
    return list;
}

Result<core::CaseRecord> CaseService::openCase(const core::UserIdentity& actor, qint64 caseId)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::ReadCases); !st.ok())
        return denied(actor, st, QStringLiteral("case.view"), caseId).error();
    auto rec = storage::CaseRepository(m_db).caseById(caseId);
    if (!rec.ok())
        return rec.error();
    if (!rec->has_value())
        return Error::notFound(tr("There is no case %1.").arg(caseId));
    if (auto st = AuditTrail(m_db, m_clock)
                      .recordAlone(actor, QStringLiteral("case.view"), caseEntity(), QString::number(caseId));
        !st.ok())
        return st.error();
    CB_LOG_INFO("case {} opened by user {}", caseId, actor.id);
    return **rec;
}

Result<AuditTrailPage> CaseService::auditTrail(const core::UserIdentity& actor, qint64 caseId,
                                               const core::AuditQuery& query)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::ReadCases); !st.ok())
        return denied(actor, st, QStringLiteral("case.audit_trail"), caseId).error();
    if (query.limit <= 0)
        return Error::badInput(tr("A page of the audit trail holds at least one entry."));
    auto exists = storage::CaseRepository(m_db).caseExists(caseId);
    if (!exists.ok())
        return exists.error();
    if (!*exists)
        return Error::notFound(tr("There is no case %1.").arg(caseId));
    storage::AuditRepository repo(m_db);
    core::AuditQuery ask = query;
    ask.limit = query.limit + 1; // one more tells whether older rows remain
    auto rows = repo.forCase(caseId, ask);
    if (!rows.ok())
        return rows.error();
    auto total = repo.countForCase(caseId, query);
    if (!total.ok())
        return total.error();
    AuditTrailPage page;
    page.entries = std::move(rows).value();
    page.hasOlder = page.entries.size() > query.limit;
    if (page.hasOlder)
        page.entries.resize(query.limit);
    page.total = *total;
    return page;
}

Result<QList<core::AuditEntry>> CaseService::auditTrail(const core::UserIdentity& actor, qint64 caseId)
{
    core::AuditQuery query;
    query.limit = 500;
    auto page = auditTrail(actor, caseId, query);
    if (!page.ok())
        return page.error();
    return page->entries;
}

Status CaseService::moveCase(const core::UserIdentity& actor, qint64 caseId, core::CaseState to,
                             qint64 expectedVersion)
{
    ClinicalAct act(m_db, m_clock, actor,
                    {core::Action::EditCaseData, {}, QStringLiteral("case.move"), caseId, false});
    if (!act.ok())
        return act.status();
    const core::CaseRecord& c = act.theCase();
    if (expectedVersion != 0 && expectedVersion != c.rowVersion)
        return Error::conflict(tr("Someone else changed this case meanwhile. Reload it and try again."));
    if (to == core::CaseState::Closed)
        return Error::badInput(tr("Closing a case needs a reason: use Close case."));
    if (to == core::CaseState::Decided)
        return Error::invalidState(tr("Only the board's signed verdict decides a case."));
    if (to == c.state)
        return core::Lifecycle::checkMove(c.state, to);
    if (auto st = act.moveCase(to, QStringLiteral("case.move")); !st.ok())
        return st;
    return act.commit();
}

Status CaseService::closeCase(const core::UserIdentity& actor, qint64 caseId, core::CloseReason reason,
                              const QString& detail, qint64 expectedVersion)
{
    ClinicalAct act(m_db, m_clock, actor,
                    {core::Action::CloseCase, {}, QStringLiteral("case.close"), caseId, false});
    if (!act.ok())
        return act.status();
    if (reason == core::CloseReason::Deceased && detail.trimmed().isEmpty())
        return Error::badInput(tr("Closing for death needs the cause (--detail)."));
    if (auto st =
            core::TextLimits::check(QStringLiteral("detail"), detail.trimmed(), core::TextLimits::kLong);
        !st.ok())
        return st;
    storage::CaseRepository repo(m_db);
    const core::CaseRecord& c = act.theCase();
    if (expectedVersion != 0 && expectedVersion != c.rowVersion)
        return Error::conflict(tr("Someone else changed this case meanwhile. Reload it and try again."));
    if (c.state == core::CaseState::Closed)
        return Error::invalidState(tr("Case %1 is already closed.").arg(caseId));
    if (auto st = repo.updateState(caseId, c.rowVersion, core::CaseState::Closed, reason, detail.trimmed(),
                                   act.now());
        !st.ok())
        return st;
    if (auto st = act.audit({{QStringLiteral("state"), core::toId(c.state)}},
                            {{QStringLiteral("state"), QStringLiteral("closed")},
                             {QStringLiteral("close_reason"), core::toId(reason)}},
                            detail.trimmed());
        !st.ok())
        return st;
    if (auto st = act.commit(); !st.ok())
        return st;
    CB_LOG_INFO("case {} closed by user {}", caseId, actor.id);
    return {};
}

} // namespace cb::services
