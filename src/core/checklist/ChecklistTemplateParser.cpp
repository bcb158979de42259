#include "core/checklist/ChecklistTemplateParser.h"

#include "core/Vocabulary.h"
#include "core/checklist/ChecklistUnits.h"
#include "core/checklist/JsonReader.h"
#include "core/checklist/PrefillCodes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace cb::core {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

const QStringList kTemplateKeys{s("schema_version"), s("discipline"), s("version"),     s("effective_date"),
                                s("optional"),       s("title"),      s("short_title"), s("spec_section"),
                                s("notes"),          s("items")};
const QStringList kItemKeys{s("id"),
                            s("spec_id"),
                            s("question"),
                            s("type"),
                            s("unit"),
                            s("min"),
                            s("max"),
                            s("options"),
                            s("exposure"),
                            s("reference_date"),
                            s("indications"),
                            s("allow_not_applicable"),
                            s("detail"),
                            s("prefill"),
                            s("freshness_days"),
                            s("freshness_evidence"),
                            s("rules"),
                            s("source"),
                            s("evidence"),
                            s("unverified"),
                            s("note")};
const QStringList kRuleKeys{s("status"), s("op"),     s("value"),  s("values"),   s("unit"),       s("check"),
                            s("when"),   s("reason"), s("source"), s("evidence"), s("unverified"), s("note")};
const QStringList kConditionKeys{s("item"), s("op"), s("value"), s("values"), s("unit"), s("if_missing")};
const QStringList kLabelChecks{s("indication"), s("prior_lines"), s("exposure")};

bool isSnakeId(const QString& id)
{
    if (id.isEmpty())
        return false;
    for (const QChar c : id)
        if (!(c.isLower() || c.isDigit() || c == QLatin1Char('_')) || c.unicode() > 127)
            return false;
    return true;
}

class Parser
{
public:
    explicit Parser(const QString& name) : m_in(QStringLiteral("Checklist template ") + name) {}

    Result<ChecklistTemplate> run(const QJsonObject& root);

private:
    ChecklistItem item(const QJsonObject& o, int index);
    void options(const QJsonObject& o, ChecklistItem& item, const QString& where);
    void prefill(const QJsonObject& o, ChecklistItem& item, const QString& where);
    ChecklistRule rule(const QJsonObject& o, const ChecklistItem& item, const QString& where);
    ChecklistComparison comparison(const QJsonObject& o, const ChecklistItem& item, const QString& where);
    void conditions(ChecklistTemplate& t);

    JsonReader m_in;
    // "when" arrays are read once every item is known: [item index][rule index] → array.
    QList<QList<QJsonArray>> m_pendingWhen;
};

Result<ChecklistTemplate> Parser::run(const QJsonObject& root)
{
    m_in.allowOnly(root, kTemplateKeys, {});
    ChecklistTemplate t;
    const double schema = m_in.number(root, s("schema_version"), {});
    if (m_in.ok() && schema != 1)
        m_in.fail({}, QStringLiteral("schema_version %1 is not supported (expected 1)").arg(schema));
    t.discipline = m_in.string(root, s("discipline"), {});
    if (!t.discipline.isEmpty() && !allIds(disciplines()).contains(t.discipline))
        m_in.fail({}, QStringLiteral("unknown discipline \"%1\"").arg(t.discipline));
    t.version = m_in.string(root, s("version"), {});
    t.effectiveDate = m_in.date(root, s("effective_date"), {});
    t.optional = m_in.boolean(root, s("optional"), {}, false);
    t.title = m_in.text(root, s("title"), {});
    t.shortTitle = m_in.optionalText(root, s("short_title"), {}).value_or(t.title);
    t.specSection = m_in.optionalString(root, s("spec_section"), {}).value_or(QString());
    t.notes = m_in.optionalText(root, s("notes"), {}).value_or(LocalizedText{});

    const QJsonArray items = m_in.array(root, s("items"), {}, true);
    if (m_in.ok() && items.isEmpty())
        m_in.fail({}, s("the template has no items"));
    QSet<QString> ids;
    for (int i = 0; i < items.size() && m_in.ok(); ++i) {
        if (!items.at(i).isObject()) {
            m_in.fail(QStringLiteral("item %1").arg(i + 1), s("an item must be an object"));
            break;
        }
        ChecklistItem it = item(items.at(i).toObject(), i);
        if (ids.contains(it.id))
            m_in.fail(QStringLiteral("item ") + it.id, s("the id is used twice"));
        ids.insert(it.id);
        t.items << it;
    }
    if (m_in.ok())
        conditions(t);
    if (!m_in.ok())
        return m_in.error();
    t.schemaVersion = 1;
    return t;
}

