// GIVEN the demo program on each backend WHEN a treated patient's case summary and outcome letter
// are rendered to PDF THEN the text a reader gets back (pdftotext) tells the treatment: the pathway
// dates, the worst CRS and ICANS grades with their days and what was given, the CAR-HEMATOTOX
// before lymphodepletion and the follow-up responses; a patient not yet treated has no such part.
// The expected values come from resources/demo/demo_pathway.json, not from the services.
//
// CB_SCREENSHOT_DIR=dir keeps the PDFs there (render them with pdftoppm to look at the pages).

#include "core/pathway/FollowUpSchedule.h"
#include "platform/Language.h"
#include "report/CaseSummary.h"
#include "report/OutcomeLetter.h"
#include "report/PdfFile.h"
#include "report/PdfRenderer.h"
#include "services/CaseService.h"
#include "services/DemoProgram.h"
#include "services/ReportService.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"
#include "support/TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cb;

namespace {

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

QString demoMrn(const QString& key)
{
    for (const QJsonValue& v : demoFile(u"demo_program.json"_s).value(u"cases"_s).toArray())
        if (v.toObject().value(u"key"_s).toString() == key)
            return v.toObject().value(u"patient"_s).toObject().value(u"mrn"_s).toString();
    return {};
}

QJsonObject demoStep(const QJsonObject& pathway, const QString& event)
{
    for (const QJsonValue& v : pathway.value(u"steps"_s).toArray())
        if (v.toObject().value(u"event"_s).toString() == event)
            return v.toObject();
    return {};
}

} // namespace

class TestTreatmentReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void shouldTellTheTreatmentOfATreatedPatient_data() { test::addBackendRows(); }
    void shouldTellTheTreatmentOfATreatedPatient();
    void shouldTellTheReferrerTheCourseInTheLetter_data() { test::addBackendRows(); }
    void shouldTellTheReferrerTheCourseInTheLetter();
    void shouldPrintNoTreatmentForAPatientNotYetTreated_data() { test::addBackendRows(); }
    void shouldPrintNoTreatmentForAPatientNotYetTreated();
    void shouldPrintTheTreatmentInChinese();

private:
    // The demo program on the backend (loaded once per backend); nullptr when it is not configured.
    services::Workspace* demo(const QString& backend);
    core::UserIdentity chair(services::Workspace& ws);
    qint64 caseOf(services::Workspace& ws, const QString& key);
    // The document rendered to a PDF file and read back with pdftotext.
    QString pdfText(const report::ReportDocument& doc, const QString& name);

    test::SharedWorkspaces m_shared;
    QSet<QString> m_loaded;
    QTemporaryDir m_dir;
};

void TestTreatmentReport::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
             "pdftotext (poppler-utils) is needed");
    QVERIFY2(QFontDatabase::families().contains(u"Noto Sans CJK SC"_s),
             "fonts-noto-cjk is needed: without it Chinese prints as boxes");
    QVERIFY(m_dir.isValid());
}

