#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace cb::cli {

// setting list [--json] | setting set KEY VALUE — program-wide settings (administrators change
// them; every change is audited).
class SettingCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cb::cli::SettingCommand)
public:
    QString name() const override { return QStringLiteral("setting"); }
    QString summary() const override;
    QString usage() const override;
    int run(CliContext& ctx, const QStringList& args) override;
};

} // namespace cb::cli
