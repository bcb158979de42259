#pragma once

#include "cli/Command.h"

namespace cb::cli {

// init [--demo] [--demo-password P] [--synthetic N]: create or migrate the database.
class InitCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    QString usage() const override;
    int run(CliContext& ctx, const QStringList& args) override;
};

} // namespace cb::cli
