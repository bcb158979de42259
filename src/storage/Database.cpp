#include "storage/Database.h"

#include "core/BackupName.h"
#include "core/Clock.h"
#include "platform/Logging.h"
#include "storage/AuditRepository.h"
#include "storage/PatientRepository.h"
#include "storage/SqlSupport.h"
#include "storage/SqliteErrors.h"
#include "storage/SqliteFile.h"
#include "storage/Transaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <algorithm>
#include <fcntl.h>
#include <map>
#include <optional>
#include <unistd.h>

namespace cb::storage {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("cb::storage", s);
}

QAtomicInteger<int> g_connectionCounter;

struct Migration
{
    int version = 0;
    QString name;
    QString resource;
};

std::map<int, Migration> embeddedMigrations(bool postgres)
{
    std::map<int, Migration> result;
    const QString dir =
        postgres ? QStringLiteral(":/migrations/postgresql") : QStringLiteral(":/migrations/sqlite");
    static const QRegularExpression re(QStringLiteral("^(\\d{3})_(.+)\\.sql$"));
    QDirIterator it(dir);
    while (it.hasNext()) {
        const QString path = it.next();
        const auto m = re.match(QFileInfo(path).fileName());
        if (!m.hasMatch())
            continue;
        Migration mig{m.captured(1).toInt(), m.captured(2), path};
        result[mig.version] = mig;
    }
    return result;
}

QStringList statementsOf(const QString& text)
{
    QStringList out;
    QString current;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed() == QLatin1String("-- ;;")) {
            if (!current.trimmed().isEmpty())
                out << current.trimmed();
            current.clear();
        } else {
            current += line + QLatin1Char('\n');
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

// The part of a migration SQL cannot do, run after its statements in the same transaction.
Status codeStepOf(Database& db, int version)
{
    switch (version) {
    case 7: // search text without diacritics, identifiers once more without their separators
        return PatientRepository(db).rewriteSearchTexts();
    case 8: { // the rows written before schema 8 linked to the cases they are about
        auto links = AuditRepository(db).linkUnlinkedRows();
        if (!links.ok())
            return links.error();
        CB_LOG_INFO("audit trail: {} links from earlier rows to their cases", *links);
        return {};
    }
    default:
        return {};
    }
}

// What the file system says, before SQLite reads the file: missing, or empty. The file itself is
// read only through SQLite: closing any other descriptor of a database file drops the POSIX
// locks SQLite's connections in this process hold on it (and the GUI keeps one open).
std::optional<FileInspection> inspectByStat(const QString& path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return FileInspection{FileInspection::State::Missing, 0, {}};
    if (fi.size() == 0)
        return FileInspection{FileInspection::State::Empty, 0, {}};
    return std::nullopt;
}

// Whether this process's user may read (and write) the file, asked without opening it.
// A database file made by an older version (0644) becomes its owner's alone, with its WAL and
// shared-memory files; a file owned by someone else is left as it is.
void keepPrivate(const QString& path)
{
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    for (const QString& file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        const QFileInfo info(file);
        if (info.exists() && info.ownerId() == ::geteuid() && (info.permissions() & others))
            QFile::setPermissions(file, info.permissions() & ~others);
    }
}

bool mayAccess(const QString& path, int mode)
{
    return ::faccessat(AT_FDCWD, QFile::encodeName(path).constData(), mode, AT_EACCESS) == 0;
}

} // namespace

Error connectionLost(const QString& detail)
{
    return Error{ErrorCode::Unavailable,
                 tr("The connection to the database was lost. Check the network or the database "
                    "server, then try again; nothing was saved."),
                 detail,
                 {}};
}

Status reconnectIfLost(const Database& database)
{
    auto* d = database.d();
    if (!database.isPostgres() || d->transactionDepth > 0)
        return {};
    QSqlDatabase db = d->db();
    if (db.isOpen())
        return {};
    // between acts only: a transaction cut by the server was rolled back there already
    d->prepared.clear();
    db.close();
    if (!db.open())
        return connectionLost(QStringLiteral("reconnect: ") + db.lastError().text());
    QStringList session;
    if (!d->url.schema.isEmpty())
        session << QStringLiteral("SET search_path TO ") + d->url.schema;
    if (d->readOnly)
        session << QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
    session << QStringLiteral("SET client_min_messages TO warning");
    for (const QString& sql : std::as_const(session)) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            db.close();
            return connectionLost(QStringLiteral("reconnect: ") + q.lastError().text());
        }
    }
    CB_LOG_INFO("reconnected to the database server");
    return {};
}

