#pragma once

#include "core/checklist/ChecklistItem.h"
#include "core/checklist/LocalizedText.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace cb::core {

// A discipline's checklist as versioned data (resources/checklists/<discipline>.json).
struct ChecklistTemplate
{
    int schemaVersion = 1;
    QString discipline; // stable id: hematology, cardiology ...
    QString version;    // "2026.1"
    QDate effectiveDate;
    bool optional = false; // infectious_disease and pharmacy: added where the program wants them
    LocalizedText title;
    LocalizedText shortTitle;
    QString specSection;
    LocalizedText notes;
    QList<ChecklistItem> items;

    const ChecklistItem* item(const QString& id) const;

    // The checklist as asked for a case of `indication`: the items that apply to it, in template
    // order (SPEC §4: marrow plasma cells are asked for myeloma, not for lymphoma).
    ChecklistTemplate forIndication(const QString& indication) const;

    // The SPEC rows covered, in template order, each once.
    QStringList specIds() const;
};

} // namespace cb::core
