#pragma once

#include <QString>

namespace cb::report {

// What is printed around the body on every page (drawn by the renderer, not part of the HTML).
struct PageFrame
{
    QString institution;
    QString title;
    QString patientLine;   // name, MRN, date of birth
    QString generatedLine; // "Generated 2026-11-25 14:05 UTC+08:00"
    QString confidentiality;
    bool draft = false; // DRAFT watermark and marker on every page

    // The texts of page `page` of `pageCount`, as drawn (for tests and text checks).
    QString headerText() const;
    QString footerText(int page, int pageCount) const;
};

// A document ready to render: the body as HTML and the frame around it.
struct ReportDocument
{
    QString html;
    PageFrame frame;
    double bodyPointSize = 9.0; // the body text; headings and tables size themselves in the style sheet
};

} // namespace cb::report
