#include "reliability/StoreChecks.h"

#include "support/CliRunner.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cb::test {

namespace {

struct HalfActQuery
{
    const char* what;
    const char* sql;
};

// Each counts the rows that break one rule; portable between SQLite and PostgreSQL.
const HalfActQuery kHalfActs[] = {
    {"signatures of an opinion without the opinion.sign audit row",
     "SELECT COUNT(*) FROM signature s WHERE s.record_type = 'opinion' AND NOT EXISTS (SELECT 1 FROM "
     "audit_event a WHERE a.action = 'opinion.sign' AND a.entity = 'opinion' AND a.entity_id = "
     "CAST(s.record_id AS TEXT))"},
    {"signatures of a verdict without the decision.sign audit row",
     "SELECT COUNT(*) FROM signature s WHERE s.record_type = 'decision' AND NOT EXISTS (SELECT 1 FROM "
     "audit_event a WHERE a.action = 'decision.sign' AND a.entity = 'decision' AND a.entity_id = "
     "CAST(s.record_id AS TEXT))"},
    {"signatures of an opinion that is not marked signed",
     "SELECT COUNT(*) FROM signature s WHERE s.record_type = 'opinion' AND NOT EXISTS (SELECT 1 FROM "
     "opinion o WHERE o.id = s.record_id AND o.status = 'signed')"},
    {"signatures of a verdict that is not marked signed",
     "SELECT COUNT(*) FROM signature s WHERE s.record_type = 'decision' AND NOT EXISTS (SELECT 1 FROM "
     "decision d WHERE d.id = s.record_id AND d.status = 'signed')"},
    {"opinions marked signed without a signature",
     "SELECT COUNT(*) FROM opinion o WHERE o.status = 'signed' AND NOT EXISTS (SELECT 1 FROM signature s "
     "WHERE s.record_type = 'opinion' AND s.record_id = o.id)"},
    {"verdicts marked signed without a signature",
     "SELECT COUNT(*) FROM decision d WHERE d.status = 'signed' AND NOT EXISTS (SELECT 1 FROM signature s "
     "WHERE s.record_type = 'decision' AND s.record_id = d.id)"},
    {"opinion.sign audit rows without their signature",
     "SELECT COUNT(*) FROM audit_event a WHERE a.action = 'opinion.sign' AND a.entity = 'opinion' AND NOT "
     "EXISTS (SELECT 1 FROM signature s WHERE s.record_type = 'opinion' AND CAST(s.record_id AS TEXT) = "
     "a.entity_id)"},
    {"decision.sign audit rows without their signature",
     "SELECT COUNT(*) FROM audit_event a WHERE a.action = 'decision.sign' AND a.entity = 'decision' AND NOT "
     "EXISTS (SELECT 1 FROM signature s WHERE s.record_type = 'decision' AND CAST(s.record_id AS TEXT) = "
     "a.entity_id)"},
    {"records with more than one signature",
     "SELECT COUNT(*) FROM (SELECT record_type, record_id FROM signature GROUP BY record_type, record_id "
     "HAVING COUNT(*) > 1) x"},
    {"records signed twice in the audit trail",
     "SELECT COUNT(*) FROM (SELECT entity, entity_id FROM audit_event WHERE (action = 'opinion.sign' AND "
     "entity = 'opinion') OR (action = 'decision.sign' AND entity = 'decision') GROUP BY entity, entity_id "
     "HAVING COUNT(*) > 1) x"},
    {"opinion versions amended twice (a fork in the version chain)",
     "SELECT COUNT(*) FROM (SELECT supersedes_id FROM opinion WHERE supersedes_id IS NOT NULL GROUP BY "
     "supersedes_id HAVING COUNT(*) > 1) x"},
    {"verdict versions amended twice (a fork in the version chain)",
     "SELECT COUNT(*) FROM (SELECT supersedes_id FROM decision WHERE supersedes_id IS NOT NULL GROUP BY "
     "supersedes_id HAVING COUNT(*) > 1) x"},
};

} // namespace

QSqlDatabase openSqliteConnection(const QString& connectionName, const QString& path)
{
    QSqlDatabase db = QSqlDatabase::contains(connectionName)
                          ? QSqlDatabase::database(connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    if (db.isOpen())
        return db;
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    db.open();
    return db;
}

void closeConnection(const QString& connectionName)
{
    if (!QSqlDatabase::contains(connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

qint64 scalarNumber(QSqlDatabase& db, const QString& sql, bool* ok, QString* error)
{
    *ok = false;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    if (!q.next()) {
        if (error)
            *error = QStringLiteral("no row");
        return -1;
    }
    *ok = true;
    return q.value(0).toLongLong();
}

QStringList integrityProblems(QSqlDatabase& db)
{
    if (!db.isOpen())
        return {QStringLiteral("cannot open the database: ") + db.lastError().text()};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return {QStringLiteral("integrity_check failed to run: ") + q.lastError().text()};
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString();
    if (rows == QStringList{QStringLiteral("ok")})
        return {};
    return rows.isEmpty() ? QStringList{QStringLiteral("integrity_check returned nothing")} : rows;
}

QStringList halfActs(QSqlDatabase& db)
{
    return halfActs(
        [&db](const QString& sql, bool* ok, QString* error) { return scalarNumber(db, sql, ok, error); });
}

QStringList halfActs(const NumberQuery& number)
{
    QStringList found;
    for (const HalfActQuery& h : kHalfActs) {
        bool ok = false;
        QString error;
        const qint64 n = number(QString::fromLatin1(h.sql), &ok, &error);
        if (!ok)
            found << QStringLiteral("%1: the query failed: %2").arg(QLatin1String(h.what), error);
        else if (n != 0)
            found << QStringLiteral("%1: %2").arg(QLatin1String(h.what)).arg(n);
    }
    return found;
}

QString auditVerifyProblem(const QString& url)
{
    const CliRun r = CliRunner::run(url, {}, {QStringLiteral("audit"), QStringLiteral("verify")});
    if (r.finished && r.exitCode == 0)
        return {};
    return QStringLiteral("audit verify: ") + r.describe();
}

} // namespace cb::test
