// Issue 15 item 5: every HL7 fixture (tests/fixtures/hl7) read by CellBoard's parser and by an
// independent one, the `hl7v2` npm package with @medplum/core's parseHl7DateTime for timestamps
// (tests/hl7/crosscheck.mjs, pinned test-only in tests/hl7/package-lock.json, installed by
// `npm ci` there: packaging/cellboard-dev test does it). Every value the script prints (patient
// identifiers, order numbers, OBX codes, values, units, ranges, flags, statuses, times in UTC) must
// be CellBoard's.

#include "core/exchange/Hl7Dump.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kScriptDir = QStringLiteral(CB_SOURCE_DIR "/tests/hl7");
const QString kFixtures = QStringLiteral(CB_SOURCE_DIR "/tests/fixtures/hl7");
const QString kZones = uR"({"HOSPA": "Asia/Shanghai", "LABB": "Europe/Berlin"})"_s;

// Where `theirs` (the script's) and `ours` differ, for every key the script printed.
void compare(const QJsonValue& theirs, const QJsonValue& ours, const QString& path, QStringList& out)
{
    if (theirs.isObject()) {
        const QJsonObject t = theirs.toObject();
        const QJsonObject o = ours.toObject();
        for (auto it = t.begin(); it != t.end(); ++it) {
            if (!o.contains(it.key()))
                out << path + u'/' + it.key() + u": CellBoard has no such value"_s;
            else
                compare(it.value(), o.value(it.key()), path + u'/' + it.key(), out);
        }
    } else if (theirs.isArray()) {
        const QJsonArray t = theirs.toArray();
        const QJsonArray o = ours.toArray();
        if (t.size() != o.size()) {
            out << path + u": hl7v2 %1 entries, CellBoard %2"_s.arg(t.size()).arg(o.size());
            return;
        }
        for (qsizetype i = 0; i < t.size(); ++i)
            compare(t.at(i), o.at(i), path + u'/' + QString::number(i), out);
    } else if (theirs != ours) {
        out << path + u": hl7v2 \""_s + theirs.toVariant().toString() + u"\", CellBoard \""_s +
                   ours.toVariant().toString() + u'"';
    }
}

} // namespace

class TestHl7CrossCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldReadEveryFixtureAsHl7v2Does_data();
    void shouldReadEveryFixtureAsHl7v2Does();

private:
    QJsonObject m_theirs;
};

void TestHl7CrossCheck::initTestCase()
{
    QVERIFY2(!QString::fromUtf8(CB_NODE).isEmpty() && QFileInfo::exists(QString::fromUtf8(CB_NODE)),
             "node is needed (Debian: apt-get install nodejs npm)");
    QVERIFY2(QFileInfo::exists(kScriptDir + u"/node_modules/hl7v2/package.json"_s) &&
                 QFileInfo::exists(kScriptDir + u"/node_modules/@medplum/core/package.json"_s),
             "the cross-check parser is not installed: run `npm ci` in tests/hl7 (packaging/cellboard-dev "
             "test does)");
    QStringList files;
    for (const QFileInfo& f : QDir(kFixtures).entryInfoList({u"*.hl7"_s}, QDir::Files, QDir::Name))
        files << f.absoluteFilePath();
    QVERIFY(files.size() >= 9);
    QProcess node;
    node.setWorkingDirectory(kScriptDir);
    node.start(QString::fromUtf8(CB_NODE), QStringList{u"crosscheck.mjs"_s, kZones} + files);
    QVERIFY2(node.waitForFinished(120000), qPrintable(node.errorString()));
    QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0,
             qPrintable(QString::fromUtf8(node.readAllStandardError())));
    QJsonParseError pe;
    m_theirs = QJsonDocument::fromJson(node.readAllStandardOutput(), &pe).object();
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    QCOMPARE(m_theirs.size(), files.size());
}

void TestHl7CrossCheck::shouldReadEveryFixtureAsHl7v2Does_data()
{
    QTest::addColumn<QString>("file");
    for (const QFileInfo& f : QDir(kFixtures).entryInfoList({u"*.hl7"_s}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(f.fileName())) << f.absoluteFilePath();
}

void TestHl7CrossCheck::shouldReadEveryFixtureAsHl7v2Does()
{
    QFETCH(QString, file);
    const QJsonObject theirs = m_theirs.value(file).toObject();
    QVERIFY2(!theirs.isEmpty(), qPrintable(file + u" was not read by the script"_s));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject ours = cb::test::dumpFile(f.readAll(), *cb::core::Hl7FacilityZones::parse(kZones));
    for (const QJsonValue& m : theirs.value(u"messages"_s).toArray())
        QVERIFY2(!m.toObject().contains(u"error"_s), qPrintable(m.toObject().value(u"error"_s).toString()));
    QStringList differences;
    compare(theirs, ours, QFileInfo(file).fileName(), differences);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    // the comparison covered the values that matter
    const QJsonArray messages = theirs.value(u"messages"_s).toArray();
    QVERIFY(!messages.isEmpty());
    QVERIFY(!messages.first()[u"results"_s].toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestHl7CrossCheck)
#include "TestHl7CrossCheck.moc"
