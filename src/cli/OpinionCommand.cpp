#include "cli/OpinionCommand.h"

#include "cli/CaseIdArgument.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/ReviewJson.h"
#include "core/PermissionPolicy.h"
#include "core/TextLimits.h"
#include "services/ReviewService.h"
#include "services/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace cb::cli {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("cb::cli", s);
}

const QString kDiscipline = QStringLiteral("discipline");
const QString kAnswers = QStringLiteral("answers");
const QString kRecommendation = QStringLiteral("recommendation");
const QString kConditions = QStringLiteral("conditions");
const QString kComment = QStringLiteral("comment");
const QString kReason = QStringLiteral("reason");
const QString kRowVersion = QStringLiteral("row-version");
const QString kJson = QStringLiteral("json");

QList<QCommandLineOption> optionsFor(const QString& sub)
{
    auto valued = [](const QString& name, const QString& value) {
        return QCommandLineOption(name, {}, value);
    };
    if (sub == QLatin1String("show"))
        return {QCommandLineOption(kJson)};
    if (sub == QLatin1String("sign"))
        return {valued(kDiscipline, QStringLiteral("D"))};
    QList<QCommandLineOption> options{
        valued(kDiscipline, QStringLiteral("D")), valued(kAnswers, QStringLiteral("FILE")),
        valued(kRecommendation, QStringLiteral("R")), valued(kConditions, QStringLiteral("TEXT")),
        valued(kComment, QStringLiteral("TEXT"))};
    if (sub == QLatin1String("record"))
        options << valued(kRowVersion, QStringLiteral("N"));
    else
        options << valued(kReason, QStringLiteral("TEXT"));
    return options;
}

QString disciplineList()
{
    return core::allIds(core::disciplines()).join(QStringLiteral(", "));
}

QString recommendationList()
{
    return core::allIds(core::recommendations()).join(QStringLiteral(", "));
}

core::Action actionOf(const QString& sub)
{
    if (sub == QLatin1String("show"))
        return core::Action::ReadCases;
    return sub == QLatin1String("sign") ? core::Action::SignOpinion : core::Action::RecordOpinion;
}

// Whether the user may perform the action on some discipline's opinion.
bool permittedForAnyDiscipline(const core::UserIdentity& user, core::Action action)
{
    for (const auto& e : core::disciplines())
        if (core::PermissionPolicy::allows(user, action, e.value))
            return true;
    return false;
}

// The keys an answer object may hold ("date" is the CLI's name for the value's date).
const QStringList kAnswerKeys{QStringLiteral("value"),  QStringLiteral("unit"),
                              QStringLiteral("date"),   QStringLiteral("value_date"),
                              QStringLiteral("detail"), QStringLiteral("not_applicable"),
                              QStringLiteral("item")};

