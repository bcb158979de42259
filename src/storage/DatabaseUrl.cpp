#include "storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace cb::storage {

Result<DatabaseUrl> DatabaseUrl::parse(const QString& text)
{
    DatabaseUrl u;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return Error::badInput(tr("No database given."));
    if (t.startsWith(QLatin1String("postgresql://")) || t.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(t, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return Error::badInput(tr("The PostgreSQL address \"%1\" is not valid; expected "
                                      "postgresql://user@host:port/dbname")
                                       .arg(QUrl(t).toDisplayString(QUrl::RemovePassword)));
        if (!url.password().isEmpty())
            return Error::badInput(tr("Do not put the password in the database address; "
                                      "use PGPASSWORD or ~/.pgpass."));
        u.backend = Backend::Postgresql;
        u.host = url.host();
        u.port = url.port(5432);
        u.user = url.userName();
        u.database = url.path().mid(1);
        if (u.database.isEmpty())
            return Error::badInput(tr("The PostgreSQL address has no database name: "
                                      "postgresql://user@host:port/dbname"));
        const QUrlQuery q(url);
        for (const auto& [key, value] : q.queryItems(QUrl::FullyDecoded)) {
            if (key == QLatin1String("sslmode"))
                u.sslmode = value;
            else if (key == QLatin1String("schema"))
                u.schema = value;
            else
                return Error::badInput(tr("Unknown option \"%1\" in the PostgreSQL address "
                                          "(known: sslmode, schema).")
                                           .arg(key));
        }
        static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                       QStringLiteral("prefer"),    QStringLiteral("require"),
                                       QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
        if (!u.sslmode.isEmpty() && !modes.contains(u.sslmode))
            return Error::badInput(tr("Unknown sslmode \"%1\".").arg(u.sslmode));
        for (const QChar c : u.schema)
            if (!(c.isLetterOrNumber() || c == QLatin1Char('_')) || c.unicode() > 127 ||
                u.schema.front().isDigit())
                return Error::badInput(tr("The schema name may hold only letters, digits and '_'."));
        return u;
    }
    QString path = t;
    if (path.startsWith(QLatin1String("sqlite://")))
        path = path.mid(9);
    else if (path.startsWith(QLatin1String("file://")))
        path = QUrl(path).toLocalFile();
    else if (path.contains(QLatin1String("://")))
        return Error::badInput(tr("Unknown database address \"%1\": give a file path or a "
                                  "postgresql:// address.")
                                   .arg(t));
    u.backend = Backend::Sqlite;
    u.path = QFileInfo(path).absoluteFilePath();
    return u;
}

QString DatabaseUrl::display() const
{
    if (backend == Backend::Sqlite)
        return path;
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        s += user + QLatin1Char('@');
    s += host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + database;
    if (!schema.isEmpty())
        s += QStringLiteral("?schema=") + schema;
    return s;
}

} // namespace cb::storage
