#include "core/grading/ExampleVectors.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cb::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString binary()
{
    return QStringLiteral(CB_BINARY_DIR "/bin/cellboard-cli");
}

QStringList lines(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

// Runs the real cellboard-cli binary: `grade` on every examples.json vector and on bad input.
class TestGradeCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldGradeEveryExampleVector_data();
    void shouldGradeEveryExampleVector();
    void shouldExitTwoWithOneLineNamingTheProblem_data();
    void shouldExitTwoWithOneLineNamingTheProblem();
    void shouldWarnAboutUnknownFieldsOnStandardErrorOnly();
    void shouldGradeWithoutADatabaseOrUser();

private:
    Run grade(const QStringList& args, const QByteArray& input) const;

    QTemporaryDir m_home;
};

void TestGradeCli::initTestCase()
{
    if (!QFileInfo(binary()).isExecutable())
        QSKIP("cellboard-cli has not been built");
    QVERIFY(m_home.isValid());
    QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("runtime")));
    QFile::setPermissions(m_home.filePath(QStringLiteral("runtime")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

Run TestGradeCli::grade(const QStringList& args, const QByteArray& input) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("CELLBOARD_DATA_DIR"), m_home.filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    p.start(binary(), QStringList{QStringLiteral("grade")} + args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestGradeCli::shouldGradeEveryExampleVector_data()
{
    QTest::addColumn<QString>("calc");
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<QJsonObject>("expected");

    const QList<QPair<QString, QString>> files{{QStringLiteral("bundled"), bundledExamplesPath()},
                                               {QStringLiteral("shared"), sharedExamplesPath()}};
    for (const auto& [origin, path] : files) {
        if (origin == QLatin1String("shared") && !QFileInfo::exists(path))
            continue;
        QString error;
        const QList<ExampleVector> vectors = loadExampleVectors(path, &error);
        QVERIFY2(!vectors.isEmpty(), qPrintable(error));
        for (const ExampleVector& v : vectors)
            QTest::addRow("%s/%s", qPrintable(origin), qPrintable(v.id)) << v.calc << v.input << v.expected;
    }
}

void TestGradeCli::shouldGradeEveryExampleVector()
{
    QFETCH(QString, calc);
    QFETCH(QJsonObject, input);
    QFETCH(QJsonObject, expected);

    const Run r = grade({calc}, QJsonDocument(input).toJson(QJsonDocument::Compact));

    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QCOMPARE(lines(r.out).size(), 1); // compact: one line
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &parseError);
    QVERIFY2(doc.isObject(), qPrintable(parseError.errorString()));
    QString why;
    QVERIFY2(matchesExpected(expected, doc.object(), {}, &why), qPrintable(why));
    QVERIFY(!doc.object().value(QStringLiteral("rule_version")).toString().isEmpty());
    QVERIFY(!doc.object().value(QStringLiteral("explanation")).toString().isEmpty());
}

void TestGradeCli::shouldExitTwoWithOneLineNamingTheProblem_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message"); // the start of the line on stderr

    const QByteArray crs = R"({"temperature_c": 38.4, "hypotension": false, "vasopressors": [],
                               "oxygen": {"device": "none", "flow_l_min": 0}})";
    QTest::addRow("malformed JSON") << QStringList{"crs"} << QByteArray("{\"temperature_c\": ")
                                    << "input: malformed JSON";
    QTest::addRow("empty input") << QStringList{"crs"} << QByteArray() << "input: expected one JSON object";
    QTest::addRow("an array") << QStringList{"ice"} << QByteArray("[]") << "input: expected one JSON object";
    QTest::addRow("unknown calculator") << QStringList{"cytokine"} << crs << "calculator: unknown 'cytokine'";
    QTest::addRow("no calculator") << QStringList{} << crs << "grade: expected one calculator name";
    QTest::addRow("two calculators") << QStringList{"crs", "ice"} << crs
                                     << "grade: expected one calculator name";
    QTest::addRow("crs: unknown device")
        << QStringList{"crs"} << QByteArray(crs).replace("\"none\"", "\"tent\"")
        << "oxygen.device: unknown value 'tent'";
    QTest::addRow("crs: temperature a string")
        << QStringList{"crs"} << QByteArray(crs).replace("38.4", "\"38.4\"")
        << "temperature_c: expected a number";
    QTest::addRow("crs: temperature impossible")
        << QStringList{"crs"} << QByteArray(crs).replace("38.4", "83.4")
        << "temperature_c: 83.4 is not possible";
    QTest::addRow("crs: hypotension missing")
        << QStringList{"crs"} << QByteArray(crs).replace("\"hypotension\": false,", "")
        << "hypotension: required field is missing";
    QTest::addRow("icans: ICE 11")
        << QStringList{"icans"}
        << QByteArray(
               R"({"age_years": 60, "ice_score": 11, "ice_unable_unarousable": false, "consciousness": "alert",
                          "seizure": "none", "motor": "none", "cerebral_edema": "none"})")
        << "ice_score: 11 is not possible";
    QTest::addRow("icans: negative age")
        << QStringList{"icans"}
        << QByteArray(
               R"({"age_years": -2, "ice_score": 10, "ice_unable_unarousable": false, "consciousness": "alert",
                          "seizure": "none", "motor": "none", "cerebral_edema": "none"})")
        << "age_years: -2 is not possible";
    QTest::addRow("ice: naming 4 of 3")
        << QStringList{"ice"}
        << QByteArray(R"({"orientation": {"year": true, "month": true, "city": true, "hospital": true},
                          "naming_correct_count": 4, "follows_commands": true, "writes_standard_sentence": true,
                          "counts_back_from_100_by_10": true, "arousable": true})")
        << "naming_correct_count: 4 is not possible";
    QTest::addRow("hematotox: negative platelets")
        << QStringList{"hematotox"}
        << QByteArray(R"({"platelets_10e9_per_l": -1, "anc_per_ul": 3000, "hemoglobin_g_dl": 12,
                          "crp_mg_dl": 0.5, "ferritin_ng_ml": 300})")
        << "platelets_10e9_per_l: -1 is not possible";
    QTest::addRow("hematotox: ferritin missing")
        << QStringList{"hematotox"}
        << QByteArray(
               R"({"platelets_10e9_per_l": 100, "anc_per_ul": 3000, "hemoglobin_g_dl": 12, "crp_mg_dl": 0.5})")
        << "ferritin_ng_ml: required field is missing";
}

