#pragma once

#include "cli/Command.h"
#include "core/Result.h"
#include "core/Review.h"
#include "core/UserIdentity.h"

#include <QCoreApplication>

namespace cb::cli {

class CommandLine;

// decision record|dissent|sign|show|notify|action: the board's verdict on a case, through
// DecisionService (the same checks as the GUI). Signing re-uses the --user password.
class DecisionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cb::cli::DecisionCommand)
public:
    QString name() const override { return QStringLiteral("decision"); }
    QString summary() const override;
    QString usage() const override;
    int run(CliContext& ctx, const QStringList& args) override;

    // "description|owner|YYYY-MM-DD" (the date may be left out).
    static Result<core::DecisionAction> parseAction(const QString& text);

private:
    int record(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl, qint64 caseId);
    int dissent(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl, qint64 caseId);
    int sign(CliContext& ctx, const core::UserIdentity& user, qint64 caseId);
    int show(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl, qint64 caseId);
    int notify(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl, qint64 caseId);
    int addActions(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl, qint64 caseId);
    // Refuses (through the service, which audits the denial) a user who may not perform the
    // subcommand; returns -1 when permitted.
    int denyUnlessPermitted(CliContext& ctx, const core::UserIdentity& user, const QString& sub,
                            qint64 caseId);
};

} // namespace cb::cli
