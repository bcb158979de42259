#pragma once

#include "core/CaseDossier.h"
#include "report/ReportDocument.h"

#include <QCoreApplication>

namespace cb::report {

// The letter to the referring physician: the verdict and its conditions in plain language, the
// next steps with dates, the program's caregiver and proximity rules, the coordinator's contact,
// signed by the chair. One or two pages.
class OutcomeLetter
{
    Q_DECLARE_TR_FUNCTIONS(cb::report::OutcomeLetter)
public:
    static ReportDocument build(const core::CaseDossier& dossier);
    static QString title();
};

} // namespace cb::report