void TestTreatmentReport::cleanup()
{
    platform::Language::install(platform::Language::english());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

services::Workspace* TestTreatmentReport::demo(const QString& backend)
{
    auto* e = m_shared.get(backend);
    if (!e)
        return nullptr;
    if (!m_loaded.contains(backend)) {
        auto st = services::DemoProgram(*e->t.ws).load(u"demo-password-for-tests"_s);
        if (!st.ok()) {
            qWarning("demo load failed: %s", qPrintable(st.error().message));
            return nullptr;
        }
        m_loaded.insert(backend);
    }
    return e->t.ws.get();
}

core::UserIdentity TestTreatmentReport::chair(services::Workspace& ws)
{
    auto found = storage::UserRepository(ws.database()).findByUsername(u"chair"_s);
    return found.ok() && found->has_value() ? (*found)->account.identity : core::UserIdentity{};
}

qint64 TestTreatmentReport::caseOf(services::Workspace& ws, const QString& key)
{
    auto cases = ws.cases().listCases(chair(ws), std::nullopt);
    const QString mrn = demoMrn(key);
    if (cases.ok())
        for (const auto& c : *cases)
            if (c.mrn == mrn)
                return c.caseId;
    return 0;
}

QString TestTreatmentReport::pdfText(const report::ReportDocument& doc, const QString& name)
{
    auto pdf = report::PdfRenderer::renderPdf(doc, QPageSize(QPageSize::A4));
    if (!pdf.ok())
        return {};
    const QString keep = qEnvironmentVariable("CB_SCREENSHOT_DIR");
    const QString file = keep.isEmpty() ? m_dir.filePath(name) : QDir(keep).filePath(name);
    if (!report::PdfFile::write(file, *pdf).ok())
        return {};
    QProcess p;
    p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, file, u"-"_s});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestTreatmentReport::shouldTellTheTreatmentOfATreatedPatient()
{
    // GIVEN the demo's myeloma patient in follow-up, treated with cilta-cel 185 days ago
    QFETCH(QString, backend);
    CB_TEST_DATABASE(probe, backend); // skips a backend that is not configured
    auto* t = demo(backend);
    QVERIFY(t);
    const qint64 id = caseOf(*t, u"mm-follow-up"_s);
    QVERIFY(id > 0);
    const QJsonObject plan =
        demoFile(u"demo_pathway.json"_s).value(u"cases"_s).toObject().value(u"mm-follow-up"_s).toObject();
    const QDate day0 = t->clock().todayUtc().addDays(-plan.value(u"infusion_days_ago"_s).toInt());
    const auto on = [&](const QString& event, const char* key = "day") {
        return day0.addDays(demoStep(plan, event).value(QLatin1String(key)).toInt()).toString(Qt::ISODate);
    };
    const auto onDetail = [&](const QString& event, const char* key) {
        return day0
            .addDays(demoStep(plan, event).value(u"details"_s).toObject().value(QLatin1String(key)).toInt())
            .toString(Qt::ISODate);
    };

    // WHEN its summary is rendered
    auto dossier = t->reports().dossier(chair(*t), id, QTimeZone::utc());
    QVERIFY2(dossier.ok(), qPrintable(dossier.error().message));
    QVERIFY(dossier->treatment);
    const QString text = folded(pdfText(report::CaseSummary::build(*dossier), u"treated-summary.pdf"_s));
    QVERIFY(!text.isEmpty());

    // THEN the verdict states the meeting it was taken in (demo_meetings.json: the screening meeting
    // three weeks before the demo was loaded, 08:00 UTC, pulmonology excused) and its attendance
    const QString meetingDay = t->clock().todayUtc().addDays(-21).toString(Qt::ISODate);
    QVERIFY2(
        text.contains(u"Meeting Meeting of %1 08:00, chaired by %2"_s.arg(meetingDay, chair(*t).printedName)),
        qPrintable(text.mid(text.indexOf(u"Meeting"_s), 200)));
    QVERIFY2(text.contains(u"Attendance Present: "_s),
             qPrintable(text.mid(text.indexOf(u"Attendance"_s), 200)));
    QVERIFY(text.contains(u"Attendance rule met."_s));

    // AND the treatment is section 5, before the signatures and the verification
    const qsizetype treatment = text.indexOf(u"5. Treatment"_s);
    QVERIFY2(treatment > 0, qPrintable(text.left(300)));
    QVERIFY(text.indexOf(u"6. Signatures"_s) > treatment);
    QVERIFY(text.indexOf(u"7. Verification"_s) > treatment);
    const QString part = text.mid(treatment, text.indexOf(u"6. Signatures"_s) - treatment);

    // AND the pathway dates, day 0 being the infusion
    for (const QString& expected :
         {u"Apheresis %1 day −48"_s.arg(on(u"apheresis"_s)),
          u"Bridging therapy %1 to %2 day −45 to day −14"_s.arg(on(u"bridging"_s),
                                                                onDetail(u"bridging"_s, "end_date_day")),
          u"Product receipt %1"_s.arg(on(u"product_receipt"_s)),
          u"Lymphodepletion %1 to %2 day −6 to day −4"_s.arg(on(u"lymphodepletion"_s),
                                                             onDetail(u"lymphodepletion"_s, "end_date_day")),
          u"Infusion (day 0) %1 day 0 cilta-cel; 0.72×10⁶ CAR+ T cells/kg; lot CIL-24-2209"_s.arg(
              day0.toString(Qt::ISODate)),
          u"Discharge %1 day +15"_s.arg(on(u"discharge"_s))})
        QVERIFY2(part.contains(expected), qPrintable(expected + u"\n--- in ---\n"_s + part));

    // AND the worst grades with the day first reached and what was given (profile crs2_icans1:
    // grade 2 CRS on day 2 with 2 L/min oxygen and tocilizumab 560 mg; ICE 8 on day 3)
    for (const QString& expected :
         {u"Maximum CRS grade Grade 2, first reached on day +2 (%1)"_s.arg(
              day0.addDays(2).toString(Qt::ISODate)),
          u"Maximum ICANS grade Grade 1, first reached on day +3 (%1)"_s.arg(
              day0.addDays(3).toString(Qt::ISODate)),
          u"Tocilizumab 1 dose(s), 560 mg in total"_s, u"Corticosteroids Not given"_s, u"ICU transfer No"_s,
          u"%1 day +2 2 0 tocilizumab 560 mg"_s.arg(day0.addDays(2).toString(Qt::ISODate)),
          u"17 assessments, day 0 to day +13"_s})
        QVERIFY2(part.contains(expected), qPrintable(expected + u"\n--- in ---\n"_s + part));

    // AND the CAR-HEMATOTOX before lymphodepletion: platelets 71 (2), ANC 1150 (1), Hb 8.6 g/dL (1),
    // CRP 2.2 mg/dL (0), ferritin 2240 (2) = 6, high risk
    QVERIFY2(part.contains(u"Score 6 of 7: high risk (HT-high)"_s), qPrintable(part));
    QVERIFY(part.contains(u"platelets 2 · ANC 1 · hemoglobin 1 · CRP 0 · ferritin 2"_s));
    QVERIFY(part.contains(u"Rule version CAR-HEMATOTOX-2021"_s));

    // AND the follow-up responses in the IMWG scheme, with MRD, and the next visit
    QVERIFY2(part.contains(u"Day 28 %1 day +29 VGPR — very good partial response MRD not done"_s.arg(
                 day0.addDays(29).toString(Qt::ISODate))),
             qPrintable(part));
    QVERIFY(part.contains(u"Day 90 %1 day +92 CR — complete response MRD negative"_s.arg(
        day0.addDays(92).toString(Qt::ISODate))));
    QVERIFY(part.contains(u"Next visit: Day 180, due %1."_s.arg(day0.addDays(180).toString(Qt::ISODate))));
}