Result<QJsonValue> normaliseAnswer(const QString& itemId, const QJsonValue& v)
{
    // what the file says is quoted short: a 100 kB key is not echoed whole
    const QString shown = core::TextLimits::quoted(itemId);
    if (v.isArray())
        return Error::badInput(tr("Answer \"%1\": a list is not an answer; give one value or an object with "
                                  "\"value\".")
                                   .arg(shown));
    if (!v.isObject())
        return v;
    QJsonObject in = v.toObject();
    for (auto it = in.begin(); it != in.end(); ++it)
        if (!kAnswerKeys.contains(it.key()))
            return Error::badInput(
                tr("Answer \"%1\": unknown key \"%2\" (an answer object holds value, unit, date, "
                   "detail, not_applicable).")
                    .arg(shown, core::TextLimits::quoted(it.key())));
    for (const char* key : {"unit", "detail", "date", "value_date"})
        if (in.contains(QLatin1String(key)) && !in.value(QLatin1String(key)).isString())
            return Error::badInput(tr("Answer \"%1\": \"%2\" must be text.").arg(shown, QLatin1String(key)));
    if (in.contains(QStringLiteral("not_applicable")) && !in.value(QStringLiteral("not_applicable")).isBool())
        return Error::badInput(tr("Answer \"%1\": \"not_applicable\" must be true or false.").arg(shown));
    if (in.contains(QStringLiteral("item")) && in.value(QStringLiteral("item")).toString() != itemId)
        return Error::badInput(
            tr("Answer \"%1\": its \"item\" says \"%2\".")
                .arg(shown, core::TextLimits::quoted(in.value(QStringLiteral("item")).toString())));
    if (in.value(QStringLiteral("value")).isArray() || in.value(QStringLiteral("value")).isObject())
        return Error::badInput(tr("Answer \"%1\": \"value\" must be one value.").arg(shown));
    const QString date =
        in.take(QStringLiteral("date")).toString(in.value(QStringLiteral("value_date")).toString());
    if (!date.isEmpty()) {
        if (!QDate::fromString(date, Qt::ISODate).isValid())
            return Error::badInput(tr("Answer \"%1\": \"%2\" is not a date (YYYY-MM-DD).")
                                       .arg(shown, core::TextLimits::quoted(date)));
        in.insert(QStringLiteral("value_date"), date);
    }
    in.insert(QStringLiteral("item"), itemId);
    return QJsonValue(in);
}

