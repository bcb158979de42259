#include "cli/AuditCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "services/AuditAnchor.h"
#include "services/AuditService.h"
#include "services/Workspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace cb::cli {

QString AuditCommand::summary() const
{
    return tr("Verify the audit chain, or print one entry's hash");
}

QString AuditCommand::usage() const
{
    return tr(
        "Usage:\n"
        "  cellboard-cli audit verify [--json]   exit 0 when the chain holds; otherwise names the first bad "
        "entry\n"
        "  cellboard-cli audit entry SEQ [--json] print an entry's sequence number, time, action and hash\n"
        "  cellboard-cli audit key [--json]      print this workstation's public checkpoint key (for the\n"
        "                                        audit-trusted-keys file of the other workstations)");
}

int AuditCommand::run(CliContext& ctx, const QStringList& args)
{
    if (args.isEmpty())
        return ctx.usageError(usage());
    const QString sub = args.first();
    CommandLine cl({QCommandLineOption(QStringLiteral("json"))});
    if (!cl.parse(args.mid(1)))
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage());
    const bool json = cl.isSet(QStringLiteral("json"));
    if (sub == QLatin1String("key")) {
        if (!cl.positional().isEmpty())
            return ctx.usageError(usage());
        auto key = services::AuditAnchor::load();
        if (!key.ok())
            return ctx.fail(key.error());
        if (json)
            return ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("public_key"), key->publicKey()},
                                                           {QStringLiteral("key_file"), key->keyFile()}}));
        ctx.out() << key->publicKey() << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("verify")) {
        if (!cl.positional().isEmpty())
            return ctx.usageError(usage());
        auto ws = ctx.workspace();
        if (!ws.ok())
            return ctx.fail(ws.error());
        auto v = (*ws)->audit().verify();
        if (!v.ok())
            return ctx.fail(v.error());
        if (json) {
            QJsonObject o{{QStringLiteral("intact"), v->intact},
                          {QStringLiteral("entries"), v->entries},
                          {QStringLiteral("head_seq"), v->headSeq},
                          {QStringLiteral("head_hash"), v->headHash}};
            o.insert(QStringLiteral("signatures"), v->signatures);
            o.insert(QStringLiteral("checkpoints"), v->checkpoints);
            o.insert(QStringLiteral("untrusted_checkpoints"), v->untrustedCheckpoints);
            o.insert(QStringLiteral("anchor_seq"), v->anchorSeq);
            if (!v->intact) {
                o.insert(QStringLiteral("first_bad_seq"), v->firstBadSeq);
                o.insert(QStringLiteral("problem"), v->problem);
            }
            if (v->badSignatureId) {
                o.insert(QStringLiteral("bad_signature_id"), v->badSignatureId);
                o.insert(QStringLiteral("signature_problem"), v->signatureProblem);
            }
            ctx.printJson(QJsonDocument(o));
        }
        if (!v->intact) {
            ctx.err() << tr("Audit chain BROKEN at entry %1: %2.").arg(v->firstBadSeq).arg(v->problem)
                      << Qt::endl;
            return ExitFailure;
        }
        if (v->badSignatureId) {
            ctx.err()
                << tr("Signature %1 does NOT verify: %2.").arg(v->badSignatureId).arg(v->signatureProblem)
                << Qt::endl;
            return ExitFailure;
        }
        if (!json)
            ctx.out() << tr("Audit chain intact: %1 entries, %2 signatures verified. Head: entry %3, hash %4")
                             .arg(v->entries)
                             .arg(v->signatures)
                             .arg(v->headSeq)
                             .arg(v->headHash.isEmpty() ? tr("(none)") : v->headHash)
                      << Qt::endl
                      << tr("Checkpoints: %1 signed by trusted keys match the chain; this workstation last "
                            "signed entry %2; %3 by keys it does not know were not checked.")
                             .arg(v->checkpoints)
                             .arg(v->anchorSeq)
                             .arg(v->untrustedCheckpoints)
                      << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("entry")) {
        static const QRegularExpression re(QStringLiteral("^[1-9][0-9]{0,17}$"));
        if (cl.positional().size() != 1 || !re.match(cl.positional().first()).hasMatch())
            return ctx.usageError(
                tr("Give one entry sequence number (a positive number): cellboard-cli audit entry SEQ"));
        const qint64 seq = cl.positional().first().toLongLong();
        auto ws = ctx.workspace();
        if (!ws.ok())
            return ctx.fail(ws.error());
        auto e = (*ws)->audit().entry(seq);
        if (!e.ok())
            return ctx.fail(e.error());
        if (!e->has_value())
            return ctx.fail(Error::notFound(tr("There is no audit entry %1.").arg(seq)));
        const auto& entry = **e;
        if (json)
            return ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("id"), entry.seq},
                                                           {QStringLiteral("seq"), entry.seq},
                                                           {QStringLiteral("at"), core::toIsoUtc(entry.at)},
                                                           {QStringLiteral("user_id"), entry.userId},
                                                           {QStringLiteral("action"), entry.action},
                                                           {QStringLiteral("entity"), entry.entity},
                                                           {QStringLiteral("entity_id"), entry.entityId},
                                                           {QStringLiteral("prev_hash"), entry.prevHash},
                                                           {QStringLiteral("hash"), entry.hash}}));
        ctx.out() << tr("Entry %1 at %2: %3 %4 %5 by user %6")
                         .arg(entry.seq)
                         .arg(core::toIsoUtc(entry.at), entry.action, entry.entity, entry.entityId)
                         .arg(entry.userId)
                  << Qt::endl;
        ctx.out() << tr("Hash: %1").arg(entry.hash) << Qt::endl;
        return ExitOk;
    }
    return ctx.usageError(tr("Unknown audit command \"%1\".\n").arg(sub) + usage());
}

} // namespace cb::cli
