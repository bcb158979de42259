#pragma once

#include "core/Result.h"
#include "core/checklist/labels/ProductLabelCatalog.h"

#include <QByteArray>
#include <QString>

namespace cb::core {

// Reads and validates resources/checklists/product_labels.json (the caller passes the bytes).
// Problems come back as BadInput errors naming the product and the label entry.
class ProductLabelParser
{
public:
    static Result<ProductLabelCatalog> parse(const QByteArray& json, const QString& name = {});
};

} // namespace cb::core
