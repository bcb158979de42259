// The report layer on a fixed dossier and a fixed clock: the generated HTML and page frame against
// golden files (not PDF bytes), escaping, the DRAFT rule, the fingerprint, rendering with
// progress and cancel, and the atomic owner-only file.
//
// To accept a deliberate change of the documents: CB_UPDATE_GOLDEN=1 ./TestCaseSummary, then
// review the diff of tests/report/golden/ like code.

#include "core/CaseDossier.h"
#include "core/Clock.h"
#include "report/CaseSummary.h"
#include "report/OutcomeLetter.h"
#include "report/PdfFile.h"
#include "report/PdfRenderer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QJsonArray>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cb;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 25), QTime(6, 30), QTimeZone::utc());

core::Signature signature(const QString& type, const QString& name, const QString& role,
                          const QString& discipline, const QString& meaning, int minutesBefore)
{
    core::Signature s;
    s.recordType = type;
    s.printedName = name;
    s.role = role;
    s.discipline = discipline;
    s.meaning = meaning;
    s.signedAt = kNow.addSecs(-60 * minutesBefore);
    s.contentSha256 = QString(64, u'a');
    return s;
}

core::DossierItem item(const QString& id, const QString& question, const QString& answer, const QString& unit,
                       core::ChecklistStatus status, const QStringList& reasons = {})
{
    core::DossierItem i;
    i.id = id;
    i.question = question;
    i.answer = answer;
    i.unit = unit;
    i.date = answer.isEmpty() ? QString() : u"2026-11-20"_s;
    i.status = status;
    i.reasons = reasons;
    return i;
}

core::DossierOpinion opinion(core::Discipline d, const QString& author, core::Recommendation rec,
                             bool isSigned, QList<core::DossierItem> items, int version = 1)
{
    core::DossierOpinion o;
    o.discipline = d;
    o.required = true;
    o.checklistTitle = core::label(d) + u" eligibility checklist"_s;
    core::Opinion op;
    op.id = 100 + int(d) * 10 + version;
    op.caseId = 7;
    op.discipline = d;
    op.version = version;
    op.templateVersion = u"2026.1"_s;
    op.recommendation = rec;
    op.authorName = author;
    op.isSigned = isSigned;
    for (const auto& i : items) {
        op.concerns += i.status == core::ChecklistStatus::Concern;
        op.contraindications += i.status == core::ChecklistStatus::Contraindication;
    }
    if (isSigned)
        op.signature =
            signature(u"opinion"_s, author, u"specialist"_s, core::toId(d),
                      u"I sign the %1 opinion on this case."_s.arg(core::label(d).toLower()), 600 - int(d));
    o.opinion = op;
    o.items = std::move(items);
    return o;
}

// The attendance check stored with a verdict signed in the board meeting of 25 November 2026
// (13:30 in Shanghai, signed at 14:00), the attendance rule met.
QJsonObject inMeetingAttendance()
{
    return {{u"meeting_id"_s, 31},
            {u"meeting_starts_at"_s, u"2026-11-25T05:30:00.000Z"_s},
            {u"meeting_minutes"_s, 90},
            {u"chair"_s, u"Dr Helen Zhang"_s},
            {u"met"_s, true},
            {u"blocks"_s, false},
            {u"meeting_required"_s, false},
            {u"present_members"_s,
             QJsonArray{u"Dr Helen Zhang"_s, u"Dr Chen Hao"_s, u"Wang Ping, RN"_s, u"Dr Ana Ribeiro"_s}},
            {u"excluded_members"_s, QJsonArray{}},
            {u"missing_required"_s, QJsonArray{}},
            {u"any_of_present"_s, 1},
            {u"any_of_needed"_s, 1}};
}

