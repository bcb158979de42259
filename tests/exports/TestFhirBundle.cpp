// The FHIR R4 mapping of a case (exports::FhirBundle, clinical/INTAKE.md §7) on a record built
// in memory: what each resource carries, the rules of mCODE's patient bundle that the base
// validators cannot check (exports/FhirRules), partial dates, stable fullUrls, the document.

#include "core/exchange/FhirCodes.h"
#include "exports/FhirBundle.h"
#include "exports/FhirFixtures.h"
#include "exports/FhirRules.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using cb::core::FhirCodes;
using cb::exports::FhirBundle;
using cb::exports::FhirCaseData;
using cb::test::assessment;
using cb::test::date;
using cb::test::fhirBundleProblems;
using cb::test::fhirCodes;
using cb::test::fhirResources;
using cb::test::fhirResourceWithCode;
using cb::test::treatedCase;

Q_DECLARE_METATYPE(std::function<void(QJsonObject&)>)

namespace {

using Mutation = std::function<void(QJsonObject&)>;

QJsonObject entryWithUrl(const QJsonObject& bundle, const QString& url)
{
    for (const QJsonValue& e : bundle.value(u"entry"_s).toArray())
        if (e.toObject().value(u"fullUrl"_s).toString() == url)
            return e.toObject().value(u"resource"_s).toObject();
    return {};
}

QStringList fullUrls(const QJsonObject& bundle)
{
    QStringList out;
    for (const QJsonValue& e : bundle.value(u"entry"_s).toArray())
        out << e.toObject().value(u"fullUrl"_s).toString();
    return out;
}

QString extensionValue(const QJsonObject& r, const QString& name, const QString& key)
{
    for (const QJsonValue& e : r.value(u"extension"_s).toArray())
        if (e.toObject().value(u"url"_s).toString() == FhirCodes::extension(name))
            return e.toObject().value(key).toVariant().toString();
    return {};
}

const QByteArray kPdf = QByteArray("%PDF-1.4\n% a summary\n") + QByteArray(3000, '\x7f') + "\n%%EOF\n";

} // namespace

class TestFhirBundle : public QObject
{
    Q_OBJECT

private slots:
    void shouldKeepMcodesRulesInBothBundles_data();
    void shouldKeepMcodesRulesInBothBundles();
    void shouldCatchABundleThatBreaksARule_data();
    void shouldCatchABundleThatBreaksARule();
    void shouldCarryEveryIdentifierWithTheSystemOfItsAuthority();
    void shouldKeepPartialDatesPartial_data();
    void shouldKeepPartialDatesPartial();
    void shouldCodeObservationsInLoincAndUcumWithTheLocalCodeSecond_data();
    void shouldCodeObservationsInLoincAndUcumWithTheLocalCodeSecond();
    void shouldCodeThePrimaryCancerInIcd10cmWithItsStage();
    void shouldMapEachDrugOfAPriorLineAsAMedicationRequest();
    void shouldMapTheTransplantAndTheInfusionAsProcedures();
    void shouldReportTheHighestCrsAndIcansGradesAndTheResponses();
    void shouldDeriveTheSameFullUrlsFromTheSameRecord();
    void shouldPutTheSignedVerdictFirstInTheDocumentWithThePdf();
    void shouldRefuseADocumentWithoutASignedVerdict();
};

void TestFhirBundle::shouldKeepMcodesRulesInBothBundles_data()
{
    QTest::addColumn<bool>("document");
    QTest::newRow("collection") << false;
    QTest::newRow("document") << true;
}

void TestFhirBundle::shouldKeepMcodesRulesInBothBundles()
{
    QFETCH(bool, document);
    const FhirCaseData data = treatedCase();
    const QJsonObject bundle = document ? *FhirBundle::document(data, kPdf) : FhirBundle::collection(data);
    const QStringList problems = fhirBundleProblems(bundle);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(bundle.value(u"type"_s).toString(), document ? u"document"_s : u"collection"_s);
    QCOMPARE(bundle.value(u"timestamp"_s).toString(), u"2026-05-01T08:30:00Z"_s);
    QCOMPARE(fhirResources(bundle, u"Patient"_s).size(), 1);
    // the record's resources: 1 Patient, 1 Condition, 2 stages + 6 observations + CRS, ICANS and one
    // response, 4 medication requests (3 drugs of VRd, daratumumab), the transplant and the infusion
    QCOMPARE(fhirResources(bundle, u"Condition"_s).size(), 1);
    QCOMPARE(fhirResources(bundle, u"Observation"_s).size(), 11);
    QCOMPARE(fhirResources(bundle, u"MedicationRequest"_s).size(), 4);
    QCOMPARE(fhirResources(bundle, u"Procedure"_s).size(), 2);
    QCOMPARE(fhirResources(bundle, u"Composition"_s).size(), document ? 1 : 0);
    QCOMPARE(fhirResources(bundle, u"DocumentReference"_s).size(), document ? 1 : 0);
}

