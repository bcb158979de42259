#include "cli/DecisionCommand.h"

#include "cli/CaseIdArgument.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/ReviewJson.h"
#include "core/PermissionPolicy.h"
#include "services/DecisionService.h"
#include "services/ReviewService.h"
#include "services/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace cb::cli {

namespace {

const QString kVerdict = QStringLiteral("verdict");
const QString kRationale = QStringLiteral("rationale");
const QString kConditions = QStringLiteral("conditions");
const QString kProduct = QStringLiteral("product");
const QString kBridging = QStringLiteral("bridging");
const QString kDeferReason = QStringLiteral("defer-reason");
const QString kReassessDate = QStringLiteral("reassess-date");
const QString kOverrideApprover = QStringLiteral("override-approver");
const QString kOverrideReason = QStringLiteral("override-reason");
const QString kConsent = QStringLiteral("consent");
const QString kPreference = QStringLiteral("preference");
const QString kAction = QStringLiteral("action");
const QString kRowVersion = QStringLiteral("row-version");
const QString kText = QStringLiteral("text");
const QString kDiscipline = QStringLiteral("discipline");
const QString kSentAt = QStringLiteral("sent-at");
const QString kBy = QStringLiteral("by");
const QString kMethod = QStringLiteral("method");
const QString kJson = QStringLiteral("json");

QList<QCommandLineOption> optionsFor(const QString& sub)
{
    auto valued = [](const QString& name, const QString& value) {
        return QCommandLineOption(name, {}, value);
    };
    const QString t = QStringLiteral("TEXT");
    if (sub == QLatin1String("record"))
        return {valued(kVerdict, QStringLiteral("V")),
                valued(kRationale, t),
                valued(kConditions, t),
                valued(kProduct, QStringLiteral("P")),
                valued(kBridging, t),
                valued(kDeferReason, t),
                valued(kReassessDate, QStringLiteral("YYYY-MM-DD")),
                valued(kOverrideApprover, QStringLiteral("U")),
                valued(kOverrideReason, t),
                valued(kConsent, QStringLiteral("S")),
                valued(kPreference, t),
                valued(kAction, QStringLiteral("D|OWNER|DATE")),
                valued(kRowVersion, QStringLiteral("N"))};
    if (sub == QLatin1String("dissent"))
        return {valued(kText, t), valued(kDiscipline, QStringLiteral("D"))};
    if (sub == QLatin1String("show"))
        return {QCommandLineOption(kJson)};
    if (sub == QLatin1String("notify"))
        return {valued(kSentAt, QStringLiteral("ISO")), valued(kBy, QStringLiteral("NAME")),
                valued(kMethod, QStringLiteral("M"))};
    if (sub == QLatin1String("action"))
        return {valued(kAction, QStringLiteral("D|OWNER|DATE"))};
    return {}; // sign
}

std::optional<QDateTime> parseTime(const QString& text)
{
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

} // namespace

QString DecisionCommand::summary() const
{
    return tr("Record and sign the board's verdict; dissent, actions, communication");
}

QString DecisionCommand::usage() const
{
    return tr("Usage:\n"
              "  cellboard-cli --user CHAIR decision record CASE --verdict V [--rationale TEXT] "
              "[--conditions TEXT]\n"
              "                [--product P] [--bridging TEXT] [--defer-reason TEXT --reassess-date "
              "YYYY-MM-DD]\n"
              "                [--override-approver NAME --override-reason TEXT] [--consent S] [--preference "
              "TEXT]\n"
              "                [--action \"DESCRIPTION|OWNER|YYYY-MM-DD\"]... [--row-version N]\n"
              "  cellboard-cli --user MEMBER decision dissent CASE --text TEXT [--discipline D]\n"
              "  cellboard-cli --user CHAIR decision sign CASE\n"
              "  cellboard-cli --user NAME decision show CASE [--json]\n"
              "  cellboard-cli --user NAME decision notify CASE --sent-at ISO-TIME --by NAME [--method M]\n"
              "  cellboard-cli --user NAME decision action CASE --action "
              "\"DESCRIPTION|OWNER|YYYY-MM-DD\"...\n"
              "record saves the verdict as a draft; it needs every required discipline's signed opinion "
              "(the\n"
              "quorum). The rationale is required when the signed opinions hold concerns or "
              "contraindications;\n"
              "an eligible verdict over a contraindication needs the override approver and reason.\n"
              "sign signs the draft verdict with the --user password already given on standard input.\n"
              "Verdicts: %1.\nDisciplines: %2.")
        .arg(core::allIds(core::verdicts()).join(QStringLiteral(", ")),
             core::allIds(core::disciplines()).join(QStringLiteral(", ")));
}

Result<core::DecisionAction> DecisionCommand::parseAction(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('|'));
    if (parts.size() < 2 || parts.size() > 3 || parts.at(0).trimmed().isEmpty() ||
        parts.at(1).trimmed().isEmpty())
        return Error::badInput(
            tr("An action is \"DESCRIPTION|OWNER|YYYY-MM-DD\" (the due date may be left out): "
               "\"%1\".")
                .arg(text));
    core::DecisionAction a;
    a.description = parts.at(0).trimmed();
    a.owner = parts.at(1).trimmed();
    if (parts.size() == 3 && !parts.at(2).trimmed().isEmpty()) {
        a.dueDate = QDate::fromString(parts.at(2).trimmed(), Qt::ISODate);
        if (!a.dueDate.isValid())
            return Error::badInput(
                tr("The action's due date \"%1\" is not a date (YYYY-MM-DD).").arg(parts.at(2)));
    }
    return a;
}