// A complete, signed case: a Chinese patient, six signed opinions (one amended), a concern and a
// contraindication, an overridden verdict with a dissent and actions.
core::CaseDossier fixedDossier()
{
    core::CaseDossier d;
    d.institution = u"Shanghai International Hospital — CAR-T Cell Therapy Program"_s;
    d.generatedAt = kNow;
    d.timeZone = QTimeZone(8 * 3600);
    d.coordinatorContact = u"Sun Yue, RN, CAR-T coordinator, +86 21 5555 0100"_s;
    d.caregiverRequirements = u"A caregiver stays with the patient for 4 weeks."_s;
    auto& r = d.record;
    r.id = 7;
    r.patient.mrn = u"SH-2026-000777"_s;
    r.patient.familyName = u"王"_s;
    r.patient.givenName = u"建国"_s;
    r.patient.sex = core::Sex::Male;
    r.patient.birthDate = QDate(1958, 4, 17);
    r.indication = core::Indication::MultipleMyeloma;
    r.intendedProduct = u"cilta-cel"_s;
    r.referrer = u"Dr Fang Qiang (Hematology, Jiading Riverside Hospital)"_s;
    r.referrerQuestion = u"Is he eligible for cilta-cel with <3 prior lines & EMD?"_s;
    r.referralDate = QDate(2026, 10, 21);
    r.state = core::CaseState::Decided;
    r.diagnosis = u"IgG kappa multiple myeloma"_s;
    r.diagnosisDate = *core::PartialDate::parse(u"2008-05"_s);
    r.staging = u"ISS III"_s;
    r.cytogeneticRisk = u"high risk: del(17p)"_s;
    r.extramedullaryDisease = true;
    r.extramedullarySites = u"T8 paraspinal plasmacytoma 42 × 31 mm"_s;
    r.cnsDisease = u"none"_s;
    core::TherapyLine l1;
    l1.lineNumber = 1;
    l1.regimen = u"VTD → ASCT"_s;
    l1.drugClasses = {u"pi"_s, u"imid"_s, u"alkylator"_s};
    l1.startDate = *core::PartialDate::parse(u"2008-06"_s);
    l1.endDate = *core::PartialDate::parse(u"2010-12"_s);
    l1.bestResponse = u"VGPR"_s;
    core::TherapyLine l2 = l1;
    l2.lineNumber = 2;
    l2.regimen = u"Rd"_s;
    l2.drugClasses = {u"imid"_s};
    l2.refractory = true;
    l2.lenalidomideRefractory = true;
    r.therapyLines = {l1, l2};
    core::Transplant t;
    t.kind = u"autologous"_s;
    t.date = *core::PartialDate::parse(u"2009-01"_s);
    t.notes = u"melphalan 200 mg/m²"_s;
    r.transplants = {t};
    core::Observation lvef;
    lvef.code = u"lvef"_s;
    lvef.value = 58;
    lvef.unit = u"%"_s;
    lvef.observedOn = QDate(2026, 11, 13);
    r.observations = {lvef};

    using S = core::ChecklistStatus;
    using core::Discipline;
    using core::Recommendation;
    d.opinions << opinion(Discipline::Hematology, u"Dr Chen Hao"_s, Recommendation::SupportsWithConditions,
                          true,
                          {item(u"HEM-01"_s, u"Product label matches the indication"_s, u"No"_s, {},
                                S::Contraindication, {u"No NMPA label entry for cilta-cel"_s}),
                           item(u"HEM-10"_s, u"Marrow plasma cells"_s, u"39"_s, u"%"_s, S::Ok)});
    d.opinions.last().opinion->conditions = u"Spine MRI before LD."_s;
    d.opinions.last().opinion->comment = u"Comment with <b>markup</b> & \"quotes\"; 中文备注。"_s;
    d.opinions << opinion(Discipline::Cardiology, u"Dr Ana Ribeiro"_s, Recommendation::Supports, true,
                          {item(u"CAR-01"_s, u"LVEF"_s, u"58"_s, u"%"_s, S::Ok)});
    d.opinions << opinion(
        Discipline::Neurology, u"Dr Markus Weber"_s, Recommendation::SupportsWithConditions, true,
        {item(u"NEU-04"_s, u"Cognitive screening"_s, u"24"_s, u"points"_s, S::Concern, {u"MoCA below 26"_s})},
        2);
    {
        auto& neuro = d.opinions.last();
        neuro.opinion->amendReason = u"MoCA result added"_s;
        core::Opinion v1 = *neuro.opinion;
        v1.version = 1;
        v1.id -= 1;
        v1.recommendation = Recommendation::Supports;
        v1.signature->signedAt = kNow.addDays(-3);
        neuro.earlierVersions = {v1};
    }
    d.opinions << opinion(Discipline::Pulmonology, u"Dr Liu Fang"_s, Recommendation::Supports, true, {});
    d.opinions << opinion(Discipline::Icu, u"Dr Samuel Okafor"_s, Recommendation::Supports, true, {});
    d.opinions << opinion(Discipline::Nursing, u"Wang Ping, RN"_s, Recommendation::Supports, true,
                          {item(u"NUR-02"_s, u"Travel time to the centre"_s, u"75"_s, u"min"_s, S::Concern,
                                {u"over 60 minutes"_s})});
    d.quorumMet = true;

    core::Decision dec;
    dec.id = 9;
    dec.caseId = 7;
    dec.verdict = core::Verdict::EligibleWithConditions;
    dec.conditions = u"Spine MRI and neurosurgery on call before LD."_s;
    dec.rationale = u"Few options left; EMD is a risk, not a bar."_s;
    dec.product = u"cilta-cel"_s;
    dec.bridgingPlan = u"Radiotherapy to T8 after apheresis."_s;
    dec.overrideApprover = u"Dr Helen Zhang"_s;
    dec.overrideReason = u"Named-patient import approved."_s;
    dec.consentStatus = u"consented"_s;
    dec.patientPreference = u"Wants to proceed."_s;
    dec.quorum = {{u"rule"_s, u"review"_s},
                  {u"met"_s, true},
                  {u"opinions"_s, QJsonArray{QJsonObject{{u"discipline"_s, u"hematology"_s},
                                                         {u"signer"_s, u"Dr Chen Hao"_s}}}},
                  {u"attendance"_s, inMeetingAttendance()}};
    dec.isSigned = true;
    dec.signature = signature(
        u"decision"_s, u"Dr Helen Zhang"_s, u"board_chair"_s, {},
        u"As chair of the CAR-T board I record the board's verdict: eligible with conditions."_s, 30);
    core::Dissent x;
    x.memberName = u"Dr Markus Weber"_s;
    x.discipline = u"neurology"_s;
    x.text = u"I would have deferred by two weeks for the MRI."_s;
    x.createdAt = kNow.addSecs(-1800);
    dec.dissents = {x};
    core::DecisionAction a;
    a.description = u"Book apheresis"_s;
    a.owner = u"coordinator"_s;
    a.dueDate = QDate(2026, 12, 2);
    dec.actions = {a};
    core::Communication c;
    c.sentAt = kNow.addSecs(-600);
    c.sentBy = u"Sun Yue, RN"_s;
    c.method = u"email"_s;
    dec.communications = {c};
    d.decision = dec;
    d.auditSeq = 4242;
    d.auditHash = QString(64, u'b');
    d.computeFingerprint();
    return d;
}

