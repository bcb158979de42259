#include "core/checklist/labels/ProductLabelParser.h"

#include "core/Vocabulary.h"
#include "core/checklist/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace cb::core {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

class Parser
{
public:
    explicit Parser(const QString& name) : m_in(QStringLiteral("Product labels ") + name) {}

    Result<ProductLabelCatalog> run(const QJsonObject& root);

private:
    QHash<QString, LocalizedText> vocabulary(const QJsonObject& root, const QString& key);
    ProductLabel product(const QJsonObject& o, int index);
    LabelEntry entry(const QJsonObject& o, const ProductLabel& product, const QString& where);
    LabelPathway pathway(const QJsonObject& o, const QString& where);
    LabelSource source(const QJsonObject& o, const QString& where);
    void requireKnown(const QStringList& ids, const QHash<QString, LocalizedText>& known, const QString& what,
                      const QString& where);

    JsonReader m_in;
    ProductLabelCatalog m_catalog;
};

Result<ProductLabelCatalog> Parser::run(const QJsonObject& root)
{
    m_in.allowOnly(root,
                   {s("schema_version"), s("version"), s("effective_date"), s("spec_section"), s("notes"),
                    s("jurisdictions"), s("indications"), s("exposure_classes"), s("conditions"),
                    s("exclusions"), s("products")},
                   {});
    const double schema = m_in.number(root, s("schema_version"), {});
    if (m_in.ok() && schema != 1)
        m_in.fail({}, QStringLiteral("schema_version %1 is not supported (expected 1)").arg(schema));
    m_catalog.version = m_in.string(root, s("version"), {});
    m_catalog.effectiveDate = m_in.date(root, s("effective_date"), {});
    m_catalog.notes = m_in.optionalText(root, s("notes"), {}).value_or(LocalizedText{});
    m_catalog.jurisdictions = vocabulary(root, s("jurisdictions"));
    m_catalog.indications = vocabulary(root, s("indications"));
    m_catalog.exposureClasses = vocabulary(root, s("exposure_classes"));
    m_catalog.conditions = vocabulary(root, s("conditions"));
    m_catalog.exclusions = vocabulary(root, s("exclusions"));
    const QStringList appIndications = allIds(indications());
    for (auto it = m_catalog.indications.cbegin(); it != m_catalog.indications.cend(); ++it)
        if (!appIndications.contains(it.key()))
            m_in.fail(s("indications"),
                      QStringLiteral("\"%1\" is not an indication id of CellBoard").arg(it.key()));

    const QJsonArray products = m_in.array(root, s("products"), {}, true);
    if (m_in.ok() && products.isEmpty())
        m_in.fail({}, s("no products"));
    QSet<QString> ids;
    for (int i = 0; i < products.size() && m_in.ok(); ++i) {
        ProductLabel p = product(products.at(i).toObject(), i);
        if (ids.contains(p.id))
            m_in.fail(QStringLiteral("product ") + p.id, s("the id is used twice"));
        ids.insert(p.id);
        m_catalog.products << p;
    }
    if (!m_in.ok())
        return m_in.error();
    return m_catalog;
}

QHash<QString, LocalizedText> Parser::vocabulary(const QJsonObject& root, const QString& key)
{
    QHash<QString, LocalizedText> names;
    const QJsonObject o = m_in.object(root, key, {});
    for (auto it = o.begin(); it != o.end(); ++it)
        names.insert(it.key(), m_in.textValue(it.value(), key + QStringLiteral(", ") + it.key()));
    if (m_in.ok() && names.isEmpty() && key != QLatin1String("exclusions") &&
        key != QLatin1String("conditions"))
        m_in.fail(key, s("the list is empty"));
    return names;
}

ProductLabel Parser::product(const QJsonObject& o, int index)
{
    ProductLabel p;
    p.id = o.value(s("id")).toString();
    const QString where =
        p.id.isEmpty() ? QStringLiteral("product %1").arg(index + 1) : QStringLiteral("product ") + p.id;
    m_in.allowOnly(o, {s("id"), s("inn"), s("brand"), s("target"), s("name"), s("aliases"), s("labels")},
                   where);
    m_in.string(o, s("id"), where);
    if (!p.id.isEmpty() && normaliseId(p.id) != p.id)
        m_in.fail(where, s("a product id is lower-case snake_case"));
    p.inn = m_in.string(o, s("inn"), where);
    p.brand = m_in.optionalString(o, s("brand"), where).value_or(QString());
    p.target = m_in.string(o, s("target"), where);
    p.name = m_in.text(o, s("name"), where);
    p.aliases = m_in.stringList(o, s("aliases"), where);
    const QJsonArray labels = m_in.array(o, s("labels"), where, true);
    if (m_in.ok() && labels.isEmpty())
        m_in.fail(where, s("no label entries"));
    for (int i = 0; i < labels.size() && m_in.ok(); ++i) {
        const QString entryWhere = where + QStringLiteral(", label %1").arg(i + 1);
        LabelEntry e = entry(labels.at(i).toObject(), p, entryWhere);
        for (const auto& other : std::as_const(p.labels))
            if (other.jurisdiction == e.jurisdiction && other.indication == e.indication &&
                other.effectiveDate == e.effectiveDate)
                m_in.fail(entryWhere, s("two entries for the same jurisdiction, indication and date"));
        p.labels << e;
    }
    return p;
}

