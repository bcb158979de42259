#pragma once

#include "cli/Command.h"
#include "core/UserIdentity.h"

#include <QCoreApplication>

namespace cb::cli {

class CommandLine;

// pathway record|show|void|correct: the treatment pathway of a case (apheresis … discharge) through
// PathwayService, with the same order and date checks as the GUI.
class PathwayCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cb::cli::PathwayCommand)
public:
    QString name() const override { return QStringLiteral("pathway"); }
    QString summary() const override;
    QString usage() const override;
    int run(CliContext& ctx, const QStringList& args) override;

private:
    int record(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl, qint64 caseId);
    int show(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl, qint64 caseId);
    // void (voiding) or correct a recorded step.
    int amend(CliContext& ctx, const core::UserIdentity& user, const CommandLine& cl, qint64 caseId,
              bool voiding);
};

} // namespace cb::cli
