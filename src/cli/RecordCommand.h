#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace cb::cli {

// The patient's record through one of their cases (DESIGN.md §5, intake): `history set`,
// `line add|correct|void|list`, `transplant add|correct|void|list`, `obs add|list|correct|void`.
// One class, four commands: the kind picks the name and the entries.
class RecordCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cb::cli::RecordCommand)
public:
    enum class Kind { History, Line, Transplant, Observation };
    explicit RecordCommand(Kind kind) : m_kind(kind) {}

    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(CliContext& ctx, const QStringList& args) override;

private:
    int history(CliContext& ctx, const QString& sub, const QStringList& args);
    int entries(CliContext& ctx, const QString& sub, const QStringList& args);
    int observations(CliContext& ctx, const QString& sub, const QStringList& args);
    Kind m_kind;
};

} // namespace cb::cli
