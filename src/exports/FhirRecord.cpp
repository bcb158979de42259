#include "exports/FhirRecord.h"

#include "core/exchange/FhirCodes.h"
#include "core/pathway/MonitoringSummary.h"
#include "core/pathway/ResponseCriteria.h"
#include "exports/FhirJson.h"
#include "services/IntakeCatalog.h"

#include <QSet>
#include <QStringList>

namespace cb::exports {

using core::FhirCodes;
using J = FhirJson;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// The identifier types of HL7 v2 table 0203 CellBoard records (IntakeRules::identifierTypes).
const QSet<QString> kV2IdentifierTypes{s("MR"), s("NH"), s("NI"), s("PPN"), s("PI")};

// Observation categories: the performance scores are surveys, these codes laboratory results.
const QSet<QString> kSurveyCodes{s("ecog"), s("karnofsky")};
const QSet<QString> kLaboratoryCodes{s("creatinine"), s("crcl"),
                                     s("bilirubin"),  s("alt"),
                                     s("ast"),        s("alt_uln"),
                                     s("ast_uln"),    s("anc"),
                                     s("alc"),        s("platelets"),
                                     s("hemoglobin"), s("crp"),
                                     s("ferritin"),   s("ldh"),
                                     s("m_protein"),  s("flc_kappa"),
                                     s("flc_lambda"), s("flc_ratio"),
                                     s("troponin"),   s("nt_probnp"),
                                     s("igg"),        s("marrow_plasma_cells")};

QJsonArray category(const QString& code)
{
    const QString c = kSurveyCodes.contains(code)       ? s("survey")
                      : kLaboratoryCodes.contains(code) ? s("laboratory")
                                                        : QString();
    if (c.isEmpty())
        return {};
    return QJsonArray{J::codeable(J::coding(FhirCodes::observationCategory(), c))};
}

QJsonObject localCodeable(const QString& system, const QString& code, const QString& text)
{
    return J::codeable(J::coding(FhirCodes::localSystem(system), code), text);
}

// An Observation about the patient: status, code, subject.
QJsonObject observation(const QString& id, const QJsonObject& code, const QJsonObject& subject)
{
    return QJsonObject{{s("resourceType"), s("Observation")},
                       {s("id"), id},
                       {s("status"), s("final")},
                       {s("code"), code},
                       {s("subject"), subject}};
}

// A stage system of the disease history: its local code and English name.
struct StageSystem
{
    const char* id;     // local code of the stage system
    const char* title;  // English name
    const char* prefix; // before the value in the text
};

} // namespace

FhirRecord::FhirRecord(const FhirCaseData& data) : m_data(data), m_ids(data.databaseSeed) {}

QString FhirRecord::patientUrl() const
{
    return m_ids.urn(QStringLiteral("patient/%1").arg(m_data.dossier.record.patient.id));
}

QString FhirRecord::conditionUrl() const
{
    // the disease history is the patient's, shared by all of her cases
    return m_ids.urn(
        QStringLiteral("condition/primary-cancer/patient/%1").arg(m_data.dossier.record.patient.id));
}

QJsonObject FhirRecord::subject() const
{
    return J::reference(patientUrl());
}

QJsonArray FhirRecord::entries() const
{
    QJsonArray out;
    out.append(J::entry(patientUrl(), patient()));
    QJsonArray stages, stageRefs;
    addStages(stages, stageRefs);
    out.append(J::entry(conditionUrl(), condition(stageRefs)));
    for (const QJsonValue& v : stages)
        out.append(v);
    addObservations(out);
    addTherapyLines(out);
    addTransplants(out);
    addInfusion(out);
    addToxicity(out);
    addResponses(out);
    return out;
}