// The signed version's own answers (not the suggestions prefilled from the case, which the
// service recomputes from the current data) with the new answers on top.
QJsonObject amendedAnswers(const QJsonObject& previous, const QJsonObject& changes)
{
    QJsonObject out;
    for (auto it = previous.begin(); it != previous.end(); ++it)
        if (!(it.value().isObject() && it.value().toObject().value(QStringLiteral("prefilled")).toBool()))
            out.insert(it.key(), it.value());
    for (auto it = changes.begin(); it != changes.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

Result<std::optional<core::Recommendation>> recommendationOf(const CommandLine& cl)
{
    if (!cl.isSet(kRecommendation))
        return std::optional<core::Recommendation>();
    const auto r = core::fromId(core::recommendations(), cl.value(kRecommendation));
    if (!r)
        return Error::badInput(tr("Unknown recommendation \"%1\"; expected one of: %2.")
                                   .arg(cl.value(kRecommendation), recommendationList()));
    return std::optional<core::Recommendation>(*r);
}

QString countsText(const core::Opinion& o)
{
    return tr("%1 concern(s), %2 contraindication(s)").arg(o.concerns).arg(o.contraindications);
}

} // namespace

QString OpinionCommand::summary() const
{
    return tr("Record, sign, amend and show a discipline's opinion on a case");
}

QString OpinionCommand::usage() const
{
    return tr("Usage:\n"
              "  cellboard-cli --user NAME opinion record CASE --discipline D --answers FILE.json "
              "--recommendation R\n"
              "                [--conditions TEXT] [--comment TEXT] [--row-version N]\n"
              "  cellboard-cli --user NAME opinion sign CASE --discipline D\n"
              "  cellboard-cli --user NAME opinion amend CASE --discipline D --reason TEXT --answers "
              "FILE.json\n"
              "                [--recommendation R] [--conditions TEXT] [--comment TEXT]\n"
              "  cellboard-cli --user NAME opinion show CASE [--json]\n"
              "record saves the draft (creating it, or replacing the draft's answers with FILE's); "
              "--row-version\n"
              "refuses the save (exit 4) when the draft changed since that row version (see show --json).\n"
              "sign signs the current draft with the --user password already given on standard input.\n"
              "amend starts a new version of a signed opinion: the signed version's answers with FILE's on\n"
              "top; recommendation, conditions and comment stay unless given.\n"
              "FILE.json: {\"CAR-01\": 55, \"CAR-03\": \"normal\", \"CAR-04.troponin\": {\"value\": 9, "
              "\"unit\": "
              "\"ng/L\",\n"
              "            \"date\": \"2026-11-20\", \"detail\": \"…\"}, \"HEM-06\": {\"not_applicable\": "
              "true}}\n"
              "Disciplines: %1.\nRecommendations: %2.")
        .arg(disciplineList(), recommendationList());
}

Result<QJsonObject> OpinionCommand::readAnswers(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::badInput(tr("Cannot read the answers file \"%1\": %2.").arg(path, f.errorString()));
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::badInput(tr("The answers file \"%1\" is not valid JSON: %2 at offset %3.")
                                   .arg(path, pe.errorString())
                                   .arg(pe.offset));
    if (!doc.isObject())
        return Error::badInput(
            tr("The answers file \"%1\" must hold one JSON object {\"ITEM-ID\": answer, …}.").arg(path));
    const QJsonObject in = doc.object();
    QJsonObject out;
    for (auto it = in.begin(); it != in.end(); ++it) {
        auto v = normaliseAnswer(it.key(), it.value());
        if (!v.ok())
            return v.error();
        out.insert(it.key(), *v);
    }
    return out;
}

int OpinionCommand::denyUnlessPermitted(CliContext& ctx, const core::UserIdentity& user, const QString& sub,
                                        qint64 caseId, std::optional<core::Discipline> discipline)
{
    const core::Action action = actionOf(sub);
    const bool permitted = action == core::Action::ReadCases
                               ? core::PermissionPolicy::allows(user, action)
                               : (discipline ? core::PermissionPolicy::allows(user, action, *discipline)
                                             : permittedForAnyDiscipline(user, action));
    if (permitted)
        return -1;
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    // The refusal comes before the case is looked at, and is audited like the act's own.
    const QString name = sub == QLatin1String("show")    ? QStringLiteral("review.view")
                         : sub == QLatin1String("sign")  ? QStringLiteral("opinion.sign")
                         : sub == QLatin1String("amend") ? QStringLiteral("opinion.amend")
                                                         : QStringLiteral("opinion.record");
    const std::optional<core::Discipline> d =
        action == core::Action::ReadCases ? std::nullopt
                                          : std::optional(discipline.value_or(core::Discipline::Hematology));
    Error e = (*ws)->require(user, {action, d, name, caseId}).error();
    if (!discipline &&
        action != core::Action::ReadCases) // the service's message names a discipline not given
        e.message =
            tr("Only a specialist of the opinion's discipline can record, sign or amend it; your account "
               "is not a specialist of any discipline.");
    return ctx.fail(e);
}

int OpinionCommand::run(CliContext& ctx, const QStringList& args)
{
    if (args.isEmpty())
        return ctx.usageError(usage());
    const QString sub = args.first();
    static const QStringList subs{QStringLiteral("record"), QStringLiteral("sign"), QStringLiteral("amend"),
                                  QStringLiteral("show")};
    if (!subs.contains(sub))
        return ctx.usageError(tr("Unknown opinion command \"%1\".\n").arg(sub) + usage());
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
    std::optional<core::Discipline> discipline;
    if (parsed && cl.isSet(kDiscipline))
        discipline = core::fromId(core::disciplines(), cl.value(kDiscipline));
    if (int code = denyUnlessPermitted(ctx, *user, sub, caseNumber, discipline); code >= 0)
        return code;

    if (!parsed)
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage());
    if (positional.size() != 1)
        return ctx.usageError(tr("Give one case id: cellboard-cli --user NAME opinion %1 CASE …").arg(sub));
    if (caseNumber == 0)
        return ctx.usageError(tr("\"%1\" is not a case id (a positive number).").arg(positional.first()));
    if (sub == QLatin1String("show"))
        return show(ctx, *user, cl, caseNumber);
    if (!cl.isSet(kDiscipline))
        return ctx.usageError(tr("Give the discipline: --discipline D (one of %1).").arg(disciplineList()));
    if (!discipline)
        return ctx.usageError(tr("Unknown discipline \"%1\"; expected one of: %2.")
                                  .arg(cl.value(kDiscipline), disciplineList()));
    if (sub == QLatin1String("sign"))
        return sign(ctx, *user, caseNumber, *discipline);
    if (sub == QLatin1String("amend"))
        return amend(ctx, *user, cl, caseNumber, *discipline);
    return record(ctx, *user, cl, caseNumber, *discipline);
}

