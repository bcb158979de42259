#include "services/FhirImportService.h"

#include "core/IntakeRules.h"
#include "core/exchange/FhirReader.h"
#include "platform/Logging.h"
#include "services/ClinicalAct.h"
#include "services/IntakeCatalog.h"
#include "services/IntakeService.h"
#include "storage/PatientRepository.h"
#include "storage/RecordRepository.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace cb::services {

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

Error at(const core::FhirProvenance& from, const Error& e)
{
    Error out = e;
    out.message = from.path + s(": ") + e.message;
    return out;
}

QJsonObject provenanceJson(const core::FhirProvenance& p)
{
    QJsonObject o{{s("resource"), p.reference()}, {s("path"), p.path}};
    if (!p.fullUrl.isEmpty())
        o.insert(s("full_url"), p.fullUrl);
    return o;
}

ObservationInput inputOf(const core::FhirObservationItem& o, const QString& bundleId)
{
    ObservationInput in;
    in.code = o.code;
    in.value = o.value;
    in.comparator = o.comparator;
    in.unit = o.unit;
    in.date = o.date;
    // the source as the bundle names it; else the bundle and resource (the audit row of the import
    // keeps both for every entry)
    in.source =
        (o.source.isEmpty() ? QStringLiteral("FHIR %1 %2").arg(bundleId, o.from.reference()) : o.source)
            .left(200);
    in.provenance = s("fhir");
    return in;
}

template <typename T> void fillEmpty(T& target, const T& value, bool& changed)
{
    if (target == T() && !(value == T())) {
        target = value;
        changed = true;
    }
}

} // namespace

QJsonObject FhirImportPlan::toJson() const
{
    QJsonArray kept;
    for (const auto& k : referral.keptAsText)
        kept.append(
            QJsonObject{{s("resource"), k.from.reference()}, {s("path"), k.from.path}, {s("text"), k.text}});
    QJsonObject patient{{s("action"), attaches() ? s("attach") : s("create")},
                        {s("id"), attaches() ? QJsonValue(QString::number(patientId)) : QJsonValue()}};
    QJsonObject created{
        {s("case"), 1},
        {s("patient"), attaches() ? 0 : 1},
        {s("identifiers"), int(attaches() ? newIdentifiers.size() : caseRecord.patient.identifiers.size())},
        {s("history"), writesHistory ? 1 : 0},
        {s("therapy_lines"), int(lines.size())},
        {s("transplants"), int(transplants.size())},
        {s("observations"), int(observations.size())}};
    return QJsonObject{{s("bundle_id"), referral.bundleId},
                       {s("file_sha256"), fileSha256},
                       {s("indication"), core::toId(caseRecord.indication)},
                       {s("patient"), patient},
                       {s("created"), created},
                       {s("kept_as_text"), kept},
                       {s("warnings"), QJsonArray::fromStringList(warnings)}};
}

