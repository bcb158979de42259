#include "cli/RecordCommand.h"

#include "cli/CaseIdArgument.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/JsonFile.h"
#include "core/PermissionPolicy.h"
#include "services/CaseService.h"
#include "services/IntakeJson.h"
#include "services/IntakeService.h"
#include "services/Workspace.h"

#include <QJsonArray>

namespace cb::cli {

namespace {

QStringList subcommandsOf(RecordCommand::Kind kind)
{
    switch (kind) {
    case RecordCommand::Kind::History:
        return {QStringLiteral("set"), QStringLiteral("show")};
    case RecordCommand::Kind::Line:
    case RecordCommand::Kind::Transplant:
    case RecordCommand::Kind::Observation:
        return {QStringLiteral("add"), QStringLiteral("correct"), QStringLiteral("void"),
                QStringLiteral("list")};
    }
    return {};
}

std::optional<qint64> entryId(const CommandLine& cl)
{
    return parseCaseId(cl.value(QStringLiteral("id")));
}

} // namespace

QString RecordCommand::name() const
{
    switch (m_kind) {
    case Kind::History:
        return QStringLiteral("history");
    case Kind::Line:
        return QStringLiteral("line");
    case Kind::Transplant:
        return QStringLiteral("transplant");
    case Kind::Observation:
        return QStringLiteral("obs");
    }
    return {};
}

QString RecordCommand::summary() const
{
    switch (m_kind) {
    case Kind::History:
        return tr("Set or show the patient's disease history");
    case Kind::Line:
        return tr("Add, correct, void or list prior therapy lines");
    case Kind::Transplant:
        return tr("Add, correct, void or list transplants");
    case Kind::Observation:
        return tr("Add, list, correct or void observations (labs, LVEF, SpO2, ECOG …)");
    }
    return {};
}

QString RecordCommand::usage() const
{
    switch (m_kind) {
    case Kind::History:
        return tr("Usage:\n"
                  "  cellboard-cli --user NAME history set CASE --file F\n"
                  "  cellboard-cli --user NAME history show CASE [--json]\n"
                  "F keys (keys left out are kept): diagnosis, diagnosis_date, staging {iss, r_iss,\n"
                  "ann_arbor, bulky, cns_status, ph_status}, cytogenetics [del17p, t4_14, t14_16, gain1q,\n"
                  "tp53, none, unknown], cytogenetics_note, extramedullary {status: yes|no|unknown, sites},\n"
                  "cns (none, treated, active, unknown), target_antigen {antigen, status, date, method},\n"
                  "row_version.");
    case Kind::Line:
        return tr("Usage:\n"
                  "  cellboard-cli --user NAME line add CASE --file F [--json]\n"
                  "  cellboard-cli --user NAME line correct CASE --id N --file F --reason R [--json]\n"
                  "  cellboard-cli --user NAME line void CASE --id N --reason R\n"
                  "  cellboard-cli --user NAME line list CASE [--json]\n"
                  "F = {line_number, regimen, drugs: [{name, class, refractory}], start, stop, ongoing,\n"
                  "reason_stopped, best_response, response_scheme (imwg, lugano, all), intent,\n"
                  "progression_date}. A known regimen (VRd, R-CHOP …) without drugs expands to its drugs.");
    case Kind::Transplant:
        return tr("Usage:\n"
                  "  cellboard-cli --user NAME transplant add CASE --file F [--json]\n"
                  "  cellboard-cli --user NAME transplant correct CASE --id N --file F --reason R [--json]\n"
                  "  cellboard-cli --user NAME transplant void CASE --id N --reason R\n"
                  "  cellboard-cli --user NAME transplant list CASE [--json]\n"
                  "F = {kind: autologous|allogeneic, date, conditioning, donor, gvhd, notes}.");
    case Kind::Observation:
        return tr("Usage:\n"
                  "  cellboard-cli --user NAME obs add CASE --code C --value V [--comparator <|<=|>|>=]\n"
                  "                --unit U --date D [--source S] [--json]\n"
                  "  cellboard-cli --user NAME obs list CASE [--json]\n"
                  "  cellboard-cli --user NAME obs correct CASE --id N --value V --unit U --date D --reason "
                  "R [--json]\n"
                  "  cellboard-cli --user NAME obs void CASE --id N --reason R\n"
                  "D is YYYY-MM-DD or an ISO date and time. Values are converted to the canonical unit;\n"
                  "the value and unit as entered are kept.");
    }
    return {};
}

int RecordCommand::run(CliContext& ctx, const QStringList& args)
{
    if (args.isEmpty())
        return ctx.usageError(usage());
    const QString sub = args.first();
    if (!subcommandsOf(m_kind).contains(sub))
        return ctx.usageError(tr("Unknown %1 command \"%2\".\n").arg(name(), sub) + usage());
    auto user = ctx.authenticate();
    if (!user.ok())
        return ctx.fail(user.error());
    const bool reads = sub == QLatin1String("list") || sub == QLatin1String("show");
    const auto action = reads ? core::Action::ReadCases : core::Action::EditCaseData;
    if (!core::PermissionPolicy::allows(*user, action)) {
        auto ws = ctx.workspace();
        if (!ws.ok())
            return ctx.fail(ws.error());
        return ctx.fail(
            (*ws)
                ->require(*user, {action, {}, QStringLiteral("record.") + name() + QLatin1Char('.') + sub})
                .error());
    }
    const QStringList rest = args.mid(1);
    if (m_kind == Kind::History)
        return history(ctx, sub, rest);
    if (m_kind == Kind::Observation)
        return observations(ctx, sub, rest);
    return entries(ctx, sub, rest);
}

int RecordCommand::history(CliContext& ctx, const QString& sub, const QStringList& args)
{
    CommandLine cl({QCommandLineOption(QStringLiteral("file"), {}, QStringLiteral("F")),
                    QCommandLineOption(QStringLiteral("json"))});
    if (!cl.parse(args))
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage());
    if (cl.positional().size() != 1)
        return ctx.usageError(tr("Give one case id.\n") + usage());
    const auto caseId = parseCaseId(cl.positional().first());
    if (!caseId)
        return ctx.usageError(
            tr("\"%1\" is not a case id (a positive number).").arg(cl.positional().first()));
    std::optional<QJsonObject> json;
    if (sub == QLatin1String("set")) {
        auto j = readJsonFile(cl.value(QStringLiteral("file")));
        if (!j.ok())
            return ctx.fail(j.error());
        json = *j;
    }
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    const auto actor = *ctx.authenticate();
    auto rec = (*ws)->cases().openCase(actor, *caseId);
    if (!rec.ok())
        return ctx.fail(rec.error());
    if (sub == QLatin1String("show")) {
        const QJsonObject h = services::IntakeJson::historyJson(rec->history);
        if (cl.isSet(QStringLiteral("json")))
            return ctx.printJson(QJsonDocument(h));
        ctx.out() << QString::fromUtf8(QJsonDocument(h).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    auto h = services::IntakeJson::readHistory(*json, rec->history);
    if (!h.ok())
        return ctx.fail(h.error());
    if (!json->contains(QStringLiteral("row_version")))
        h->rowVersion = 0; // no version given: apply to the current one
    if (auto st = (*ws)->intake().setHistory(actor, *caseId, *h); !st.ok())
        return ctx.fail(st.error());
    ctx.out() << tr("Disease history of case %1 saved.").arg(*caseId) << Qt::endl;
    return ExitOk;
}

int RecordCommand::entries(CliContext& ctx, const QString& sub, const QStringList& args)
{
    CommandLine cl({QCommandLineOption(QStringLiteral("file"), {}, QStringLiteral("F")),
                    QCommandLineOption(QStringLiteral("id"), {}, QStringLiteral("N")),
                    QCommandLineOption(QStringLiteral("reason"), {}, QStringLiteral("R")),
                    QCommandLineOption(QStringLiteral("json"))});
    if (!cl.parse(args))
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage());
    if (cl.positional().size() != 1)
        return ctx.usageError(tr("Give one case id.\n") + usage());
    const auto caseId = parseCaseId(cl.positional().first());
    if (!caseId)
        return ctx.usageError(
            tr("\"%1\" is not a case id (a positive number).").arg(cl.positional().first()));
    const bool needsId = sub == QLatin1String("correct") || sub == QLatin1String("void");
    const auto id = entryId(cl);
    if (needsId && !id)
        return ctx.usageError(tr("Give the entry with --id N (a positive number)."));
    if (needsId && cl.value(QStringLiteral("reason")).trimmed().isEmpty())
        return ctx.usageError(tr("A %1 needs --reason R.").arg(sub));
    std::optional<QJsonObject> json;
    if (sub == QLatin1String("add") || sub == QLatin1String("correct")) {
        auto j = readJsonFile(cl.value(QStringLiteral("file")));
        if (!j.ok())
            return ctx.fail(j.error());
        json = *j;
    }
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    const auto actor = *ctx.authenticate();
    auto& intake = (*ws)->intake();
    const bool isLine = m_kind == Kind::Line;
    const QString reason = cl.value(QStringLiteral("reason"));
    if (sub == QLatin1String("list")) {
        auto all = intake.recordEntries(actor, *caseId);
        if (!all.ok())
            return ctx.fail(all.error());
        QJsonArray arr;
        if (isLine)
            for (const auto& l : all->lines)
                arr << services::IntakeJson::therapyLineJson(l);
        else
            for (const auto& t : all->transplants)
                arr << services::IntakeJson::transplantJson(t);
        if (cl.isSet(QStringLiteral("json")))
            return ctx.printJson(QJsonDocument(arr));
        for (const QJsonValue& v : arr) {
            const QJsonObject o = v.toObject();
            const bool current = !o.value(QStringLiteral("voided")).toBool() &&
                                 o.value(QStringLiteral("superseded_by")).isNull();
            ctx.out() << QStringLiteral("%1  %2  %3%4")
                             .arg(o.value(QStringLiteral("id")).toInteger(), 6)
                             .arg(isLine ? QString::number(o.value(QStringLiteral("line_number")).toInt()) +
                                               QStringLiteral(". ") +
                                               o.value(QStringLiteral("regimen")).toString()
                                         : o.value(QStringLiteral("kind")).toString(),
                                  isLine ? o.value(QStringLiteral("start"))
                                               .toObject()
                                               .value(QStringLiteral("value"))
                                               .toString()
                                         : o.value(QStringLiteral("date"))
                                               .toObject()
                                               .value(QStringLiteral("value"))
                                               .toString(),
                                  current ? QString() : tr("  (not current)"))
                      << Qt::endl;
        }
        return ExitOk;
    }
    if (sub == QLatin1String("void")) {
        const Status st = isLine ? intake.voidTherapyLine(actor, *caseId, *id, reason)
                                 : intake.voidTransplant(actor, *caseId, *id, reason);
        if (!st.ok())
            return ctx.fail(st.error());
        ctx.out() << tr("Entry %1 marked entered in error.").arg(*id) << Qt::endl;
        return ExitOk;
    }
    Result<qint64> written = qint64(0);
    if (isLine) {
        auto line = services::IntakeJson::readTherapyLine(*json);
        if (!line.ok())
            return ctx.fail(line.error());
        line->rowVersion = json->value(QStringLiteral("row_version")).toInteger();
        written = sub == QLatin1String("add") ? intake.addTherapyLine(actor, *caseId, *line)
                                              : intake.correctTherapyLine(actor, *caseId, *id, *line, reason);
    } else {
        auto t = services::IntakeJson::readTransplant(*json);
        if (!t.ok())
            return ctx.fail(t.error());
        written = sub == QLatin1String("add") ? intake.addTransplant(actor, *caseId, *t)
                                              : intake.correctTransplant(actor, *caseId, *id, *t, reason);
    }
    if (!written.ok())
        return ctx.fail(written.error());
    if (cl.isSet(QStringLiteral("json")))
        return ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("id"), *written}}));
    ctx.out() << tr("Entry %1 saved.").arg(*written) << Qt::endl;
    return ExitOk;
}

