#pragma once

#include "cli/Command.h"
#include "core/UserIdentity.h"

#include <QCoreApplication>

namespace cb::cli {

class CommandLine;

// followup list|record: the long-term follow-up visits through FollowUpService.
class FollowUpCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cb::cli::FollowUpCommand)
public:
    QString name() const override { return QStringLiteral("followup"); }
    QString summary() const override;
    QString usage() const override;
    int run(CliContext& ctx, const QStringList& args) override;

private:
    int list(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl);
    int record(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl, qint64 caseId);
};

} // namespace cb::cli
