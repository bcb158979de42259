#include "report/ReportDocument.h"

#include "report/ReportText.h"

namespace cb::report {

QString PageFrame::headerText() const
{
    QString s = institution + QLatin1Char('\n') + title;
    if (draft)
        s += QStringLiteral(" — ") + text::tr("DRAFT");
    return s + QLatin1Char('\n') + patientLine;
}

QString PageFrame::footerText(int page, int pageCount) const
{
    return generatedLine + QStringLiteral("    ") + text::tr("Page %1 of %2").arg(page).arg(pageCount) +
           QLatin1Char('\n') + confidentiality;
}

} // namespace cb::report
