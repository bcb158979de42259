#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace cb::cli {

// user add|list|disable|unlock|reset-password — administrators only (except the first user).
class UserCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cb::cli::UserCommand)
public:
    QString name() const override { return QStringLiteral("user"); }
    QString summary() const override;
    QString usage() const override;
    int run(CliContext& ctx, const QStringList& args) override;

private:
    int add(CliContext& ctx, const QStringList& args);
    int list(CliContext& ctx, const QStringList& args);
    int simple(CliContext& ctx, const QString& sub, const QStringList& args);
    QString newPassword(CliContext& ctx, bool& generated);
};

} // namespace cb::cli