int RecordCommand::observations(CliContext& ctx, const QString& sub, const QStringList& args)
{
    CommandLine cl({QCommandLineOption(QStringLiteral("code"), {}, QStringLiteral("C")),
                    QCommandLineOption(QStringLiteral("value"), {}, QStringLiteral("V")),
                    QCommandLineOption(QStringLiteral("comparator"), {}, QStringLiteral("OP")),
                    QCommandLineOption(QStringLiteral("unit"), {}, QStringLiteral("U")),
                    QCommandLineOption(QStringLiteral("date"), {}, QStringLiteral("D")),
                    QCommandLineOption(QStringLiteral("source"), {}, QStringLiteral("S")),
                    QCommandLineOption(QStringLiteral("id"), {}, QStringLiteral("N")),
                    QCommandLineOption(QStringLiteral("reason"), {}, QStringLiteral("R")),
                    QCommandLineOption(QStringLiteral("json"))});
    if (!cl.parse(args))
        return ctx.usageError(cl.errorText() + QLatin1Char('\n') + usage());
    if (cl.positional().size() != 1)
        return ctx.usageError(tr("Give one case id.\n") + usage());
    const auto caseId = parseCaseId(cl.positional().first());
    if (!caseId)
        return ctx.usageError(
            tr("\"%1\" is not a case id (a positive number).").arg(cl.positional().first()));
    const bool needsId = sub == QLatin1String("correct") || sub == QLatin1String("void");
    const auto id = entryId(cl);
    if (needsId && !id)
        return ctx.usageError(tr("Give the observation with --id N (a positive number)."));
    if (needsId && cl.value(QStringLiteral("reason")).trimmed().isEmpty())
        return ctx.usageError(tr("A %1 needs --reason R.").arg(sub));
    services::ObservationInput in;
    if (sub == QLatin1String("add") || sub == QLatin1String("correct")) {
        if (sub == QLatin1String("add") && !cl.isSet(QStringLiteral("code")))
            return ctx.usageError(tr("obs add needs --code C (e.g. lvef, ecog, anc)."));
        bool ok = false;
        in.value = cl.value(QStringLiteral("value")).trimmed().toDouble(&ok);
        if (!ok)
            return ctx.usageError(
                tr("--value: \"%1\" is not a number.").arg(cl.value(QStringLiteral("value"))));
        if (!cl.isSet(QStringLiteral("date")))
            return ctx.usageError(tr("Give the date the value was taken with --date D."));
        in.code = cl.value(QStringLiteral("code"));
        in.comparator = cl.value(QStringLiteral("comparator"));
        in.unit = cl.value(QStringLiteral("unit"));
        in.date = cl.value(QStringLiteral("date"));
        in.source = cl.value(QStringLiteral("source"));
    }
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ctx.fail(ws.error());
    const auto actor = *ctx.authenticate();
    auto& intake = (*ws)->intake();
    if (sub == QLatin1String("list")) {
        auto all = intake.recordEntries(actor, *caseId);
        if (!all.ok())
            return ctx.fail(all.error());
        QJsonArray arr;
        for (const auto& o : all->observations)
            arr << services::IntakeJson::observationJson(o);
        if (cl.isSet(QStringLiteral("json")))
            return ctx.printJson(QJsonDocument(arr));
        for (const auto& o : all->observations)
            ctx.out() << QStringLiteral("%1  %2  %3 %4%5 %6%7")
                             .arg(o.id, 6)
                             .arg(o.observedOn.toString(Qt::ISODate), o.code, o.comparator,
                                  o.value ? QString::number(*o.value) : o.valueText, o.unit,
                                  o.entry.isCurrent() ? QString() : tr("  (not current)"))
                      << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("void")) {
        if (auto st = intake.voidObservation(actor, *caseId, *id, cl.value(QStringLiteral("reason")));
            !st.ok())
            return ctx.fail(st.error());
        ctx.out() << tr("Observation %1 marked entered in error.").arg(*id) << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("correct") && in.code.isEmpty()) {
        auto all = intake.recordEntries(actor, *caseId);
        if (!all.ok())
            return ctx.fail(all.error());
        for (const auto& o : all->observations)
            if (o.id == *id)
                in.code = o.code;
        if (in.code.isEmpty())
            return ctx.usageError(tr("The patient of case %1 has no observation %2.").arg(*caseId).arg(*id));
    }
    auto saved = sub == QLatin1String("add")
                     ? intake.addObservation(actor, *caseId, in)
                     : intake.correctObservation(actor, *caseId, *id, in, cl.value(QStringLiteral("reason")));
    if (!saved.ok())
        return ctx.fail(saved.error());
    if (cl.isSet(QStringLiteral("json")))
        return ctx.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("id"), saved->id},
                        {QStringLiteral("code"), saved->code},
                        {QStringLiteral("value"), saved->value ? QJsonValue(*saved->value) : QJsonValue()},
                        {QStringLiteral("unit"), saved->unit},
                        {QStringLiteral("entered_value"),
                         saved->enteredValue ? QJsonValue(*saved->enteredValue) : QJsonValue()},
                        {QStringLiteral("entered_unit"), saved->enteredUnit}}));
    ctx.out() << tr("Observation %1 saved: %2 %3 %4.")
                     .arg(saved->id)
                     .arg(saved->code, saved->value ? QString::number(*saved->value) : QString(), saved->unit)
              << Qt::endl;
    return ExitOk;
}

} // namespace cb::cli