int OpinionCommand::record(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl,
                           qint64 caseId, core::Discipline discipline)
{
    if (!cl.isSet(kAnswers))
        return ctx.usageError(tr("Give the checklist answers: --answers FILE.json (\"{}\" for none)."));
    if (!cl.isSet(kRecommendation))
        return ctx.usageError(
            tr("Give the recommendation: --recommendation R (one of %1).").arg(recommendationList()));
    auto recommendation = recommendationOf(cl);
    if (!recommendation.ok())
        return ctx.fail(recommendation.error());
    qint64 rowVersion = -1;
    if (cl.isSet(kRowVersion)) {
        bool ok = false;
        rowVersion = cl.value(kRowVersion).toLongLong(&ok);
        if (!ok || rowVersion < 0)
            return ctx.usageError(
                tr("--row-version takes the draft's row version, a number (0 for a new opinion)."));
    }
    auto answers = readAnswers(cl.value(kAnswers));
    if (!answers.ok())
        return ctx.fail(answers.error());
    services::OpinionInput input;
    input.answers = *answers;
    input.recommendation = *recommendation;
    input.conditions = cl.value(kConditions);
    input.comment = cl.value(kComment);
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    auto o = (*ws)->reviews().recordOpinion(user, caseId, discipline, input, rowVersion);
    if (!o.ok())
        return ctx.fail(o.error());
    ctx.out() << tr("%1 opinion v%2 on case %3 saved as a draft (row version %4): %5.")
                     .arg(core::label(discipline))
                     .arg(o->version)
                     .arg(caseId)
                     .arg(o->rowVersion)
                     .arg(countsText(*o))
              << Qt::endl;
    return ExitOk;
}

int OpinionCommand::sign(CliContext& ctx, const core::UserIdentity& user, qint64 caseId,
                         core::Discipline discipline)
{
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    // The signing password is the --user password already read from standard input.
    auto o = (*ws)->reviews().signOpinion(user, caseId, discipline, ctx.readPasswordLine());
    if (!o.ok())
        return ctx.fail(o.error());
    ctx.out() << tr("%1 opinion v%2 on case %3 signed by %4 at %5: \"%6\" (SHA-256 %7).")
                     .arg(core::label(discipline))
                     .arg(o->version)
                     .arg(caseId)
                     .arg(o->signature->printedName, core::toIsoUtc(o->signature->signedAt),
                          o->signature->meaning, o->signature->contentSha256)
              << Qt::endl;
    return ExitOk;
}