void TestFhirBundle::shouldCatchABundleThatBreaksARule_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("problem");
    auto entries = [](QJsonObject& b, const std::function<void(QJsonArray&)>& f) {
        QJsonArray e = b.value(u"entry"_s).toArray();
        f(e);
        b.insert(u"entry"_s, e);
    };
    auto resource = [entries](QJsonObject& b, int i, const std::function<void(QJsonObject&)>& f) {
        entries(b, [&](QJsonArray& e) {
            QJsonObject entry = e.at(i).toObject();
            QJsonObject r = entry.value(u"resource"_s).toObject();
            f(r);
            entry.insert(u"resource"_s, r);
            e.replace(i, entry);
        });
    };
    QTest::newRow("two patients") << Mutation([entries](QJsonObject& b) {
        entries(b, [](QJsonArray& e) {
            QJsonObject second = e.at(0).toObject();
            QJsonObject r = second.value(u"resource"_s).toObject();
            r.insert(u"id"_s, u"00000000-0000-5000-8000-000000000001"_s);
            second.insert(u"resource"_s, r);
            second.insert(u"fullUrl"_s, u"urn:uuid:00000000-0000-5000-8000-000000000001"_s);
            e.append(second);
        });
    }) << u"exactly one"_s;
    QTest::newRow("duplicate fullUrl") << Mutation([entries](QJsonObject& b) {
        entries(b, [](QJsonArray& e) {
            QJsonObject x = e.at(2).toObject();
            x.insert(u"fullUrl"_s, e.at(1).toObject().value(u"fullUrl"_s));
            e.replace(2, x);
        });
    }) << u"not unique"_s;
    QTest::newRow("observation without subject") << Mutation([resource](QJsonObject& b) {
        resource(b, 2, [](QJsonObject& r) { r.remove(u"subject"_s); });
    }) << u"subject"_s;
    QTest::newRow("ecog with another LOINC") << Mutation([](QJsonObject& b) {
        QJsonArray e = b.value(u"entry"_s).toArray();
        for (int i = 0; i < e.size(); ++i) {
            QJsonObject entry = e.at(i).toObject();
            QJsonObject r = entry.value(u"resource"_s).toObject();
            if (!fhirCodes(r.value(u"code"_s).toObject(), FhirCodes::localSystem(u"observation"_s))
                     .contains(u"ecog"_s))
                continue;
            QJsonObject code = r.value(u"code"_s).toObject();
            QJsonArray codings = code.value(u"coding"_s).toArray();
            codings.replace(0, QJsonObject{{u"system"_s, FhirCodes::loinc()}, {u"code"_s, u"89243-0"_s}});
            code.insert(u"coding"_s, codings);
            r.insert(u"code"_s, code);
            entry.insert(u"resource"_s, r);
            e.replace(i, entry);
        }
        b.insert(u"entry"_s, e);
    }) << u"LOINC 89247-1"_s;
    QTest::newRow("filled-in date") << Mutation([resource](QJsonObject& b) {
        resource(b, 1, [](QJsonObject& r) { r.insert(u"onsetDateTime"_s, u"2019-3-01"_s); });
    }) << u"not a FHIR date"_s;
    QTest::newRow("dangling reference") << Mutation([resource](QJsonObject& b) {
        resource(b, 1, [](QJsonObject& r) {
            r.insert(u"subject"_s, QJsonObject{{u"reference"_s, u"Patient/7"_s}});
        });
    }) << u"not in the bundle"_s;
}

void TestFhirBundle::shouldCatchABundleThatBreaksARule()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, problem);
    QJsonObject bundle = FhirBundle::collection(treatedCase());
    QVERIFY(fhirBundleProblems(bundle).isEmpty());
    mutate(bundle);
    const QStringList problems = fhirBundleProblems(bundle);
    QVERIFY2(problems.join(u'\n').contains(problem), qPrintable(problems.join(u'\n')));
}

