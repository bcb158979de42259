// Reading a referral from a FHIR R4 bundle (core::FhirReader, clinical/INTAKE.md §7): CellBoard's
// own export read back field by field, a bundle as another system writes it (LOINC only, other
// units, MedicationStatement and MedicationAdministration, a transplant named in words), what is
// kept as text, and the refusal of a malformed file or an invalid resource, whole, with the JSON
// path of the first problem.

#include "core/exchange/FhirCodes.h"
#include "core/exchange/FhirReader.h"
#include "exports/FhirBundle.h"
#include "exports/FhirFixtures.h"
#include "services/IntakeCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using cb::core::FhirCodes;
using cb::core::FhirReader;
using cb::core::FhirReferral;

Q_DECLARE_METATYPE(std::function<void(QJsonObject&)>)

namespace {

using Mutation = std::function<void(QJsonObject&)>;

cb::Result<FhirReferral> read(const QJsonObject& bundle)
{
    return FhirReader(cb::services::IntakeCatalog::observations(), cb::services::IntakeCatalog::drugs())
        .read(QJsonDocument(bundle).toJson());
}

QJsonObject entry(const QString& url, const QJsonObject& resource)
{
    return QJsonObject{{u"fullUrl"_s, url}, {u"resource"_s, resource}};
}

QJsonObject coding(const QString& system, const QString& code, const QString& display = {})
{
    QJsonObject c{{u"system"_s, system}, {u"code"_s, code}};
    if (!display.isEmpty())
        c.insert(u"display"_s, display);
    return c;
}

QJsonObject codeable(const QJsonObject& c, const QString& text = {})
{
    QJsonObject o{{u"coding"_s, QJsonArray{c}}};
    if (!text.isEmpty())
        o.insert(u"text"_s, text);
    return o;
}

const QString kPatient = u"urn:uuid:11111111-1111-4111-8111-111111111111"_s;

QJsonObject subject()
{
    return QJsonObject{{u"reference"_s, kPatient}};
}

// A referral as another hospital's system might send it: an OID authority, LOINC only, mg/dL,
// drugs as MedicationStatements and an administration, a transplant in words.
QJsonObject foreignBundle()
{
    QJsonArray e;
    e.append(entry(
        kPatient,
        QJsonObject{
            {u"resourceType"_s, u"Patient"_s},
            {u"identifier"_s, QJsonArray{QJsonObject{{u"system"_s, u"urn:oid:1.2.156.112604.1.2.1"_s},
                                                     {u"value"_s, u"R-778812"_s}}}},
            {u"name"_s, QJsonArray{QJsonObject{{u"family"_s, u"Li"_s}, {u"given"_s, QJsonArray{u"Na"_s}}},
                                   QJsonObject{{u"text"_s, u"李娜"_s}}}},
            {u"gender"_s, u"female"_s},
            {u"birthDate"_s, u"1971"_s}}));
    e.append(entry(
        u"urn:uuid:c0000000-0000-4000-8000-000000000001"_s,
        QJsonObject{{u"resourceType"_s, u"Condition"_s},
                    {u"code"_s, codeable(coding(FhirCodes::icd10cm(), u"C83.30"_s), u"DLBCL, GCB type"_s)},
                    {u"subject"_s, subject()},
                    {u"onsetDateTime"_s, u"2024-02-11T09:30:00+08:00"_s}}));
    auto obs = [&](const QString& id, const QString& loinc, double value, const QString& unit,
                   const QString& when) {
        e.append(
            entry(u"urn:uuid:0b500000-0000-4000-8000-0000000000"_s + id,
                  QJsonObject{{u"resourceType"_s, u"Observation"_s},
                              {u"id"_s, u"obs-"_s + id},
                              {u"status"_s, u"final"_s},
                              {u"code"_s, codeable(coding(FhirCodes::loinc(), loinc))},
                              {u"subject"_s, subject()},
                              {u"effectiveDateTime"_s, when},
                              {u"valueQuantity"_s, QJsonObject{{u"value"_s, value}, {u"unit"_s, unit}}}}));
    };
    obs(u"01"_s, u"2160-0"_s, 1.2, u"mg/dL"_s, u"2026-10-02"_s);        // creatinine → µmol/L
    obs(u"02"_s, u"718-7"_s, 105, u"g/L"_s, u"2026-10-02T08:15:00Z"_s); // hemoglobin → g/dL
    obs(u"03"_s, u"2345-7"_s, 5.4, u"mmol/L"_s, u"2026-10-02"_s);       // glucose: not coded here
    obs(u"04"_s, u"777-3"_s, 140, u"furlongs"_s, u"2026-10-02"_s);      // a unit nobody accepts
    auto statement = [&](const QString& id, const QString& drug, const QString& start, const QString& end) {
        e.append(entry(
            u"urn:uuid:0d000000-0000-4000-8000-0000000000"_s + id,
            QJsonObject{{u"resourceType"_s, u"MedicationStatement"_s},
                        {u"id"_s, u"med-"_s + id},
                        {u"status"_s, u"stopped"_s},
                        {u"statusReason"_s, QJsonArray{QJsonObject{{u"text"_s, u"Disease progression"_s}}}},
                        {u"medicationCodeableConcept"_s, QJsonObject{{u"text"_s, drug}}},
                        {u"subject"_s, subject()},
                        {u"effectivePeriod"_s, QJsonObject{{u"start"_s, start}, {u"end"_s, end}}}}));
    };
    statement(u"01"_s, u"Rituximab"_s, u"2024-03"_s, u"2024-07"_s);
    statement(u"02"_s, u"cyclophosphamide"_s, u"2024-03"_s, u"2024-07"_s);
    statement(u"03"_s, u"Investigational XYZ-101"_s, u"2024-03"_s, u"2024-07"_s);
    e.append(entry(u"urn:uuid:0a000000-0000-4000-8000-000000000001"_s,
                   QJsonObject{{u"resourceType"_s, u"MedicationAdministration"_s},
                               {u"status"_s, u"completed"_s},
                               {u"medicationCodeableConcept"_s, QJsonObject{{u"text"_s, u"Glofitamab"_s}}},
                               {u"subject"_s, subject()},
                               {u"effectiveDateTime"_s, u"2025-01-15"_s}}));
    e.append(
        entry(u"urn:uuid:0f000000-0000-4000-8000-000000000001"_s,
              QJsonObject{{u"resourceType"_s, u"Procedure"_s},
                          {u"status"_s, u"completed"_s},
                          {u"code"_s, QJsonObject{{u"text"_s, u"Autologous stem cell transplant (BEAM)"_s}}},
                          {u"subject"_s, subject()},
                          {u"performedDateTime"_s, u"2024-10"_s}}));
    e.append(entry(u"urn:uuid:0e000000-0000-4000-8000-000000000001"_s,
                   QJsonObject{{u"resourceType"_s, u"Encounter"_s}, {u"status"_s, u"finished"_s}}));
    return QJsonObject{
        {u"resourceType"_s, u"Bundle"_s},
        {u"type"_s, u"collection"_s},
        {u"identifier"_s, QJsonObject{{u"system"_s, u"urn:ietf:rfc:3986"_s},
                                      {u"value"_s, u"urn:uuid:9e000000-0000-4000-8000-000000000001"_s}}},
        {u"entry"_s, e}};
}

// Applies `f` to the resource of entry `i`.
Mutation onResource(int i, const std::function<void(QJsonObject&)>& f)
{
    return [i, f](QJsonObject& b) {
        QJsonArray entries = b.value(u"entry"_s).toArray();
        QJsonObject e = entries.at(i).toObject();
        QJsonObject r = e.value(u"resource"_s).toObject();
        f(r);
        e.insert(u"resource"_s, r);
        entries.replace(i, e);
        b.insert(u"entry"_s, entries);
    };
}

} // namespace