Error errorFromSql(const QSqlError& error, const QString& context, const Database* db)
{
    const QString native = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const bool sqlite = db ? !db->isPostgres() : !native.isEmpty() && native.size() < 5;
    if (sqlite) {
        bool numeric = false;
        const int code = native.toInt(&numeric);
        if (numeric) {
            Error e = SqliteErrors::forCode(code, text, db ? db->url().path : QString());
            if (!e.message.isEmpty()) {
                e.detail = context + QStringLiteral(": ") + e.detail;
                return e;
            }
        }
    }
    Error e;
    e.detail = context + QStringLiteral(": ") + error.text();
    if (native == QLatin1String("5") || native == QLatin1String("6") ||
        text.contains(QLatin1String("database is locked"))) {
        e.code = ErrorCode::Unavailable;
        e.message =
            tr("The database is busy: another CellBoard is writing to it. Wait a moment and try again.");
    } else if (native == QLatin1String("53100")) {
        e.code = ErrorCode::Unavailable;
        e.message = tr("The database server's disk is full. Nothing was saved: ask your administrator to "
                       "free space on the server, then try again.");
    } else if ((error.type() == QSqlError::ConnectionError &&
                error.driverText().contains(QLatin1String("connect"))) ||
               text.contains(QLatin1String("server closed")) ||
               text.contains(QLatin1String("no connection")) ||
               text.contains(QLatin1String("terminating connection")) ||
               native.startsWith(QLatin1String("08")) || native.startsWith(QLatin1String("57P")) ||
               (db && db->isPostgres() && !db->d()->db().isOpen())) {
        // a PostgreSQL server stopped or restarted drops the connection (the driver then closes it)
        e = connectionLost(e.detail);
    } else if (text.contains(QLatin1String("append-only")) ||
               text.contains(QLatin1String("is not allowed")) ||
               text.contains(QLatin1String("never deleted")) || text.contains(QLatin1String("immutable"))) {
        e.code = ErrorCode::InvalidState;
        e.message = tr("The database refused the change: %1").arg(text.trimmed());
    } else if (native == QLatin1String("23505") || native == QLatin1String("2067") ||
               native == QLatin1String("1555") || text.contains(QLatin1String("UNIQUE constraint"))) {
        e.code = ErrorCode::Conflict;
        e.message = tr("A record with the same identifier already exists.");
    } else if (native == QLatin1String("8") || text.contains(QLatin1String("readonly"))) {
        e.code = ErrorCode::Unavailable;
        e.message = tr("The database file is read-only. Check its permissions.");
    } else {
        e.code = ErrorCode::Failure;
        e.message = tr("The database reported an error (%1). Nothing was saved; try again or ask "
                       "your administrator.")
                        .arg(text.trimmed().left(200));
    }
    return e;
}

QVariant bindable(const QVariant& v)
{
    // Qt binds a null QString as SQL NULL; the schema's text columns are NOT NULL with ''
    // defaults, so an empty string is written as ''. A deliberate NULL is a null QVariant.
    if (v.typeId() == QMetaType::QString && !v.isNull() && v.toString().isNull())
        return QVariant(QStringLiteral(""));
    return v;
}

Result<QSqlQuery> runQuery(const Database& database, const QString& sql, const QVariantMap& binds)
{
    if (auto st = reconnectIfLost(database); !st.ok())
        return st.error();
    QSqlQuery q(database.d()->db());
    q.setForwardOnly(true);
    // PostgreSQL cannot PREPARE utility statements (SET, CREATE SCHEMA, LOCK TABLE): without
    // binds there is nothing to prepare for, so run the text as it is.
    if (binds.isEmpty()) {
        if (!q.exec(sql))
            return errorFromSql(q.lastError(), QStringLiteral("exec"), &database);
        return q;
    }
    if (!q.prepare(sql))
        return errorFromSql(q.lastError(), QStringLiteral("prepare"), &database);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bindValue(QLatin1Char(':') + it.key(), bindable(it.value()));
    if (!q.exec())
        return errorFromSql(q.lastError(), QStringLiteral("exec"), &database);
    return q;
}

