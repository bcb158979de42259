#pragma once

#include "cli/Command.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>
#include <vector>

namespace cb::cli {

// Splits the global options (--db, --user) from the command line, finds the command and runs it.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(cb::cli::CliApp)
public:
    CliApp();
    ~CliApp();
    int run(const QStringList& arguments); // arguments without the program name

private:
    QString help() const;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace cb::cli
