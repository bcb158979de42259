#pragma once

#include "core/CaseDossier.h"
#include "report/ReportDocument.h"

#include <QCoreApplication>

namespace cb::report {

// The signed case summary: patient and disease, each discipline's opinion with its checklist, the
// verdict with dissent and actions, the signatures and the fingerprint (issue 4, SPEC §7.2).
class CaseSummary
{
    Q_DECLARE_TR_FUNCTIONS(cb::report::CaseSummary)
public:
    static ReportDocument build(const core::CaseDossier& dossier);
    static QString title();
    // The style sheet both documents use (QTextDocument's CSS subset).
    static QString styleSheet();
};

} // namespace cb::report