Result<QSqlQuery*> cachedQuery(const Database& database, const QString& sql)
{
    if (auto st = reconnectIfLost(database); !st.ok())
        return st.error();
    auto& slot = database.d()->prepared[sql];
    if (!slot) {
        auto q = std::make_unique<QSqlQuery>(database.d()->db());
        if (!q->prepare(sql))
            return errorFromSql(q->lastError(), QStringLiteral("prepare"), &database);
        slot = std::move(q);
    }
    return slot.get();
}

Status execCached(QSqlQuery* q, const QVariantMap& binds)
{
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q->bindValue(QLatin1Char(':') + it.key(), bindable(it.value()));
    if (!q->exec()) {
        if (q->driver() && !q->driver()->isOpen())
            return connectionLost(QStringLiteral("exec: ") + q->lastError().text());
        return errorFromSql(q->lastError(), QStringLiteral("exec"));
    }
    return {};
}

Database::Database(std::unique_ptr<DatabasePrivate> d) : m_d(std::move(d)) {}

Database::~Database()
{
    const QString name = m_d->connectionName;
    m_d->prepared.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

const DatabaseUrl& Database::url() const
{
    return m_d->url;
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl& url, OpenMode mode)
{
    auto d = std::make_unique<DatabasePrivate>();
    d->url = url;
    d->connectionName = QStringLiteral("cellboard-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));

    if (url.backend == DatabaseUrl::Backend::Sqlite)
        return openSqlite(std::move(d), mode);

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::failure(tr("The PostgreSQL driver for Qt is missing: install libqt6sql6-psql."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), d->connectionName);
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setDatabaseName(url.database);
    if (!url.user.isEmpty())
        db.setUserName(url.user);
    QStringList options{QStringLiteral("connect_timeout=10"),
                        QStringLiteral("options=-cclient_min_messages=warning")};
    if (!url.sslmode.isEmpty())
        options << QStringLiteral("sslmode=") + url.sslmode;
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        const QString why = db.lastError().text().trimmed();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(d->connectionName);
        Error e{ErrorCode::Unavailable,
                tr("Cannot connect to the database server %1: %2. Check that the server is running, the "
                   "address is right, and the password is in PGPASSWORD or ~/.pgpass.")
                    .arg(url.display(), why),
                why,
                {}};
        return e;
    }
    db = QSqlDatabase(); // the Database object owns the connection from here on
    auto database = std::unique_ptr<Database>(new Database(std::move(d)));
    database->m_d->readOnly = mode == OpenMode::ReadOnly;
    if (!url.schema.isEmpty()) {
        auto exists = runQuery(*database,
                               QStringLiteral("SELECT 1 FROM information_schema.schemata "
                                              "WHERE schema_name = :name"),
                               {{QStringLiteral("name"), url.schema.toLower()}});
        if (!exists.ok())
            return exists.error();
        const bool schemaExists = exists->next();
        if (mode != OpenMode::CreateIfMissing && !schemaExists)
            return Error::notFound(tr("The database %1 has no schema \"%2\". Check the address, or create it "
                                      "with \"cellboard-cli --db … init\".")
                                       .arg(url.display(), url.schema));
        // CREATE SCHEMA IF NOT EXISTS needs the right to create schemas even when it exists: a user
        // given a schema of its own by the administrator may not have it.
        if (mode == OpenMode::CreateIfMissing && !schemaExists) {
            auto q = runQuery(*database, QStringLiteral("CREATE SCHEMA IF NOT EXISTS ") + url.schema);
            if (!q.ok())
                return q.error();
        }
        auto q = runQuery(*database, QStringLiteral("SET search_path TO ") + url.schema);
        if (!q.ok())
            return q.error();
    }
    if (mode == OpenMode::ReadOnly) {
        auto ro = runQuery(*database, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
        if (!ro.ok())
            return ro.error();
    }
    auto q = runQuery(*database, QStringLiteral("SET client_min_messages TO warning"));
    if (!q.ok())
        return q.error();
    return database;
}

namespace {

// What an open SQLite connection holds: PRAGMA quick_check, then CellBoard's tables or not.
Result<FileInspection> inspectConnection(const Database& database)
{
    QSqlDatabase db = database.d()->db();
    auto failed = [&](const QSqlQuery& q, const char* what) -> Result<FileInspection> {
        Error e = errorFromSql(q.lastError(), QString::fromLatin1(what), &database);
        if (e.code != ErrorCode::Damaged)
            return e;
        const bool notADb = (q.lastError().nativeErrorCode().toInt() & 0xff) == 26; // SQLITE_NOTADB
        return FileInspection{
            FileInspection::State::Damaged, 0,
            notADb ? QCoreApplication::translate("cb::storage::Database", "it is not a database file at all")
                   : q.lastError().databaseText(),
            notADb};
    };
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check(3)")))
        return failed(check, "quick_check");
    QStringList rows;
    while (check.next())
        if (const QString row = check.value(0).toString(); !row.startsWith(QLatin1String("***")))
            rows << row;
    check.finish();
    if (rows != QStringList{QStringLiteral("ok")})
        return FileInspection{FileInspection::State::Damaged, 0,
                              QCoreApplication::translate("cb::storage::Database", "integrity check: %1")
                                  .arg(rows.join(QStringLiteral("; ")).left(300))};
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return failed(tables, "tables");
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    tables.finish();
    if (names.isEmpty())
        return FileInspection{FileInspection::State::Empty, 0, {}};
    if (!names.contains(QStringLiteral("schema_migration")))
        return FileInspection{FileInspection::State::Foreign, 0, {}};
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("SELECT MAX(version) FROM schema_migration")))
        return failed(version, "schema version");
    const int v = version.next() ? version.value(0).toInt() : 0;
    return FileInspection{FileInspection::State::CellBoard, v, {}};
}

// A file that is there but may not be read (its permissions, or its folder's).
std::optional<Error> unreadable(const QString& path)
{
    if (!QFileInfo::exists(path) || mayAccess(path, R_OK))
        return std::nullopt;
    return Error{
        ErrorCode::Unavailable,
        QCoreApplication::translate("cb::storage::Database",
                                    "Cannot read the database file %1: check its permissions and its "
                                    "folder's, or ask your administrator.")
            .arg(path),
        QStringLiteral("open: unreadable"),
        {}};
}

QString emptyFileMessage(const QString& path)
{
    return QCoreApplication::translate(
               "cb::storage::Database",
               "%1 is empty: it is not a CellBoard database yet. Create the database "
               "in it with \"cellboard-cli --db \"%1\" init\", or choose another file.")
        .arg(path);
}

QString foreignFileMessage(const QString& path)
{
    return QCoreApplication::translate(
               "cb::storage::Database",
               "%1 is not a CellBoard database: it is a SQLite database of another program (it has no "
               "CellBoard tables). CellBoard leaves it as it is: choose another file, or create a new "
               "database with \"cellboard-cli --db NEW-FILE init\".")
        .arg(path);
}

QString notADatabaseMessage(const QString& path)
{
    return QCoreApplication::translate("cb::storage::Database",
                                       "%1 is not a CellBoard database: it is not a database file at all (it "
                                       "may have been overwritten). Choose another file, or restore the "
                                       "database from a backup.")
        .arg(path);
}

} // namespace