int OpinionCommand::amend(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl,
                          qint64 caseId, core::Discipline discipline)
{
    if (!cl.isSet(kReason) || cl.value(kReason).trimmed().isEmpty())
        return ctx.usageError(tr("An amendment needs a reason: --reason TEXT."));
    if (!cl.isSet(kAnswers))
        return ctx.usageError(tr("Give the changed answers: --answers FILE.json (\"{}\" for none)."));
    auto recommendation = recommendationOf(cl);
    if (!recommendation.ok())
        return ctx.fail(recommendation.error());
    auto answers = readAnswers(cl.value(kAnswers));
    if (!answers.ok())
        return ctx.fail(answers.error());
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    auto& reviews = (*ws)->reviews();
    auto ov = reviews.overview(user, caseId);
    if (!ov.ok())
        return ctx.fail(ov.error());
    services::OpinionInput input;
    input.answers = *answers;
    input.recommendation = *recommendation;
    input.conditions = cl.value(kConditions);
    input.comment = cl.value(kComment);
    if (const auto* r = ov->find(discipline); r && r->current && r->current->isSigned) {
        const core::Opinion& previous = *r->current;
        input.answers = amendedAnswers(previous.answers, *answers);
        if (!cl.isSet(kRecommendation))
            input.recommendation = previous.recommendation;
        if (!cl.isSet(kConditions))
            input.conditions = previous.conditions;
        if (!cl.isSet(kComment))
            input.comment = previous.comment;
    }
    auto o = reviews.amendOpinion(user, caseId, discipline, cl.value(kReason), input);
    if (!o.ok())
        return ctx.fail(o.error());
    ctx.out()
        << tr("%1 opinion v%2 on case %3 drafted as an amendment of v%4 (row version %5): %6. Sign it to "
              "replace v%4.")
               .arg(core::label(discipline))
               .arg(o->version)
               .arg(caseId)
               .arg(o->version - 1)
               .arg(o->rowVersion)
               .arg(countsText(*o))
        << Qt::endl;
    return ExitOk;
}

int OpinionCommand::show(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl,
                         qint64 caseId)
{
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    auto& reviews = (*ws)->reviews();
    // The overview of a case that does not exist is empty, not an error: ask about the case first.
    if (auto exists = reviews.evaluate(caseId, core::Discipline::Hematology, {}); !exists.ok())
        return ctx.fail(exists.error());
    auto ov = reviews.overview(user, caseId);
    if (!ov.ok())
        return ctx.fail(ov.error());
    if (cl.isSet(kJson)) {
        QJsonArray arr;
        for (const auto& r : ov->disciplines)
            arr << ReviewJson::disciplineReview(r);
        return ctx.printJson(QJsonDocument(arr));
    }
    QTextStream& out = ctx.out();
    out << tr("Case %1 — review quorum %2").arg(caseId).arg(ov->quorumMet ? tr("met") : tr("not met"))
        << Qt::endl;
    for (const auto& r : ov->disciplines) {
        QString line = QStringLiteral("  %1 %2 %3")
                           .arg(core::toId(r.discipline), -20)
                           .arg(r.required ? tr("required") : tr("optional"), -9)
                           .arg(services::reviewStateId(r.state), -12);
        if (const auto& c = r.current) {
            line += QStringLiteral("v%1  %2  %3")
                        .arg(c->version)
                        .arg(c->recommendation ? core::toId(*c->recommendation) : tr("(no recommendation)"),
                             countsText(*c));
            if (c->signature)
                line += tr("  signed by %1 at %2")
                            .arg(c->signature->printedName, core::toIsoUtc(c->signature->signedAt));
        }
        out << line << Qt::endl;
        if (!r.current)
            continue;
        for (const QJsonValue& item : ReviewJson::items(*r.current)) {
            const QJsonObject i = item.toObject();
            const QString status = i.value(QStringLiteral("status")).toString();
            if (status != QLatin1String("concern") && status != QLatin1String("contraindication") &&
                !i.value(QStringLiteral("stale")).toBool())
                continue;
            QStringList reasons;
            for (const QJsonValue& reason : i.value(QStringLiteral("reasons")).toArray())
                reasons << reason.toString();
            out << QStringLiteral("      %1 %2%3: %4")
                       .arg(i.value(QStringLiteral("id")).toString(), status,
                            i.value(QStringLiteral("stale")).toBool() ? tr(" (stale)") : QString(),
                            reasons.join(QStringLiteral("; ")))
                << Qt::endl;
        }
        for (const auto& v : r.history)
            if (!v.amendReason.isEmpty())
                out << tr("      v%1 amends v%2: %3").arg(v.version).arg(v.version - 1).arg(v.amendReason)
                    << Qt::endl;
    }
    for (const QString& p : ov->readinessProblems)
        out << tr("  to do: %1").arg(p) << Qt::endl;
    return ExitOk;
}

} // namespace cb::cli
