#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace cb::cli {

// restore FILE [--force] [--json]: the database from a verified backup. The database it replaces
// is kept beside it; the restore is recorded in the restored database's audit trail. Like init,
// a file-level act of the workstation's administrator: no login (the database may be damaged).
class RestoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cb::cli::RestoreCommand)
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override;
    QString usage() const override;
    int run(CliContext& ctx, const QStringList& args) override;
};

} // namespace cb::cli
