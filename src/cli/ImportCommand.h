#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace cb::cli {

// `import fhir FILE [--dry-run] [--json] [--referrer NAME] …`: a referral from a FHIR R4 bundle
// (services::FhirImportService): the patient matched by identifier or created, the referral, the
// record's entries with their provenance; --dry-run shows what would be created or attached and
// writes nothing. A malformed file or an invalid resource is refused whole, naming its JSON path.
class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cb::cli::ImportCommand)
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString usage() const override;
    int run(CliContext& ctx, const QStringList& args) override;
};

} // namespace cb::cli