Result<FileInspection> Database::inspect(const QString& path)
{
    if (QFileInfo(path).isDir())
        return Error::badInput(tr("%1 is a folder, not a database file.").arg(path));
    if (auto e = unreadable(path))
        return *e;
    if (auto header = inspectByStat(path))
        return *header;
    auto url = DatabaseUrl::parse(path);
    if (!url.ok())
        return url.error();
    auto d = std::make_unique<DatabasePrivate>();
    d->url = *url;
    d->connectionName = QStringLiteral("cellboard-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            Error e = errorFromSql(db.lastError(), QStringLiteral("open"));
            e.message = tr("Cannot open the database %1: %2").arg(path, db.lastError().driverText());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(d->connectionName);
            return e;
        }
    }
    const std::unique_ptr<Database> database(new Database(std::move(d)));
    database->m_d->readOnly = true;
    return inspectConnection(*database);
}

Result<std::unique_ptr<Database>> Database::openSqlite(std::unique_ptr<DatabasePrivate> d, OpenMode mode)
{
    const QString path = d->url.path;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error::failure(tr("The SQLite driver for Qt is missing: install libqt6sql6-sqlite."));
    const QFileInfo fi(path);
    if (fi.isDir())
        return Error::badInput(tr("%1 is a folder, not a database file.").arg(path));
    if (auto e = unreadable(path))
        return *e;
    const auto header = inspectByStat(path);
    using State = FileInspection::State;
    if (header && header->state == State::Missing) {
        if (mode != OpenMode::CreateIfMissing)
            return Error::notFound(tr("There is no database at %1. Create it with "
                                      "\"cellboard-cli init\" or choose another file.")
                                       .arg(path));
        if (!QDir().mkpath(fi.absolutePath()))
            return Error::failure(tr("Cannot create the folder %1 for the database.").arg(fi.absolutePath()));
        // created by us, readable by its owner only (SQLite gives the WAL the same mode)
        if (const int fd =
                ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            fd >= 0)
            ::close(fd);
        d->mayCreateSchema = true;
    } else if (header && header->state == State::Empty) {
        if (mode != OpenMode::CreateIfMissing)
            return Error::notFound(emptyFileMessage(path));
        d->mayCreateSchema = true;
    }
    if (fi.exists() && mode != OpenMode::ReadOnly && !mayAccess(path, W_OK))
        return SqliteErrors::forCode(8, QStringLiteral("no write permission"), path);
    if (mode != OpenMode::ReadOnly)
        keepPrivate(path);

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
        db.setDatabaseName(path);
        // a short wait while opening: a lock that long is another program holding the file
        db.setConnectOptions(mode == OpenMode::ReadOnly
                                 ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                 : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            Error e = errorFromSql(db.lastError(), QStringLiteral("open"));
            e.message = tr("Cannot open the database %1: %2").arg(path, db.lastError().driverText());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(d->connectionName);
            return e;
        }
    }
    const bool creating = d->mayCreateSchema;
    auto database = std::unique_ptr<Database>(new Database(std::move(d)));
    database->m_d->readOnly = mode == OpenMode::ReadOnly;
    auto run = [&](const QString& sql) -> Status {
        auto q = runQuery(*database, sql);
        if (q.ok())
            return {};
        Error e = q.error();
        if (e.code == ErrorCode::Failure)
            e.message = tr("%1 is not a CellBoard database (or it is damaged). Choose another "
                           "file, or restore it from a backup.")
                            .arg(path);
        return e;
    };
    if (auto st = run(QStringLiteral("PRAGMA foreign_keys = ON")); !st.ok())
        return st.error();
    if (!creating) {
        auto inspection = inspectConnection(*database);
        if (!inspection.ok())
            return inspection.error();
        switch (inspection->state) {
        case State::Damaged:
            return Error{ErrorCode::Damaged,
                         inspection->notADatabase ? notADatabaseMessage(path)
                                                  : SqliteErrors::damagedMessage(path, inspection->problem),
                         QStringLiteral("open: ") + inspection->problem,
                         {}};
        case State::Foreign:
            return Error::failure(foreignFileMessage(path));
        case State::Empty:
            if (mode != OpenMode::CreateIfMissing)
                return Error::notFound(emptyFileMessage(path));
            database->m_d->mayCreateSchema = true;
            break;
        case State::Missing:
        case State::CellBoard:
            break;
        }
    }
    if (mode != OpenMode::ReadOnly) {
        for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"})
            if (auto st = run(QString::fromLatin1(pragma)); !st.ok())
                return st.error();
    }
    if (auto st = run(QStringLiteral("PRAGMA busy_timeout = 10000")); !st.ok())
        return st.error();
    return database;
}