Result<FhirImportPlan> FhirImportService::plan(const core::UserIdentity& actor, const QByteArray& json,
                                               const FhirImportOptions& options)
{
    if (auto st = require(m_db, m_clock, actor, {core::Action::EditCaseData, {}, s("case.import")}); !st.ok())
        return st.error();
    auto referral = core::FhirReader(IntakeCatalog::observations(), IntakeCatalog::drugs()).read(json);
    if (!referral.ok())
        return referral.error();
    FhirImportPlan p;
    p.fileSha256 = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    p.referral = std::move(referral).value();
    p.warnings = p.referral.warnings;

    core::CaseRecord& r = p.caseRecord;
    r.patient = p.referral.patient;
    r.indication = p.referral.indication;
    r.subtype = p.referral.subtype;
    r.intendedProduct = options.intendedProduct.trimmed();
    r.referralDate = options.referralDate.isValid() ? options.referralDate : m_clock.todayUtc();
    r.urgency = options.urgency.isEmpty() ? s("routine") : options.urgency.trimmed().toLower();
    r.referrerDetail.name =
        options.referrer.trimmed().isEmpty() ? p.referral.author : options.referrer.trimmed();
    r.referrerDetail.institution =
        options.institution.trimmed().isEmpty() ? p.referral.custodian : options.institution.trimmed();
    r.referrerDetail.contact = options.contact.trimmed();
    r.referrer = r.referrerDetail.name;
    if (r.referrer.isEmpty() && !options.referrerLater)
        return Error::badInput(tr("The bundle does not name the referring clinician: give the referrer."))
            .atField(s("referrer"));
    // what CellBoard cannot code travels with the referral, as words the board reads
    QStringList kept;
    for (const auto& k : p.referral.keptAsText)
        kept << k.text;
    if (!kept.isEmpty())
        r.referrerQuestion = (tr("From the FHIR bundle, not coded in CellBoard:") + QLatin1Char('\n') +
                              kept.join(QLatin1Char('\n')))
                                 .left(4000);

    if (auto st = match(p); !st.ok())
        return st.error();
    const QDate today = m_clock.todayUtc();
    if (!p.attaches())
        if (auto st = core::IntakeRules::checkPatient(r.patient, today); !st.ok())
            return at(p.referral.patientFrom, st.error());
    core::CaseRecord checked = r;
    if (checked.referrer.isEmpty()) // referrerLater: named before apply(), the other rules apply now
        checked.referrer = checked.referrerDetail.name = s("-");
    if (auto st = core::IntakeRules::checkReferral(checked, today); !st.ok())
        return st.error();
    if (auto st = checkEntries(p); !st.ok())
        return st.error();
    return p;
}

Status FhirImportService::match(FhirImportPlan& p)
{
    storage::PatientRepository patients(m_db);
    QSet<qint64> owners;
    for (const auto& id : p.referral.patient.identifiers) {
        auto owner = patients.patientByIdentifier(id);
        if (!owner.ok())
            return owner.error();
        if (*owner) {
            auto known = patients.patientById(**owner);
            if (!known.ok())
                return known.error();
            owners.insert(*known && (*known)->mergedInto ? (*known)->mergedInto : **owner);
        }
    }
    if (owners.size() > 1) {
        QStringList ids;
        for (qint64 id : owners)
            ids << QString::number(id);
        std::sort(ids.begin(), ids.end());
        return at(
            p.referral.patientFrom,
            Error::conflict(tr("the identifiers of the bundle's patient name different patients (%1): merge "
                               "them first, or correct the bundle")
                                .arg(ids.join(s(", ")))));
    }
    if (owners.isEmpty()) {
        auto near = patients.sameNameBirthSex(p.referral.patient);
        if (!near.ok())
            return near.error();
        for (const auto& n : *near)
            p.warnings
                << tr("Possible duplicate: patient %1 has the same name, birth date and sex.").arg(n.id);
        return {};
    }
    p.patientId = *owners.begin();
    auto known = patients.patientById(p.patientId);
    if (!known.ok())
        return known.error();
    const core::Patient& existing = **known;
    for (const auto& id : p.referral.patient.identifiers)
        if (!existing.identifiers.contains(id))
            p.newIdentifiers << id;
    p.caseRecord.patient = existing;
    p.warnings
        << tr("Patient %1 is already registered with an identifier of the bundle: the referral is added to "
              "that record.")
               .arg(p.patientId);
    auto open = patients.openCases(p.patientId, p.caseRecord.indication);
    if (!open.ok())
        return open.error();
    if (!open->isEmpty())
        return Error::conflict(
            tr("Patient %1 already has open case %2 for this indication: work on that case, "
               "or close it first.")
                .arg(p.patientId)
                .arg(open->first()));
    return {};
}