QJsonObject FhirRecord::patient() const
{
    const core::Patient& p = m_data.dossier.record.patient;
    QJsonObject r{{s("resourceType"), s("Patient")},
                  {s("id"), m_ids.id(QStringLiteral("patient/%1").arg(p.id))}};
    QJsonArray identifiers;
    for (const core::PatientIdentifier& id : p.identifiers) {
        QJsonObject i;
        if (id.alias)
            i.insert(s("use"), s("old")); // carried over from a merged record
        i.insert(s("type"), kV2IdentifierTypes.contains(id.type)
                                ? J::codeable(J::coding(FhirCodes::identifierType(), id.type), id.type)
                                : J::textCodeable(id.type));
        i.insert(s("system"), FhirCodes::identifierSystem(id.authority));
        i.insert(s("value"), id.value);
        i.insert(s("assigner"), J::displayReference(id.authority));
        identifiers.append(i);
    }
    if (!identifiers.isEmpty())
        r.insert(s("identifier"), identifiers);
    QJsonArray names;
    if (!p.familyName.trimmed().isEmpty() || !p.givenName.trimmed().isEmpty()) {
        QJsonObject n{{s("use"), s("official")}};
        J::put(n, s("family"), p.familyName.trimmed());
        const QStringList given = p.givenName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!given.isEmpty())
            n.insert(s("given"), QJsonArray::fromStringList(given));
        names.append(n);
    }
    if (!p.nameZh.trimmed().isEmpty())
        names.append(QJsonObject{{s("text"), p.nameZh.trimmed()}});
    if (!names.isEmpty())
        r.insert(s("name"), names);
    r.insert(s("gender"), core::toId(p.sex)); // male | female | other | unknown, as FHIR's
    J::putDate(r, s("birthDate"), p.birth.isNull() ? core::PartialDate::fromDate(p.birthDate) : p.birth);
    return r;
}

QJsonObject FhirRecord::condition(const QJsonArray& stageRefs) const
{
    const core::CaseRecord& c = m_data.dossier.record;
    QJsonArray codings;
    const auto icd = FhirCodes::icd10cm(c.indication);
    if (icd)
        codings.append(J::coding(FhirCodes::icd10cm(), icd->code, icd->display));
    codings.append(J::coding(FhirCodes::localSystem(s("indication")), core::toId(c.indication)));
    QString text = c.history.diagnosis.trimmed();
    if (text.isEmpty())
        text = icd ? icd->display : FhirCodes::words(c.subtype);
    QJsonObject r{
        {s("resourceType"), s("Condition")},
        {s("id"), m_ids.id(QStringLiteral("condition/primary-cancer/patient/%1").arg(c.patient.id))},
        {s("clinicalStatus"), J::codeable(J::coding(FhirCodes::conditionClinical(), s("active")))},
        {s("verificationStatus"), J::codeable(J::coding(FhirCodes::conditionVerification(), s("confirmed")))},
        {s("category"),
         QJsonArray{J::codeable(J::coding(FhirCodes::conditionCategory(), s("problem-list-item")))}},
        {s("code"), J::codeable(codings, text)},
        {s("subject"), subject()}};
    J::putDate(r, s("onsetDateTime"), c.history.diagnosisDate);
    if (!stageRefs.isEmpty())
        r.insert(s("stage"),
                 QJsonArray{QJsonObject{{s("summary"), J::textCodeable(core::stagingText(c.history.staging))},
                                        {s("assessment"), stageRefs}}});
    if (!c.subtype.trimmed().isEmpty())
        r.insert(s("note"),
                 QJsonArray{QJsonObject{{s("text"), s("Subtype: ") + FhirCodes::words(c.subtype)}}});
    return r;
}

