#pragma once

#include "cli/Command.h"

namespace cb::cli {

// audit verify | audit entry SEQ [--json] — ids and hashes only, so no login is needed.
class AuditCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;
    QString usage() const override;
    int run(CliContext& ctx, const QStringList& args) override;
};

} // namespace cb::cli