class TestFhirReader : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadBackWhatCellBoardExported();
    void shouldReadABundleAsAnotherSystemWritesIt();
    void shouldRefuseTheWholeFileAtItsFirstProblem_data();
    void shouldRefuseTheWholeFileAtItsFirstProblem();
    void shouldMapIcd10CodesToIndications_data();
    void shouldMapIcd10CodesToIndications();
};

void TestFhirReader::shouldReadBackWhatCellBoardExported()
{
    // GIVEN the treated case as CellBoard exports it, with an estimated diagnosis month
    cb::exports::FhirCaseData data = cb::test::treatedCase();
    data.dossier.record.history.diagnosisDate = cb::test::date(u"2019-03~"_s);
    data.dossier.record.transplants[0].kind = u"allogeneic"_s;
    data.dossier.record.transplants[0].donor = u"haploidentical"_s;
    data.dossier.record.transplants[0].gvhd = u"chronic"_s;
    const auto r = read(cb::exports::FhirBundle::collection(data));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const cb::core::CaseRecord& x = data.dossier.record;
    // THEN the patient with every identifier, the disease with its dates as precise as recorded
    QCOMPARE(r->patient.identifiers.size(), x.patient.identifiers.size());
    for (qsizetype i = 0; i < x.patient.identifiers.size(); ++i) {
        QCOMPARE(r->patient.identifiers.at(i), x.patient.identifiers.at(i));
        QCOMPARE(r->patient.identifiers.at(i).alias, x.patient.identifiers.at(i).alias);
    }
    QCOMPARE(r->patient.familyName, u"Wang"_s);
    QCOMPARE(r->patient.givenName, u"Jian Guo"_s);
    QCOMPARE(r->patient.nameZh, u"王建国"_s);
    QCOMPARE(r->patient.birth, x.patient.birth);
    QCOMPARE(r->indication, cb::core::Indication::MultipleMyeloma);
    QCOMPARE(r->history.diagnosis, u"IgG kappa multiple myeloma"_s);
    QCOMPARE(r->history.diagnosisDate.toString(), u"2019-03~"_s);
    QCOMPARE(r->history.staging.iss, u"II"_s);
    QCOMPARE(r->history.staging.riss, u"unknown"_s);
    // the observations in their own units (ECOG without one)
    QCOMPARE(r->observations.size(), 6);
    QCOMPARE(r->observations.at(0).code, u"ecog"_s);
    QCOMPARE(r->observations.at(3).comparator, u"<"_s);
    QCOMPARE(r->observations.at(4).date, u"2026-03-02T14:05:00Z"_s);
    // the lines, the drugs of one line together, refractoriness per drug
    QCOMPARE(r->lines.size(), 2);
    const cb::core::TherapyLine& vrd = r->lines.at(0).line;
    QCOMPARE(vrd.lineNumber, 1);
    QCOMPARE(vrd.drugs, x.therapyLines.at(0).drugs);
    QCOMPARE(vrd.startDate, x.therapyLines.at(0).startDate);
    QCOMPARE(vrd.endDate, x.therapyLines.at(0).endDate);
    QCOMPARE(vrd.reasonStopped, u"progression"_s);
    QCOMPARE(vrd.bestResponse, u"VGPR"_s);
    QCOMPARE(vrd.responseScheme, u"imwg"_s);
    QCOMPARE(vrd.intent, u"induction"_s);
    QCOMPARE(r->lines.at(0).from.size(), 3);
    QVERIFY(r->lines.at(1).line.ongoing);
    QCOMPARE(r->transplants.size(), 1);
    QCOMPARE(r->transplants.at(0).transplant.donor, u"haploidentical"_s);
    QCOMPARE(r->transplants.at(0).transplant.gvhd, u"chronic"_s);
    QCOMPARE(r->transplants.at(0).transplant.conditioning, u"melphalan 200 mg/m²"_s);
    // the treatment-phase results a referral cannot hold are kept as text, each named
    QCOMPARE(r->keptAsText.size(), 4); // CRS, ICANS, the response, the infusion
    for (const auto& k : r->keptAsText)
        QVERIFY2(k.from.path.startsWith(u"$.entry["_s) && !k.text.isEmpty(), qPrintable(k.text));
}