void FhirRecord::addStages(QJsonArray& out, QJsonArray& refs) const
{
    const core::DiseaseHistory& h = m_data.dossier.record.history;
    const qint64 patientId = m_data.dossier.record.patient.id;
    struct Row
    {
        StageSystem system;
        QString value;
    };
    const Row rows[] = {
        {{"iss", "International Staging System (myeloma)", "ISS "}, h.staging.iss},
        {{"riss", "Revised International Staging System (myeloma)", "R-ISS "}, h.staging.riss},
        {{"ann_arbor", "Ann Arbor stage, Lugano classification (lymphoma)", "Ann Arbor "},
         h.staging.annArbor},
        {{"cns_status", "CNS status (B-ALL)", ""}, h.staging.cnsStatus},
        {{"ph_status", "Philadelphia chromosome (B-ALL)", "Ph "}, h.staging.phStatus}};
    for (const Row& row : rows) {
        if (row.value.trimmed().isEmpty())
            continue;
        const QString code = s(row.system.id);
        const QString name = QStringLiteral("stage/%1/patient/%2").arg(code).arg(patientId);
        QJsonObject o =
            observation(m_ids.id(name), localCodeable(s("stage"), code, s(row.system.title)), subject());
        if (row.value == QLatin1String("unknown"))
            o.insert(s("dataAbsentReason"), J::unknown());
        else
            o.insert(s("valueCodeableConcept"), localCodeable(QStringLiteral("stage-") + code, row.value,
                                                              s(row.system.prefix) + row.value));
        if (code == QLatin1String("ann_arbor") && !h.staging.bulky.isEmpty()) {
            QJsonObject bulky{{s("code"), localCodeable(s("stage"), s("bulky"), s("Bulky disease"))}};
            if (h.staging.bulky == QLatin1String("unknown"))
                bulky.insert(s("dataAbsentReason"), J::unknown());
            else
                bulky.insert(s("valueBoolean"), h.staging.bulky == QLatin1String("yes"));
            o.insert(s("component"), QJsonArray{bulky});
        }
        o.insert(s("focus"), QJsonArray{J::reference(conditionUrl())});
        J::put(o, s("issued"), FhirCodes::instant(h.updatedAt));
        out.append(J::entry(m_ids.urn(name), o));
        refs.append(J::reference(m_ids.urn(name)));
    }
    if (refs.isEmpty() && !h.staging.text.trimmed().isEmpty()) {
        // staging kept as words from records made before structured staging
        const QString name = QStringLiteral("stage/text/patient/%1").arg(patientId);
        QJsonObject o =
            observation(m_ids.id(name), localCodeable(s("stage"), s("text"), s("Stage")), subject());
        o.insert(s("valueString"), h.staging.text.trimmed());
        o.insert(s("focus"), QJsonArray{J::reference(conditionUrl())});
        out.append(J::entry(m_ids.urn(name), o));
        refs.append(J::reference(m_ids.urn(name)));
    }
}

void FhirRecord::addObservations(QJsonArray& out) const
{
    const core::ObservationCatalog& catalog = services::IntakeCatalog::observations();
    for (const core::Observation& obs : m_data.dossier.record.observations) {
        const core::ObservationDefinition* def = catalog.find(obs.code);
        QJsonArray codings;
        if (def && !def->loinc.isEmpty())
            codings.append(J::coding(FhirCodes::loinc(), def->loinc));
        codings.append(J::coding(FhirCodes::localSystem(s("observation")), obs.code));
        const QString name = QStringLiteral("observation/%1").arg(obs.id);
        QJsonObject o =
            observation(m_ids.id(name), J::codeable(codings, def ? def->labelEn : obs.code), subject());
        if (obs.entry.supersedes != 0)
            o.insert(s("status"), s("amended")); // a correction of an earlier entry
        if (const QJsonArray cat = category(obs.code); !cat.isEmpty())
            o.insert(s("category"), cat);
        if (obs.observedAt.isValid())
            o.insert(s("effectiveDateTime"), FhirCodes::instant(obs.observedAt));
        else
            J::put(o, s("effectiveDateTime"), FhirCodes::date(obs.observedOn));
        if (obs.value && kSurveyCodes.contains(obs.code)) {
            o.insert(s("valueInteger"), qRound(*obs.value)); // mCODE: ECOG and Karnofsky as integers
        } else if (obs.value) {
            QJsonObject q{{s("value"), *obs.value}};
            J::put(q, s("comparator"), obs.comparator);
            const QString ucum = def ? def->ucum : QString();
            const QString unit = !obs.unit.isEmpty() ? obs.unit : ucum;
            J::put(q, s("unit"), unit);
            if (!ucum.isEmpty()) {
                q.insert(s("system"), FhirCodes::ucum());
                q.insert(s("code"), ucum);
            }
            o.insert(s("valueQuantity"), q);
        } else if (!obs.valueText.trimmed().isEmpty()) {
            o.insert(s("valueString"), obs.valueText.trimmed());
        } else {
            o.insert(s("dataAbsentReason"), J::unknown());
        }
        if (!obs.source.trimmed().isEmpty())
            o.insert(s("note"), QJsonArray{QJsonObject{{s("text"), s("Source: ") + obs.source.trimmed()}}});
        out.append(J::entry(m_ids.urn(name), o));
    }
}

