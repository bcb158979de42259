#include "support/TestWorkspace.h"

#include "services/IntakeService.h"
#include "storage/AuditRepository.h"

#include <QtGlobal>

namespace cb::test {

QDateTime testNow()
{
    return QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
}

TestWorkspace openTestWorkspace(const QString& url, const QDateTime& now)
{
    TestWorkspace t;
    t.clock = std::make_shared<core::ManualClock>(now);
    auto ws = services::Workspace::open(url, services::Workspace::OpenMode::CreateIfMissing, t.clock);
    if (!ws.ok()) {
        qWarning("cannot open %s: %s", qPrintable(url), qPrintable(ws.error().message));
        return t;
    }
    t.ws = std::move(ws).value();
    return t;
}

QList<core::AuditEntry> auditEntries(services::Workspace& ws, qint64 after)
{
    QList<core::AuditEntry> out;
    auto st = storage::AuditRepository(ws.database()).walk([&](const core::AuditEntry& e) {
        if (e.seq > after)
            out << e;
        return true;
    });
    if (!st.ok())
        qWarning("audit walk failed: %s", qPrintable(st.error().message));
    return out;
}

QStringList auditActions(services::Workspace& ws, qint64 after)
{
    QStringList out;
    for (const auto& e : auditEntries(ws, after))
        out << e.action;
    return out;
}

qint64 auditHead(services::Workspace& ws)
{
    auto head = storage::AuditRepository(ws.database()).head();
    return head.ok() && head->has_value() ? (*head)->seq : 0;
}

SharedWorkspaces::Entry* SharedWorkspaces::get(const QString& backend)
{
    auto it = m_entries.find(backend);
    if (it == m_entries.end()) {
        Entry e;
        e.tdb = std::make_unique<TestDatabase>(backend);
        if (e.tdb->available())
            e.t = openTestWorkspace(e.tdb->url());
        it = m_entries.emplace(backend, std::move(e)).first;
    }
    return it->second.t ? &it->second : nullptr;
}

QString uniqueName(const QString& prefix)
{
    static int counter = 0;
    return prefix + QString::number(++counter);
}

Result<qint64> registerReferral(services::Workspace& ws, const core::UserIdentity& actor, core::CaseRecord r)
{
    if (r.patient.identifiers.isEmpty() && !r.patient.mrn.trimmed().isEmpty())
        r.patient.identifiers << core::PatientIdentifier{QStringLiteral("local"), QStringLiteral("MR"),
                                                         r.patient.mrn.trimmed()};
    if (r.referrer.isEmpty() && r.referrerDetail.name.isEmpty())
        r.referrer = QStringLiteral("Dr Test");
    if (r.patient.birth.isNull() && !r.patient.birthDate.isValid())
        r.patient.birthDate = QDate(1960, 1, 1);
    if (r.patient.birth.isNull() && r.patient.birthDate.isValid())
        r.patient.birth = core::PartialDate::fromDate(r.patient.birthDate);
    auto reg = ws.intake().registerReferral(actor, r);
    if (!reg.ok())
        return reg.error();
    return reg->caseId;
}

} // namespace cb::test
