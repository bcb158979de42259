#include "services/BackupService.h"

#include "core/BackupName.h"
#include "platform/Logging.h"
#include "services/AuditAnchor.h"
#include "services/AuditService.h"
#include "services/AuditTrail.h"
#include "services/Workspace.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/SqliteFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <algorithm>

namespace cb::services {

namespace {

QString auditProblem(const AuditVerification& v)
{
    if (!v.intact)
        return BackupService::tr("its audit trail is broken at entry %1: %2")
            .arg(v.firstBadSeq)
            .arg(v.problem);
    if (v.badSignatureId)
        return BackupService::tr("signature %1 does not verify: %2")
            .arg(v.badSignatureId)
            .arg(v.signatureProblem);
    return {};
}

bool sameFile(const QString& a, const QString& b)
{
    const QString ca = QFileInfo(a).canonicalFilePath();
    return !ca.isEmpty() && ca == QFileInfo(b).canonicalFilePath();
}

} // namespace

Result<QString> BackupService::sqliteFileOf(const QString& urlText)
{
    auto url = storage::DatabaseUrl::parse(urlText);
    if (!url.ok())
        return url.error();
    if (url->isPostgres())
        return Error::badInput(
            tr("%1 is a PostgreSQL database: its administrator backs it up and restores it with the "
               "server's tools, e.g. pg_dump --format=custom --file=cellboard.dump \"%1\" and pg_restore "
               "(see the README, \"Backups\"). cellboard-cli backup and restore work on SQLite files.")
                .arg(url->display()));
    return url->path;
}

QString BackupService::defaultFolderFor(const QString& databaseFile)
{
    return QFileInfo(databaseFile).absolutePath() + QStringLiteral("/backups");
}

QList<BackupFile> BackupService::backupsOf(const QString& databaseFile, const QStringList& folders)
{
    QList<BackupFile> found;
    QStringList seen;
    for (const QString& folder : folders) {
        if (folder.trimmed().isEmpty())
            continue;
        const QString canonical = QFileInfo(folder).canonicalFilePath();
        if (canonical.isEmpty() || seen.contains(canonical))
            continue;
        seen << canonical;
        const auto entries = QDir(canonical).entryInfoList({QStringLiteral("*.backup.sqlite")}, QDir::Files);
        for (const QFileInfo& fi : entries) {
            const auto name = core::BackupName::parse(fi.fileName());
            if (name && name->stem == core::BackupName::stemOf(databaseFile))
                found << BackupFile{fi.absoluteFilePath(), name->at, name->note};
        }
    }
    std::sort(found.begin(), found.end(), [](const BackupFile& a, const BackupFile& b) {
        return a.at != b.at ? a.at > b.at : a.path > b.path;
    });
    return found;
}

Result<BackupCheck> BackupService::checkCellBoardFile(const QString& file, int schemaVersion) const
{
    BackupCheck c;
    c.file = file;
    c.bytes = QFileInfo(file).size();
    c.schemaVersion = schemaVersion;
    if (schemaVersion < storage::Database::latestSchemaVersion()) {
        // an older schema (a backup taken before an update): its audit trail and signatures are
        // checked by this version's rules on a copy brought up to date, the file itself untouched
        QTemporaryDir scratch;
        if (!scratch.isValid())
            return Error::failure(tr("No temporary folder to check the backup %1 in.").arg(file));
        const QString copy = scratch.filePath(QStringLiteral("check.sqlite"));
        if (auto st = storage::SqliteFile::backup(file, copy); !st.ok())
            return st.error();
        auto ws = Workspace::open(copy, Workspace::OpenMode::MustExist, nullptr);
        if (!ws.ok()) {
            c.problem = ws.error().message;
            return c;
        }
        auto v = (*ws)->audit().verify();
        if (!v.ok())
            return v.error();
        c.audit = *v;
    } else {
        auto url = storage::DatabaseUrl::parse(file);
        if (!url.ok())
            return url.error();
        auto db = storage::Database::open(*url, storage::Database::OpenMode::ReadOnly);
        if (!db.ok()) {
            c.problem = db.error().message;
            return c;
        }
        auto v = AuditService(**db).verify();
        if (!v.ok())
            return v.error();
        c.audit = *v;
    }
    c.problem = auditProblem(c.audit);
    return c;
}

Result<BackupCheck> BackupService::verify(const QString& file) const
{
    const QFileInfo fi(file);
    if (!fi.exists())
        return Error::notFound(tr("There is no backup file %1.").arg(file));
    if (fi.isDir())
        return Error::badInput(tr("%1 is a folder, not a backup file.").arg(file));
    BackupCheck c;
    c.file = fi.absoluteFilePath();
    c.bytes = fi.size();
    auto inspection = storage::Database::inspect(c.file);
    if (!inspection.ok())
        return inspection.error();
    using State = storage::FileInspection::State;
    switch (inspection->state) {
    case State::Missing:
        return Error::notFound(tr("There is no backup file %1.").arg(file));
    case State::Empty:
        c.problem = tr("it is empty: it holds no CellBoard database");
        return c;
    case State::Foreign:
        c.problem = tr("it is a SQLite database of another program, not a CellBoard backup");
        return c;
    case State::Damaged:
        c.problem = inspection->notADatabase ? tr("it is not a database file at all")
                                             : tr("it is damaged (%1)").arg(inspection->problem);
        c.integrityProblems << inspection->problem;
        return c;
    case State::CellBoard:
        break;
    }
    c.schemaVersion = inspection->schemaVersion;
    if (c.schemaVersion > storage::Database::latestSchemaVersion()) {
        c.newerSchema = true;
        c.problem = tr("it was written by a newer CellBoard (schema %1; this version knows %2): install the "
                       "newer version to use it")
                        .arg(c.schemaVersion)
                        .arg(storage::Database::latestSchemaVersion());
        return c;
    }
    auto integrity = storage::SqliteFile::check(c.file, false);
    if (!integrity.ok()) {
        if (integrity.error().code != ErrorCode::Damaged)
            return integrity.error();
        c.integrityProblems << integrity.error().message;
    } else {
        c.integrityProblems = *integrity;
    }
    if (!c.integrityProblems.isEmpty()) {
        c.problem = tr("it fails its integrity check (%1)")
                        .arg(c.integrityProblems.join(QStringLiteral("; ")).left(300));
        return c;
    }
    auto checked = checkCellBoardFile(c.file, c.schemaVersion);
    if (!checked.ok())
        return checked.error();
    checked.value().bytes = c.bytes;
    return checked;
}

Result<BackupCheck> BackupService::backup(const QString& urlText, const QString& target) const
{
    auto source = sqliteFileOf(urlText);
    if (!source.ok())
        return source.error();
    if (target.trimmed().isEmpty())
        return Error::badInput(tr("Name the backup file, e.g. -o cellboard-backup.sqlite."));
    const QString out = QFileInfo(target).absoluteFilePath();
    if (sameFile(out, *source) || out == *source)
        return Error::badInput(tr("The backup must be another file than the database %1.").arg(*source));
    if (QFileInfo::exists(out))
        return Error::badInput(tr("%1 exists already: choose a new file name for the backup.").arg(out));
    auto inspection = storage::Database::inspect(*source);
    if (!inspection.ok())
        return inspection.error();
    using State = storage::FileInspection::State;
    switch (inspection->state) {
    case State::Missing:
        return Error::notFound(tr("There is no database at %1 to back up.").arg(*source));
    case State::Empty:
        return Error::failure(tr("%1 is empty: there is nothing to back up (\"cellboard-cli init\" creates a "
                                 "database in it).")
                                  .arg(*source));
    case State::Foreign:
        return Error::failure(
            tr("%1 is not a CellBoard database: it is a SQLite database of another program, so "
               "CellBoard does not back it up.")
                .arg(*source));
    case State::Damaged:
        if (inspection->notADatabase)
            return Error{ErrorCode::Damaged,
                         tr("%1 is not a CellBoard database: it is not a database file at all, so there is "
                            "nothing to back up. Restore the latest backup, or ask your administrator.")
                             .arg(*source),
                         QStringLiteral("backup refused: not a database"),
                         {}};
        return Error{ErrorCode::Damaged,
                     tr("The database %1 is damaged (%2): a copy of it would not be a backup. Restore the "
                        "latest good backup instead, or ask your administrator.")
                         .arg(*source, inspection->problem.left(300)),
                     QStringLiteral("backup refused: damaged source"),
                     {}};
    case State::CellBoard:
        break;
    }
    if (auto st = storage::SqliteFile::backup(*source, out); !st.ok())
        return st.error();
    auto check = verify(out);
    if (!check.ok() || !check->ok()) {
        const QString why = check.ok() ? check->problem : check.error().message;
        QFile::remove(out);
        return Error::failure(tr("The backup was written but does not verify (%1), so it was removed. The "
                                 "database %2 was not changed.")
                                  .arg(why, *source));
    }
    CB_LOG_INFO("backup verified: schema {}, {} audit entries, {} signatures", check->schemaVersion,
                check->audit.entries, check->audit.signatures);
    return check;
}

Result<BackupCheck> BackupService::backupToFolder(const QString& urlText, const QString& folder,
                                                  int keep) const
{
    auto source = sqliteFileOf(urlText);
    if (!source.ok())
        return source.error();
    if (!QDir().mkpath(folder))
        return Error::failure(tr("Cannot create the backup folder %1.").arg(folder));
    const QString target =
        QDir(folder).absoluteFilePath(core::BackupName::fileName(*source, m_clock.nowUtc()));
    auto check = backup(urlText, target);
    if (!check.ok())
        return check;
    // keep the newest `keep` scheduled backups; a backup with a note (before an update) stays
    int kept = 0;
    for (const BackupFile& f : backupsOf(*source, {folder})) {
        if (!f.note.isEmpty())
            continue;
        if (++kept > qMax(1, keep))
            QFile::remove(f.path);
    }
    return check;
}

Result<RestoreOutcome> BackupService::restore(const QString& urlText, const QString& backupFile,
                                              const RestoreRequest& request) const
{
    auto target = sqliteFileOf(urlText);
    if (!target.ok()) {
        Error e = target.error();
        return e;
    }
    const QString from = QFileInfo(backupFile).absoluteFilePath();
    if (!QFileInfo::exists(from))
        return Error::notFound(tr("There is no backup file %1.").arg(backupFile));
    if (sameFile(from, *target))
        return Error::badInput(tr("%1 is the database itself, not a backup of it.").arg(from));
    auto check = verify(from);
    if (!check.ok())
        return check.error();
    if (check->newerSchema)
        return Error::failure(
            tr("The backup %1 was written by a newer CellBoard (schema %2; this version knows "
               "%3). Install the newer version to restore it. Nothing was changed.")
                .arg(from)
                .arg(check->schemaVersion)
                .arg(storage::Database::latestSchemaVersion()));
    if (!check->ok())
        return Error::failure(
            tr("The backup %1 cannot be restored: %2. Nothing was changed.").arg(from, check->problem));

    auto inspection = storage::Database::inspect(*target);
    if (!inspection.ok())
        return inspection.error();
    RestoreOutcome outcome;
    outcome.database = *target;
    outcome.backup = *check;
    const QDateTime now = m_clock.nowUtc();
    const QString aside =
        QFileInfo(*target).absolutePath() + QLatin1Char('/') + core::BackupName::replacedName(*target, now);
    using State = storage::FileInspection::State;
    switch (inspection->state) {
    case State::Missing:
    case State::Empty:
        break;
    case State::Damaged:
        // a damaged file cannot be read page by page: it is moved aside whole, with its WAL
        if (auto st = storage::SqliteFile::moveAside(*target, aside); !st.ok())
            return st.error();
        outcome.keptAs = aside;
        break;
    case State::CellBoard:
    case State::Foreign:
        if (!request.force)
            return Error::conflict(tr("%1 holds a sound database. Restoring replaces its content with the "
                                      "backup; every change made since the backup would then be only in "
                                      "the copy kept beside it. Confirm to go on (cellboard-cli restore "
                                      "--force).")
                                       .arg(*target));
        // a sound database may be in use: it is kept by a consistent copy, then replaced in one
        // transaction that other connections see whole
        if (auto st = storage::SqliteFile::backup(*target, aside); !st.ok())
            return st.error();
        outcome.keptAs = aside;
        break;
    }
    if (auto st = storage::SqliteFile::copyInto(from, *target); !st.ok()) {
        Error e = st.error();
        if (!outcome.keptAs.isEmpty())
            e.message +=
                QLatin1Char(' ') + tr("The database that was there is kept as %1.").arg(outcome.keptAs);
        return e;
    }

    // the restored database records its own restore (after any update to this version's schema)
    auto ws = Workspace::open(*target, Workspace::OpenMode::MustExist, nullptr);
    if (!ws.ok())
        return ws.error();
    // this workstation's last checkpoint was of the database replaced: anchor the restored one
    AuditAnchor::forgetAnchor((*ws)->database().url());
    const QJsonObject after{
        {QStringLiteral("backup_file"), QFileInfo(from).fileName()},
        {QStringLiteral("backup_schema"), check->schemaVersion},
        {QStringLiteral("backup_audit_head_seq"), check->audit.headSeq},
        {QStringLiteral("backup_audit_head_hash"), check->audit.headHash},
        {QStringLiteral("replaced_kept_as"),
         outcome.keptAs.isEmpty() ? QString() : QFileInfo(outcome.keptAs).fileName()},
        {QStringLiteral("via"), request.via},
        {QStringLiteral("os_user"), qEnvironmentVariable("USER")},
    };
    if (auto st = AuditTrail((*ws)->database(), m_clock)
                      .recordAlone(request.actor, QStringLiteral("database.restore"),
                                   QStringLiteral("database"), {}, {}, after);
        !st.ok())
        return st.error();
    auto head = storage::AuditRepository((*ws)->database()).head();
    if (!head.ok())
        return head.error();
    if (head->has_value()) {
        outcome.auditSeq = (*head)->seq;
        outcome.auditHash = (*head)->hash;
    }
    if (auto c = (*ws)->audit().checkpoint(m_clock.nowUtc()); !c.ok())
        CB_LOG_WARN("no audit checkpoint after the restore: {}", c.error().message.toStdString());
    CB_LOG_INFO("database restored from a backup of schema {} (audit entry {})", check->schemaVersion,
                outcome.auditSeq);
    return outcome;
}

} // namespace cb::services