void TestFhirReader::shouldReadABundleAsAnotherSystemWritesIt()
{
    const auto r = read(foreignBundle());
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->bundleId, u"urn:uuid:9e000000-0000-4000-8000-000000000001"_s);
    // an identifier without a type is matched on its system and value; the name in both scripts
    QCOMPARE(r->patient.identifiers.size(), 1);
    QCOMPARE(r->patient.identifiers.first().authority, u"urn:oid:1.2.156.112604.1.2.1"_s);
    QCOMPARE(r->patient.identifiers.first().type, u"other"_s);
    QCOMPARE(r->patient.nameZh, u"李娜"_s);
    QCOMPARE(r->patient.birth.toString(), u"1971"_s);
    // ICD-10-CM C83.30 is large B-cell lymphoma; the day of a date-time onset
    QCOMPARE(r->indication, cb::core::Indication::LargeBCellLymphoma);
    QCOMPARE(r->history.diagnosisDate.toString(), u"2024-02-11"_s);
    // creatinine in mg/dL and hemoglobin in g/L are read with their units; glucose and a made-up
    // unit are kept as text
    QCOMPARE(r->observations.size(), 2);
    QCOMPARE(r->observations.at(0).code, u"creatinine"_s);
    QCOMPARE(r->observations.at(0).unit, u"mg/dL"_s);
    QCOMPARE(r->observations.at(1).code, u"hemoglobin"_s);
    QCOMPARE(r->observations.at(1).unit, u"g/L"_s);
    // three statements of the same months are one line; the administration is its own line
    QCOMPARE(r->lines.size(), 2);
    const cb::core::TherapyLine& first = r->lines.at(0).line;
    QCOMPARE(first.lineNumber, 1);
    QCOMPARE(first.drugs.size(), 2);
    QCOMPARE(first.drugs.at(0).name, u"rituximab"_s);
    QCOMPARE(first.reasonStopped, u"progression"_s);
    QVERIFY2(first.regimen.contains(u"Investigational XYZ-101"_s), qPrintable(first.regimen));
    QCOMPARE(r->lines.at(1).line.lineNumber, 2);
    QCOMPARE(r->lines.at(1).line.drugs.first().name, u"glofitamab"_s);
    QCOMPARE(r->lines.at(1).line.startDate.toString(), u"2025-01-15"_s);
    QCOMPARE(r->transplants.size(), 1);
    QCOMPARE(r->transplants.first().transplant.kind, u"autologous"_s);
    QCOMPARE(r->transplants.first().transplant.date.toString(), u"2024-10"_s);
    QCOMPARE(r->keptAsText.size(), 2);
    const QString warnings = r->warnings.join(u'\n');
    QVERIFY2(warnings.contains(u"Observation/obs-03"_s) && warnings.contains(u"furlongs"_s),
             qPrintable(warnings));
    QVERIFY2(warnings.contains(u"XYZ-101"_s) && warnings.contains(u"Encounter"_s), qPrintable(warnings));
}

