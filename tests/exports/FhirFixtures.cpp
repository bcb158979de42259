#include "exports/FhirFixtures.h"

using namespace Qt::StringLiterals;

namespace cb::test {

cb::core::PartialDate date(const QString& text)
{
    return *cb::core::PartialDate::parseInput(text);
}

cb::core::Observation observation(qint64 id, const QString& code, double value, const QString& unit,
                                  const QString& comparator)
{
    cb::core::Observation o;
    o.id = id;
    o.code = code;
    o.value = value;
    o.unit = unit;
    o.comparator = comparator;
    o.observedOn = QDate(2026, 3, 2);
    o.provenance = u"typed"_s;
    return o;
}

cb::core::Assessment assessment(qint64 id, int day, int crs, int icans)
{
    cb::core::Assessment a;
    a.id = id;
    a.day = day;
    a.crsGrade = crs;
    a.icansGrade = icans;
    a.ruleVersion = u"ASTCT-2019"_s;
    return a;
}

// A treated myeloma patient with every kind of entry the export maps.
exports::FhirCaseData treatedCase(const QString& mrn)
{
    exports::FhirCaseData d;
    d.databaseSeed = u"seed-of-test-database"_s;
    cb::core::CaseDossier& x = d.dossier;
    x.institution = u"Test Hospital CAR-T Program"_s;
    x.generatedAt = QDateTime(QDate(2026, 5, 1), QTime(8, 30, 0), QTimeZone::utc());
    x.quorumMet = true;
    cb::core::CaseRecord& r = x.record;
    r.id = 42;
    r.indication = cb::core::Indication::MultipleMyeloma;
    cb::core::Patient& p = r.patient;
    p.id = 7;
    p.identifiers = {{u"local"_s, u"MR"_s, mrn, false},
                     {u"urn:oid:2.16.840.1.113883.2.4.6.3"_s, u"NH"_s, u"123456789"_s, false},
                     {u"Guangdong People's Hospital"_s, u"PPN"_s, u"E1234567"_s, false},
                     {u"local"_s, u"MR"_s, u"OLD-9"_s, true},
                     {u"local"_s, u"other"_s, u"X-1"_s, false}};
    p.familyName = u"Wang"_s;
    p.givenName = u"Jian Guo"_s;
    p.nameZh = u"王建国"_s;
    p.sex = cb::core::Sex::Male;
    p.birth = date(u"1958-04"_s);
    p.birthDate = p.birth.earliest();
    r.history.diagnosis = u"IgG kappa multiple myeloma"_s;
    r.history.diagnosisDate = date(u"2019-03"_s);
    r.history.staging.iss = u"II"_s;
    r.history.staging.riss = u"unknown"_s;
    r.history.updatedAt = QDateTime(QDate(2026, 2, 1), QTime(9, 0), QTimeZone::utc());
    r.observations = {observation(10, u"ecog"_s, 1, {}, {}),
                      observation(11, u"karnofsky"_s, 80, {}, {}),
                      observation(12, u"creatinine"_s, 106.1, u"µmol/L"_s, {}),
                      observation(13, u"flc_kappa"_s, 5, u"mg/L"_s, u"<"_s),
                      observation(14, u"lvef"_s, 58, u"%"_s, {}),
                      observation(15, u"hematotox"_s, 2, u"points"_s, {})};
    r.observations[2].enteredValue = 1.2;
    r.observations[2].enteredUnit = u"mg/dL"_s;
    r.observations[4].observedAt = QDateTime(QDate(2026, 3, 2), QTime(14, 5, 0), QTimeZone::utc());
    cb::core::TherapyLine vrd;
    vrd.id = 3;
    vrd.lineNumber = 1;
    vrd.regimen = u"VRd"_s;
    vrd.drugs = {{u"bortezomib"_s, u"proteasome_inhibitor"_s, false},
                 {u"lenalidomide"_s, u"imid"_s, true},
                 {u"dexamethasone"_s, u"corticosteroid"_s, std::nullopt}};
    vrd.startDate = date(u"2019-04"_s);
    vrd.endDate = date(u"2019-10-15"_s);
    vrd.reasonStopped = u"progression"_s;
    vrd.bestResponse = u"VGPR"_s;
    vrd.responseScheme = u"imwg"_s;
    vrd.intent = u"induction"_s;
    cb::core::TherapyLine dara;
    dara.id = 4;
    dara.lineNumber = 2;
    dara.regimen = u"daratumumab"_s;
    dara.drugs = {{u"daratumumab"_s, u"anti_cd38"_s, std::nullopt}};
    dara.startDate = date(u"2024"_s);
    dara.ongoing = true;
    r.therapyLines = {vrd, dara};
    cb::core::Transplant asct;
    asct.id = 5;
    asct.kind = u"autologous"_s;
    asct.date = date(u"2019-11"_s);
    asct.conditioning = u"melphalan 200 mg/m²"_s;
    r.transplants = {asct};

    cb::core::PathwayEvent infusion;
    infusion.id = 30;
    infusion.caseId = r.id;
    infusion.type = cb::core::PathwayEventType::Infusion;
    infusion.date = QDate(2026, 4, 10);
    infusion.details = QJsonObject{{u"lot"_s, u"CIL-24-2209"_s}, {u"dose"_s, u"0.72×10⁶ CAR+ T cells/kg"_s}};
    d.pathway = {infusion};
    d.productName = u"Ciltacabtagene autoleucel (Carvykti)"_s;
    d.infusionDate = infusion.date;
    d.assessments = {assessment(1, 1, 2, 0), assessment(2, 3, 1, 1), assessment(3, 5, 0, 0)};
    cb::core::FollowUpVisit day28;
    day28.id = 60;
    day28.caseId = r.id;
    day28.visit = u"day_28"_s;
    day28.day = 28;
    day28.dueDate = QDate(2026, 5, 8);
    day28.doneDate = QDate(2026, 5, 9);
    day28.response = u"vgpr"_s;
    day28.ruleVersion = u"IMWG-2016"_s;
    day28.mrd = cb::core::MrdStatus::Negative;
    cb::core::FollowUpVisit day90 = day28;
    day90.id = 61;
    day90.visit = u"day_90"_s;
    day90.doneDate = QDate();
    day90.response.clear();
    d.followUps = {day28, day90};
    d.responseScheme = cb::core::ResponseScheme::Imwg2016;

    cb::core::Decision decision;
    decision.id = 9;
    decision.caseId = r.id;
    decision.verdict = cb::core::Verdict::EligibleWithConditions;
    decision.conditions = u"LVEF above 45% before lymphodepletion"_s;
    decision.rationale = u"Triple-class refractory <myeloma> & fit"_s;
    decision.isSigned = true;
    cb::core::Signature sig;
    sig.recordType = u"decision"_s;
    sig.recordId = decision.id;
    sig.printedName = u"Dr Helen Zhang"_s;
    sig.role = u"board_chair"_s;
    sig.signedAt = QDateTime(QDate(2026, 3, 20), QTime(17, 0), QTimeZone::utc());
    sig.contentSha256 = QString(64, u'a');
    decision.signature = sig;
    x.decision = decision;
    return d;
}

} // namespace cb::test