QString documentText(const report::ReportDocument& doc)
{
    return doc.frame.headerText() + u"\n----\n"_s + doc.frame.footerText(1, 3) + u"\n----\n"_s + doc.html;
}

void compareWithGolden(const QString& actual, const QString& name)
{
    const QString path = QStringLiteral(CB_SOURCE_DIR "/tests/report/golden/") + name;
    if (qEnvironmentVariableIsSet("CB_UPDATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.toUtf8());
        qWarning("golden file %s rewritten", qPrintable(name));
        return;
    }
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path + u" is missing (CB_UPDATE_GOLDEN=1 writes it)"_s));
    const QStringList expected = QString::fromUtf8(f.readAll()).split(u'\n');
    const QStringList lines = actual.split(u'\n');
    for (int i = 0; i < std::min(expected.size(), lines.size()); ++i)
        QVERIFY2(lines.at(i) == expected.at(i),
                 qPrintable(u"%1 line %2 differs:\n  expected: %3\n  actual:   %4"_s.arg(name).arg(i + 1).arg(
                     expected.at(i), lines.at(i))));
    QCOMPARE(lines.size(), expected.size());
}

} // namespace

class TestCaseSummary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldMatchTheGoldenSummary();
    void shouldMatchTheGoldenLetter();
    void shouldEscapeEveryValue();
    void shouldPrintDraftUnlessEveryOpinionAndTheVerdictAreSigned_data();
    void shouldPrintDraftUnlessEveryOpinionAndTheVerdictAreSigned();
    void shouldStateTheMeetingAndAttendanceOfTheVerdict_data();
    void shouldStateTheMeetingAndAttendanceOfTheVerdict();
    void shouldFingerprintTheRecordNotTheMomentOfExport();
    void shouldRenderEveryPageWithProgressAndStopWhenCancelled();
    void shouldChoosePaperFromTheSetting();
    void shouldWriteAtomicallyForTheOwnerOnly();
    void shouldRefuseAPathItCannotWrite();
};

void TestCaseSummary::initTestCase()
{
    // the golden files are English with English number formats, whatever the machine's locale
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(QFontDatabase::families().contains(u"Noto Sans CJK SC"_s),
             "fonts-noto-cjk is needed: without it Chinese names print as boxes");
}

void TestCaseSummary::shouldMatchTheGoldenSummary()
{
    compareWithGolden(documentText(report::CaseSummary::build(fixedDossier())), u"case_summary.html"_s);
}

void TestCaseSummary::shouldMatchTheGoldenLetter()
{
    compareWithGolden(documentText(report::OutcomeLetter::build(fixedDossier())), u"outcome_letter.html"_s);
}