void TestFhirBundle::shouldCarryEveryIdentifierWithTheSystemOfItsAuthority()
{
    const QJsonObject patient = fhirResources(FhirBundle::collection(treatedCase()), u"Patient"_s).first();
    const QJsonArray ids = patient.value(u"identifier"_s).toArray();
    QCOMPARE(ids.size(), 5);
    const QStringList systems{u"urn:cellboard:authority:local"_s, u"urn:oid:2.16.840.1.113883.2.4.6.3"_s,
                              u"urn:cellboard:authority:Guangdong%20People%27s%20Hospital"_s,
                              u"urn:cellboard:authority:local"_s, u"urn:cellboard:authority:local"_s};
    const QStringList types{u"MR"_s, u"NH"_s, u"PPN"_s, u"MR"_s, {}};
    for (int i = 0; i < ids.size(); ++i) {
        const QJsonObject id = ids.at(i).toObject();
        QCOMPARE(id.value(u"system"_s).toString(), systems.at(i));
        QCOMPARE(FhirCodes::authorityOf(systems.at(i)),
                 id.value(u"assigner"_s).toObject().value(u"display"_s).toString());
        QCOMPARE(fhirCodes(id.value(u"type"_s).toObject(), FhirCodes::identifierType()).value(0),
                 types.at(i));
    }
    QCOMPARE(ids.at(1).toObject().value(u"value"_s).toString(), u"123456789"_s);
    // the merged record's identifier stays, as an old one; a type outside HL7's table as text
    QCOMPARE(ids.at(3).toObject().value(u"use"_s).toString(), u"old"_s);
    QVERIFY(!ids.at(0).toObject().contains(u"use"_s));
    QCOMPARE(ids.at(4).toObject().value(u"type"_s).toObject().value(u"text"_s).toString(), u"other"_s);
    // names in both scripts, the sex as FHIR's gender
    const QJsonArray names = patient.value(u"name"_s).toArray();
    QCOMPARE(names.at(0).toObject().value(u"family"_s).toString(), u"Wang"_s);
    QCOMPARE(names.at(0).toObject().value(u"given"_s).toArray(), QJsonArray({u"Jian"_s, u"Guo"_s}));
    QCOMPARE(names.at(1).toObject().value(u"text"_s).toString(), u"王建国"_s);
    QCOMPARE(patient.value(u"gender"_s).toString(), u"male"_s);
}

void TestFhirBundle::shouldKeepPartialDatesPartial_data()
{
    QTest::addColumn<QString>("recorded");
    QTest::addColumn<QString>("exported");
    QTest::newRow("year") << u"2019"_s << u"2019"_s;
    QTest::newRow("month") << u"2019-03"_s << u"2019-03"_s;
    QTest::newRow("day") << u"2019-03-14"_s << u"2019-03-14"_s;
    QTest::newRow("estimated month") << u"2019-03~"_s << u"2019-03"_s;
    QTest::newRow("estimated year") << u"2019?"_s << u"2019"_s;
}

void TestFhirBundle::shouldKeepPartialDatesPartial()
{
    QFETCH(QString, recorded);
    QFETCH(QString, exported);
    FhirCaseData data = treatedCase();
    data.dossier.record.history.diagnosisDate = date(recorded);
    data.dossier.record.patient.birth = date(recorded.replace(u"2019"_s, u"1958"_s));
    data.dossier.record.therapyLines[0].startDate = date(recorded.replace(u"1958"_s, u"2018"_s));
    data.dossier.record.transplants[0].date = date(recorded.replace(u"2018"_s, u"2021"_s));
    const QJsonObject bundle = FhirBundle::collection(data);
    QCOMPARE(fhirResources(bundle, u"Condition"_s).first().value(u"onsetDateTime"_s).toString(), exported);
    QCOMPARE(fhirResources(bundle, u"Patient"_s).first().value(u"birthDate"_s).toString(),
             QString(exported).replace(u"2019"_s, u"1958"_s));
    const QJsonObject line = fhirResources(bundle, u"MedicationRequest"_s).first();
    QCOMPARE(line.value(u"authoredOn"_s).toString(), QString(exported).replace(u"2019"_s, u"2018"_s));
    QCOMPARE(line.value(u"dosageInstruction"_s)[0][u"timing"_s][u"repeat"_s][u"boundsPeriod"_s][u"start"_s]
                 .toString(),
             QString(exported).replace(u"2019"_s, u"2018"_s));
    QCOMPARE(fhirResources(bundle, u"Procedure"_s).first().value(u"performedDateTime"_s).toString(),
             QString(exported).replace(u"2019"_s, u"2021"_s));
    // an estimated date says so, on the primitive, and only then
    const QJsonObject condition = fhirResources(bundle, u"Condition"_s).first();
    const bool estimated = recorded.endsWith(u'~') || recorded.endsWith(u'?');
    QCOMPARE(condition.contains(u"_onsetDateTime"_s), estimated);
    if (estimated)
        QCOMPARE(condition.value(u"_onsetDateTime"_s)[u"extension"_s][0][u"url"_s].toString(),
                 FhirCodes::extension(u"estimated"_s));
    QCOMPARE(fhirResources(bundle, u"Patient"_s).first().contains(u"_birthDate"_s), estimated);
    QVERIFY(fhirBundleProblems(bundle).isEmpty());
}