void TestTreatmentReport::shouldTellTheReferrerTheCourseInTheLetter()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(probe, backend);
    auto* t = demo(backend);
    QVERIFY(t);
    const QDate day0 = t->clock().todayUtc().addDays(-185);
    auto dossier = t->reports().dossier(chair(*t), caseOf(*t, u"mm-follow-up"_s), QTimeZone::utc());
    QVERIFY(dossier.ok());
    const report::ReportDocument doc = report::OutcomeLetter::build(*dossier);
    const QString text = folded(pdfText(doc, u"treated-letter.pdf"_s));
    for (const QString& expected :
         {u"Treatment so far"_s, u"CAR-T infusion (day 0): %1, cilta-cel."_s.arg(day0.toString(Qt::ISODate)),
          u"Discharged on %1 (day +15)."_s.arg(day0.addDays(15).toString(Qt::ISODate)),
          u"Cytokine release syndrome: highest grade 2, on day +2"_s,
          u"Neurotoxicity (ICANS): highest grade 1, on day +3"_s,
          u"Treatment given: tocilizumab, 1 dose(s), 560 mg in total."_s,
          u"CAR-HEMATOTOX before lymphodepletion: score 6, high risk (HT-high)."_s,
          u"Response at the Day 90 visit (%1): CR — complete response, MRD negative."_s.arg(
              day0.addDays(92).toString(Qt::ISODate))})
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n--- in ---\n"_s + text));
    // the letter stays short enough to send
    const int pages = report::PdfRenderer::pageCount(doc, QPageSize(QPageSize::A4));
    QVERIFY2(pages >= 1 && pages <= 2, qPrintable(QString::number(pages)));
}