void TestCaseSummary::shouldEscapeEveryValue()
{
    // GIVEN free text with markup in a comment and in the referrer's question
    const auto doc = report::CaseSummary::build(fixedDossier());
    // THEN it is printed as text, never interpreted
    QVERIFY(doc.html.contains(u"Comment with &lt;b&gt;markup&lt;/b&gt; &amp; &quot;quotes&quot;"_s));
    QVERIFY(!doc.html.contains(u"<b>markup</b>"_s));
    QVERIFY(doc.html.contains(u"&lt;3 prior lines &amp; EMD?"_s));
    QVERIFY(doc.html.contains(u"中文备注"_s));
}

void TestCaseSummary::shouldPrintDraftUnlessEveryOpinionAndTheVerdictAreSigned_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<bool>("draft");
    QTest::newRow("everything signed") << 0 << false;
    QTest::newRow("verdict not signed") << 1 << true;
    QTest::newRow("no verdict") << 2 << true;
    QTest::newRow("an opinion still a draft") << 3 << true;
    QTest::newRow("a required opinion missing") << 4 << true;
}

void TestCaseSummary::shouldPrintDraftUnlessEveryOpinionAndTheVerdictAreSigned()
{
    QFETCH(int, change);
    QFETCH(bool, draft);
    auto d = fixedDossier();
    switch (change) {
    case 1:
        d.decision->isSigned = false;
        d.decision->signature.reset();
        break;
    case 2:
        d.decision.reset();
        break;
    case 3:
        d.opinions[1].opinion->isSigned = false;
        d.opinions[1].opinion->signature.reset();
        break;
    case 4:
        d.opinions[4].opinion.reset();
        break;
    default:
        break;
    }
    const auto doc = report::CaseSummary::build(d);
    QCOMPARE(doc.frame.draft, draft);
    QCOMPARE(doc.frame.headerText().contains(u"DRAFT"_s), draft);
    QCOMPARE(doc.html.contains(u"DRAFT"_s), draft);
    if (change == 0 || change == 1 || change == 2)
        QCOMPARE(report::OutcomeLetter::build(d).frame.draft, change != 0);
}

void TestCaseSummary::shouldFingerprintTheRecordNotTheMomentOfExport()
{
    const auto a = fixedDossier();
    QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(a.fingerprint).hasMatch());
    auto later = fixedDossier();
    later.generatedAt = kNow.addDays(1);
    later.auditSeq = 5000;
    later.timeZone = QTimeZone::utc();
    later.computeFingerprint();
    QCOMPARE(later.fingerprint, a.fingerprint);
    auto changed = fixedDossier();
    changed.decision->dissents[0].text += u"."_s;
    changed.computeFingerprint();
    QVERIFY(changed.fingerprint != a.fingerprint);
    QCOMPARE(a.fingerprint, core::CaseDossier::sha256Hex(a.canonicalJson()));
    QVERIFY(report::CaseSummary::build(a).html.contains(a.fingerprint));
}

void TestCaseSummary::shouldStateTheMeetingAndAttendanceOfTheVerdict_data()
{
    QTest::addColumn<int>("where"); // 0 in the meeting, 1 outside a meeting, 2 a draft
    QTest::addColumn<QString>("meeting");
    QTest::addColumn<QString>("attendance");
    QTest::addColumn<QString>("letter");
    QTest::newRow("in a meeting") << 0 << u"Meeting of 2026-11-25 13:30, chaired by Dr Helen Zhang"_s
                                  << u"Present: Dr Helen Zhang, Dr Chen Hao, Wang Ping, RN, Dr Ana Ribeiro. "
                                     "Attendance rule met."_s
                                  << u"at its meeting of 2026-11-25"_s;
    QTest::newRow("outside a meeting")
        << 1 << u"Outside a meeting"_s << u"None: no meeting attendance was checked for this verdict."_s
        << u"outside a board meeting"_s;
    QTest::newRow("a draft") << 2 << u"Recorded when the chair signs the verdict"_s
                             << u"Checked when the chair signs the verdict."_s << QString();
}

