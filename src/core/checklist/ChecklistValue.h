#pragma once

#include "core/checklist/ChecklistItemType.h"

#include <QDate>
#include <QString>
#include <QVariant>
#include <optional>

namespace cb::core {

// An answer's raw value read as the item's type. Reading is lenient where nothing is lost: a
// number may arrive as text ("42"), a date as ISO text, a choice id as an integer (ECOG 2 → "2").
struct ChecklistValue
{
    ChecklistItemType type = ChecklistItemType::Text;
    bool flag = false;
    double number = 0.0;
    QString text; // choice id or free text
    QDate date;

    // Empty when the raw value cannot be read as `type` (or is empty).
    static std::optional<ChecklistValue> read(const QVariant& raw, ChecklistItemType type);
};

} // namespace cb::core
