#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cb::core {

// A product's pathway timings (SPEC §4 PHA-07/PHA-08, §5 step 7): product data, not code.
struct ProductTiming
{
    QString id; // stable id as in product_labels.json, e.g. cilta_cel
    QString name;
    QString ldRegimen;              // e.g. "Fludarabine 30 mg/m² + cyclophosphamide 300 mg/m² daily ×3"
    int ldDays = 3;                 // days of lymphodepleting chemotherapy
    int infusionMinDaysAfterLd = 2; // days from the last LD day to infusion
    int infusionMaxDaysAfterLd = 14;
    int repeatLdAfterDays = 0; // infusion later than this after LD needs a repeat LD; 0 = no rule
    QString evidence;          // V, V2, U or CONV (SPEC §0), shown with the rule
    QString source;            // SPEC source id, e.g. S13
};

// The catalogue of resources/pathway/products.json; unknown products get its "default" entry.
class ProductTimingCatalog
{
public:
    // Parses the JSON; a bad file names the product and field that is wrong.
    static Result<ProductTimingCatalog> parse(const QByteArray& json);

    QString version() const { return m_version; }
    const QList<ProductTiming>& products() const { return m_products; }
    // The product's timings (its id or a name like "cilta-cel", case-insensitive), else the default.
    ProductTiming forProduct(const QString& product) const;
    bool knows(const QString& product) const;

private:
    QString m_version;
    QList<ProductTiming> m_products;
    ProductTiming m_default;
};

} // namespace cb::core