int Database::latestSchemaVersion()
{
    const auto migs = embeddedMigrations(false);
    return migs.empty() ? 0 : migs.rbegin()->first;
}

int Database::schemaVersion() const
{
    const QStringList tables = m_d->db().tables();
    // QPSQL lists tables outside "public" as schema.table
    if (!tables.contains(QStringLiteral("schema_migration")) &&
        !tables.contains(m_d->url.schema.toLower() + QStringLiteral(".schema_migration")))
        return 0;
    auto q = runQuery(*this, QStringLiteral("SELECT MAX(version) FROM schema_migration"));
    if (!q.ok() || !q->next())
        return 0;
    return q->value(0).toInt();
}

bool Database::isReadOnly() const
{
    return m_d->readOnly;
}

QString Database::preMigrationBackup() const
{
    return m_d->preMigrationBackup;
}

Status Database::migrate()
{
    return migrateTo(latestSchemaVersion());
}

Status Database::migrateTo(int target)
{
    m_d->preMigrationBackup.clear();
    if (m_d->readOnly)
        return Error::failure(tr("%1 is open read-only: it cannot be updated.").arg(m_d->url.display()));
    const bool hasTable =
        m_d->db().tables().contains(QStringLiteral("schema_migration")) ||
        m_d->db().tables().contains(m_d->url.schema.toLower() + QStringLiteral(".schema_migration"));
    if (!hasTable && !isPostgres() && !m_d->mayCreateSchema)
        return Error::failure(tr("%1 is not a CellBoard database; only \"cellboard-cli init\" creates one, "
                                 "in an absent or empty file.")
                                  .arg(m_d->url.path));
    if (!hasTable) {
        auto q = runQuery(*this, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migration (version "
                                                "INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                                "applied_at TEXT NOT NULL)"));
        if (!q.ok())
            return q.error();
    }
    const int current = schemaVersion();
    const auto migrations = embeddedMigrations(isPostgres());
    if (!migrations.empty() && current > migrations.rbegin()->first)
        return Error::failure(tr("%1 was written by a newer CellBoard (schema %2; this version knows %3). "
                                 "Install the newer version; this one leaves the database as it is.")
                                  .arg(m_d->url.display())
                                  .arg(current)
                                  .arg(migrations.rbegin()->first));
    const bool pending = std::any_of(migrations.begin(), migrations.end(),
                                     [&](const auto& m) { return m.first > current && m.first <= target; });
    if (pending && current > 0 && !isPostgres()) {
        // an existing database is copied before its schema changes, so an update that goes wrong
        // (or a version that must be rolled back) loses nothing
        const QString path = m_d->url.path;
        const QString backup = QFileInfo(path).absolutePath() + QStringLiteral("/backups/") +
                               core::BackupName::fileName(path, QDateTime::currentDateTimeUtc(),
                                                          QStringLiteral("before-schema-%1").arg(target));
        if (auto st = SqliteFile::backup(path, backup); !st.ok()) {
            Error e = st.error();
            e.message = tr("Before updating %1 to schema %2, CellBoard backs it up, and that backup failed: "
                           "%3 Nothing was changed.")
                            .arg(path)
                            .arg(target)
                            .arg(st.error().message);
            return e;
        }
        m_d->preMigrationBackup = backup;
        CB_LOG_INFO("database backed up before the update from schema {} to {}", current, target);
    }
    for (const auto& [version, mig] : migrations) {
        if (version <= current || version > target)
            continue;
        QFile f(mig.resource);
        if (!f.open(QIODevice::ReadOnly))
            return Error::failure(tr("Migration %1 is missing from this build.").arg(version));
        const QString text = QString::fromUtf8(f.readAll());
        Transaction tx(*this);
        if (!tx.ok())
            return tx.status();
        for (const QString& stmt : statementsOf(text)) {
            QSqlQuery q(m_d->db());
            if (!q.exec(stmt)) {
                Error e = errorFromSql(q.lastError(), QStringLiteral("migration %1").arg(version), this);
                e.message = tr("Updating the database to schema %1 failed; nothing was changed. %2")
                                .arg(version)
                                .arg(e.message);
                return e;
            }
        }
        if (auto st = codeStepOf(*this, version); !st.ok()) {
            Error e = st.error();
            e.message = tr("Updating the database to schema %1 failed; nothing was changed. %2")
                            .arg(version)
                            .arg(e.message);
            return e;
        }
        auto rec = runQuery(*this,
                            QStringLiteral("INSERT INTO schema_migration (version, name, applied_at) "
                                           "VALUES (:version, :name, :at)"),
                            {{QStringLiteral("version"), version},
                             {QStringLiteral("name"), mig.name},
                             {QStringLiteral("at"), core::toIsoUtc(QDateTime::currentDateTimeUtc())}});
        if (!rec.ok())
            return rec.error();
        if (auto st = tx.commit(); !st.ok())
            return st;
        CB_LOG_INFO("database migrated to schema {}", version);
    }
    if (isPostgres() && target >= 7)
        warnWithoutTrigramIndex();
    m_d->mayCreateSchema = false;
    return {};
}

void Database::warnWithoutTrigramIndex() const
{
    auto q = runQuery(*this, QStringLiteral("SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() "
                                            "AND indexname = 'patient_search_trgm'"));
    if (!q.ok() || q->next())
        return;
    CB_LOG_WARN("PostgreSQL: the worklist search has no trigram index (the extension pg_trgm could not be "
                "created by this database user), so every search reads all patients. A database owner "
                "can run: CREATE EXTENSION pg_trgm; CREATE INDEX patient_search_trgm ON {}.patient USING "
                "gin (search_text gin_trgm_ops);",
                m_d->url.schema.isEmpty() ? std::string("public") : m_d->url.schema.toStdString());
}

} // namespace cb::storage