int DecisionCommand::denyUnlessPermitted(CliContext& ctx, const core::UserIdentity& user, const QString& sub,
                                         qint64 caseId)
{
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    // The service answers the permission question before anything else, and audits the denial.
    using Act = services::DecisionService::Act;
    const Act act = sub == QLatin1String("record")    ? Act::Record
                    : sub == QLatin1String("sign")    ? Act::Sign
                    : sub == QLatin1String("dissent") ? Act::Dissent
                    : sub == QLatin1String("show")    ? Act::View
                    : sub == QLatin1String("notify")  ? Act::Communicate
                                                      : Act::AddAction;
    if (auto st = (*ws)->decisions().require(user, act, caseId); !st.ok())
        return ctx.fail(st.error());
    return -1;
}

int DecisionCommand::run(CliContext& ctx, const QStringList& args)
{
    if (args.isEmpty())
        return ctx.usageError(usage());
    const QString sub = args.first();
    static const QStringList subs{QStringLiteral("record"), QStringLiteral("dissent"),
                                  QStringLiteral("sign"),   QStringLiteral("show"),
                                  QStringLiteral("notify"), QStringLiteral("action")};
    if (!subs.contains(sub))
        return ctx.usageError(tr("Unknown decision command \"%1\".\n").arg(sub) + usage());
    // authentication, then permission, then arguments and state (DESIGN.md §5)
    auto user = ctx.authenticate();
    if (!user.ok())
        return ctx.fail(user.error());
    CommandLine cl(optionsFor(sub));
    const bool parsed = cl.parse(args.mid(1));
    const QStringList positional = parsed ? cl.positional() : QStringList();
    // a plain number (0 = none): GCC's -O2 flow analysis warns on std::optional here
    qint64 caseNumber = 0;
    if (positional.size() == 1)
        caseNumber = parseCaseId(positional.first()).value_or(0);
    if (int code = denyUnlessPermitted(ctx, *user, sub, caseNumber); code >= 0)
        return code;

    if (!parsed)
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage());
    if (positional.size() != 1)
        return ctx.usageError(tr("Give one case id: cellboard-cli --user NAME decision %1 CASE …").arg(sub));
    if (caseNumber == 0)
        return ctx.usageError(tr("\"%1\" is not a case id (a positive number).").arg(positional.first()));
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    // Dissent, actions and the verdict's history belong to a case that exists: say so (exit 2)
    // rather than "no verdict yet".
    if (auto exists = (*ws)->reviews().evaluate(caseNumber, core::Discipline::Hematology, {}); !exists.ok())
        return ctx.fail(exists.error());
    if (sub == QLatin1String("record"))
        return record(ctx, *user, cl, caseNumber);
    if (sub == QLatin1String("dissent"))
        return dissent(ctx, *user, cl, caseNumber);
    if (sub == QLatin1String("sign"))
        return sign(ctx, *user, caseNumber);
    if (sub == QLatin1String("show"))
        return show(ctx, *user, cl, caseNumber);
    if (sub == QLatin1String("notify"))
        return notify(ctx, *user, cl, caseNumber);
    return addActions(ctx, *user, cl, caseNumber);
}

