#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace cb::cli {

// init [--demo] [--demo-password P] [--synthetic N]: create or migrate the database.
class InitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cb::cli::InitCommand)
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    QString usage() const override;
    int run(CliContext& ctx, const QStringList& args) override;
};

} // namespace cb::cli