Status FhirImportService::checkEntries(FhirImportPlan& p)
{
    const QDate today = m_clock.todayUtc();
    storage::RecordRepository record(m_db);
    QList<core::TherapyLine> knownLines;
    QList<core::Transplant> knownTransplants;
    QList<core::Observation> knownObservations;
    std::optional<core::DiseaseHistory> knownHistory;
    if (p.attaches()) {
        auto h = record.history(p.patientId);
        auto l = record.therapyLines(p.patientId, true);
        auto t = record.transplants(p.patientId, true);
        auto o = record.observations(p.patientId, true);
        if (!h.ok())
            return h.error();
        if (!l.ok())
            return l.error();
        if (!t.ok())
            return t.error();
        if (!o.ok())
            return o.error();
        knownHistory = *h;
        knownLines = *l;
        knownTransplants = *t;
        knownObservations = *o;
    }

    if (p.referral.hasCondition) {
        const core::DiseaseHistory& in = p.referral.history;
        core::DiseaseHistory h = knownHistory.value_or(core::DiseaseHistory{});
        bool changed = false;
        fillEmpty(h.diagnosis, in.diagnosis, changed);
        if (h.diagnosisDate.isNull() && !in.diagnosisDate.isNull()) {
            h.diagnosisDate = in.diagnosisDate;
            changed = true;
        } else if (!in.diagnosisDate.isNull() && h.diagnosisDate != in.diagnosisDate) {
            p.warnings << tr("The record's diagnosis date %1 is kept; the bundle says %2.")
                              .arg(h.diagnosisDate.toString(), in.diagnosisDate.toString());
        }
        fillEmpty(h.staging.iss, in.staging.iss, changed);
        fillEmpty(h.staging.riss, in.staging.riss, changed);
        fillEmpty(h.staging.annArbor, in.staging.annArbor, changed);
        fillEmpty(h.staging.bulky, in.staging.bulky, changed);
        fillEmpty(h.staging.cnsStatus, in.staging.cnsStatus, changed);
        fillEmpty(h.staging.phStatus, in.staging.phStatus, changed);
        if (h.staging.isEmpty() || (h.staging.text.isEmpty() && !in.staging.text.isEmpty() &&
                                    in.staging.iss.isEmpty() && in.staging.annArbor.isEmpty()))
            fillEmpty(h.staging.text, in.staging.text, changed);
        p.history = h;
        p.writesHistory = changed;
        if (changed)
            if (auto st = core::IntakeRules::checkHistory(h, today); !st.ok())
                return at(p.referral.conditionFrom, st.error());
    }

    for (const auto& item : p.referral.lines) {
        auto line = IntakeService::completeDrugs(item.line);
        if (!line.ok())
            return at(item.from.first(), line.error());
        if (auto st = core::IntakeRules::checkTherapyLine(*line, today); !st.ok())
            return at(item.from.first(), st.error());
        const bool duplicate =
            std::any_of(knownLines.begin(), knownLines.end(), [&](const core::TherapyLine& k) {
                return k.lineNumber == line->lineNumber && k.startDate == line->startDate &&
                       k.regimen.trimmed() == line->regimen.trimmed();
            });
        if (duplicate) {
            p.warnings << tr("Line %1 (%2) is on the record already: not added again.")
                              .arg(line->lineNumber)
                              .arg(line->regimen);
            continue;
        }
        p.lines << core::FhirLineItem{*line, item.from};
    }
    for (const auto& item : p.referral.transplants) {
        if (auto st = core::IntakeRules::checkTransplant(item.transplant, today); !st.ok())
            return at(item.from, st.error());
        const bool duplicate =
            std::any_of(knownTransplants.begin(), knownTransplants.end(), [&](const core::Transplant& k) {
                return k.kind == item.transplant.kind && k.date == item.transplant.date;
            });
        if (duplicate) {
            p.warnings << tr("The %1 transplant of %2 is on the record already: not added again.")
                              .arg(item.transplant.kind, item.transplant.date.toString());
            continue;
        }
        p.transplants << item;
    }
    for (const auto& item : p.referral.observations) {
        auto obs = m_intake.normalise(inputOf(item, p.referral.bundleId));
        if (!obs.ok())
            return at(item.from, obs.error());
        const bool duplicate =
            std::any_of(knownObservations.begin(), knownObservations.end(), [&](const core::Observation& k) {
                return k.code == obs->code && k.observedOn == obs->observedOn && k.value == obs->value;
            });
        if (duplicate)
            continue; // the same value of the same day: a re-import changes nothing
        p.observations << item;
    }
    return {};
}

