#pragma once

#include "core/checklist/LocalizedText.h"
#include "core/checklist/labels/LabelEntry.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cb::core {

// A CAR-T product with every label entry on file, older versions included.
struct ProductLabel
{
    QString id; // ide_cel, cilta_cel ...
    QString inn;
    QString brand;
    QString target; // BCMA, CD19
    LocalizedText name;
    QStringList aliases; // "ide-cel", "abecma"

    QList<LabelEntry> labels;

    // Whether `idOrAlias` names this product (case-insensitive; hyphens and spaces count as "_").
    bool isNamed(const QString& idOrAlias) const;
};

} // namespace cb::core
