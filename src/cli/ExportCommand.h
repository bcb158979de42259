#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace cb::cli {

// `export pdf CASE -o FILE [--letter] [--json]`: the signed case summary (or the outcome letter
// to the referring physician) as a PDF, written atomically and audited; `export minutes MEETING`;
// `export fhir CASE -o FILE [--document] [--json]`: the case as a FHIR R4 bundle (exports::FhirExport).
class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cb::cli::ExportCommand)
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    QString usage() const override;
    int run(CliContext& ctx, const QStringList& args) override;
};

} // namespace cb::cli
