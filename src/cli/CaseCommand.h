#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace cb::cli {

// case list [--state S] [--json] | case show ID [--json] | case close ID --reason R [--detail T]
class CaseCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cb::cli::CaseCommand)
public:
    QString name() const override { return QStringLiteral("case"); }
    QString summary() const override;
    QString usage() const override;
    int run(CliContext& ctx, const QStringList& args) override;

private:
    int list(CliContext& ctx, const QStringList& args);
    int show(CliContext& ctx, const QStringList& args);
    int close(CliContext& ctx, const QStringList& args);
    int add(CliContext& ctx, const QStringList& args);
    int startWorkUp(CliContext& ctx, const QStringList& args);
    int reopen(CliContext& ctx, const QStringList& args);
    // case audit ID [--kind K] [--text T] [--before SEQ] [--limit N] [--json]
    int audit(CliContext& ctx, const QStringList& args);
};

} // namespace cb::cli
