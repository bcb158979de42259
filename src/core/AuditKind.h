#pragma once

#include "core/StableId.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <span>

namespace cb::core {

// What a row of a case's audit trail is about, for the trail's filter. Every action belongs to
// exactly one kind (the first whose rule matches, in the order of auditKinds()); `Case` takes
// everything no other kind claims (lifecycle moves, views, refusals …). `All` is no filter.
enum class AuditKind { All, Opinions, Verdicts, Pathway, Monitoring, FollowUp, Exports, Record, Case };

// The kinds with their stable ids (all, opinions, verdicts, pathway, monitoring, follow_up, exports,
// record, case) and labels, in the order a filter offers them.
std::span<const StableIdEntry<AuditKind>> auditKinds();

inline QString toId(AuditKind v)
{
    return idOf(auditKinds(), v);
}
inline QString label(AuditKind v)
{
    return labelOf(auditKinds(), v);
}

// Which actions a kind claims: action ids starting with one of `prefixes` ("opinion.") or equal to
// one of `exact` ("case.export"). The rules are matched in this order (Exports first, so that
// "meeting.export" is an export, not a meeting act); Case and All have none.
struct AuditKindRule
{
    AuditKind kind;
    QStringList prefixes;
    QStringList exact;
};
const QList<AuditKindRule>& auditKindRules();

// The kind of an action id (never All; Case when no rule claims it).
AuditKind auditKindOf(const QString& action);

// A page of a case's audit trail: newest first, `limit` rows with a sequence number below
// `beforeSeq` (0: from the newest), of one kind, and matching `text` (a fragment of the action id,
// the user name or the reason, case-insensitive) or naming one of `actions` (the ids whose label,
// in the reader's language, holds the text: the interface fills them).
struct AuditQuery
{
    static constexpr int kPageSize = 200;

    AuditKind kind = AuditKind::All;
    QString text;
    QStringList actions;
    qint64 beforeSeq = 0;
    int limit = kPageSize;
};

} // namespace cb::core