void FhirRecord::addTherapyLines(QJsonArray& out) const
{
    const core::DrugVocabulary& vocabulary = services::IntakeCatalog::drugs();
    for (const core::TherapyLine& line : m_data.dossier.record.therapyLines) {
        QList<core::LineDrug> drugs = line.drugs;
        if (drugs.isEmpty()) // recorded before per-drug entry: the regimen as one request
            drugs << core::LineDrug{line.regimen, line.drugClasses.join(QLatin1Char(',')), std::nullopt};
        const QString status = line.ongoing                                       ? s("active")
                               : line.reasonStopped == QLatin1String("completed") ? s("completed")
                                                                                  : s("stopped");
        QJsonObject period;
        J::putDate(period, s("start"), line.startDate);
        J::putDate(period, s("end"), line.endDate);
        for (int i = 0; i < drugs.size(); ++i) {
            const core::LineDrug& drug = drugs.at(i);
            const QString name = QStringLiteral("medication-request/line/%1/drug/%2").arg(line.id).arg(i);
            const core::DrugEntry* known = vocabulary.findDrug(drug.name);
            QJsonArray codings;
            if (known)
                codings.append(J::coding(FhirCodes::localSystem(s("drug")), known->id, known->labelEn));
            QJsonObject r{
                {s("resourceType"), s("MedicationRequest")},
                {s("id"), m_ids.id(name)},
                {s("status"), status},
                {s("intent"), s("order")},
                {s("medicationCodeableConcept"),
                 J::codeable(codings, known ? known->labelEn : drug.name.trimmed())},
                {s("subject"), subject()},
                {s("reasonReference"), QJsonArray{J::reference(conditionUrl())}},
                {s("groupIdentifier"),
                 QJsonObject{{s("system"), FhirCodes::uriSystem()},
                             {s("value"), m_ids.urn(QStringLiteral("therapy-line/%1").arg(line.id))}}}};
            if (!line.ongoing && !line.reasonStopped.isEmpty())
                r.insert(s("statusReason"), localCodeable(s("reason-stopped"), line.reasonStopped,
                                                          FhirCodes::words(line.reasonStopped)));
            if (!line.intent.isEmpty())
                r.insert(s("category"), QJsonArray{localCodeable(s("treatment-intent"), line.intent,
                                                                 FhirCodes::words(line.intent))});
            J::putDate(r, s("authoredOn"), line.startDate);
            QJsonObject dosage;
            J::put(dosage, s("text"), line.regimen.trimmed());
            if (!period.isEmpty())
                dosage.insert(s("timing"),
                              QJsonObject{{s("repeat"), QJsonObject{{s("boundsPeriod"), period}}}});
            if (!dosage.isEmpty())
                r.insert(s("dosageInstruction"), QJsonArray{dosage});
            QJsonArray ext{
                J::extension(FhirCodes::extension(s("line-number")), s("valueInteger"), line.lineNumber)};
            if (!drug.drugClass.isEmpty())
                ext.append(
                    J::extension(FhirCodes::extension(s("drug-class")), s("valueString"), drug.drugClass));
            if (drug.refractory)
                ext.append(
                    J::extension(FhirCodes::extension(s("refractory")), s("valueBoolean"), *drug.refractory));
            if (!line.bestResponse.isEmpty())
                ext.append(J::extension(FhirCodes::extension(s("best-response")), s("valueCodeableConcept"),
                                        localCodeable(line.responseScheme.isEmpty()
                                                          ? s("response")
                                                          : QStringLiteral("response-") + line.responseScheme,
                                                      line.bestResponse, line.bestResponse)));
            if (!line.progressionDate.isNull()) {
                QJsonObject progression{{s("url"), FhirCodes::extension(s("progression-date"))}};
                J::putDate(progression, s("valueDateTime"), line.progressionDate);
                ext.append(progression);
            }
            r.insert(s("extension"), ext);
            out.append(J::entry(m_ids.urn(name), r));
        }
    }
}

