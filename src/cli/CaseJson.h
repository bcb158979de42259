#pragma once

#include "core/CaseRecord.h"

#include <QJsonObject>

namespace cb::cli {

// The JSON shapes of `case list --json` and `case show --json` (stable snake_case ids).
struct CaseJson
{
    static QJsonObject summary(const core::CaseSummary& s);
    // With the derived facts of the record as of `today` (INTAKE.md §5).
    static QJsonObject record(const core::CaseRecord& r, const QDate& today);
};

} // namespace cb::cli
