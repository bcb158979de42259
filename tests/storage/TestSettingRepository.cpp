#include "storage/Database.h"
#include "storage/SettingRepository.h"
#include "support/TestDatabase.h"

#include <QTest>

using cb::storage::Database;
using cb::storage::SettingRepository;

// Program-wide settings as key/value text: insert, update in place, read one or all.
class TestSettingRepository : public QObject
{
    Q_OBJECT

private slots:
    void shouldInsertThenUpdateInPlace_data() { cb::test::addBackendRows(); }
    void shouldInsertThenUpdateInPlace();
};

void TestSettingRepository::shouldInsertThenUpdateInPlace()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto url = cb::storage::DatabaseUrl::parse(tdb.url());
    auto db = Database::open(*url, Database::OpenMode::CreateIfMissing);
    QVERIFY(db.ok() && (*db)->migrate().ok());
    SettingRepository repo(**db);
    // GIVEN no settings
    QVERIFY(repo.all()->isEmpty());
    QCOMPARE(*repo.value(QStringLiteral("institution.name")), std::nullopt);
    // WHEN two keys are written, and one of them written again
    QVERIFY(
        repo.setValue(QStringLiteral("institution.name"), QStringLiteral("Zentrum für Zelltherapie")).ok());
    QVERIFY(repo.setValue(QStringLiteral("session.idle_lock_minutes"), QStringLiteral("15")).ok());
    QVERIFY(repo.setValue(QStringLiteral("institution.name"), QStringLiteral("上海细胞治疗中心")).ok());
    // THEN each key has one row with the latest value, and the update bumped its version
    QCOMPARE(*repo.value(QStringLiteral("institution.name")),
             std::optional<QString>(QStringLiteral("上海细胞治疗中心")));
    const auto all = *repo.all();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.value(QStringLiteral("session.idle_lock_minutes")), QStringLiteral("15"));
    QCOMPARE(tdb.count(QStringLiteral("setting")), qint64(2));
    QCOMPARE(
        tdb.scalar(QStringLiteral("SELECT row_version FROM setting WHERE key = 'institution.name'")).toInt(),
        2);
    // AND an empty value is stored as empty text, not as NULL
    QVERIFY(repo.setValue(QStringLiteral("report.paper_size"), QString()).ok());
    QCOMPARE(*repo.value(QStringLiteral("report.paper_size")),
             std::optional<QString>(QString(QLatin1String(""))));
}

QTEST_GUILESS_MAIN(TestSettingRepository)
#include "TestSettingRepository.moc"
