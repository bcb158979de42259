#pragma once

#include "core/checklist/LocalizedText.h"
#include "core/checklist/labels/ProductLabel.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace cb::core {

// The content of resources/checklists/product_labels.json: products with their label history and
// the names of the ids the entries use.
struct ProductLabelCatalog
{
    int schemaVersion = 1;
    QString version;
    QDate effectiveDate;
    LocalizedText notes;
    QHash<QString, LocalizedText> jurisdictions;
    QHash<QString, LocalizedText> indications;
    QHash<QString, LocalizedText> exposureClasses;
    QHash<QString, LocalizedText> conditions;
    QHash<QString, LocalizedText> exclusions;
    QList<ProductLabel> products;
};

} // namespace cb::core
