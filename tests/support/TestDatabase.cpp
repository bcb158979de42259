#include "support/TestDatabase.h"

#include "storage/DatabaseUrl.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace cb::test {

namespace {

QAtomicInteger<int> g_counter;

// Opens a raw connection to the PostgreSQL database of `url` (no schema selected).
bool openPostgres(QSqlDatabase& db, const storage::DatabaseUrl& url, QString* error)
{
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setDatabaseName(url.database);
    if (!url.user.isEmpty())
        db.setUserName(url.user);
    QStringList options{QStringLiteral("connect_timeout=10")};
    if (!url.sslmode.isEmpty())
        options << QStringLiteral("sslmode=") + url.sslmode;
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (db.open())
        return true;
    if (error)
        *error = db.lastError().text();
    return false;
}

} // namespace

QStringList backendNames()
{
    return {QStringLiteral("sqlite"), QStringLiteral("postgresql")};
}

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    for (const QString& b : backendNames())
        QTest::newRow(qPrintable(b)) << b;
}

QString postgresBaseUrl()
{
    return qEnvironmentVariable(kPgUrlVariable).trimmed();
}

QString postgresSkipMessage()
{
    return QStringLiteral("SKIPPED: set CELLBOARD_TEST_PG_URL (e.g. "
                          "postgresql://postgres@127.0.0.1:54329/cellboard_test) to run the PostgreSQL rows");
}

TestDatabase::TestDatabase(const QString& backend)
{
    const int n = g_counter.fetchAndAddRelaxed(1);
    m_connection = QStringLiteral("cb-test-raw-%1").arg(n);
    m_postgres = backend == QLatin1String("postgresql");
    if (!m_postgres) {
        m_dir = std::make_unique<QTemporaryDir>();
        m_sqlitePath = m_dir->filePath(QStringLiteral("cellboard.sqlite"));
        m_url = m_sqlitePath;
        return;
    }
    const QString base = postgresBaseUrl();
    if (base.isEmpty()) {
        m_available = false;
        return;
    }
    m_schema = QStringLiteral("t_%1_%2").arg(QCoreApplication::applicationPid()).arg(n);
    m_url = base + (base.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
            QStringLiteral("schema=") + m_schema;
    // A schema left behind by a crashed run with the same pid must not leak into this test.
    QString error;
    if (!exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_schema), &error))
        qWarning("TestDatabase: cannot prepare schema %s: %s", qPrintable(m_schema), qPrintable(error));
}

TestDatabase::~TestDatabase()
{
    if (m_postgres && m_available) {
        QString error;
        if (!exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_schema), &error))
            qWarning("TestDatabase: cannot drop schema %s: %s", qPrintable(m_schema), qPrintable(error));
    }
    closeRaw();
}

void TestDatabase::closeRaw()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase TestDatabase::raw(QString* error)
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            return db;
    }
    if (!m_postgres) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open() && error)
            *error = db.lastError().text();
        return db;
    }
    auto url = storage::DatabaseUrl::parse(postgresBaseUrl());
    if (!url.ok()) {
        if (error)
            *error = url.error().message;
        return {};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    if (!openPostgres(db, *url, error))
        return db;
    QSqlQuery q(db);
    // Never hang a test on a lock held by a forgotten connection.
    q.exec(QStringLiteral("SET lock_timeout = '20s'"));
    q.exec(QStringLiteral("SET client_min_messages TO warning"));
    q.exec(QStringLiteral("SET search_path TO %1").arg(m_schema));
    return db;
}

bool TestDatabase::exec(const QString& sql, QString* error)
{
    QSqlDatabase db = raw(error);
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

QVariant TestDatabase::scalar(const QString& sql, QString* error)
{
    QSqlDatabase db = raw(error);
    if (!db.isOpen())
        return {};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    if (!q.next()) {
        if (error)
            *error = QStringLiteral("no row");
        return {};
    }
    return q.value(0);
}

qint64 TestDatabase::count(const QString& tableAndWhere)
{
    QString error;
    const QVariant v = scalar(QStringLiteral("SELECT COUNT(*) FROM ") + tableAndWhere, &error);
    if (!v.isValid()) {
        qWarning("TestDatabase::count(%s): %s", qPrintable(tableAndWhere), qPrintable(error));
        return -1;
    }
    return v.toLongLong();
}

bool TestDatabase::dropAuditTriggers(QString* error)
{
    if (m_postgres)
        return exec(QStringLiteral("DROP TRIGGER audit_event_append_only ON audit_event"), error);
    return exec(QStringLiteral("DROP TRIGGER audit_event_no_update"), error) &&
           exec(QStringLiteral("DROP TRIGGER audit_event_no_delete"), error);
}

} // namespace cb::test