int DecisionCommand::record(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl,
                            qint64 caseId)
{
    const QString verdicts = core::allIds(core::verdicts()).join(QStringLiteral(", "));
    if (!cl.isSet(kVerdict))
        return ctx.usageError(tr("Give the verdict: --verdict V (one of %1).").arg(verdicts));
    const auto verdict = core::fromId(core::verdicts(), cl.value(kVerdict));
    if (!verdict)
        return ctx.usageError(
            tr("Unknown verdict \"%1\"; expected one of: %2.").arg(cl.value(kVerdict), verdicts));
    services::DecisionInput in;
    in.verdict = *verdict;
    in.rationale = cl.value(kRationale);
    in.conditions = cl.value(kConditions);
    in.product = cl.value(kProduct);
    in.bridgingPlan = cl.value(kBridging);
    in.deferReason = cl.value(kDeferReason);
    if (cl.isSet(kReassessDate)) {
        in.reassessDate = QDate::fromString(cl.value(kReassessDate).trimmed(), Qt::ISODate);
        if (!in.reassessDate.isValid())
            return ctx.usageError(
                tr("--reassess-date \"%1\" is not a date (YYYY-MM-DD).").arg(cl.value(kReassessDate)));
    }
    in.overrideApprover = cl.value(kOverrideApprover);
    in.overrideReason = cl.value(kOverrideReason);
    in.consentStatus = cl.value(kConsent);
    in.patientPreference = cl.value(kPreference);
    for (const QString& text : cl.values(kAction)) {
        auto a = parseAction(text);
        if (!a.ok())
            return ctx.fail(a.error());
        in.actions << *a;
    }
    qint64 rowVersion = -1;
    if (cl.isSet(kRowVersion)) {
        bool ok = false;
        rowVersion = cl.value(kRowVersion).toLongLong(&ok);
        if (!ok || rowVersion < 0)
            return ctx.usageError(tr("--row-version takes the draft verdict's row version, a number."));
    }
    auto ws = ctx.workspace();
    auto d = (*ws)->decisions().recordDecision(user, caseId, in, rowVersion);
    if (!d.ok())
        return ctx.fail(d.error());
    ctx.out() << tr("Verdict v%1 on case %2 saved as a draft: %3 (row version %4). Sign it with \"decision "
                    "sign %2\".")
                     .arg(d->version)
                     .arg(caseId)
                     .arg(core::toId(d->verdict))
                     .arg(d->rowVersion)
              << Qt::endl;
    return ExitOk;
}

int DecisionCommand::dissent(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl,
                             qint64 caseId)
{
    if (!cl.isSet(kText) || cl.value(kText).trimmed().isEmpty())
        return ctx.usageError(tr("Give the dissent, verbatim: --text TEXT."));
    std::optional<core::Discipline> discipline;
    if (cl.isSet(kDiscipline)) {
        discipline = core::fromId(core::disciplines(), cl.value(kDiscipline));
        if (!discipline)
            return ctx.usageError(tr("Unknown discipline \"%1\"; expected one of: %2.")
                                      .arg(cl.value(kDiscipline),
                                           core::allIds(core::disciplines()).join(QStringLiteral(", "))));
    }
    auto ws = ctx.workspace();
    auto d = (*ws)->decisions().recordDissent(user, caseId, cl.value(kText), discipline);
    if (!d.ok())
        return ctx.fail(d.error());
    ctx.out() << tr("Dissent %1 recorded on the verdict on case %2.").arg(d->id).arg(caseId) << Qt::endl;
    return ExitOk;
}

int DecisionCommand::sign(CliContext& ctx, const core::UserIdentity& user, qint64 caseId)
{
    auto ws = ctx.workspace();
    // The signing password is the --user password already read from standard input.
    auto d = (*ws)->decisions().signDecision(user, caseId, ctx.readPasswordLine());
    if (!d.ok())
        return ctx.fail(d.error());
    // a deferred verdict sends the case back to work-up (DESIGN §2); any other decides it
    const QString after =
        d->verdict == core::Verdict::Deferred
            ? tr("The case returns to work-up until it is reassessed (%1).")
                  .arg(d->reassessDate.isValid() ? d->reassessDate.toString(Qt::ISODate) : tr("no date set"))
            : tr("The case is decided.");
    ctx.out() << tr("Verdict v%1 on case %2 signed by %3 at %4: %5 (SHA-256 %6).")
                     .arg(d->version)
                     .arg(caseId)
                     .arg(d->signature->printedName, core::toIsoUtc(d->signature->signedAt),
                          core::toId(d->verdict), d->signature->contentSha256)
              << ' ' << after << Qt::endl;
    return ExitOk;
}

