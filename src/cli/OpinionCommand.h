#pragma once

#include "cli/Command.h"
#include "core/Result.h"
#include "core/UserIdentity.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cb::cli {

class CommandLine;

// opinion record|sign|amend|show: a discipline's structured opinion on a case, through
// ReviewService (the same checks as the GUI). Signing re-uses the --user password.
class OpinionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cb::cli::OpinionCommand)
public:
    QString name() const override { return QStringLiteral("opinion"); }
    QString summary() const override;
    QString usage() const override;
    int run(CliContext& ctx, const QStringList& args) override;

    // Reads an answers file: a JSON object {item_id: value} or {item_id: {"value", "unit", "date",
    // "detail", "not_applicable"}}; anything else is bad input naming the item.
    static Result<QJsonObject> readAnswers(const QString& path);

private:
    int record(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl, qint64 caseId,
               core::Discipline discipline);
    int sign(CliContext& ctx, const core::UserIdentity& user, qint64 caseId, core::Discipline discipline);
    int amend(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl, qint64 caseId,
              core::Discipline discipline);
    int show(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl, qint64 caseId);
    // Refuses (through the service, which audits the denial) a user who may not act on the
    // discipline's opinion; returns -1 when permitted.
    int denyUnlessPermitted(CliContext& ctx, const core::UserIdentity& user, const QString& sub,
                            qint64 caseId, std::optional<core::Discipline> discipline);
};

} // namespace cb::cli