void FhirRecord::addTransplants(QJsonArray& out) const
{
    for (const core::Transplant& t : m_data.dossier.record.transplants) {
        const QString name = QStringLiteral("procedure/transplant/%1").arg(t.id);
        const bool allo = t.kind == QLatin1String("allogeneic");
        QJsonObject r{
            {s("resourceType"), s("Procedure")},
            {s("id"), m_ids.id(name)},
            {s("status"), s("completed")},
            {s("code"), localCodeable(s("procedure"), allo ? s("allogeneic_hsct") : s("autologous_hsct"),
                                      allo ? s("Allogeneic haematopoietic stem cell transplant")
                                           : s("Autologous haematopoietic stem cell transplant"))},
            {s("subject"), subject()},
            {s("reasonReference"), QJsonArray{J::reference(conditionUrl())}}};
        J::putDate(r, s("performedDateTime"), t.date);
        QJsonArray notes;
        if (!t.conditioning.trimmed().isEmpty())
            notes.append(QJsonObject{{s("text"), s("Conditioning: ") + t.conditioning.trimmed()}});
        if (!t.notes.trimmed().isEmpty() && t.notes.trimmed() != t.conditioning.trimmed())
            notes.append(QJsonObject{{s("text"), t.notes.trimmed()}});
        if (!notes.isEmpty())
            r.insert(s("note"), notes);
        QJsonArray ext;
        if (!t.donor.isEmpty())
            ext.append(J::extension(FhirCodes::extension(s("donor")), s("valueCode"), t.donor));
        if (!t.gvhd.isEmpty())
            ext.append(J::extension(FhirCodes::extension(s("gvhd")), s("valueCode"), t.gvhd));
        if (!ext.isEmpty())
            r.insert(s("extension"), ext);
        out.append(J::entry(m_ids.urn(name), r));
    }
}

void FhirRecord::addInfusion(QJsonArray& out) const
{
    for (const core::PathwayEvent& e : m_data.pathway) {
        if (e.type != core::PathwayEventType::Infusion || !e.isCurrent())
            continue;
        const QString name = QStringLiteral("procedure/pathway/%1").arg(e.id);
        QJsonObject r{
            {s("resourceType"), s("Procedure")},
            {s("id"), m_ids.id(name)},
            {s("status"), s("completed")},
            {s("code"), localCodeable(s("procedure"), s("car_t_infusion"), s("CAR-T cell infusion"))},
            {s("subject"), subject()},
            {s("performedDateTime"), FhirCodes::date(e.date)},
            {s("reasonReference"), QJsonArray{J::reference(conditionUrl())}}};
        const QString product = e.details.value(s("product")).toString().trimmed();
        const QString productText = !m_data.productName.isEmpty() ? m_data.productName : product;
        if (!productText.isEmpty())
            r.insert(s("usedCode"),
                     QJsonArray{product.isEmpty() ? J::textCodeable(productText)
                                                  : localCodeable(s("product"), product, productText)});
        QJsonArray ext;
        for (const char* key : {"lot", "dose"}) {
            const QString v = e.details.value(s(key)).toString().trimmed();
            if (!v.isEmpty())
                ext.append(J::extension(FhirCodes::extension(s(key)), s("valueString"), v));
        }
        if (!ext.isEmpty())
            r.insert(s("extension"), ext);
        if (const QString pre = e.details.value(s("premedication")).toString().trimmed(); !pre.isEmpty())
            r.insert(s("note"), QJsonArray{QJsonObject{{s("text"), s("Premedication: ") + pre}}});
        out.append(J::entry(m_ids.urn(name), r));
    }
}