LabelEntry Parser::entry(const QJsonObject& o, const ProductLabel& product, const QString& where)
{
    m_in.allowOnly(o,
                   {s("jurisdiction"), s("indication"), s("effective_date"), s("effective_date_precision"),
                    s("pathways"), s("exclusions"), s("age_min_years"), s("age_max_years"), s("source"),
                    s("sources"), s("evidence"), s("unverified"), s("note")},
                   where);
    LabelEntry e;
    e.productId = product.id;
    e.jurisdiction = m_in.string(o, s("jurisdiction"), where);
    requireKnown({e.jurisdiction}, m_catalog.jurisdictions, s("jurisdiction"), where);
    e.indication = m_in.string(o, s("indication"), where);
    requireKnown({e.indication}, m_catalog.indications, s("indication"), where);
    e.effectiveDate = m_in.date(o, s("effective_date"), where);
    e.effectiveDatePrecision =
        m_in.optionalString(o, s("effective_date_precision"), where).value_or(s("day"));
    if (e.effectiveDatePrecision != QLatin1String("day") &&
        e.effectiveDatePrecision != QLatin1String("month"))
        m_in.fail(where, s("\"effective_date_precision\" is \"day\" or \"month\""));
    const QJsonArray pathways = m_in.array(o, s("pathways"), where, true);
    if (m_in.ok() && pathways.isEmpty())
        m_in.fail(where, s("no pathways"));
    for (int i = 0; i < pathways.size() && m_in.ok(); ++i)
        e.pathways << pathway(pathways.at(i).toObject(), where + QStringLiteral(", pathway %1").arg(i + 1));
    e.exclusions = m_in.stringList(o, s("exclusions"), where);
    requireKnown(e.exclusions, m_catalog.exclusions, s("exclusion"), where);
    e.ageMinYears = m_in.optionalInteger(o, s("age_min_years"), where);
    e.ageMaxYears = m_in.optionalInteger(o, s("age_max_years"), where);
    if (e.ageMinYears && e.ageMaxYears && *e.ageMinYears > *e.ageMaxYears)
        m_in.fail(where, s("\"age_min_years\" is above \"age_max_years\""));
    e.source = m_in.string(o, s("source"), where);
    const QJsonArray sources = m_in.array(o, s("sources"), where, false);
    for (int i = 0; i < sources.size() && m_in.ok(); ++i)
        e.sources << source(sources.at(i).toObject(), where + QStringLiteral(", source %1").arg(i + 1));
    e.evidence = m_in.evidence(o, where, &e.unverified);
    e.note = m_in.optionalText(o, s("note"), where).value_or(LocalizedText{});
    return e;
}

LabelSource Parser::source(const QJsonObject& o, const QString& where)
{
    m_in.allowOnly(o, {s("document"), s("url"), s("date")}, where);
    LabelSource src;
    src.document = m_in.string(o, s("document"), where);
    src.url = m_in.optionalString(o, s("url"), where).value_or(QString());
    if (!src.url.isEmpty() && !src.url.startsWith(QLatin1String("https://")) &&
        !src.url.startsWith(QLatin1String("http://")))
        m_in.fail(where, s("\"url\" must be an http(s) address"));
    const QString published = m_in.string(o, s("date"), where);
    if (auto d = PartialDate::parse(published); d && !d->isEstimated())
        src.published = *d;
    else if (!published.isEmpty())
        m_in.fail(where,
                  QStringLiteral("\"date\" must be YYYY, YYYY-MM or YYYY-MM-DD, not \"%1\"").arg(published));
    return src;
}

LabelPathway Parser::pathway(const QJsonObject& o, const QString& where)
{
    m_in.allowOnly(o, {s("min_prior_lines"), s("required_exposures"), s("conditions")}, where);
    LabelPathway p;
    const auto lines = m_in.optionalInteger(o, s("min_prior_lines"), where);
    if (!lines && m_in.ok())
        m_in.fail(where, s("\"min_prior_lines\" is missing"));
    p.minPriorLines = lines.value_or(0);
    p.requiredExposures = m_in.stringList(o, s("required_exposures"), where);
    requireKnown(p.requiredExposures, m_catalog.exposureClasses, s("exposure class"), where);
    p.conditions = m_in.stringList(o, s("conditions"), where);
    requireKnown(p.conditions, m_catalog.conditions, s("condition"), where);
    return p;
}

void Parser::requireKnown(const QStringList& ids, const QHash<QString, LocalizedText>& known,
                          const QString& what, const QString& where)
{
    for (const QString& id : ids)
        if (!id.isEmpty() && !known.contains(id))
            m_in.fail(where, QStringLiteral("unknown %1 \"%2\"").arg(what, id));
}

} // namespace

Result<ProductLabelCatalog> ProductLabelParser::parse(const QByteArray& json, const QString& name)
{
    const QString shown = name.isEmpty() ? QStringLiteral("product_labels.json") : name;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        const QString message =
            error.error != QJsonParseError::NoError
                ? QStringLiteral("Product labels %1: not valid JSON at offset %2 (%3)")
                      .arg(shown)
                      .arg(error.offset)
                      .arg(error.errorString())
                : QStringLiteral("Product labels %1: the document must be a JSON object").arg(shown);
        cb::Error e = cb::Error::badInput(message);
        e.detail = message;
        return e;
    }
    return Parser(shown).run(document.object());
}

} // namespace cb::core
