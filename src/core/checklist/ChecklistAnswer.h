#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVariant>

namespace cb::core {

// A specialist's (or the prefill's) answer to one checklist item.
struct ChecklistAnswer
{
    QString itemId;
    QVariant value;             // bool, number, choice id (QString), QDate, or free text
    bool notApplicable = false; // for items with allow_not_applicable (e.g. no allogeneic HCT)
    QString detail;             // free text beside the answer (sites, regimen ...)
    QString unit;               // unit of a number when it differs from the item's; empty = the item's
    QDate valueDate;            // when the value was measured; checked against freshness_days
    bool prefilled = false;
    QString prefillSource; // "observation:lvef", "fact:prior_lines", "exposure:pi"
    bool stale = false;    // set by ChecklistPrefill; the engine works it out again

    bool isAnswered() const;

    // For the opinion's stored answers; dates are written as ISO text and read back as text
    // (the engine reads ISO text as a date).
    QJsonObject toJson() const;
    static ChecklistAnswer fromJson(const QJsonObject& o);
};

} // namespace cb::core
