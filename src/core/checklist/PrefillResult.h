#pragma once

#include "core/checklist/ChecklistAnswer.h"
#include "core/checklist/PrefillIssue.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace cb::core {

// Suggested answers (marked prefilled, to be confirmed by the specialist) and the problems met.
struct PrefillResult
{
    QHash<QString, ChecklistAnswer> answers;
    QList<PrefillIssue> issues;

    QStringList staleItemIds() const;
};

} // namespace cb::core