void TestFhirBundle::shouldCodeObservationsInLoincAndUcumWithTheLocalCodeSecond_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("loinc");
    QTest::addColumn<QString>("valueKey");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("ucum");
    QTest::addColumn<QString>("comparator");
    QTest::newRow("ECOG as an integer")
        << u"ecog"_s << u"89247-1"_s << u"valueInteger"_s << 1.0 << QString() << QString();
    QTest::newRow("Karnofsky as an integer")
        << u"karnofsky"_s << u"89243-0"_s << u"valueInteger"_s << 80.0 << QString() << QString();
    QTest::newRow("creatinine in umol/L")
        << u"creatinine"_s << u"2160-0"_s << u"valueQuantity"_s << 106.1 << u"umol/L"_s << QString();
    QTest::newRow("free light chain below a limit")
        << u"flc_kappa"_s << u"36916-5"_s << u"valueQuantity"_s << 5.0 << u"mg/L"_s << u"<"_s;
    QTest::newRow("LVEF in %") << u"lvef"_s << u"10230-1"_s << u"valueQuantity"_s << 58.0 << u"%"_s
                               << QString();
    QTest::newRow("CAR-HEMATOTOX, no LOINC")
        << u"hematotox"_s << QString() << u"valueQuantity"_s << 2.0 << u"{score}"_s << QString();
}

void TestFhirBundle::shouldCodeObservationsInLoincAndUcumWithTheLocalCodeSecond()
{
    QFETCH(QString, code);
    QFETCH(QString, loinc);
    QFETCH(QString, valueKey);
    QFETCH(double, value);
    QFETCH(QString, ucum);
    QFETCH(QString, comparator);
    const QJsonObject bundle = FhirBundle::collection(treatedCase());
    const QJsonObject o =
        fhirResourceWithCode(bundle, u"Observation"_s, FhirCodes::localSystem(u"observation"_s), code);
    QVERIFY2(!o.isEmpty(), qPrintable(code));
    const QJsonArray codings = o.value(u"code"_s).toObject().value(u"coding"_s).toArray();
    if (loinc.isEmpty()) {
        QCOMPARE(codings.size(), 1);
    } else {
        QCOMPARE(codings.size(), 2);
        QCOMPARE(codings.at(0).toObject().value(u"system"_s).toString(), FhirCodes::loinc());
        QCOMPARE(codings.at(0).toObject().value(u"code"_s).toString(), loinc);
    }
    QCOMPARE(codings.last().toObject().value(u"code"_s).toString(), code);
    QVERIFY(o.value(valueKey).isDouble() || o.value(valueKey).isObject());
    if (valueKey == QLatin1String("valueInteger")) {
        QCOMPARE(o.value(valueKey).toDouble(), value);
        return;
    }
    const QJsonObject q = o.value(valueKey).toObject();
    QCOMPARE(q.value(u"value"_s).toDouble(), value);
    QCOMPARE(q.value(u"system"_s).toString(), FhirCodes::ucum());
    QCOMPARE(q.value(u"code"_s).toString(), ucum);
    QCOMPARE(q.value(u"comparator"_s).toString(), comparator);
    // a measured time is an instant, a day a date
    QCOMPARE(o.value(u"effectiveDateTime"_s).toString(),
             code == QLatin1String("lvef") ? u"2026-03-02T14:05:00Z"_s : u"2026-03-02"_s);
}

