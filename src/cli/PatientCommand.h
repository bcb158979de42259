#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace cb::cli {

// patient find|show|add|correct|merge (DESIGN.md §5, intake).
class PatientCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cb::cli::PatientCommand)
public:
    QString name() const override { return QStringLiteral("patient"); }
    QString summary() const override;
    QString usage() const override;
    int run(CliContext& ctx, const QStringList& args) override;

private:
    int find(CliContext& ctx, const QStringList& args);
    int show(CliContext& ctx, const QStringList& args);
    int add(CliContext& ctx, const QStringList& args);
    int correct(CliContext& ctx, const QStringList& args);
    int merge(CliContext& ctx, const QStringList& args);
};

} // namespace cb::cli
