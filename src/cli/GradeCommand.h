#pragma once

#include "cli/Command.h"
#include "core/grading/GradingOptions.h"

#include <QCoreApplication>

namespace cb::cli {

// grade crs|icans|ice|hematotox: one JSON object on stdin (SPEC §8 field names), one JSON object on
// stdout (examples.json result fields plus rule_version and explanation). Needs no database or user.
class GradeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cb::cli::GradeCommand)
public:
    GradeCommand() = default;
    explicit GradeCommand(const core::GradingOptions& options);

    QString name() const override { return QStringLiteral("grade"); }
    QString summary() const override;
    QString usage() const override;
    int run(CliContext& ctx, const QStringList& args) override;

private:
    core::GradingOptions m_options;
};

} // namespace cb::cli
