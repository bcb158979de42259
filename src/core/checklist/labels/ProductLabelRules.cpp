#include "core/checklist/labels/ProductLabelRules.h"

#include "core/StableId.h"
#include "core/checklist/labels/LabelMessages.h"
#include "core/checklist/labels/ProductLabelParser.h"

#include <algorithm>

namespace cb::core {

namespace {

LocalizedText nameIn(const QHash<QString, LocalizedText>& names, const QString& id)
{
    const auto it = names.constFind(id);
    return it != names.cend() ? *it : LocalizedText{id, id};
}

LabelCriterion criterion(LabelCheck check, const LocalizedText& reason)
{
    return LabelCriterion{check, {reason}};
}

QSet<QString> exposuresOf(const LabelQuery& q)
{
    QSet<QString> exposures;
    for (const QString& e : q.exposures)
        exposures.insert(normaliseId(e));
    if (q.lenalidomideRefractory)
        exposures.insert(QStringLiteral("lenalidomide_refractory"));
    return exposures;
}

QStringList missingFrom(const LabelPathway& p, const QSet<QString>& exposures)
{
    QStringList missing;
    for (const QString& e : p.requiredExposures)
        if (!exposures.contains(e))
            missing << e;
    return missing;
}

} // namespace

ProductLabelRules::ProductLabelRules(ProductLabelCatalog catalog) : m_catalog(std::move(catalog)) {}

Result<ProductLabelRules> ProductLabelRules::parse(const QByteArray& json, const QString& name)
{
    auto catalog = ProductLabelParser::parse(json, name);
    if (!catalog)
        return catalog.error();
    return ProductLabelRules(std::move(catalog).value());
}

const ProductLabel* ProductLabelRules::product(const QString& idOrAlias) const
{
    for (const auto& p : m_catalog.products)
        if (p.isNamed(idOrAlias))
            return &p;
    return nullptr;
}

QList<LabelEntry> ProductLabelRules::history(const QString& product, const QString& jurisdiction,
                                             const QString& indication) const
{
    QList<LabelEntry> entries;
    const ProductLabel* p = this->product(product);
    if (!p)
        return entries;
    for (const auto& e : p->labels)
        if (e.jurisdiction == normaliseId(jurisdiction) && e.indication == normaliseId(indication))
            entries << e;
    std::sort(entries.begin(), entries.end(),
              [](const LabelEntry& a, const LabelEntry& b) { return a.effectiveDate < b.effectiveDate; });
    return entries;
}

std::optional<LabelEntry> ProductLabelRules::labelInForce(const QString& product, const QString& jurisdiction,
                                                          const QString& indication, const QDate& date) const
{
    std::optional<LabelEntry> inForce;
    for (const auto& e : history(product, jurisdiction, indication))
        if (date.isValid() && e.effectiveDate <= date)
            inForce = e;
    return inForce;
}

LabelAssessment ProductLabelRules::assess(const LabelQuery& q) const
{
    LabelAssessment a;
    const ProductLabel* p = product(q.product);
    if (!p) {
        const LocalizedText why = q.product.trimmed().isEmpty() ? LabelMessages::noProductChosen()
                                                                : LabelMessages::unknownProduct(q.product);
        a.indication = criterion(LabelCheck::Unknown, why);
        a.priorLines = criterion(LabelCheck::Unknown, why);
        a.exposures = criterion(LabelCheck::Unknown, why);
        return a;
    }
    a.productId = p->id;
    a.productName = p->name;
    if (q.indication.trimmed().isEmpty()) {
        a.indication = criterion(LabelCheck::Unknown, LabelMessages::indicationNotAnswered());
        a.priorLines = criterion(LabelCheck::Unknown, LabelMessages::indicationNotAnswered());
        a.exposures = criterion(LabelCheck::Unknown, LabelMessages::indicationNotAnswered());
        return a;
    }

    const QString jurisdiction = normaliseId(q.jurisdiction);
    const QString indication = normaliseId(q.indication);
    const auto label = labelInForce(p->id, jurisdiction, indication, q.date);
    if (!label) {
        a.indication.check = LabelCheck::NotMet;
        a.indication.reasons << LabelMessages::notCovered(p->name, indicationName(indication),
                                                          jurisdictionName(jurisdiction), q.date);
        for (const auto& e : history(p->id, jurisdiction, indication))
            if (e.effectiveDate > q.date) {
                a.indication.reasons << LabelMessages::labelLater(e.effectiveDate);
                break;
            }
        a.priorLines = criterion(LabelCheck::Unknown, LabelMessages::noLabelToCompare());
        a.exposures = criterion(LabelCheck::Unknown, LabelMessages::noLabelToCompare());
        return a;
    }
    a.label = label;
    a.labelInForce = LabelMessages::labelInForce(p->name, jurisdictionName(jurisdiction),
                                                 label->effectiveDate, label->source, label->evidence);

    a.indication.check = LabelCheck::Met;
    for (const QString& exclusion : label->exclusions)
        if (q.diseaseFeatures.contains(exclusion)) {
            a.indication.check = LabelCheck::NotMet;
            a.indication.reasons << LabelMessages::excluded(exclusionText(exclusion));
        }
    if (q.ageYears && label->ageMinYears && *q.ageYears < *label->ageMinYears) {
        a.indication.check = LabelCheck::NotMet;
        a.indication.reasons << LabelMessages::ageBelow(*label->ageMinYears);
    }
    if (q.ageYears && label->ageMaxYears && *q.ageYears > *label->ageMaxYears) {
        a.indication.check = LabelCheck::NotMet;
        a.indication.reasons << LabelMessages::ageAbove(*label->ageMaxYears);
    }
    assessLines(*label, q, a);
    assessExposures(*label, q, a);
    return a;
}

void ProductLabelRules::assessLines(const LabelEntry& label, const LabelQuery& q, LabelAssessment& a) const
{
    if (!q.priorLines) {
        a.priorLines = criterion(LabelCheck::Unknown, LabelMessages::linesNotAnswered());
        return;
    }
    const LabelPathway* conditional = nullptr;
    int lowest = -1;
    for (const auto& p : label.pathways) {
        lowest = lowest < 0 ? p.minPriorLines : std::min(lowest, p.minPriorLines);
        if (*q.priorLines < p.minPriorLines)
            continue;
        if (p.conditions.isEmpty()) {
            a.priorLines = LabelCriterion{LabelCheck::Met, {}};
            return;
        }
        if (!conditional)
            conditional = &p;
    }
    if (conditional) {
        QList<LocalizedText> texts;
        for (const QString& c : conditional->conditions)
            texts << conditionText(c);
        a.priorLines = criterion(LabelCheck::ToConfirm, LabelMessages::conditionsToConfirm(texts));
        a.conditionsToConfirm = conditional->conditions;
        return;
    }
    a.priorLines =
        criterion(LabelCheck::NotMet, LabelMessages::linesBelow(*q.priorLines, lowest, label.effectiveDate));
}

void ProductLabelRules::assessExposures(const LabelEntry& label, const LabelQuery& q,
                                        LabelAssessment& a) const
{
    const QSet<QString> exposures = exposuresOf(q);
    // Compare with the pathways the line count reaches (all of them when it reaches none), and
    // among those with the one that misses the fewest drug classes.
    QList<const LabelPathway*> candidates;
    for (const auto& p : label.pathways)
        if (q.priorLines && *q.priorLines >= p.minPriorLines)
            candidates << &p;
    if (candidates.isEmpty())
        for (const auto& p : label.pathways)
            candidates << &p;
    QStringList missing = missingFrom(*candidates.first(), exposures);
    for (const LabelPathway* p : candidates) {
        const QStringList m = missingFrom(*p, exposures);
        if (m.size() < missing.size())
            missing = m;
    }
    a.missingExposures = missing;
    if (missing.isEmpty()) {
        a.exposures = LabelCriterion{LabelCheck::Met, {}};
        return;
    }
    a.exposures.check = LabelCheck::NotMet;
    for (const QString& e : missing)
        a.exposures.reasons << LabelMessages::exposureMissing(exposureName(e), label.effectiveDate);
}

LocalizedText ProductLabelRules::jurisdictionName(const QString& id) const
{
    return nameIn(m_catalog.jurisdictions, id);
}
LocalizedText ProductLabelRules::indicationName(const QString& id) const
{
    return nameIn(m_catalog.indications, id);
}
LocalizedText ProductLabelRules::exposureName(const QString& id) const
{
    return nameIn(m_catalog.exposureClasses, id);
}
LocalizedText ProductLabelRules::conditionText(const QString& id) const
{
    return nameIn(m_catalog.conditions, id);
}
LocalizedText ProductLabelRules::exclusionText(const QString& id) const
{
    return nameIn(m_catalog.exclusions, id);
}

} // namespace cb::core
