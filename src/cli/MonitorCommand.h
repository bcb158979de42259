#pragma once

#include "cli/Command.h"
#include "core/UserIdentity.h"

#include <QCoreApplication>

namespace cb::cli {

class CommandLine;

// monitor record|show|void|correct: CRS/ICANS monitoring assessments of a treated case through
// MonitoringService; the grades are computed from the entry, never typed.
class MonitorCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cb::cli::MonitorCommand)
public:
    QString name() const override { return QStringLiteral("monitor"); }
    QString summary() const override;
    QString usage() const override;
    int run(CliContext& ctx, const QStringList& args) override;

private:
    int record(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl, qint64 caseId);
    int show(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl, qint64 caseId);
    // void (voiding) or correct a recorded assessment.
    int amend(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl, qint64 caseId,
              bool voiding);
};

} // namespace cb::cli