void TestFhirReader::shouldRefuseTheWholeFileAtItsFirstProblem_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("path");
    const Mutation none = [](QJsonObject&) {};
    QTest::newRow("not JSON") << QByteArray("{\"resourceType\": \"Bundle\",") << none << u"$:"_s;
    QTest::newRow("not a bundle") << QByteArray() << Mutation([](QJsonObject& b) {
        b.insert(u"resourceType"_s, u"Patient"_s);
    }) << u"$.resourceType:"_s;
    QTest::newRow("no patient") << QByteArray() << Mutation([](QJsonObject& b) {
        QJsonArray e = b.value(u"entry"_s).toArray();
        e.removeFirst();
        b.insert(u"entry"_s, e);
    }) << u"$.entry:"_s;
    QTest::newRow("a second patient") << QByteArray() << Mutation([](QJsonObject& b) {
        QJsonArray e = b.value(u"entry"_s).toArray();
        QJsonObject p = e.at(0).toObject();
        p.insert(u"fullUrl"_s, u"urn:uuid:22222222-2222-4222-8222-222222222222"_s);
        e.append(p);
        b.insert(u"entry"_s, e);
    }) << u"$.entry[12].resource:"_s;
    QTest::newRow("patient without identifier")
        << QByteArray() << onResource(0, [](QJsonObject& r) { r.remove(u"identifier"_s); })
        << u"$.entry[0].resource.identifier:"_s;
    QTest::newRow("gender outside FHIR's codes")
        << QByteArray() << onResource(0, [](QJsonObject& r) { r.insert(u"gender"_s, u"f"_s); })
        << u"$.entry[0].resource.gender:"_s;
    QTest::newRow("a month that does not exist")
        << QByteArray() << onResource(1, [](QJsonObject& r) { r.insert(u"onsetDateTime"_s, u"2024-13"_s); })
        << u"$.entry[1].resource.onsetDateTime:"_s;
    QTest::newRow("a day that does not exist") << QByteArray() << onResource(2, [](QJsonObject& r) {
        r.insert(u"effectiveDateTime"_s, u"2026-02-30"_s);
    }) << u"$.entry[2].resource.effectiveDateTime:"_s;
    QTest::newRow("observation without status")
        << QByteArray() << onResource(2, [](QJsonObject& r) { r.remove(u"status"_s); })
        << u"$.entry[2].resource.status:"_s;
    QTest::newRow("subject not the patient") << QByteArray() << onResource(3, [](QJsonObject& r) {
        r.insert(u"subject"_s, QJsonObject{{u"reference"_s, u"Patient/other"_s}});
    }) << u"$.entry[3].resource.subject.reference:"_s;
    QTest::newRow("quantity without its number") << QByteArray() << onResource(2, [](QJsonObject& r) {
        r.insert(u"valueQuantity"_s, QJsonObject{{u"unit"_s, u"mg/dL"_s}});
    }) << u"$.entry[2].resource.valueQuantity.value:"_s;
    QTest::newRow("implausible creatinine") << QByteArray() << onResource(2, [](QJsonObject& r) {
        r.insert(u"valueQuantity"_s, QJsonObject{{u"value"_s, 900}, {u"unit"_s, u"mg/dL"_s}});
    }) << u"$.entry[2].resource:"_s;
    QTest::newRow("medication without its drug")
        << QByteArray() << onResource(6, [](QJsonObject& r) { r.remove(u"medicationCodeableConcept"_s); })
        << u"$.entry[6].resource.medication[x]:"_s;
    QTest::newRow("empty string") << QByteArray() << onResource(9, [](QJsonObject& r) {
        r.insert(u"code"_s, QJsonObject{{u"text"_s, u" "_s}});
    }) << u"$.entry[9].resource.code.text:"_s;
}

