#pragma once

#include "cli/ExitCode.h"

#include <QString>
#include <QStringList>

namespace cb::cli {

class CliContext;

// One `cellboard-cli` subcommand (KeePassXC style: one class per command).
// run() receives the arguments after the command name (global options already removed).
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for `cellboard-cli --help`
    virtual QString usage() const = 0;   // full usage text for `cellboard-cli help NAME`
    virtual int run(CliContext& ctx, const QStringList& args) = 0;
};

} // namespace cb::cli