Result<FhirImported> FhirImportService::apply(const core::UserIdentity& actor, const FhirImportPlan& plan)
{
    if (auto st = require(m_db, m_clock, actor, {core::Action::EditCaseData, {}, s("case.import")}); !st.ok())
        return st.error();
    if (plan.needsReferrer())
        return Error::badInput(tr("The bundle does not name the referring clinician: give the referrer."))
            .atField(s("referrer"));
    storage::Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    core::CaseRecord referral = plan.caseRecord;
    referral.patient.id = plan.patientId;
    auto registered = m_intake.registerReferral(actor, referral);
    if (!registered.ok())
        return registered.error();
    FhirImported out;
    out.plan = plan;
    out.caseId = registered->caseId;
    out.patientId = registered->patientId;
    const QString reason = tr("Imported from FHIR bundle %1").arg(plan.referral.bundleId);
    if (plan.attaches() && !plan.newIdentifiers.isEmpty()) {
        core::Patient p = plan.caseRecord.patient;
        p.identifiers = plan.newIdentifiers;
        if (auto st = m_intake.correctPatient(actor, p, reason); !st.ok())
            return st.error();
    }
    QJsonArray created;
    created.append(QJsonObject{{s("entity"), s("patient")},
                               {s("id"), QString::number(out.patientId)},
                               {s("from"), provenanceJson(plan.referral.patientFrom)}});
    if (plan.writesHistory) {
        if (auto st = m_intake.setHistory(actor, out.caseId, plan.history); !st.ok())
            return at(plan.referral.conditionFrom, st.error());
        created.append(QJsonObject{{s("entity"), s("history")},
                                   {s("id"), QString::number(out.patientId)},
                                   {s("from"), provenanceJson(plan.referral.conditionFrom)}});
    }
    for (const auto& item : plan.lines) {
        auto id = m_intake.addTherapyLine(actor, out.caseId, item.line);
        if (!id.ok())
            return at(item.from.first(), id.error());
        QJsonArray from;
        for (const auto& f : item.from)
            from.append(provenanceJson(f));
        created.append(QJsonObject{
            {s("entity"), s("therapy_line")}, {s("id"), QString::number(*id)}, {s("from"), from}});
    }
    for (const auto& item : plan.transplants) {
        auto id = m_intake.addTransplant(actor, out.caseId, item.transplant);
        if (!id.ok())
            return at(item.from, id.error());
        created.append(QJsonObject{{s("entity"), s("transplant")},
                                   {s("id"), QString::number(*id)},
                                   {s("from"), provenanceJson(item.from)}});
    }
    for (const auto& item : plan.observations) {
        auto obs = m_intake.addObservation(actor, out.caseId, inputOf(item, plan.referral.bundleId));
        if (!obs.ok())
            return at(item.from, obs.error());
        created.append(QJsonObject{{s("entity"), s("observation")},
                                   {s("id"), QString::number(obs->id)},
                                   {s("from"), provenanceJson(item.from)}});
    }
    ClinicalAct act(m_db, m_clock, actor, {core::Action::EditCaseData, {}, s("case.import"), out.caseId});
    if (!act.ok())
        return act.error();
    QJsonArray kept;
    for (const auto& k : plan.referral.keptAsText)
        kept.append(provenanceJson(k.from));
    if (auto st = act.audit({}, QJsonObject{{s("format"), s("fhir")},
                                            {s("bundle_id"), plan.referral.bundleId},
                                            {s("file_sha256"), plan.fileSha256},
                                            {s("created"), created},
                                            {s("kept_as_text"), kept}});
        !st.ok())
        return st.error();
    if (auto st = act.commit(); !st.ok())
        return st.error();
    if (auto st = tx.commit(); !st.ok())
        return st.error();
    CB_LOG_INFO("case {} imported from a FHIR bundle by user {} ({} entries)", out.caseId, actor.id,
                created.size());
    return out;
}

} // namespace cb::services
