// `cellboard-cli case audit ID` through the real binary on the demo program, SQLite and
// PostgreSQL: everything the audit trail holds about the case as a JSON array (newest first, each
// entry with its id and kind), the kind and text filters, paging with --limit/--before, and the
// exit codes of DESIGN.md §5 for bad input, an unknown case and a missing user.

#include "cli/CliFixture.h"
#include "core/AuditKind.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using cb::test::CliRun;
using cb::test::CliRunner;

namespace {

QByteArray demoLine()
{
    return cb::test::passwordLine(cb::test::demoPassword());
}

// The index myeloma case (its opinions are recorded and signed in the demo).
qint64 indexCase(cb::test::TestDatabase* db)
{
    return db
        ->scalar(QStringLiteral("SELECT c.id FROM clinical_case c JOIN patient p ON p.id = c.patient_id "
                                "WHERE p.mrn = 'SH-2026-003412'"))
        .toLongLong();
}

QString prepare(cb::test::TestDatabase& db)
{
    QString why;
    return cb::test::initDemo(db, &why) ? QString() : why;
}

} // namespace

class TestCliCaseAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(CliRunner::binaryExists(),
                 qPrintable(CliRunner::binary() + QStringLiteral(" has not been built")));
    }
    void cleanupTestCase() { m_dbs.clear(); }
    void shouldListTheCasesTrailAsJson_data();
    void shouldListTheCasesTrailAsJson();
    void shouldPageWithLimitAndBefore_data() { cb::test::addBackendRows(); }
    void shouldPageWithLimitAndBefore();
    void shouldRefuseBadArguments_data();
    void shouldRefuseBadArguments();

private:
    cb::test::BackendDatabases m_dbs;
};

void TestCliCaseAudit::shouldListTheCasesTrailAsJson_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("kind");     // every entry's kind; empty: any
    QTest::addColumn<QString>("expected"); // an action among the entries
    for (const QString& backend : cb::test::backendNames()) {
        const QByteArray b = backend.toLatin1();
        QTest::addRow("%s/all", b.constData())
            << backend << QStringList{} << QString() << QStringLiteral("opinion.sign");
        QTest::addRow("%s/opinions", b.constData())
            << backend << QStringList{QStringLiteral("--kind"), QStringLiteral("opinions")}
            << QStringLiteral("opinions") << QStringLiteral("opinion.sign");
        QTest::addRow("%s/record", b.constData())
            << backend << QStringList{QStringLiteral("--kind"), QStringLiteral("RECORD")}
            << QStringLiteral("record") << QStringLiteral("record.observation.add");
        QTest::addRow("%s/text", b.constData())
            << backend << QStringList{QStringLiteral("--text"), QStringLiteral("OPINION.S")} << QString()
            << QStringLiteral("opinion.sign");
    }
}

void TestCliCaseAudit::shouldListTheCasesTrailAsJson()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, options);
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepare);
    const qint64 id = indexCase(db);
    QVERIFY(id > 0);
    QStringList args{QStringLiteral("case"), QStringLiteral("audit"), QString::number(id),
                     QStringLiteral("--json")};
    args << options;
    const CliRun r = CliRunner::run(db->url(), QStringLiteral("hematology"), args, demoLine());
    CB_EXPECT_EXIT(r, 0);
    bool ok = false;
    QString why;
    const QJsonDocument doc = r.json(&ok, &why);
    QVERIFY2(ok && doc.isArray(), qPrintable(why + QStringLiteral(": ") + r.describe()));
    const QJsonArray entries = doc.array();
    QVERIFY(!entries.isEmpty());
    QStringList actions;
    qint64 previous = 0;
    for (const QJsonValue& v : entries) {
        const QJsonObject o = v.toObject();
        const qint64 seq = o.value(QStringLiteral("seq")).toInteger();
        QCOMPARE(o.value(QStringLiteral("id")).toInteger(), seq);
        QVERIFY(previous == 0 || seq < previous); // newest first
        previous = seq;
        const QString action = o.value(QStringLiteral("action")).toString();
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), cb::core::toId(cb::core::auditKindOf(action)));
        if (!kind.isEmpty())
            QCOMPARE(o.value(QStringLiteral("kind")).toString(), kind);
        for (const char* key : {"at", "username", "entity", "entity_id", "reason"})
            QVERIFY2(o.value(QLatin1String(key)).isString(), key);
        QVERIFY(o.value(QStringLiteral("before")).isObject() && o.value(QStringLiteral("after")).isObject());
        actions << action;
    }
    QVERIFY2(actions.contains(expected), qPrintable(actions.join(QLatin1Char(' '))));
}

