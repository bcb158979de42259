#pragma once

#include "core/Result.h"
#include "core/checklist/ChecklistTemplate.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace cb::core {

// Reads a checklist template from the bytes of resources/checklists/<discipline>.json (the caller
// reads the file: core never opens files) and validates it completely. A problem comes back as a
// BadInput error naming the template, the item and the rule, e.g.
// "Checklist template hematology.json, item HEM-09, rule 2: unknown status \"severe\"".
class ChecklistTemplateParser
{
public:
    static Result<ChecklistTemplate> parse(const QByteArray& json, const QString& name = {});
    static Result<ChecklistTemplate> parse(const QJsonDocument& document, const QString& name = {});
};

} // namespace cb::core
