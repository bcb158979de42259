#include "services/AuditService.h"

#include "storage/AuditRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/ReviewRepository.h"

#include <QCoreApplication>

namespace cb::services {

Result<AuditVerification> AuditService::verify()
{
    storage::AuditRepository repo(m_db);
    AuditVerification v;
    QString expectedPrev = storage::AuditRepository::genesisHash();
    qint64 expectedSeq = 1;
    auto st = repo.walk([&](const core::AuditEntry& e) {
        ++v.entries;
        QString problem;
        if (e.seq != expectedSeq)
            problem = tr("entries %1 to %2 are missing").arg(expectedSeq).arg(e.seq - 1);
        else if (e.prevHash != expectedPrev)
            problem = tr(
                "its link to the previous entry does not match (an entry before it was changed or removed)");
        else if (e.computeHash() != e.hash)
            problem = tr("its content does not match its hash (the entry was changed)");
        if (!problem.isEmpty()) {
            v.intact = false;
            v.firstBadSeq = e.seq != expectedSeq ? expectedSeq : e.seq;
            v.problem = problem;
            return false;
        }
        v.headSeq = e.seq;
        v.headHash = e.hash;
        expectedPrev = e.hash;
        ++expectedSeq;
        return true;
    });
    if (!st.ok())
        return st.error();

    storage::ReviewRepository reviews(m_db);
    Status inner;
    auto sigs = reviews.walkSignatures([&](const core::Signature& s) {
        ++v.signatures;
        QByteArray content;
        if (s.recordType == QLatin1String("opinion")) {
            auto o = reviews.opinionById(s.recordId);
            if (!o.ok()) {
                inner = o.error();
                return false;
            }
            if (o->has_value())
                content = (*o)->signedContent();
        } else if (s.recordType == QLatin1String("decision")) {
            auto d = reviews.decisionById(s.recordId);
            if (!d.ok()) {
                inner = d.error();
                return false;
            }
            if (d->has_value())
                content = (*d)->signedContent();
        } else if (s.recordType == QLatin1String("minutes")) {
            auto m = storage::MeetingRepository(m_db).find(s.recordId);
            if (!m.ok()) {
                inner = m.error();
                return false;
            }
            if (m->has_value())
                content = (*m)->minutesContent();
        }
        QString problem;
        if (content.isEmpty())
            problem = tr("the %1 %2 it signed is missing").arg(s.recordType).arg(s.recordId);
        else if (core::signatureHash(content, s) != s.contentSha256)
            problem = tr("the %1 %2 no longer matches what %3 signed")
                          .arg(s.recordType)
                          .arg(s.recordId)
                          .arg(s.printedName);
        if (!problem.isEmpty()) {
            v.badSignatureId = s.id;
            v.signatureProblem = problem;
            return false;
        }
        return true;
    });
    if (!sigs.ok())
        return sigs.error();
    if (!inner.ok())
        return inner.error();
    return v;
}

Result<std::optional<core::AuditEntry>> AuditService::entry(qint64 seq)
{
    return storage::AuditRepository(m_db).entry(seq);
}

} // namespace cb::services