ChecklistItem Parser::item(const QJsonObject& o, int index)
{
    ChecklistItem it;
    it.id = o.value(s("id")).toString().trimmed();
    const QString where =
        it.id.isEmpty() ? QStringLiteral("item %1").arg(index + 1) : QStringLiteral("item ") + it.id;
    m_in.string(o, s("id"), where);
    m_in.allowOnly(o, kItemKeys, where);
    it.specId = m_in.optionalString(o, s("spec_id"), where).value_or(it.id.section(QLatin1Char('.'), 0, 0));
    it.question = m_in.text(o, s("question"), where);

    const QString type = m_in.string(o, s("type"), where);
    const auto parsedType = fromId(checklistItemTypes(), type);
    if (!type.isEmpty() && !parsedType)
        m_in.fail(where, QStringLiteral("unknown type \"%1\" (bool, number, choice, date, text)").arg(type));
    it.type = parsedType.value_or(ChecklistItemType::Text);

    it.unit = m_in.optionalString(o, s("unit"), where).value_or(QString());
    if (it.type == ChecklistItemType::Number && it.unit.trimmed().isEmpty())
        m_in.fail(where, s("a number needs a \"unit\""));
    it.minimum = m_in.optionalNumber(o, s("min"), where);
    it.maximum = m_in.optionalNumber(o, s("max"), where);
    if ((it.minimum || it.maximum) && it.type != ChecklistItemType::Number)
        m_in.fail(where, s("\"min\" and \"max\" apply to numbers only"));
    if (it.minimum && it.maximum && *it.minimum > *it.maximum)
        m_in.fail(where, s("\"min\" is above \"max\""));

    options(o, it, where);

    it.exposure = m_in.optionalString(o, s("exposure"), where).value_or(QString());
    if (!it.exposure.isEmpty() && (it.type != ChecklistItemType::Bool || !isSnakeId(it.exposure)))
        m_in.fail(where, s("\"exposure\" needs a bool item and a snake_case drug-class id"));
    it.referenceDate = m_in.optionalString(o, s("reference_date"), where).value_or(QString());
    if (!it.referenceDate.isEmpty() && (it.type != ChecklistItemType::Date || !isSnakeId(it.referenceDate)))
        m_in.fail(where, s("\"reference_date\" needs a date item and a snake_case id"));
    if (o.contains(s("indications"))) {
        it.indications = m_in.stringList(o, s("indications"), where);
        if (m_in.ok() && it.indications.isEmpty())
            m_in.fail(where, s("\"indications\" lists at least one indication (leave it out for all)"));
        const QStringList known = allIds(core::indications());
        for (const QString& id : std::as_const(it.indications))
            if (m_in.ok() && !known.contains(id))
                m_in.fail(where,
                          QStringLiteral("unknown indication \"%1\" (%2)").arg(id, known.join(s(", "))));
    }
    it.allowNotApplicable = m_in.boolean(o, s("allow_not_applicable"), where, false);
    it.detailPrompt = m_in.optionalText(o, s("detail"), where).value_or(LocalizedText{});
    prefill(o, it, where);

    it.freshnessDays = m_in.optionalInteger(o, s("freshness_days"), where);
    if (it.freshnessDays) {
        it.freshnessEvidence = m_in.string(o, s("freshness_evidence"), where);
        if (!it.freshnessEvidence.isEmpty() &&
            !QStringList{s("V"), s("V2"), s("U"), s("CONV")}.contains(it.freshnessEvidence))
            m_in.fail(where, s("\"freshness_evidence\" must be one of V, V2, U, CONV"));
    }

    const QJsonArray rules = m_in.array(o, s("rules"), where, false);
    QList<QJsonArray> pending;
    for (int r = 0; r < rules.size() && m_in.ok(); ++r) {
        const QString ruleWhere = where + QStringLiteral(", rule %1").arg(r + 1);
        if (!rules.at(r).isObject()) {
            m_in.fail(ruleWhere, s("a rule must be an object"));
            break;
        }
        it.rules << rule(rules.at(r).toObject(), it, ruleWhere);
        pending << m_in.array(rules.at(r).toObject(), s("when"), ruleWhere, false);
    }
    m_pendingWhen << pending;

    it.source = m_in.string(o, s("source"), where);
    it.evidence = m_in.evidence(o, where, &it.unverified);
    it.note = m_in.optionalText(o, s("note"), where).value_or(LocalizedText{});
    return it;
}

