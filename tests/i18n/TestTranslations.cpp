// The Simplified Chinese translation: complete, in step with the code, faithful to each source's
// placeholders, tags and accelerators, and the one the program actually loads.

#include "i18n/TsCatalog.h"
#include "platform/Language.h"
#include "services/SettingsService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace cb;

namespace {

QString tsPath()
{
    return QStringLiteral(CB_SOURCE_DIR "/resources/translations/cellboard_zh_CN.ts");
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    QStringList out(found.begin(), found.end());
    out.sort();
    return out;
}

QStringList tags(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("</?([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*>"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(1).toLower();
    out.sort();
    return out;
}

int accelerators(const QString& text)
{
    // "&" before a letter or digit marks a keyboard accelerator; "&&" is a literal ampersand
    static const QRegularExpression re(QStringLiteral("(?<!&)&(?!&)[^\\s&]"));
    int n = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QList<test::TsMessage> m_messages;

private slots:
    void initTestCase()
    {
        QString error;
        m_messages = test::readTs(tsPath(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_messages.size() > 500);
    }

    void shouldHaveNoUnfinishedOrObsoleteEntry()
    {
        QStringList bad;
        for (const auto& m : std::as_const(m_messages)) {
            const bool empty = std::all_of(m.translations.cbegin(), m.translations.cend(),
                                           [](const QString& t) { return t.trimmed().isEmpty(); });
            if (!m.type.isEmpty() || empty || m.translations.isEmpty())
                bad << QStringLiteral("%1: \"%2\" (%3)")
                           .arg(m.context, m.source, m.type.isEmpty() ? QStringLiteral("empty") : m.type);
        }
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1 entries need a translation (run "
                                                          "resources/translations/ts_fill.py list):\n")
                                               .arg(bad.size()) +
                                           bad.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void shouldHoldEveryTextOfTheSourcesAndNothingElse()
    {
        // GIVEN lupdate run over src/ and ui/ into a new file, as the cellboard_lupdate target does
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(QStringLiteral("fresh_zh_CN.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(CB_SOURCE_DIR));
        lupdate.start(QStringLiteral(CB_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                       QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("src"),
                       QStringLiteral("ui"), QStringLiteral("-ts"), fresh});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QCOMPARE(lupdate.exitCode(), 0);
        QString error;
        const auto extracted = test::readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // THEN the committed translation file has exactly the same texts
        QSet<QString> inCode, inTs;
        for (const auto& m : extracted)
            inCode.insert(m.key());
        for (const auto& m : std::as_const(m_messages))
            inTs.insert(m.key());
        auto readable = [](const QSet<QString>& keys) {
            QStringList out;
            for (const QString& k : keys)
                out << QString(k).replace(QLatin1Char('\x1f'), QStringLiteral(" | "));
            out.sort();
            return out.mid(0, 20).join(QLatin1Char('\n'));
        };
        const QSet<QString> missing = inCode - inTs;
        const QSet<QString> vanished = inTs - inCode;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("texts of the code missing from the .ts (build "
                                                              "cellboard_lupdate, then ts_fill.py):\n") +
                                               readable(missing)));
        QVERIFY2(vanished.isEmpty(),
                 qPrintable(QStringLiteral("texts in the .ts that the code no longer has:\n") +
                            readable(vanished)));
    }

    // The terms of resources/translations/README.md: "due" is 到期 (截止日期 is a deadline), and
    // closing a case is 结案 everywhere (关闭 is for windows).
    void shouldUseTheProgramsTerms_data()
    {
        QTest::addColumn<QString>("source"); // a pattern of the English
        QTest::addColumn<QString>("required");
        QTest::addColumn<QString>("forbidden");
        QTest::newRow("due") << QStringLiteral("\\bdue\\b") << QString() << QStringLiteral("截止");
        QTest::newRow("closing a case")
            << QStringLiteral(
                   "\\bclos(e|ed|es|ing)\\b( the| this| a)? cases?\\b|\\bcase %1 (is )?closed|^Close case")
            << QStringLiteral("结案") << QStringLiteral("关闭");
    }

    void shouldUseTheProgramsTerms()
    {
        QFETCH(QString, source);
        QFETCH(QString, required);
        QFETCH(QString, forbidden);
        const QRegularExpression re(source, QRegularExpression::CaseInsensitiveOption);
        QStringList bad;
        int matched = 0;
        for (const auto& m : std::as_const(m_messages)) {
            if (!re.match(m.source).hasMatch())
                continue;
            ++matched;
            for (const QString& t : m.translations)
                if ((!required.isEmpty() && !t.contains(required)) || t.contains(forbidden))
                    bad << QStringLiteral("%1: \"%2\" → \"%3\"").arg(m.context, m.source, t);
        }
        QVERIFY2(matched > 0, "the pattern matches no text");
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    void shouldKeepPlaceholdersTagsAndAccelerators_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("translation");
        for (const auto& m : std::as_const(m_messages))
            for (const QString& t : m.translations)
                QTest::addRow("%s: %s", qPrintable(m.context), qPrintable(m.source.left(60)))
                    << m.source << t;
    }

    void shouldKeepPlaceholdersTagsAndAccelerators()
    {
        QFETCH(QString, source);
        QFETCH(QString, translation);
        QCOMPARE(placeholders(translation), placeholders(source));
        QCOMPARE(tags(translation), tags(source));
        QCOMPARE(accelerators(translation), accelerators(source));
    }

    void shouldLoadTheEmbeddedChineseCatalogAndQtsOwn()
    {
        // WHEN the program installs Chinese, as at start with language=zh_CN
        QCOMPARE(platform::Language::install(platform::Language::chinese()), platform::Language::chinese());
        // THEN every text of the .ts comes back translated from the embedded catalog
        QStringList notLoaded;
        for (const auto& m : std::as_const(m_messages)) {
            const QString got = QCoreApplication::translate(
                qPrintable(m.context), qPrintable(m.source),
                m.comment.isEmpty() ? nullptr : qPrintable(m.comment), m.numerus ? 3 : -1);
            if (got != QString(m.translations.value(0)).replace(QStringLiteral("%n"), QStringLiteral("3")))
                notLoaded << m.context + QStringLiteral(": ") + m.source;
        }
        QVERIFY2(notLoaded.isEmpty(), qPrintable(notLoaded.mid(0, 10).join(QLatin1Char('\n'))));
        // a class with Q_DECLARE_TR_FUNCTIONS translates in the context lupdate gave its texts
        QCOMPARE(services::SettingsService::validate(services::SettingsService::Key::IdleLockMinutes,
                                                     QStringLiteral("0"))
                     .error()
                     .message,
                 QStringLiteral("空闲锁定时间为 1 至 240 分钟。"));
        // and Qt's own buttons speak Chinese too (Debian: qt6-translations-l10n, a dependency)
        QVERIFY2(QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                               QStringLiteral("/qtbase_zh_CN.qm")),
                 "qtbase_zh_CN.qm is missing: install qt6-translations-l10n");
        QVERIFY(platform::Language::qtTranslationLoaded());
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
        QCOMPARE(QLocale().language(), QLocale::Chinese);

        // WHEN English is chosen again THEN the sources show and Qt's translation is gone
        QCOMPARE(platform::Language::install(platform::Language::english()), platform::Language::english());
        QCOMPARE(QCoreApplication::translate("cb::core", "Hematology"), QStringLiteral("Hematology"));
        QVERIFY(!platform::Language::qtTranslationLoaded());
        QCOMPARE(QLocale().language(), QLocale::English);
    }

    void shouldResolveExplicitChoicesAndTreatUnknownOnesAsSystem()
    {
        QCOMPARE(platform::Language::resolve(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(platform::Language::resolve(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(platform::Language::resolve(QStringLiteral("klingon")),
                 platform::Language::resolve(platform::Language::system()));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
