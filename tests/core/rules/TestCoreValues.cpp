// Partial dates, display names, search tokens and the audit entry hash.

#include "core/AuditEntry.h"
#include "core/PartialDate.h"
#include "core/Patient.h"
#include "core/WorklistQuery.h"

#include <QTest>
#include <QTimeZone>

using namespace cb::core;

class TestCoreValues : public QObject
{
    Q_OBJECT
private slots:
    void shouldParsePartialDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QDate>("earliest");
        QTest::addColumn<QDate>("latest");
        QTest::newRow("year") << "2008" << true << QDate(2008, 1, 1) << QDate(2008, 12, 31);
        QTest::newRow("month") << "2008-02" << true << QDate(2008, 2, 1) << QDate(2008, 2, 29);
        QTest::newRow("day") << "2016-03-14" << true << QDate(2016, 3, 14) << QDate(2016, 3, 14);
        QTest::newRow("bad month") << "2008-13" << false << QDate() << QDate();
        QTest::newRow("bad day") << "2023-02-29" << false << QDate() << QDate();
        QTest::newRow("text") << "spring 2008" << false << QDate() << QDate();
        QTest::newRow("too old") << "1850" << false << QDate() << QDate();
    }
    void shouldParsePartialDates()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QDate, earliest);
        QFETCH(QDate, latest);
        const auto d = PartialDate::parse(text);
        QCOMPARE(d.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(d->earliest(), earliest);
        QCOMPARE(d->latest(), latest);
        QCOMPARE(d->toString(), text);
    }

    void shouldWriteDisplayNames_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("display");
        QTest::newRow("latin") << "Becker"
                               << "Thomas"
                               << "Becker, Thomas";
        QTest::newRow("han") << QStringLiteral("李") << QStringLiteral("娜") << QStringLiteral("李娜");
        QTest::newRow("family only") << "Madonna"
                                     << ""
                                     << "Madonna";
    }
    void shouldWriteDisplayNames()
    {
        QFETCH(QString, family);
        QFETCH(QString, given);
        QFETCH(QString, display);
        QCOMPARE(Patient::displayName(family, given), display);
    }

    void shouldSegmentChineseForSearch_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("two han") << QStringLiteral("李娜") << QStringList{QStringLiteral("李 娜")};
        QTest::newRow("latin upper") << "BECK" << QStringList{"beck"};
        QTest::newRow("mrn") << "SH-2026-003412" << QStringList{"sh", "2026", "003412"};
        QTest::newRow("mixed") << QStringLiteral("王 wang") << QStringList{QStringLiteral("王"), "wang"};
        QTest::newRow("empty") << "  " << QStringList{};
        QTest::newRow("accent") << QStringLiteral("GARCÍA") << QStringList{"garcia"};
        QTest::newRow("combining accent") << QStringLiteral("Mu\u0308ller") << QStringList{"muller"};
        QTest::newRow("full-width digits") << QStringLiteral("３５３８") << QStringList{"3538"};
    }
    void shouldSegmentChineseForSearch()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, tokens);
        QCOMPARE(searchTokensOf(input), tokens);
    }

    void shouldStoreSearchTextWithHanCharactersApart()
    {
        QCOMPARE(searchTextOf({QStringLiteral("王"), QStringLiteral("建国"), QStringLiteral("SH-1")}),
                 QStringLiteral("王 建 国 sh 1"));
        QCOMPARE(searchTextOf({QStringLiteral("Müller"), QStringLiteral("Lucía")}),
                 QStringLiteral("muller lucia"));
    }

    void shouldChangeTheHashWhenAnyColumnChanges()
    {
        AuditEntry e;
        e.seq = 3;
        e.at = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
        e.userId = 2;
        e.username = QStringLiteral("chair");
        e.action = QStringLiteral("decision.sign");
        e.prevHash = QString(64, QLatin1Char('0'));
        const QString h = e.computeHash();
        QCOMPARE(h.size(), 64);
        AuditEntry f = e;
        f.reason = QStringLiteral("x");
        QVERIFY(f.computeHash() != h);
        f = e;
        f.prevHash = QString(64, QLatin1Char('1'));
        QVERIFY(f.computeHash() != h);
        QCOMPARE(e.computeHash(), h);
    }
};

QTEST_GUILESS_MAIN(TestCoreValues)
#include "TestCoreValues.moc"