void TestFhirBundle::shouldCodeThePrimaryCancerInIcd10cmWithItsStage()
{
    const QJsonObject bundle = FhirBundle::collection(treatedCase());
    const QJsonObject condition = fhirResources(bundle, u"Condition"_s).first();
    QCOMPARE(fhirCodes(condition.value(u"code"_s).toObject(), FhirCodes::icd10cm()), QStringList{u"C90.0"_s});
    QCOMPARE(condition.value(u"code"_s).toObject().value(u"text"_s).toString(),
             u"IgG kappa multiple myeloma"_s);
    QCOMPARE(condition.value(u"category"_s)[0][u"coding"_s][0][u"code"_s].toString(), u"problem-list-item"_s);
    // the stages are Observations the Condition points at; an unknown stage is stated, not blank
    const QJsonArray assessments = condition.value(u"stage"_s)[0][u"assessment"_s].toArray();
    QCOMPARE(assessments.size(), 2);
    const QJsonObject iss = entryWithUrl(bundle, assessments.at(0)[u"reference"_s].toString());
    QCOMPARE(iss.value(u"valueCodeableConcept"_s)[u"text"_s].toString(), u"ISS II"_s);
    QCOMPARE(iss.value(u"focus"_s)[0][u"reference"_s].toString(), fullUrls(bundle).at(1));
    const QJsonObject riss = entryWithUrl(bundle, assessments.at(1)[u"reference"_s].toString());
    QVERIFY(!riss.contains(u"valueCodeableConcept"_s));
    QCOMPARE(riss.value(u"dataAbsentReason"_s)[u"coding"_s][0][u"code"_s].toString(), u"unknown"_s);
}

void TestFhirBundle::shouldMapEachDrugOfAPriorLineAsAMedicationRequest()
{
    const QJsonObject bundle = FhirBundle::collection(treatedCase());
    const QString conditionUrl = fullUrls(bundle).at(1);
    const QList<QJsonObject> requests = fhirResources(bundle, u"MedicationRequest"_s);
    QCOMPARE(requests.size(), 4);
    const QJsonObject len = fhirResourceWithCode(bundle, u"MedicationRequest"_s,
                                                 FhirCodes::localSystem(u"drug"_s), u"lenalidomide"_s);
    QCOMPARE(len.value(u"status"_s).toString(), u"stopped"_s);
    QCOMPARE(len.value(u"statusReason"_s)[u"coding"_s][0][u"code"_s].toString(), u"progression"_s);
    QCOMPARE(len.value(u"reasonReference"_s)[0][u"reference"_s].toString(), conditionUrl);
    QCOMPARE(extensionValue(len, u"refractory"_s, u"valueBoolean"_s), u"true"_s);
    QCOMPARE(extensionValue(len, u"line-number"_s, u"valueInteger"_s), u"1"_s);
    QCOMPARE(len.value(u"dosageInstruction"_s)[0][u"timing"_s][u"repeat"_s][u"boundsPeriod"_s][u"end"_s]
                 .toString(),
             u"2019-10-15"_s);
    const QJsonObject bor = fhirResourceWithCode(bundle, u"MedicationRequest"_s,
                                                 FhirCodes::localSystem(u"drug"_s), u"bortezomib"_s);
    QCOMPARE(extensionValue(bor, u"refractory"_s, u"valueBoolean"_s), u"false"_s);
    // the drugs of one line share its group identifier
    QCOMPARE(bor.value(u"groupIdentifier"_s), len.value(u"groupIdentifier"_s));
    const QJsonObject dex = fhirResourceWithCode(bundle, u"MedicationRequest"_s,
                                                 FhirCodes::localSystem(u"drug"_s), u"dexamethasone"_s);
    QVERIFY(extensionValue(dex, u"refractory"_s, u"valueBoolean"_s).isEmpty()); // not known
    const QJsonObject dara = fhirResourceWithCode(bundle, u"MedicationRequest"_s,
                                                  FhirCodes::localSystem(u"drug"_s), u"daratumumab"_s);
    QCOMPARE(dara.value(u"status"_s).toString(), u"active"_s); // still receiving
    QVERIFY(!dara.contains(u"statusReason"_s));
    QVERIFY(dara.value(u"groupIdentifier"_s) != len.value(u"groupIdentifier"_s));
}

