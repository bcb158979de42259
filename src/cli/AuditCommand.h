#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace cb::cli {

// audit verify | audit entry SEQ [--json] — ids and hashes only, so no login is needed.
class AuditCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cb::cli::AuditCommand)
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;
    QString usage() const override;
    int run(CliContext& ctx, const QStringList& args) override;
};

} // namespace cb::cli
