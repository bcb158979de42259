#include "services/AuditService.h"

#include "services/AuditAnchor.h"
#include "storage/AuditCheckpointRepository.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QMultiHash>
#include <algorithm>

namespace cb::services {

Result<AuditVerification> AuditService::verify()
{
    storage::AuditRepository repo(m_db);
    AuditVerification v;
    auto key = AuditAnchor::load();
    if (!key.ok())
        return key.error();
    auto stored = storage::AuditCheckpointRepository(m_db).all();
    if (!stored.ok())
        return stored.error();
    // the checkpoints to hold against the chain, by the sequence number they signed
    QMultiHash<qint64, core::AuditCheckpoint> bySeq;
    for (const core::AuditCheckpoint& c : *stored) {
        if (!key->trusts(c.publicKey)) {
            ++v.untrustedCheckpoints;
            continue;
        }
        if (!AuditAnchor::signatureHolds(c)) {
            v.intact = false;
            v.firstBadSeq = c.seq;
            v.problem =
                tr("checkpoint %1 does not carry a valid signature (it was forged or changed)").arg(c.id);
            return v;
        }
        bySeq.insert(c.seq, c);
        ++v.checkpoints;
    }
    const auto anchor = AuditAnchor::lastAnchor(m_db);
    if (anchor && key->trusts(anchor->publicKey)) {
        v.anchorSeq = anchor->seq;
        bySeq.insert(anchor->seq, *anchor);
    }

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
        else
            for (const core::AuditCheckpoint& c : bySeq.values(e.seq))
                if (c.hash != e.hash)
                    problem = tr("it, or an entry before it, was changed after checkpoint %1 signed it "
                                 "(the chain was re-hashed)")
                                  .arg(c.id ? QString::number(c.id) : tr("of this workstation"));
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
    if (v.intact) {
        qint64 beyond = 0;
        for (auto it = bySeq.cbegin(); it != bySeq.cend(); ++it)
            beyond = std::max(beyond, it.key());
        if (beyond > v.headSeq) {
            v.intact = false;
            v.firstBadSeq = v.headSeq + 1;
            v.problem = tr("the chain ends at entry %1, but entry %2 was signed by a checkpoint: entries "
                           "were removed")
                            .arg(v.headSeq)
                            .arg(beyond);
            return v;
        }
    }

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

Result<std::optional<core::AuditCheckpoint>> AuditService::checkpoint(const QDateTime& now)
{
    if (m_db.isReadOnly())
        return std::optional<core::AuditCheckpoint>{};
    auto key = AuditAnchor::load();
    if (!key.ok())
        return key.error();
    storage::AuditRepository repo(m_db);
    auto head = repo.head();
    if (!head.ok())
        return head.error();
    if (!head->has_value())
        return std::optional<core::AuditCheckpoint>{};
    const auto anchor = AuditAnchor::lastAnchor(m_db);
    if (anchor && anchor->seq == (*head)->seq && anchor->hash == (*head)->hash)
        return std::optional<core::AuditCheckpoint>{};
    if (anchor) {
        auto was = repo.entry(anchor->seq);
        if (!was.ok())
            return was.error();
        if (!was->has_value() || (*was)->hash != anchor->hash)
            return Error{
                ErrorCode::Damaged,
                tr("The audit trail changed since this workstation signed entry %1: it was cut short "
                   "or rewritten. Nothing more is signed; run \"cellboard-cli audit verify\" and "
                   "tell the administrator.")
                    .arg(anchor->seq),
                QStringLiteral("audit checkpoint refused"),
                {}};
    }
    core::AuditCheckpoint c = key->sign((*head)->seq, (*head)->hash, now);
    {
        storage::Transaction tx(m_db);
        if (!tx.ok())
            return tx.status().error();
        auto id = storage::AuditCheckpointRepository(m_db).insert(c);
        if (!id.ok())
            return id.error();
        c.id = *id;
        if (auto st = tx.commit(); !st.ok())
            return st.error();
    }
    if (auto st = AuditAnchor::saveAnchor(m_db, c); !st.ok())
        return st.error();
    return std::optional<core::AuditCheckpoint>(c);
}

Result<std::optional<core::AuditEntry>> AuditService::entry(qint64 seq)
{
    return storage::AuditRepository(m_db).entry(seq);
}

} // namespace cb::services