void TestFhirReader::shouldRefuseTheWholeFileAtItsFirstProblem()
{
    QFETCH(QByteArray, raw);
    QFETCH(Mutation, mutate);
    QFETCH(QString, path);
    QByteArray bytes = raw;
    if (bytes.isEmpty()) {
        QJsonObject b = foreignBundle();
        mutate(b);
        bytes = QJsonDocument(b).toJson();
    }
    const auto r =
        FhirReader(cb::services::IntakeCatalog::observations(), cb::services::IntakeCatalog::drugs())
            .read(bytes);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, cb::ErrorCode::BadInput);
    QVERIFY2(r.error().message.startsWith(path), qPrintable(r.error().message));
}

void TestFhirReader::shouldMapIcd10CodesToIndications_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("indication");
    QTest::newRow("myeloma in relapse") << u"C90.02"_s << int(cb::core::Indication::MultipleMyeloma);
    QTest::newRow("DLBCL, lymph nodes of multiple sites")
        << u"C83.38"_s << int(cb::core::Indication::LargeBCellLymphoma);
    QTest::newRow("mediastinal large B-cell") << u"C85.20"_s << int(cb::core::Indication::LargeBCellLymphoma);
    QTest::newRow("follicular grade 3a") << u"C82.30"_s << int(cb::core::Indication::FollicularLymphoma);
    QTest::newRow("mantle cell") << u"C83.10"_s << int(cb::core::Indication::MantleCellLymphoma);
    QTest::newRow("MALT") << u"C88.4"_s << int(cb::core::Indication::MarginalZoneLymphoma);
    QTest::newRow("CLL in remission") << u"C91.11"_s << int(cb::core::Indication::CllSll);
    QTest::newRow("B-ALL") << u"C91.00"_s << int(cb::core::Indication::BAll);
    QTest::newRow("Hodgkin lymphoma") << u"C81.10"_s << -1;
}

void TestFhirReader::shouldMapIcd10CodesToIndications()
{
    QFETCH(QString, code);
    QFETCH(int, indication);
    const auto found = FhirReader::indicationOfIcd10(code);
    QCOMPARE(found ? int(*found) : -1, indication);
    // the code CellBoard exports for an indication is read back as that indication
    if (indication >= 0)
        QCOMPARE(
            int(*FhirReader::indicationOfIcd10(FhirCodes::icd10cm(cb::core::Indication(indication))->code)),
            indication);
}

QTEST_GUILESS_MAIN(TestFhirReader)
#include "TestFhirReader.moc"