void FhirRecord::addToxicity(QJsonArray& out) const
{
    if (m_data.assessments.isEmpty() || !m_data.infusionDate.isValid())
        return;
    const core::MonitoringSummary summary = core::MonitoringSummary::of(m_data.assessments);
    if (summary.days.isEmpty())
        return;
    QString rule;
    for (const core::Assessment& a : m_data.assessments)
        if (a.isCurrent() && !a.ruleVersion.isEmpty()) {
            rule = a.ruleVersion;
            break;
        }
    const QJsonObject period{
        {s("start"), FhirCodes::date(m_data.infusionDate.addDays(summary.days.first().day))},
        {s("end"), FhirCodes::date(m_data.infusionDate.addDays(summary.days.last().day))}};
    struct Row
    {
        const char* code;
        const char* text;
        int grade;
        int day;
    };
    const Row rows[] = {
        {"crs_max_grade", "Cytokine release syndrome, highest grade", summary.worstCrs, summary.worstCrsDay},
        {"icans_max_grade", "Immune effector cell-associated neurotoxicity syndrome, highest grade",
         summary.worstIcans, summary.worstIcansDay}};
    for (const Row& row : rows) {
        const QString name =
            QStringLiteral("observation/%1/case/%2").arg(s(row.code)).arg(m_data.dossier.record.id);
        QJsonObject o =
            observation(m_ids.id(name), localCodeable(s("observation"), s(row.code), s(row.text)), subject());
        o.insert(s("effectivePeriod"), period);
        o.insert(s("valueInteger"), row.grade);
        if (!rule.isEmpty())
            o.insert(s("method"), J::textCodeable(rule));
        if (row.day >= 0)
            o.insert(s("component"),
                     QJsonArray{
                         QJsonObject{{s("code"), localCodeable(s("observation"), s("day_since_infusion"),
                                                               s("First day the highest grade was reached"))},
                                     {s("valueInteger"), row.day}}});
        out.append(J::entry(m_ids.urn(name), o));
    }
}

void FhirRecord::addResponses(QJsonArray& out) const
{
    const core::ResponseScheme scheme = m_data.responseScheme;
    for (const core::FollowUpVisit& v : m_data.followUps) {
        if (!v.isDone() || v.response.isEmpty())
            continue;
        const QString rule =
            v.ruleVersion.isEmpty() ? core::ResponseCriteria::ruleVersion(scheme) : v.ruleVersion;
        const QString name = QStringLiteral("observation/follow-up/%1").arg(v.id);
        QJsonObject o = observation(
            m_ids.id(name),
            J::codeable(QJsonArray{J::coding(FhirCodes::loinc(), FhirCodes::diseaseStatusLoinc())},
                        s("Cancer disease status")),
            subject());
        o.insert(s("focus"), QJsonArray{J::reference(conditionUrl())});
        o.insert(s("effectiveDateTime"), FhirCodes::date(v.doneDate));
        o.insert(s("valueCodeableConcept"),
                 localCodeable(QStringLiteral("response-") + rule.toLower(), v.response,
                               core::ResponseCriteria::labelEn(scheme, v.response)));
        o.insert(s("method"), J::textCodeable(rule));
        if (core::ResponseCriteria::recordsMrd(scheme))
            o.insert(
                s("component"),
                QJsonArray{QJsonObject{
                    {s("code"), localCodeable(s("observation"), s("mrd"), s("Minimal residual disease"))},
                    {s("valueCodeableConcept"),
                     localCodeable(s("mrd"), core::toId(v.mrd), FhirCodes::words(core::toId(v.mrd)))}}});
        o.insert(s("extension"), QJsonArray{J::extension(FhirCodes::extension(s("follow-up-visit")),
                                                         s("valueCode"), v.visit)});
        out.append(J::entry(m_ids.urn(name), o));
    }
}

} // namespace cb::exports