void TestFhirBundle::shouldMapTheTransplantAndTheInfusionAsProcedures()
{
    const QJsonObject bundle = FhirBundle::collection(treatedCase());
    const QJsonObject asct = fhirResourceWithCode(
        bundle, u"Procedure"_s, FhirCodes::localSystem(u"procedure"_s), u"autologous_hsct"_s);
    QCOMPARE(asct.value(u"performedDateTime"_s).toString(), u"2019-11"_s);
    QCOMPARE(asct.value(u"note"_s)[0][u"text"_s].toString(), u"Conditioning: melphalan 200 mg/m²"_s);
    const QJsonObject infusion = fhirResourceWithCode(
        bundle, u"Procedure"_s, FhirCodes::localSystem(u"procedure"_s), u"car_t_infusion"_s);
    QCOMPARE(infusion.value(u"performedDateTime"_s).toString(), u"2026-04-10"_s);
    QCOMPARE(infusion.value(u"usedCode"_s)[0][u"text"_s].toString(),
             u"Ciltacabtagene autoleucel (Carvykti)"_s);
    QCOMPARE(extensionValue(infusion, u"lot"_s, u"valueString"_s), u"CIL-24-2209"_s);
}

void TestFhirBundle::shouldReportTheHighestCrsAndIcansGradesAndTheResponses()
{
    FhirCaseData data = treatedCase();
    data.assessments[0].correction.supersededBy = 99; // a corrected grade no longer counts
    data.assessments << assessment(4, 1, 1, 0);
    const QJsonObject bundle = FhirBundle::collection(data);
    const QJsonObject crs = fhirResourceWithCode(
        bundle, u"Observation"_s, FhirCodes::localSystem(u"observation"_s), u"crs_max_grade"_s);
    QCOMPARE(crs.value(u"valueInteger"_s).toInt(), 1);
    QCOMPARE(crs.value(u"effectivePeriod"_s)[u"start"_s].toString(), u"2026-04-11"_s);
    QCOMPARE(crs.value(u"effectivePeriod"_s)[u"end"_s].toString(), u"2026-04-15"_s);
    QCOMPARE(crs.value(u"method"_s)[u"text"_s].toString(), u"ASTCT-2019"_s);
    const QJsonObject icans = fhirResourceWithCode(
        bundle, u"Observation"_s, FhirCodes::localSystem(u"observation"_s), u"icans_max_grade"_s);
    QCOMPARE(icans.value(u"valueInteger"_s).toInt(), 1);
    QCOMPARE(icans.value(u"component"_s)[0][u"valueInteger"_s].toInt(), 3);
    // one response: the visit done; the one not yet done is not exported
    const QJsonObject response =
        fhirResourceWithCode(bundle, u"Observation"_s, FhirCodes::loinc(), FhirCodes::diseaseStatusLoinc());
    QCOMPARE(response.value(u"valueCodeableConcept"_s)[u"coding"_s][0][u"code"_s].toString(), u"vgpr"_s);
    QCOMPARE(response.value(u"effectiveDateTime"_s).toString(), u"2026-05-09"_s);
    QCOMPARE(
        response.value(u"component"_s)[0][u"valueCodeableConcept"_s][u"coding"_s][0][u"code"_s].toString(),
        u"negative"_s);
    int responses = 0;
    for (const QJsonObject& o : fhirResources(bundle, u"Observation"_s))
        responses += fhirCodes(o.value(u"code"_s).toObject(), FhirCodes::loinc())
                         .contains(FhirCodes::diseaseStatusLoinc());
    QCOMPARE(responses, 1);
    // before the infusion there is no grade to report
    data.assessments.clear();
    data.infusionDate = QDate();
    const QJsonObject before = FhirBundle::collection(data);
    QVERIFY(fhirResourceWithCode(before, u"Observation"_s, FhirCodes::localSystem(u"observation"_s),
                                 u"crs_max_grade"_s)
                .isEmpty());
}