void Parser::options(const QJsonObject& o, ChecklistItem& it, const QString& where)
{
    const QJsonArray options = m_in.array(o, s("options"), where, false);
    if (it.type != ChecklistItemType::Choice) {
        if (o.contains(s("options")))
            m_in.fail(where, s("\"options\" apply to choices only"));
        return;
    }
    if (options.isEmpty())
        m_in.fail(where, s("a choice needs \"options\""));
    for (int i = 0; i < options.size() && m_in.ok(); ++i) {
        const QString optionWhere = where + QStringLiteral(", option %1").arg(i + 1);
        const QJsonObject oo = options.at(i).toObject();
        m_in.allowOnly(oo, {s("id"), s("label")}, optionWhere);
        ChecklistOption option;
        option.id = m_in.string(oo, s("id"), optionWhere);
        option.label = m_in.text(oo, s("label"), optionWhere);
        if (it.option(option.id))
            m_in.fail(optionWhere, QStringLiteral("the option id \"%1\" is used twice").arg(option.id));
        it.options << option;
    }
}

void Parser::prefill(const QJsonObject& o, ChecklistItem& it, const QString& where)
{
    if (!o.contains(s("prefill")))
        return;
    const QJsonObject p = m_in.object(o, s("prefill"), where);
    const QString pw = where + s(", prefill");
    m_in.allowOnly(p, {s("source"), s("code")}, pw);
    const QString source = m_in.string(p, s("source"), pw);
    it.prefill.code = m_in.string(p, s("code"), pw);
    if (!m_in.ok())
        return;
    if (source == QLatin1String("observation")) {
        it.prefill.kind = ChecklistPrefillSource::Kind::Observation;
        if (!PrefillCodes::isObservationCode(it.prefill.code))
            m_in.fail(pw, QStringLiteral("unknown observation code \"%1\"").arg(it.prefill.code));
        else if (it.type == ChecklistItemType::Number &&
                 !ChecklistUnits::sameUnit(PrefillCodes::canonicalUnit(it.prefill.code), it.unit))
            m_in.fail(pw, QStringLiteral("the item's unit \"%1\" differs from the observation's \"%2\"")
                              .arg(it.unit, PrefillCodes::canonicalUnit(it.prefill.code)));
        else if (it.type != ChecklistItemType::Number && it.type != ChecklistItemType::Choice)
            m_in.fail(pw, s("an observation can prefill a number or a choice only"));
    } else if (source == QLatin1String("fact")) {
        it.prefill.kind = ChecklistPrefillSource::Kind::Fact;
        const auto type = PrefillCodes::factType(it.prefill.code);
        if (!type)
            m_in.fail(pw, QStringLiteral("unknown case fact \"%1\"").arg(it.prefill.code));
        else if (*type != it.type)
            m_in.fail(
                pw,
                QStringLiteral("the fact \"%1\" needs an item of type %2").arg(it.prefill.code, toId(*type)));
    } else if (source == QLatin1String("exposure")) {
        it.prefill.kind = ChecklistPrefillSource::Kind::Exposure;
        if (it.type != ChecklistItemType::Bool || !isSnakeId(it.prefill.code))
            m_in.fail(pw, s("an exposure prefills a bool item from a snake_case drug-class id"));
    } else {
        m_in.fail(pw, QStringLiteral("unknown source \"%1\" (observation, fact, exposure)").arg(source));
    }
}

ChecklistRule Parser::rule(const QJsonObject& o, const ChecklistItem& it, const QString& where)
{
    m_in.allowOnly(o, kRuleKeys, where);
    ChecklistRule r;
    const QString status = m_in.string(o, s("status"), where);
    if (status == QLatin1String("concern"))
        r.status = ChecklistStatus::Concern;
    else if (status == QLatin1String("contraindication"))
        r.status = ChecklistStatus::Contraindication;
    else if (!status.isEmpty())
        m_in.fail(where, QStringLiteral("unknown status \"%1\" (concern, contraindication)").arg(status));
    r.comparison = comparison(o, it, where);
    if (r.comparison.op == ComparisonOp::Label) {
        r.comparison.labelCheck = m_in.string(o, s("check"), where);
        const QString check = r.comparison.labelCheck;
        const bool fits = (check == QLatin1String("indication") && it.type == ChecklistItemType::Choice) ||
                          (check == QLatin1String("prior_lines") && it.type == ChecklistItemType::Number) ||
                          (check == QLatin1String("exposure") && it.type == ChecklistItemType::Bool &&
                           !it.exposure.isEmpty());
        if (!check.isEmpty() && !fits)
            m_in.fail(where,
                      QStringLiteral("the label check \"%1\" does not fit this item (indication: choice, "
                                     "prior_lines: number, exposure: bool with \"exposure\")")
                          .arg(check));
    } else if (o.contains(s("check"))) {
        m_in.fail(where, s("\"check\" belongs to label rules only"));
    }
    r.reason = m_in.text(o, s("reason"), where);
    r.source = m_in.string(o, s("source"), where);
    r.evidence = m_in.evidence(o, where, &r.unverified);
    r.note = m_in.optionalText(o, s("note"), where).value_or(LocalizedText{});
    return r;
}

