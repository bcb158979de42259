#pragma once

#include "cli/Command.h"
#include "core/Meeting.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cb::cli {

class CommandLine;

// meeting list|show|schedule|reschedule|cancel|suggest|agenda-add|agenda-remove|agenda-move|
// attend|conflict|sign-minutes|actions: tumor board meetings through MeetingService.
class MeetingCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cb::cli::MeetingCommand)
public:
    QString name() const override { return QStringLiteral("meeting"); }
    QString summary() const override;
    QString usage() const override;
    int run(CliContext& ctx, const QStringList& args) override;

    static QJsonObject meetingJson(const core::Meeting& m, const QDateTime& now, bool full);
};

} // namespace cb::cli
