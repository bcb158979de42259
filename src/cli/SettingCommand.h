#pragma once

#include "cli/Command.h"

namespace cb::cli {

// setting list [--json] | setting set KEY VALUE — program-wide settings (administrators change
// them; every change is audited).
class SettingCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("setting"); }
    QString summary() const override;
    QString usage() const override;
    int run(CliContext& ctx, const QStringList& args) override;
};

} // namespace cb::cli
