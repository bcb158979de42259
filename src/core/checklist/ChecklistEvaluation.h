#pragma once

#include "core/checklist/ChecklistStatus.h"
#include "core/checklist/ItemEvaluation.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cb::core {

// A whole checklist evaluated: the "computed flags" an opinion stores with its answers.
struct ChecklistEvaluation
{
    QString discipline;
    QString templateVersion;
    QDate referenceDate;
    QString labelVersion; // product label data version used, if any
    QList<ItemEvaluation> items;

    // contraindication > concern > not_assessed > ok.
    ChecklistStatus overall() const;
    int count(ChecklistStatus status) const;
    const ItemEvaluation* item(const QString& itemId) const;
    QStringList itemIds(ChecklistStatus status) const;
    QStringList staleItemIds() const;

    QJsonObject toJson() const;
};

} // namespace cb::core
