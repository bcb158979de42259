#pragma once

#include "core/Result.h"
#include "core/checklist/labels/LabelAssessment.h"
#include "core/checklist/labels/LabelQuery.h"
#include "core/checklist/labels/ProductLabelCatalog.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace cb::core {

// Product label rules per product and jurisdiction as data (SPEC §4.0), with their history: the
// entry in force on a date is the latest one for the product, jurisdiction and indication whose
// effective date is on or before that date (ide-cel, US: ≥4 lines from 2021, ≥2 from 2024-04-04).
class ProductLabelRules
{
public:
    ProductLabelRules() = default;
    explicit ProductLabelRules(ProductLabelCatalog catalog);

    // From the bytes of product_labels.json (the caller reads the file).
    static Result<ProductLabelRules> parse(const QByteArray& json, const QString& name = {});

    const ProductLabelCatalog& catalog() const { return m_catalog; }
    QString version() const { return m_catalog.version; }

    const ProductLabel* product(const QString& idOrAlias) const;

    // The entry in force on `date`, if any.
    std::optional<LabelEntry> labelInForce(const QString& product, const QString& jurisdiction,
                                           const QString& indication, const QDate& date) const;

    // Every entry for the product, jurisdiction and indication, oldest first.
    QList<LabelEntry> history(const QString& product, const QString& jurisdiction,
                              const QString& indication) const;

    // HEM-01 (indication), HEM-02 (prior lines) and HEM-03 (exposures) against the label in force.
    LabelAssessment assess(const LabelQuery& query) const;

    // Display names of the ids the data uses (the id itself when unknown).
    LocalizedText jurisdictionName(const QString& id) const;
    LocalizedText indicationName(const QString& id) const;
    LocalizedText exposureName(const QString& id) const;
    LocalizedText conditionText(const QString& id) const;
    LocalizedText exclusionText(const QString& id) const;

private:
    void assessLines(const LabelEntry& label, const LabelQuery& query, LabelAssessment& a) const;
    void assessExposures(const LabelEntry& label, const LabelQuery& query, LabelAssessment& a) const;

    ProductLabelCatalog m_catalog;
};

} // namespace cb::core