int DecisionCommand::show(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl,
                          qint64 caseId)
{
    auto ws = ctx.workspace();
    auto all = (*ws)->decisions().decisions(user, caseId);
    if (!all.ok())
        return ctx.fail(all.error());
    if (all->isEmpty())
        return ctx.fail(
            Error::invalidState(tr("The board has not recorded a verdict on case %1 yet.").arg(caseId)));
    const core::Decision& d = all->last();
    if (cl.isSet(kJson))
        return ctx.printJson(QJsonDocument(ReviewJson::decision(d, *all)));
    QTextStream& out = ctx.out();
    out << tr("Case %1 — verdict v%2: %3 (%4)")
               .arg(caseId)
               .arg(d.version)
               .arg(core::toId(d.verdict), d.isSigned ? tr("signed") : tr("draft"))
        << Qt::endl;
    auto field = [&out](const QString& label, const QString& value) {
        if (!value.isEmpty())
            out << QStringLiteral("  %1: %2").arg(label, value) << Qt::endl;
    };
    field(tr("Conditions"), d.conditions);
    field(tr("Rationale"), d.rationale);
    field(tr("Product"), d.product);
    field(tr("Bridging"), d.bridgingPlan);
    field(tr("Deferred because"), d.deferReason);
    field(tr("Reassess on"), d.reassessDate.toString(Qt::ISODate));
    if (!d.overrideApprover.isEmpty())
        field(tr("Override"), tr("%1: %2").arg(d.overrideApprover, d.overrideReason));
    field(tr("Consent"), d.consentStatus);
    field(tr("Patient preference"), d.patientPreference);
    if (d.signature)
        field(tr("Signed"), tr("%1 at %2, \"%3\" (SHA-256 %4)")
                                .arg(d.signature->printedName, core::toIsoUtc(d.signature->signedAt),
                                     d.signature->meaning, d.signature->contentSha256));
    for (const auto& x : d.dissents)
        field(tr("Dissent"), tr("%1 (%2): %3").arg(x.memberName, x.discipline, x.text));
    for (const auto& a : d.actions)
        field(tr("Action"), tr("%1 — %2, due %3 [%4]")
                                .arg(a.description, a.owner, a.dueDate.toString(Qt::ISODate), a.status));
    for (const auto& c : d.communications)
        field(tr("Sent"), tr("%1 by %2 %3").arg(core::toIsoUtc(c.sentAt), c.sentBy, c.method));
    return ExitOk;
}

int DecisionCommand::notify(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl,
                            qint64 caseId)
{
    if (!cl.isSet(kSentAt) || !cl.isSet(kBy))
        return ctx.usageError(tr("Say when and by whom the outcome was sent: --sent-at ISO-TIME --by NAME."));
    const auto sentAt = parseTime(cl.value(kSentAt));
    if (!sentAt)
        return ctx.usageError(
            tr("--sent-at \"%1\" is not a time (e.g. 2026-11-25T14:30:00Z).").arg(cl.value(kSentAt)));
    core::Communication c;
    c.sentAt = *sentAt;
    c.sentBy = cl.value(kBy).trimmed();
    c.method = cl.value(kMethod).trimmed();
    auto ws = ctx.workspace();
    auto id = (*ws)->decisions().recordCommunication(user, caseId, c);
    if (!id.ok())
        return ctx.fail(id.error());
    ctx.out() << tr("Communication %1 recorded: the outcome of case %2 was sent at %3 by %4.")
                     .arg(*id)
                     .arg(caseId)
                     .arg(core::toIsoUtc(c.sentAt), c.sentBy)
              << Qt::endl;
    return ExitOk;
}

int DecisionCommand::addActions(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl,
                                qint64 caseId)
{
    if (cl.values(kAction).isEmpty())
        return ctx.usageError(tr("Give at least one --action \"DESCRIPTION|OWNER|YYYY-MM-DD\"."));
    QList<core::DecisionAction> actions;
    for (const QString& text : cl.values(kAction)) {
        auto a = parseAction(text);
        if (!a.ok())
            return ctx.fail(a.error());
        actions << *a;
    }
    auto ws = ctx.workspace();
    for (const auto& a : actions) {
        auto id = (*ws)->decisions().addAction(user, caseId, a);
        if (!id.ok())
            return ctx.fail(id.error());
        ctx.out() << tr("Action %1 added to the verdict on case %2: %3 (%4).")
                         .arg(*id)
                         .arg(caseId)
                         .arg(a.description, a.owner)
                  << Qt::endl;
    }
    return ExitOk;
}

} // namespace cb::cli
