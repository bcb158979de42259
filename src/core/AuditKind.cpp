#include "core/AuditKind.h"

#include <array>

namespace cb::core {

namespace {

constexpr std::array kAuditKinds{
    StableIdEntry<AuditKind>{AuditKind::All, "all", QT_TRANSLATE_NOOP("cb::core", "Everything")},
    StableIdEntry<AuditKind>{AuditKind::Opinions, "opinions",
                             QT_TRANSLATE_NOOP("cb::core", "Opinions and signatures")},
    StableIdEntry<AuditKind>{AuditKind::Verdicts, "verdicts",
                             QT_TRANSLATE_NOOP("cb::core", "Verdicts and meetings")},
    StableIdEntry<AuditKind>{AuditKind::Pathway, "pathway", QT_TRANSLATE_NOOP("cb::core", "Pathway")},
    StableIdEntry<AuditKind>{AuditKind::Monitoring, "monitoring",
                             QT_TRANSLATE_NOOP("cb::core", "Monitoring")},
    StableIdEntry<AuditKind>{AuditKind::FollowUp, "follow_up", QT_TRANSLATE_NOOP("cb::core", "Follow-up")},
    StableIdEntry<AuditKind>{AuditKind::Exports, "exports", QT_TRANSLATE_NOOP("cb::core", "Exports")},
    StableIdEntry<AuditKind>{AuditKind::Record, "record",
                             QT_TRANSLATE_NOOP("cb::core", "Patient record and intake")},
    StableIdEntry<AuditKind>{AuditKind::Case, "case",
                             QT_TRANSLATE_NOOP("cb::core", "Case state, views and refusals")},
};

} // namespace

std::span<const StableIdEntry<AuditKind>> auditKinds()
{
    return kAuditKinds;
}

const QList<AuditKindRule>& auditKindRules()
{
    static const QList<AuditKindRule> rules{
        {AuditKind::Exports, {}, {QStringLiteral("case.export"), QStringLiteral("meeting.export")}},
        {AuditKind::Opinions,
         {QStringLiteral("opinion."), QStringLiteral("signature."), QStringLiteral("review.")},
         {}},
        {AuditKind::Verdicts,
         {QStringLiteral("decision."), QStringLiteral("meeting."), QStringLiteral("agenda."),
          QStringLiteral("minutes.")},
         {}},
        {AuditKind::Pathway, {QStringLiteral("pathway.")}, {}},
        {AuditKind::Monitoring, {QStringLiteral("assessment."), QStringLiteral("monitoring.")}, {}},
        {AuditKind::FollowUp, {QStringLiteral("follow_up.")}, {}},
        {AuditKind::Record,
         {QStringLiteral("record."), QStringLiteral("patient."), QStringLiteral("observation."),
          QStringLiteral("lab.")},
         {QStringLiteral("case.import")}},
    };
    return rules;
}

AuditKind auditKindOf(const QString& action)
{
    for (const AuditKindRule& rule : auditKindRules()) {
        if (rule.exact.contains(action))
            return rule.kind;
        for (const QString& prefix : rule.prefixes)
            if (action.startsWith(prefix))
                return rule.kind;
    }
    return AuditKind::Case;
}

} // namespace cb::core
