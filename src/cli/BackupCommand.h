#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace cb::services {
struct BackupCheck;
}

namespace cb::cli {

// backup -o FILE | backup verify FILE [--json]: an online, verified copy of the SQLite database,
// and the check of a backup file. File-level acts that print no patient data: no login needed
// (the files' permissions protect them; a backup is readable by its owner only).
class BackupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cb::cli::BackupCommand)
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    QString usage() const override;
    int run(CliContext& ctx, const QStringList& args) override;

    // The JSON object of a backup check (backup, backup verify, restore).
    static QJsonObject toJson(const services::BackupCheck& check);
};

} // namespace cb::cli