void TestCaseSummary::shouldStateTheMeetingAndAttendanceOfTheVerdict()
{
    QFETCH(int, where);
    QFETCH(QString, meeting);
    QFETCH(QString, attendance);
    QFETCH(QString, letter);
    // GIVEN the verdict signed in the meeting, outside any meeting, or not signed yet
    auto d = fixedDossier();
    if (where == 1)
        d.decision->quorum.insert(u"attendance"_s,
                                  QJsonObject{{u"meeting_id"_s, 0},
                                              {u"met"_s, false},
                                              {u"missing_required"_s, QJsonArray{u"hematology"_s}}});
    if (where == 2) {
        d.decision->isSigned = false;
        d.decision->signature.reset();
        d.decision->quorum = {};
    }
    // WHEN the summary is printed THEN its verdict section states the meeting and the attendance
    const auto doc = report::CaseSummary::build(d);
    const QString meetingCell = where == 1 ? u"<b>%1</b>"_s.arg(meeting) : meeting;
    QVERIFY2(doc.html.contains(u"<th class=\"key\" width=\"28%\">Meeting</th><td>%1</td>"_s.arg(meetingCell)),
             qPrintable(doc.html.mid(doc.html.indexOf(u">Meeting<"_s) - 40, 300)));
    QVERIFY(
        doc.html.contains(u"<th class=\"key\" width=\"28%\">Attendance</th><td>%1</td>"_s.arg(attendance)));
    // AND so does the PDF a reader gets (text read back with pdftotext)
    auto pdf = report::PdfRenderer::renderPdf(doc, QPageSize(QPageSize::A4));
    QVERIFY2(pdf.ok(), qPrintable(pdf.error().message));
    QTemporaryDir dir;
    const QString file = dir.filePath(u"summary.pdf"_s);
    QVERIFY(report::PdfFile::write(file, *pdf).ok());
    QProcess p;
    p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, file, u"-"_s});
    QVERIFY(p.waitForFinished(60000) && p.exitCode() == 0);
    static const QRegularExpression space(u"\\s+"_s);
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).replace(space, u" "_s);
    QVERIFY2(text.contains(meeting), qPrintable(meeting));
    QVERIFY2(text.contains(QString(attendance).replace(space, u" "_s)), qPrintable(attendance));
    // AND the outcome letter says where the board decided
    const QString letterHtml = report::OutcomeLetter::build(d).html;
    if (!letter.isEmpty())
        QVERIFY2(letterHtml.contains(letter), qPrintable(letter));
}

void TestCaseSummary::shouldRenderEveryPageWithProgressAndStopWhenCancelled()
{
    const auto doc = report::CaseSummary::build(fixedDossier());
    const QPageSize a4(QPageSize::A4);
    const int pages = report::PdfRenderer::pageCount(doc, a4);
    QVERIFY(pages >= 2);
    QList<int> seen;
    auto pdf = report::PdfRenderer::renderPdf(doc, a4, [&](int done, int total) {
        seen << done;
        return total == pages;
    });
    QVERIFY2(pdf.ok(), qPrintable(pdf.error().message));
    QVERIFY(pdf->startsWith("%PDF-"));
    QCOMPARE(seen.size(), pages);
    QCOMPARE(seen.last(), pages);
    // cancelled after the first page: no document
    auto cancelled = report::PdfRenderer::renderPdf(doc, a4, [](int, int) { return false; });
    QVERIFY(!cancelled.ok());
}

void TestCaseSummary::shouldChoosePaperFromTheSetting()
{
    QCOMPARE(report::PdfRenderer::pageSizeFor(u"letter"_s).id(), QPageSize::Letter);
    QCOMPARE(report::PdfRenderer::pageSizeFor(u"a4"_s).id(), QPageSize::A4);
    QCOMPARE(report::PdfRenderer::pageSizeFor(QString()).id(), QPageSize::A4);
    const auto doc = report::OutcomeLetter::build(fixedDossier());
    auto letter = report::PdfRenderer::renderPdf(doc, QPageSize(QPageSize::Letter));
    QVERIFY(letter.ok());
    QVERIFY2(letter->contains("/MediaBox [0 0 612.000000 792.000000]"), "US Letter is 612 × 792 points");
    const int pages = report::PdfRenderer::pageCount(doc, QPageSize(QPageSize::A4));
    QVERIFY2(pages >= 1 && pages <= 2, "the letter fits one or two pages");
}

void TestCaseSummary::shouldWriteAtomicallyForTheOwnerOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"summary.pdf"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(100000, 'x'));
        old.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    QVERIFY(report::PdfFile::write(path, "%PDF-1.4 new").ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("%PDF-1.4 new"));
    QCOMPARE(QFileInfo(path).permissions() & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"summary.pdf"_s});
}

void TestCaseSummary::shouldRefuseAPathItCannotWrite()
{
    QTemporaryDir dir;
    const auto missing = report::PdfFile::write(dir.filePath(u"no/such/folder/x.pdf"_s), "%PDF");
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::BadInput);
    const auto folder = report::PdfFile::write(dir.path(), "%PDF");
    QVERIFY(!folder.ok());
    QVERIFY(!report::PdfFile::write(QString(), "%PDF").ok());
}

QTEST_MAIN(TestCaseSummary)
#include "TestCaseSummary.moc"