void TestFhirBundle::shouldDeriveTheSameFullUrlsFromTheSameRecord()
{
    const QJsonObject first = FhirBundle::collection(treatedCase());
    const QJsonObject again = FhirBundle::collection(treatedCase());
    QCOMPARE(QJsonDocument(again).toJson(), QJsonDocument(first).toJson());
    // a changed value keeps every fullUrl but gives the bundle another identifier
    FhirCaseData changed = treatedCase();
    changed.dossier.record.observations[2].value = 120.0;
    const QJsonObject other = FhirBundle::collection(changed);
    QCOMPARE(fullUrls(other), fullUrls(first));
    QVERIFY(FhirBundle::identifierOf(other) != FhirBundle::identifierOf(first));
    // another database: no fullUrl in common
    FhirCaseData elsewhere = treatedCase();
    elsewhere.databaseSeed = u"another database"_s;
    const QStringList theirs = fullUrls(FhirBundle::collection(elsewhere));
    for (const QString& url : fullUrls(first))
        QVERIFY2(!theirs.contains(url), qPrintable(url));
}

void TestFhirBundle::shouldPutTheSignedVerdictFirstInTheDocumentWithThePdf()
{
    const FhirCaseData data = treatedCase();
    const auto document = FhirBundle::document(data, kPdf);
    QVERIFY2(document.ok(), qPrintable(document.ok() ? QString() : document.error().message));
    const QJsonObject bundle = *document;
    const QJsonObject composition = bundle.value(u"entry"_s)[0][u"resource"_s].toObject();
    QCOMPARE(composition.value(u"resourceType"_s).toString(), u"Composition"_s);
    QCOMPARE(composition.value(u"status"_s).toString(), u"final"_s);
    QCOMPARE(composition.value(u"date"_s).toString(), u"2026-03-20T17:00:00Z"_s);
    QCOMPARE(composition.value(u"attester"_s)[0][u"mode"_s].toString(), u"legal"_s);
    QCOMPARE(extensionValue(composition, u"verdict"_s, u"valueCode"_s), u"eligible_with_conditions"_s);
    // the narrative is XHTML with the text escaped
    const QString div = composition.value(u"section"_s)[0][u"text"_s][u"div"_s].toString();
    QVERIFY2(div.contains(u"Triple-class refractory &lt;myeloma&gt; &amp; fit"_s), qPrintable(div));
    QVERIFY(div.contains(u"LVEF above 45% before lymphodepletion"_s));
    // every resource of the record is in a section
    QStringList referenced;
    for (const QJsonValue& section : composition.value(u"section"_s).toArray())
        for (const QJsonValue& e : section[u"entry"_s].toArray())
            referenced << e[u"reference"_s].toString();
    const QStringList urls = fullUrls(bundle);
    QCOMPARE(bundle.value(u"entry"_s)[1][u"resource"_s][u"resourceType"_s].toString(), u"Patient"_s);
    for (int i = 2; i < urls.size(); ++i) // after the Composition and the Patient (its subject)
        QVERIFY2(referenced.contains(urls.at(i)), qPrintable(urls.at(i)));
    // the PDF travels whole: base64, its size and SHA-1
    const QJsonObject reference = fhirResources(bundle, u"DocumentReference"_s).first();
    const QJsonObject attachment = reference.value(u"content"_s)[0][u"attachment"_s].toObject();
    QCOMPARE(attachment.value(u"contentType"_s).toString(), u"application/pdf"_s);
    QCOMPARE(QByteArray::fromBase64(attachment.value(u"data"_s).toString().toLatin1()), kPdf);
    QCOMPARE(attachment.value(u"size"_s).toInt(), kPdf.size());
    QCOMPARE(attachment.value(u"hash"_s).toString(),
             QString::fromLatin1(QCryptographicHash::hash(kPdf, QCryptographicHash::Sha1).toBase64()));
    QVERIFY(FhirBundle::identifierOf(bundle) != FhirBundle::identifierOf(FhirBundle::collection(data)));
}

void TestFhirBundle::shouldRefuseADocumentWithoutASignedVerdict()
{
    FhirCaseData data = treatedCase();
    data.dossier.decision->isSigned = false;
    data.dossier.decision->signature.reset();
    const auto unsigned_ = FhirBundle::document(data, kPdf);
    QVERIFY(!unsigned_.ok());
    QCOMPARE(unsigned_.error().code, cb::ErrorCode::InvalidState);
    data.dossier.decision.reset();
    QCOMPARE(FhirBundle::document(data, kPdf).error().code, cb::ErrorCode::InvalidState);
}

QTEST_GUILESS_MAIN(TestFhirBundle)
#include "TestFhirBundle.moc"
