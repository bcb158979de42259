#include "report/ReportInfo.h"

namespace cb::report {

QString ReportInfo::rendererVersion()
{
    return QStringLiteral("cellboard-report-1");
}

} // namespace cb::report
