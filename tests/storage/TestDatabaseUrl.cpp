#include "storage/DatabaseUrl.h"

#include <QDir>
#include <QTest>

using cb::ErrorCode;
using cb::storage::DatabaseUrl;

// DatabaseUrl::parse: SQLite paths and PostgreSQL addresses (DESIGN.md §5), and every way an
// address is refused with a message a user can act on.
class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void shouldParseSqlitePaths_data();
    void shouldParseSqlitePaths();
    void shouldParsePostgresAddresses_data();
    void shouldParsePostgresAddresses();
    void shouldRefuseBadAddresses_data();
    void shouldRefuseBadAddresses();
    void shouldNeverEchoAPasswordInAnError_data();
    void shouldNeverEchoAPasswordInAnError();
    void shouldDisplayWithoutSecrets();
};

void TestDatabaseUrl::shouldParseSqlitePaths_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expectedPath");
    const QString cwd = QDir::currentPath();
    QTest::newRow("absolute") << "/var/lib/cellboard/cb.sqlite"
                              << "/var/lib/cellboard/cb.sqlite";
    QTest::newRow("relative") << "data/cb.sqlite" << cwd + "/data/cb.sqlite";
    QTest::newRow("surrounding spaces") << "  /tmp/cb.sqlite  "
                                        << "/tmp/cb.sqlite";
    QTest::newRow("sqlite scheme") << "sqlite:///tmp/cb.sqlite"
                                   << "/tmp/cb.sqlite";
    QTest::newRow("file url, escaped space") << "file:///tmp/my%20board.sqlite"
                                             << "/tmp/my board.sqlite";
    QTest::newRow("dot segments") << "/tmp/a/../cb.sqlite"
                                  << "/tmp/cb.sqlite";
    QTest::newRow("chinese file name") << "/tmp/数据库.sqlite"
                                       << "/tmp/数据库.sqlite";
}

void TestDatabaseUrl::shouldParseSqlitePaths()
{
    QFETCH(QString, input);
    QFETCH(QString, expectedPath);
    // WHEN a path is parsed
    auto url = DatabaseUrl::parse(input);
    // THEN it is a SQLite database at the absolute path
    QVERIFY2(url.ok(), qPrintable(url.error().message));
    QVERIFY(!url->isPostgres());
    QCOMPARE(url->backend, DatabaseUrl::Backend::Sqlite);
    QCOMPARE(url->path, expectedPath);
    QCOMPARE(url->display(), expectedPath);
}

void TestDatabaseUrl::shouldParsePostgresAddresses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("sslmode");
    QTest::addColumn<QString>("schema");
    QTest::newRow("full") << "postgresql://alice@db.example.org:6543/cellboard"
                          << "db.example.org" << 6543 << "alice"
                          << "cellboard"
                          << ""
                          << "";
    QTest::newRow("default port, no user") << "postgresql://db.example.org/cb"
                                           << "db.example.org" << 5432 << ""
                                           << "cb"
                                           << ""
                                           << "";
    QTest::newRow("postgres alias") << "postgres://bob@10.0.0.5/cb"
                                    << "10.0.0.5" << 5432 << "bob"
                                    << "cb"
                                    << ""
                                    << "";
    QTest::newRow("sslmode") << "postgresql://u@h:5433/cb?sslmode=require"
                             << "h" << 5433 << "u"
                             << "cb"
                             << "require"
                             << "";
    QTest::newRow("schema") << "postgresql://u@h/cb?schema=site_a"
                            << "h" << 5432 << "u"
                            << "cb"
                            << ""
                            << "site_a";
    QTest::newRow("sslmode and schema") << "postgresql://u@h/cb?sslmode=verify-full&schema=t_42_7"
                                        << "h" << 5432 << "u"
                                        << "cb"
                                        << "verify-full"
                                        << "t_42_7";
    QTest::newRow("every sslmode: disable") << "postgresql://h/cb?sslmode=disable"
                                            << "h" << 5432 << ""
                                            << "cb"
                                            << "disable"
                                            << "";
    QTest::newRow("every sslmode: verify-ca") << "postgresql://h/cb?sslmode=verify-ca"
                                              << "h" << 5432 << ""
                                              << "cb"
                                              << "verify-ca"
                                              << "";
}

