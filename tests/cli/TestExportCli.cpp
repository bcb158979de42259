// `cellboard-cli export pdf` as a script uses it: the real binary on a demo database, headless.
// The PDF is checked with the tools a reader would use: pdftotext for what it says, qpdf for its
// structure, the file mode for who may read it, and the audit chain for the export's trace.

#include "support/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cb::test::CliRun;
using cb::test::CliRunner;

namespace {

const QByteArray kPassword = "cellboard-demo\n";

QJsonObject demoFile(const QString& name)
{
    QFile f(QStringLiteral(CB_SOURCE_DIR "/resources/demo/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Whitespace folded to single spaces: pdftotext breaks lines where the layout did.
QString folded(const QString& s)
{
    static const QRegularExpression ws(u"\\s+"_s);
    return QString(s).replace(ws, u" "_s).trimmed();
}

struct Tool
{
    int exitCode = -1;
    QString out;
    QString err;
};

Tool runTool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    Tool t;
    if (!p.waitForFinished(120000))
        return t;
    t.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    t.out = QString::fromUtf8(p.readAllStandardOutput());
    t.err = QString::fromUtf8(p.readAllStandardError());
    return t;
}

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldPrintEverythingTheBoardSignedInTheSummary();
    void shouldWriteAPdfThatQpdfAccepts();
    void shouldWriteTheFileForItsOwnerOnlyAndAuditTheExport();
    void shouldReplaceAnExistingFileWhole();
    void shouldMarkAnIncompleteCaseAsDraftAndPrintChineseNames();
    void shouldWriteAOneOrTwoPageLetterSignedByTheChair();
    void shouldExportEveryDemoCase();
    void shouldExitWithTheContractsCode_data();
    void shouldExitWithTheContractsCode();

private:
    CliRun exportPdf(const QString& user, const QStringList& args, const QByteArray& in = kPassword)
    {
        return CliRunner::run(m_db, user, QStringList{u"export"_s, u"pdf"_s} + args, in);
    }
    QString pdfText(const QString& file);
    qint64 caseIdOf(const QString& demoKey);

    QTemporaryDir m_dir;
    QString m_db;
    QJsonArray m_cases; // case list --json
};

void TestExportCli::initTestCase()
{
    if (!CliRunner::binaryExists())
        QFAIL("cellboard-cli has not been built");
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
             "pdftotext (poppler-utils) is needed");
    QVERIFY2(!QStandardPaths::findExecutable(u"qpdf"_s).isEmpty(), "qpdf is needed");
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"demo.sqlite"_s);
    const CliRun init = CliRunner::run(m_db, {}, {u"init"_s, u"--demo"_s});
    QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
    const CliRun list = CliRunner::run(m_db, u"chair"_s, {u"case"_s, u"list"_s, u"--json"_s}, kPassword);
    bool ok = false;
    m_cases = list.json(&ok).array();
    QVERIFY2(ok && m_cases.size() == demoFile(u"demo_program.json"_s).value(u"cases"_s).toArray().size(),
             qPrintable(list.describe()));
}

QString TestExportCli::pdfText(const QString& file)
{
    const Tool t = runTool(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, file, u"-"_s});
    if (t.exitCode != 0)
        qWarning("pdftotext failed: %s", qPrintable(t.err));
    return t.out;
}

qint64 TestExportCli::caseIdOf(const QString& demoKey)
{
    QString mrn;
    for (const QJsonValue& v : demoFile(u"demo_program.json"_s).value(u"cases"_s).toArray())
        if (v.toObject().value(u"key"_s).toString() == demoKey)
            mrn = v.toObject().value(u"patient"_s).toObject().value(u"mrn"_s).toString();
    for (const QJsonValue& v : m_cases)
        if (v.toObject().value(u"mrn"_s).toString() == mrn)
            return v.toObject().value(u"id"_s).toInteger();
    return 0;
}

