#include "DamagedFiles.h"

#include "services/DemoProgram.h"
#include "services/Workspace.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cb::test {

namespace {

QAtomicInteger<int> g_connections;

template <typename F> bool withConnection(const QString& path, QString* error, F&& body)
{
    const QString name = QStringLiteral("damaged-files-%1").arg(g_connections.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            ok = body(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

QString writeDemoDatabase(const QString& path, const QString& password)
{
    auto ws = services::Workspace::open(path, services::Workspace::OpenMode::CreateIfMissing);
    if (!ws.ok())
        return ws.error().message;
    if (auto st = services::DemoProgram(**ws).load(password); !st.ok())
        return st.error().message;
    return {};
}

QList<int> pagesOf(const QString& path, const QStringList& tables)
{
    QList<int> leaves;
    QList<int> others;
    withConnection(path, nullptr, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT pageno, pagetype FROM dbstat WHERE name IN ('%1') ORDER BY pageno")
                        .arg(tables.join(QStringLiteral("','")))))
            return false;
        while (q.next())
            (q.value(1).toString() == QLatin1String("leaf") ? leaves : others) << q.value(0).toInt();
        return true;
    });
    return leaves + others;
}

bool zeroPages(const QString& path, const QList<int>& pages, int pageSize)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    const QByteArray zeros(pageSize, '\0');
    for (int page : pages) {
        if (!f.seek(qint64(page - 1) * pageSize) || f.write(zeros) != pageSize)
            return false;
    }
    return f.flush();
}

bool truncateTo(const QString& path, qint64 bytes)
{
    return QFile::resize(path, bytes);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QString fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

bool execSqlite(const QString& path, const QStringList& statements, QString* error)
{
    return withConnection(path, error, [&](QSqlDatabase& db) {
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                if (error)
                    *error = sql + QStringLiteral(": ") + q.lastError().text();
                return false;
            }
        }
        return true;
    });
}

QVariant scalarSqlite(const QString& path, const QString& sql)
{
    QVariant v;
    withConnection(path, nullptr, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return false;
        v = q.value(0);
        return true;
    });
    return v;
}

} // namespace cb::test
