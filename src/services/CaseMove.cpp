#include "services/CaseMove.h"

#include "services/AuditTrail.h"
#include "storage/CaseRepository.h"

#include <QJsonObject>

namespace cb::services {

Status moveCaseBy(storage::Database& db, AuditTrail& audit, const core::UserIdentity& actor, qint64 caseId,
                  qint64 rowVersion, core::CaseState from, core::CaseState to, const QString& by,
                  const QDateTime& now)
{
    if (auto st = storage::CaseRepository(db).updateState(caseId, rowVersion, to, std::nullopt, {}, now);
        !st.ok())
        return st;
    return audit.record(actor, QStringLiteral("case.move"), QStringLiteral("clinical_case"),
                        QString::number(caseId), {{QStringLiteral("state"), core::toId(from)}},
                        {{QStringLiteral("state"), core::toId(to)}, {QStringLiteral("by"), by}});
}

} // namespace cb::services
