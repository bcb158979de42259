#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace cb::cli {

class CliContext;

// The HL7 parts of `import` (ImportCommand dispatches to them):
//   import hl7 FILE|DIR [--dry-run] [--json]   lab results (ORU^R01) through services::Hl7ImportService
//   import queue list [--json]                  the messages held because their patient matched nobody
//   import queue assign QUEUE_ID PATIENT_ID --reason R [--json]
// Exit codes per DESIGN.md §5; `import hl7` exits 2 when a message was refused (the summary on
// stdout names each with its reason), 0 when every message was imported, held or already known.
class Hl7ImportCli
{
    Q_DECLARE_TR_FUNCTIONS(cb::cli::Hl7ImportCli)
public:
    static QString usage();
    static int runHl7(CliContext& ctx, const QStringList& args);
    static int runQueue(CliContext& ctx, const QStringList& args);
};

} // namespace cb::cli
