#pragma once

#include <QString>

namespace cb::report {

// Identifies the report renderer and its template version; printed on every export.
struct ReportInfo
{
    static QString rendererVersion();
};

} // namespace cb::report
