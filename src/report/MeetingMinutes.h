#pragma once

#include "core/MinutesDossier.h"
#include "report/ReportDocument.h"

#include <QCoreApplication>

namespace cb::report {

// The minutes of a tumor board meeting (SPEC §7.2): the meeting, an Attendance section with the
// attendance rule, per case the verdict, conditions, dissent and actions, and the chair's
// signature. A meeting not yet held or not yet signed prints as a DRAFT with its planned
// attendance and agenda.
class MeetingMinutes
{
    Q_DECLARE_TR_FUNCTIONS(cb::report::MeetingMinutes)
public:
    static ReportDocument build(const core::MinutesDossier& dossier);
    static QString title();
};

} // namespace cb::report