void TestDatabaseUrl::shouldParsePostgresAddresses()
{
    QFETCH(QString, input);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, database);
    QFETCH(QString, sslmode);
    QFETCH(QString, schema);
    // WHEN a postgresql:// address is parsed
    auto url = DatabaseUrl::parse(input);
    // THEN every part lands in its field
    QVERIFY2(url.ok(), qPrintable(url.error().message));
    QVERIFY(url->isPostgres());
    QCOMPARE(url->host, host);
    QCOMPARE(url->port, port);
    QCOMPARE(url->user, user);
    QCOMPARE(url->database, database);
    QCOMPARE(url->sslmode, sslmode);
    QCOMPARE(url->schema, schema);
    QVERIFY(url->path.isEmpty());
}

void TestDatabaseUrl::shouldRefuseBadAddresses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("messageFragment");
    QTest::newRow("empty") << ""
                           << "No database";
    QTest::newRow("blank") << "   "
                           << "No database";
    QTest::newRow("password in url") << "postgresql://alice:s3cret@h/cb"
                                     << "PGPASSWORD";
    QTest::newRow("no database name") << "postgresql://alice@h/"
                                      << "no database name";
    QTest::newRow("no host") << "postgresql:///cb"
                             << "not valid";
    QTest::newRow("unknown option") << "postgresql://h/cb?timeout=5"
                                    << "timeout";
    QTest::newRow("unknown sslmode") << "postgresql://h/cb?sslmode=always"
                                     << "always";
    QTest::newRow("schema with hyphen") << "postgresql://h/cb?schema=site-a"
                                        << "schema";
    QTest::newRow("schema with semicolon") << "postgresql://h/cb?schema=a%3Bdrop"
                                           << "schema";
    QTest::newRow("schema with space") << "postgresql://h/cb?schema=a%20b"
                                       << "schema";
    QTest::newRow("schema with quote") << "postgresql://h/cb?schema=a%22b"
                                       << "schema";
    QTest::newRow("schema not ascii") << "postgresql://h/cb?schema=sch%C3%A9ma"
                                      << "schema";
    QTest::newRow("schema starting with a digit") << "postgresql://h/cb?schema=1site"
                                                  << "schema";
    QTest::newRow("unknown scheme") << "mysql://h/cb"
                                    << "Unknown database address";
}

void TestDatabaseUrl::shouldRefuseBadAddresses()
{
    QFETCH(QString, input);
    QFETCH(QString, messageFragment);
    // WHEN a bad address is parsed
    auto url = DatabaseUrl::parse(input);
    // THEN it is refused as bad input, with a message naming the problem
    QVERIFY2(!url.ok(), qPrintable(QStringLiteral("accepted: ") + input));
    QCOMPARE(url.error().code, ErrorCode::BadInput);
    QVERIFY2(url.error().message.contains(messageFragment, Qt::CaseInsensitive),
             qPrintable(url.error().message));
}

void TestDatabaseUrl::shouldNeverEchoAPasswordInAnError_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("valid otherwise") << "postgresql://alice:Hunter2Secret@h/cb";
    QTest::newRow("no host") << "postgresql://alice:Hunter2Secret@/cb";
    QTest::newRow("no database") << "postgresql://alice:Hunter2Secret@h/";
    QTest::newRow("bad option") << "postgresql://alice:Hunter2Secret@h/cb?x=1";
}

void TestDatabaseUrl::shouldNeverEchoAPasswordInAnError()
{
    QFETCH(QString, input);
    // WHEN an address carrying a password is refused for whatever reason
    auto url = DatabaseUrl::parse(input);
    // THEN the message (shown on a terminal, maybe logged) does not repeat the password
    QVERIFY(!url.ok());
    QVERIFY2(!url.error().message.contains(QLatin1String("Hunter2Secret")), qPrintable(url.error().message));
    QVERIFY(!url.error().detail.contains(QLatin1String("Hunter2Secret")));
}

void TestDatabaseUrl::shouldDisplayWithoutSecrets()
{
    // GIVEN a PostgreSQL address with user, port, sslmode and schema
    auto url =
        DatabaseUrl::parse(QStringLiteral("postgresql://alice@db:6543/cb?sslmode=require&schema=site_a"));
    QVERIFY(url.ok());
    // THEN display() names where the data is, for status bars and logs
    QCOMPARE(url->display(), QStringLiteral("postgresql://alice@db:6543/cb?schema=site_a"));
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "TestDatabaseUrl.moc"