ChecklistComparison Parser::comparison(const QJsonObject& o, const ChecklistItem& it, const QString& where)
{
    ChecklistComparison c;
    const QString op = m_in.string(o, s("op"), where);
    const auto parsed = ChecklistComparison::opFromId(op);
    if (!parsed) {
        if (!op.isEmpty())
            m_in.fail(where, QStringLiteral("unknown op \"%1\"").arg(op));
        return c;
    }
    c.op = *parsed;
    if (!c.fitsType(it.type)) {
        m_in.fail(where,
                  QStringLiteral("op \"%1\" does not apply to a %2 item (%3)").arg(op, toId(it.type), it.id));
        return c;
    }
    switch (c.op) {
    case ComparisonOp::Label:
        break;
    case ComparisonOp::In:
    case ComparisonOp::NotIn:
        c.values = m_in.stringList(o, s("values"), where);
        if (c.values.isEmpty())
            m_in.fail(where, s("\"values\" must list option ids"));
        for (const QString& v : std::as_const(c.values))
            if (!it.option(v))
                m_in.fail(where, QStringLiteral("\"%1\" is not an option of %2").arg(v, it.id));
        break;
    case ComparisonOp::LessThanBefore: {
        c.number = m_in.number(o, s("value"), where);
        const QString unit = m_in.string(o, s("unit"), where);
        const auto u = ChecklistComparison::unitFromId(unit);
        if (!unit.isEmpty() && !u)
            m_in.fail(where, QStringLiteral("unknown unit \"%1\" (hours, days, weeks)").arg(unit));
        c.unit = u.value_or(DurationUnit::Days);
        if (m_in.ok() && c.number <= 0)
            m_in.fail(where, s("\"value\" must be above 0"));
        break;
    }
    default:
        if (it.type == ChecklistItemType::Bool) {
            if (!o.value(s("value")).isBool())
                m_in.fail(where, s("\"value\" must be true or false"));
            c.flag = o.value(s("value")).toBool();
        } else {
            c.number = m_in.number(o, s("value"), where);
        }
        break;
    }
    if (c.op != ComparisonOp::LessThanBefore && o.contains(s("unit")))
        m_in.fail(where, s("\"unit\" belongs to less_than_before only"));
    return c;
}

void Parser::conditions(ChecklistTemplate& t)
{
    for (int i = 0; i < t.items.size(); ++i) {
        ChecklistItem& it = t.items[i];
        for (int r = 0; r < it.rules.size(); ++r) {
            const QJsonArray when = m_pendingWhen.value(i).value(r);
            for (int w = 0; w < when.size(); ++w) {
                const QString where =
                    QStringLiteral("item %1, rule %2, when %3").arg(it.id).arg(r + 1).arg(w + 1);
                const QJsonObject o = when.at(w).toObject();
                m_in.allowOnly(o, kConditionKeys, where);
                ChecklistCondition c;
                c.itemId = m_in.string(o, s("item"), where);
                const ChecklistItem* other = t.item(c.itemId);
                if (!other || other == &it) {
                    m_in.fail(where,
                              QStringLiteral("\"%1\" is not another item of this template").arg(c.itemId));
                    return;
                }
                c.comparison = comparison(o, *other, where);
                if (c.comparison.op == ComparisonOp::Label)
                    m_in.fail(where, s("a condition cannot be a label check"));
                c.ifMissing = m_in.boolean(o, s("if_missing"), where, false);
                it.rules[r].when << c;
                if (!m_in.ok())
                    return;
            }
        }
    }
}

} // namespace

Result<ChecklistTemplate> ChecklistTemplateParser::parse(const QByteArray& json, const QString& name)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const QString message = QStringLiteral("Checklist template %1: not valid JSON at offset %2 (%3)")
                                    .arg(name.isEmpty() ? QStringLiteral("(unnamed)") : name)
                                    .arg(error.offset)
                                    .arg(error.errorString());
        cb::Error e = cb::Error::badInput(message);
        e.detail = message;
        return e;
    }
    return parse(document, name);
}

Result<ChecklistTemplate> ChecklistTemplateParser::parse(const QJsonDocument& document, const QString& name)
{
    const QJsonObject root = document.object();
    QString shownName = name;
    if (shownName.isEmpty())
        shownName = root.value(QLatin1String("discipline")).toString();
    if (shownName.isEmpty())
        shownName = QStringLiteral("(unnamed)");
    if (!document.isObject()) {
        const QString message =
            QStringLiteral("Checklist template %1: the document must be a JSON object").arg(shownName);
        cb::Error e = cb::Error::badInput(message);
        e.detail = message;
        return e;
    }
    return Parser(shownName).run(root);
}

} // namespace cb::core