void TestCliCaseAudit::shouldPageWithLimitAndBefore()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepare);
    const QString id = QString::number(indexCase(db));
    const auto page = [&](const QStringList& more) {
        QStringList args{QStringLiteral("case"), QStringLiteral("audit"), id, QStringLiteral("--json")};
        return CliRunner::run(db->url(), QStringLiteral("coordinator"), args + more, demoLine());
    };
    const CliRun all = page({QStringLiteral("--limit"), QStringLiteral("10000")});
    CB_EXPECT_EXIT(all, 0);
    bool ok = false;
    const QJsonArray everything = all.json(&ok).array();
    QVERIFY(ok && everything.size() > 4);
    // WHEN the first three are asked for THEN the newest three come, and standard error names the next page
    const CliRun first = page({QStringLiteral("--limit"), QStringLiteral("3")});
    CB_EXPECT_EXIT(first, 0);
    const QJsonArray three = first.json(&ok).array();
    QCOMPARE(three.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(three.at(i).toObject().value(QStringLiteral("seq")),
                 everything.at(i).toObject().value(QStringLiteral("seq")));
    const QString before = QString::number(three.at(2).toObject().value(QStringLiteral("seq")).toInteger());
    QVERIFY2(first.errText().contains(QStringLiteral("--before ") + before), qPrintable(first.describe()));
    // AND the next page starts below the last one
    const CliRun next =
        page({QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--before"), before});
    CB_EXPECT_EXIT(next, 0);
    QCOMPARE(next.json(&ok).array().first().toObject().value(QStringLiteral("seq")),
             everything.at(3).toObject().value(QStringLiteral("seq")));
}

void TestCliCaseAudit::shouldRefuseBadArguments_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    for (const QString& backend : cb::test::backendNames()) {
        const QByteArray b = backend.toLatin1();
        QTest::addRow("%s/unknown-kind", b.constData())
            << backend << QStringLiteral("coordinator")
            << QStringList{QStringLiteral("CASE"), QStringLiteral("--kind"), QStringLiteral("nope")} << 2;
        QTest::addRow("%s/zero-limit", b.constData())
            << backend << QStringLiteral("coordinator")
            << QStringList{QStringLiteral("CASE"), QStringLiteral("--limit"), QStringLiteral("0")} << 2;
        QTest::addRow("%s/bad-before", b.constData())
            << backend << QStringLiteral("coordinator")
            << QStringList{QStringLiteral("CASE"), QStringLiteral("--before"), QStringLiteral("x")} << 2;
        QTest::addRow("%s/no-such-case", b.constData())
            << backend << QStringLiteral("coordinator") << QStringList{QStringLiteral("999999")} << 2;
        QTest::addRow("%s/malformed-id", b.constData())
            << backend << QStringLiteral("coordinator") << QStringList{QStringLiteral("7x")} << 2;
        QTest::addRow("%s/no-user", b.constData())
            << backend << QString() << QStringList{QStringLiteral("CASE")} << 3;
    }
}

void TestCliCaseAudit::shouldRefuseBadArguments()
{
    QFETCH(QString, backend);
    QFETCH(QString, user);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepare);
    args.replaceInStrings(QStringLiteral("CASE"), QString::number(indexCase(db)));
    const CliRun r =
        CliRunner::run(db->url(), user, QStringList{QStringLiteral("case"), QStringLiteral("audit")} + args,
                       user.isEmpty() ? QByteArray() : demoLine());
    CB_EXPECT_EXIT(r, exitCode);
    CB_EXPECT_ONE_ERROR_LINE(r);
}

QTEST_GUILESS_MAIN(TestCliCaseAudit)
#include "TestCliCaseAudit.moc"