void TestGradeCli::shouldExitTwoWithOneLineNamingTheProblem()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QString, message);

    const Run r = grade(args, input);

    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    const QStringList err = lines(r.err);
    QCOMPARE(err.size(), 1);
    QVERIFY2(err.first().startsWith(message), qPrintable(err.first()));
}

void TestGradeCli::shouldWarnAboutUnknownFieldsOnStandardErrorOnly()
{
    const Run r = grade({QStringLiteral("ice")}, R"({"arousable": false, "nurse_initials": "AB"})");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("ice_domain_grade")).toInt(), 4);
    QVERIFY2(r.err.contains("nurse_initials"), r.err.constData());
}

void TestGradeCli::shouldGradeWithoutADatabaseOrUser()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("runtime")));
    p.setProcessEnvironment(env);
    p.start(binary(), {QStringLiteral("--db"), m_home.filePath(QStringLiteral("absent/none.sqlite")),
                       QStringLiteral("grade"), QStringLiteral("hematotox")});
    QVERIFY(p.waitForStarted());
    p.write(R"({"platelets_10e9_per_l": 40, "anc_per_ul": 400, "hemoglobin_g_dl": 7.8, "crp_mg_dl": 9.5,
                "ferritin_ng_ml": 3200})");
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject result = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(result.value(QStringLiteral("score")).toInt(), 7);
    QCOMPARE(result.value(QStringLiteral("risk")).toString(), QStringLiteral("high"));
    QVERIFY(!QFileInfo::exists(m_home.filePath(QStringLiteral("absent"))));
}

QTEST_GUILESS_MAIN(TestGradeCli)
#include "TestGradeCli.moc"