void TestExportCli::shouldPrintEverythingTheBoardSignedInTheSummary()
{
    // GIVEN the demo's decided myeloma case: six signed opinions, a signed verdict, one dissent
    const qint64 id = caseIdOf(u"mm-decided"_s);
    QVERIFY(id > 0);
    const QString file = m_dir.filePath(u"summary.pdf"_s);
    // WHEN a viewer of cases exports its summary
    const CliRun r = exportPdf(u"hematology"_s, {QString::number(id), u"-o"_s, file, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    bool ok = false;
    const QJsonObject result = r.json(&ok).object();
    QVERIFY2(ok, qPrintable(r.describe()));
    const QString fingerprint = result.value(u"fingerprint"_s).toString();
    QVERIFY2(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(fingerprint).hasMatch(), qPrintable(fingerprint));
    QCOMPARE(result.value(u"draft"_s).toBool(), false);

    // THEN the text of the PDF holds every discipline, signer, the verdict, the dissent and the fingerprint
    const QString text = pdfText(file);
    const QString flat = folded(text);
    for (const QString& heading :
         {u"Hematology"_s, u"Cardiology"_s, u"Neurology"_s, u"Pulmonology"_s, u"ICU"_s, u"Nursing"_s})
        QVERIFY2(flat.contains(heading), qPrintable(heading));
    QHash<QString, QString> printedNames;
    for (const QJsonValue& u : demoFile(u"demo_program.json"_s).value(u"users"_s).toArray())
        printedNames.insert(u.toObject().value(u"username"_s).toString(),
                            u.toObject().value(u"printed_name"_s).toString());
    const QJsonObject review =
        demoFile(u"demo_reviews.json"_s).value(u"cases"_s).toObject().value(u"mm-decided"_s).toObject();
    for (const QJsonValue& o : review.value(u"opinions"_s).toArray()) {
        const QString name = printedNames.value(o.toObject().value(u"author"_s).toString());
        QVERIFY2(!name.isEmpty() && flat.contains(name), qPrintable(name));
    }
    QVERIFY(flat.contains(printedNames.value(u"chair"_s)));
    QVERIFY2(flat.contains(u"Verdict: ELIGIBLE"_s), qPrintable(flat.left(3000)));
    const QJsonArray dissents = review.value(u"decision"_s).toObject().value(u"dissent"_s).toArray();
    QVERIFY(!dissents.isEmpty());
    // verbatim, up to where lines break (pdftotext drops a hyphen at a line's end)
    auto words = [](QString s) { return folded(s.remove(u'-')); };
    for (const QJsonValue& d : dissents)
        QVERIFY2(words(text).contains(words(d.toObject().value(u"text"_s).toString())),
                 "the dissent, verbatim");
    // the fingerprint is printed whole (pdftotext may not split a 64-character word)
    QVERIFY2(text.contains(fingerprint), qPrintable(fingerprint));
    QVERIFY(flat.contains(u"Page 1 of"_s));
    QVERIFY(flat.contains(u"MRN "_s));
    QVERIFY(!flat.contains(u"DRAFT"_s));
    // the audit entry printed on the paper is the one `audit entry` shows
    const QString seq = QString::number(result.value(u"audit_seq"_s).toInteger());
    const CliRun entry = CliRunner::run(m_db, {}, {u"audit"_s, u"entry"_s, seq, u"--json"_s});
    QVERIFY2(entry.exitCode == 0, qPrintable(entry.describe()));
    QVERIFY(text.contains(result.value(u"audit_hash"_s).toString()));
    QVERIFY(entry.outText().contains(result.value(u"audit_hash"_s).toString()));
}

void TestExportCli::shouldWriteAPdfThatQpdfAccepts()
{
    const QString file = m_dir.filePath(u"check.pdf"_s);
    const CliRun r = exportPdf(u"chair"_s, {QString::number(caseIdOf(u"mm-decided"_s)), u"-o"_s, file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const Tool check = runTool(u"qpdf"_s, {u"--check"_s, file});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
}

void TestExportCli::shouldWriteTheFileForItsOwnerOnlyAndAuditTheExport()
{
    const QString file = m_dir.filePath(u"owner.pdf"_s);
    const CliRun r = exportPdf(u"coordinator"_s,
                               {QString::number(caseIdOf(u"ball-decided"_s)), u"-o"_s, file, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(QFileInfo(file).permissions() &
                 (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
    QVERIFY(QFileInfo(file).permissions().testFlag(QFile::ReadOwner));
    // the export is the entry right after the head printed on the paper, and the chain holds
    bool ok = false;
    const qint64 printed = r.json(&ok).object().value(u"audit_seq"_s).toInteger();
    const CliRun entry =
        CliRunner::run(m_db, {}, {u"audit"_s, u"entry"_s, QString::number(printed + 1), u"--json"_s});
    QVERIFY2(entry.exitCode == 0 && entry.outText().contains(u"case.export"_s), qPrintable(entry.describe()));
    QVERIFY2(!entry.outText().contains(u"SH-20"_s), "no MRN in the audit entry");
    const CliRun verify = CliRunner::run(m_db, {}, {u"audit"_s, u"verify"_s});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
}

void TestExportCli::shouldReplaceAnExistingFileWhole()
{
    const QString file = m_dir.filePath(u"replace.pdf"_s);
    {
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(4 * 1024 * 1024, 'x')); // larger than the PDF: no tail may survive
    }
    const CliRun r = exportPdf(u"chair"_s, {QString::number(caseIdOf(u"ball-decided"_s)), u"-o"_s, file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(QFileInfo(file).size() < 4 * 1024 * 1024);
    QCOMPARE(runTool(u"qpdf"_s, {u"--check"_s, file}).exitCode, 0);
    // no temporary file is left beside it
    QStringList leftovers = QDir(m_dir.path()).entryList({u"replace.pdf.*"_s}, QDir::Files | QDir::Hidden);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u", "_s)));
}

void TestExportCli::shouldMarkAnIncompleteCaseAsDraftAndPrintChineseNames()
{
    // the index case is still in review: two opinions are drafts, four are missing, no verdict
    const qint64 id = caseIdOf(u"index-mm"_s);
    const QString file = m_dir.filePath(u"index.pdf"_s);
    const CliRun r = exportPdf(u"chair"_s, {QString::number(id), u"-o"_s, file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString text = pdfText(file);
    QVERIFY(text.contains(u"DRAFT"_s));
    // the watermark and the marker are on every page, not only the first
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY(pages.size() >= 2);
    for (const QString& page : pages)
        QVERIFY2(page.contains(u"DRAFT"_s), qPrintable(page.left(200)));
    // 王建国: Han characters come out as text, which they only do when a CJK font drew them
    QVERIFY2(text.contains(u"王建国"_s), qPrintable(text.left(400)));
    QVERIFY(text.contains(u"Page %1 of %1"_s.arg(pages.size())));
    // the referrer's question and the plasmacytoma sites are printed
    QVERIFY(folded(text).contains(u"paraskeletal plasmacytomas"_s));
}

void TestExportCli::shouldWriteAOneOrTwoPageLetterSignedByTheChair()
{
    const QString file = m_dir.filePath(u"letter.pdf"_s);
    const CliRun r = exportPdf(
        u"chair"_s, {QString::number(caseIdOf(u"mm-decided"_s)), u"-o"_s, file, u"--letter"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    bool ok = false;
    const QJsonObject result = r.json(&ok).object();
    QCOMPARE(result.value(u"kind"_s).toString(), u"letter"_s);
    const int pages = result.value(u"pages"_s).toInt();
    QVERIFY2(pages >= 1 && pages <= 2, qPrintable(QString::number(pages)));
    const QString flat = folded(pdfText(file));
    QVERIFY(flat.contains(u"Dr Helen Zhang"_s));
    QVERIFY(flat.contains(u"Dr Kavita Rao"_s)); // the referring physician
    QVERIFY(folded(QString(flat).remove(u'-')).contains(u"eligible for CART cell therapy with idecel"_s));
    QVERIFY(flat.contains(u"Book apheresis"_s));
    QVERIFY(flat.contains(u"caregiver"_s, Qt::CaseInsensitive));
    QVERIFY(flat.contains(u"Page 1 of"_s));
    QVERIFY(!flat.contains(u"DRAFT"_s));
    QCOMPARE(runTool(u"qpdf"_s, {u"--check"_s, file}).exitCode, 0);
}

void TestExportCli::shouldExportEveryDemoCase()
{
    for (const QJsonValue& v : m_cases) {
        const QString id = QString::number(v.toObject().value(u"id"_s).toInteger());
        for (const bool letter : {false, true}) {
            const QString file =
                m_dir.filePath(u"case-%1-%2.pdf"_s.arg(id, letter ? u"letter"_s : u"summary"_s));
            QStringList args{id, u"-o"_s, file};
            if (letter)
                args << u"--letter"_s;
            const CliRun r = exportPdf(u"chair"_s, args);
            QVERIFY2(r.exitCode == 0, qPrintable(u"case "_s + id + u": "_s + r.describe()));
            QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
            const QString text = pdfText(file);
            QVERIFY2(text.contains(u"Page 1 of"_s), qPrintable(id));
            QVERIFY2(runTool(u"qpdf"_s, {u"--check"_s, file}).exitCode == 0, qPrintable(id));
        }
    }
}

void TestExportCli::shouldExitWithTheContractsCode_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<int>("code");
    const QString out = u"{dir}/x.pdf"_s;
    QTest::newRow("no format") << u"chair"_s << QStringList{} << kPassword << 2;
    QTest::newRow("unknown format") << u"chair"_s << QStringList{u"docx"_s, u"1"_s} << kPassword << 2;
    QTest::newRow("no output") << u"chair"_s << QStringList{u"pdf"_s, u"1"_s} << kPassword << 2;
    QTest::newRow("malformed id") << u"chair"_s << QStringList{u"pdf"_s, u"1x"_s, u"-o"_s, out} << kPassword
                                  << 2;
    QTest::newRow("no such case") << u"chair"_s << QStringList{u"pdf"_s, u"9999"_s, u"-o"_s, out} << kPassword
                                  << 2;
    QTest::newRow("missing folder") << u"chair"_s
                                    << QStringList{u"pdf"_s, u"1"_s, u"-o"_s, u"{dir}/no/such/x.pdf"_s}
                                    << kPassword << 2;
    QTest::newRow("output is a folder")
        << u"chair"_s << QStringList{u"pdf"_s, u"1"_s, u"-o"_s, u"{dir}"_s} << kPassword << 2;
    QTest::newRow("wrong password") << u"chair"_s << QStringList{u"pdf"_s, u"1"_s, u"-o"_s, out}
                                    << QByteArray("wrong-password\n") << 3;
    QTest::newRow("no user") << QString() << QStringList{u"pdf"_s, u"1"_s, u"-o"_s, out} << QByteArray() << 3;
    // the administrator has no clinical rights: refused before the arguments are looked at
    QTest::newRow("administrator") << u"admin"_s << QStringList{u"pdf"_s, u"1x"_s} << kPassword << 3;
}

void TestExportCli::shouldExitWithTheContractsCode()
{
    QFETCH(QString, user);
    QFETCH(QStringList, args);
    QFETCH(QByteArray, in);
    QFETCH(int, code);
    for (QString& a : args)
        a.replace(u"{dir}"_s, m_dir.path());
    const CliRun r = CliRunner::run(m_db, user, QStringList{u"export"_s} + args, in);
    QVERIFY2(r.finished && r.exitCode == code, qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(!QFileInfo::exists(m_dir.filePath(u"x.pdf"_s)), "nothing written on a refusal");
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "TestExportCli.moc"