void TestTreatmentReport::shouldPrintNoTreatmentForAPatientNotYetTreated()
{
    // GIVEN the index case (in review) and a decided one waiting for apheresis
    QFETCH(QString, backend);
    CB_TEST_DATABASE(probe, backend);
    auto* t = demo(backend);
    QVERIFY(t);
    for (const QString& key : {u"index-mm"_s, u"mm-decided"_s}) {
        auto dossier = t->reports().dossier(chair(*t), caseOf(*t, key), QTimeZone::utc());
        QVERIFY2(dossier.ok(), qPrintable(key));
        QVERIFY2(!dossier->treatment, qPrintable(key));
        const QString text = folded(pdfText(report::CaseSummary::build(*dossier), key + u"-summary.pdf"_s));
        QVERIFY2(text.contains(u"5. Signatures"_s) && text.contains(u"6. Verification"_s), qPrintable(key));
        for (const QString& absent : {u"Treatment"_s, u"Maximum CRS"_s, u"CAR-HEMATOTOX before"_s})
            QVERIFY2(!text.contains(absent), qPrintable(key + u": "_s + absent));
        const QString letter =
            folded(pdfText(report::OutcomeLetter::build(*dossier), key + u"-letter.pdf"_s));
        QVERIFY2(!letter.contains(u"Treatment so far"_s), qPrintable(key));
    }
}

void TestTreatmentReport::shouldPrintTheTreatmentInChinese()
{
    // GIVEN the Chinese interface WHEN the treated patient's summary is rendered THEN the
    // treatment's headings and rows are Chinese text in the PDF (drawn with a CJK font: pdftotext
    // gives back Han characters, not boxes), the values unchanged
    auto* t = demo(u"sqlite"_s);
    QVERIFY(t);
    QCOMPARE(platform::Language::install(platform::Language::chinese()), platform::Language::chinese());
    auto dossier = t->reports().dossier(chair(*t), caseOf(*t, u"mm-follow-up"_s), QTimeZone::utc());
    QVERIFY(dossier.ok());
    // pdftotext gives some Han characters back as their Kangxi radical look-alikes (⾼ for 高):
    // compatibility normalisation maps them back
    const QString text = folded(pdfText(report::CaseSummary::build(*dossier), u"treated-summary-zh_CN.pdf"_s))
                             .normalized(QString::NormalizationForm_KC);
    const QDate day0 = t->clock().todayUtc().addDays(-185);
    for (const QString& expected : {u"5. 治疗"_s, u"单采"_s, u"CRS最高分级"_s, u"托珠单抗"_s,
                                    u"CAR-HEMATOTOX"_s, u"随访疗效"_s, day0.toString(Qt::ISODate)})
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n--- in ---\n"_s + text.left(3000)));
    for (const QString& english : {u"Toxicity and its treatment"_s, u"first reached on"_s, u"not recorded"_s,
                                   u"Follow-up responses:"_s, u"Next visit"_s})
        QVERIFY2(!text.contains(english), qPrintable(english));
    QVERIFY2(!text.contains(QChar(0xFFFD)), "a character came out as a replacement glyph");
}

QTEST_MAIN(TestTreatmentReport)
#include "TestTreatmentReport.moc"
