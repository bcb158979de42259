#include "services/IntakeService.h"

#include "core/IntakeRules.h"
#include "core/Lifecycle.h"
#include "core/intake/ObservationCatalog.h"
#include "core/pathway/PathwayRules.h"
#include "platform/Logging.h"
#include "services/AuthService.h"
#include "services/ClinicalAct.h"
#include "services/IntakeCatalog.h"
#include "services/IntakeJson.h"
#include "storage/CaseRepository.h"
#include "storage/PathwayRepository.h"
#include "storage/PatientRepository.h"
#include "storage/RecordRepository.h"

#include <QJsonArray>

namespace cb::services {

namespace {

using Kind = storage::RecordRepository::Kind;

QString patientEntity()
{
    return QStringLiteral("patient");
}

Status needReason(const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Error::badInput(IntakeService::tr("A reason is required."));
    if (reason.size() > 2000)
        return Error::badInput(IntakeService::tr("The reason is too long (2000 characters at most)."));
    return {};
}

QString entityOf(Kind kind)
{
    switch (kind) {
    case Kind::TherapyLine:
        return QStringLiteral("therapy_line");
    case Kind::Transplant:
        return QStringLiteral("transplant");
    case Kind::Observation:
        return QStringLiteral("observation");
    }
    return {};
}

QString notFoundEntry(Kind kind, qint64 id, qint64 caseId)
{
    switch (kind) {
    case Kind::TherapyLine:
        return IntakeService::tr("The patient of case %1 has no therapy line %2.").arg(caseId).arg(id);
    case Kind::Transplant:
        return IntakeService::tr("The patient of case %1 has no transplant %2.").arg(caseId).arg(id);
    case Kind::Observation:
        return IntakeService::tr("The patient of case %1 has no observation %2.").arg(caseId).arg(id);
    }
    return {};
}

Status notCurrent(const core::RecordEntryState& e)
{
    if (e.voidedAt.isValid())
        return Error::invalidState(
            IntakeService::tr("This entry was marked entered in error; it cannot change."));
    if (e.supersededBy)
        return Error::invalidState(
            IntakeService::tr("This entry was corrected by entry %1; correct that one instead.")
                .arg(e.supersededBy));
    return {};
}

// After a change of the patient's record: noted for "record changed since signed"; a case that
// was ready for the board goes back to review (its signed opinions predate the change).
Status noteRecordChange(ClinicalAct& act, storage::RecordRepository& record)
{
    if (auto st = record.touchRecord(act.theCase().patient.id, act.now()); !st.ok())
        return st;
    if (act.theCase().state == core::CaseState::ReadyForBoard)
        return act.moveCase(core::CaseState::InReview, QStringLiteral("record.changed"));
    return {};
}

// The act of changing the record through a case.
ActSpec recordAct(const QString& name, qint64 caseId)
{
    return {core::Action::EditCaseData, {}, name, caseId};
}

} // namespace

Result<QList<PatientHit>> IntakeService::findPatients(const core::UserIdentity& actor,
                                                      const QString& identifierValue, const QString& name,
                                                      const core::PartialDate& birth)
{
    if (auto st =
            require(m_db, m_clock, actor, {core::Action::EditCaseData, {}, QStringLiteral("patient.find")});
        !st.ok())
        return st.error();
    if (identifierValue.trimmed().isEmpty() && name.trimmed().isEmpty() && birth.isNull())
        return Error::badInput(tr("Search by an identifier, a name or a birth date."));
    auto found = storage::PatientRepository(m_db).search(identifierValue, name, birth, 50);
    if (!found.ok())
        return found.error();
    QList<PatientHit> out;
    for (const auto& m : *found)
        out << PatientHit{m.patient, m.match};
    if (auto st = AuditTrail(m_db, m_clock)
                      .recordAlone(actor, QStringLiteral("patient.search"), patientEntity(), {}, {},
                                   {{QStringLiteral("results"), int(out.size())}});
        !st.ok())
        return st.error();
    return out;
}

Result<PatientOverview> IntakeService::showPatient(const core::UserIdentity& actor, qint64 patientId)
{
    if (auto st =
            require(m_db, m_clock, actor, {core::Action::ReadCases, {}, QStringLiteral("patient.view")});
        !st.ok())
        return st.error();
    storage::PatientRepository repo(m_db);
    auto p = repo.patientById(patientId);
    if (!p.ok())
        return p.error();
    if (!*p)
        return Error::notFound(tr("There is no patient %1.").arg(patientId));
    PatientOverview o{**p, {}};
    auto cases = repo.casesOf(patientId);
    if (!cases.ok())
        return cases.error();
    o.cases = *cases;
    if (auto st = AuditTrail(m_db, m_clock)
                      .recordAlone(actor, QStringLiteral("patient.view"), patientEntity(),
                                   QString::number(patientId));
        !st.ok())
        return st.error();
    return o;
}

namespace {

// Near duplicates of a patient about to be registered (INTAKE §2): the same identifier value in
// another record (under any authority or type), or the same normalised name, birth date and sex.
// Each with the advisory warning that names it.
Status findNearDuplicates(storage::PatientRepository& repo, const core::Patient& patient, Registered& out)
{
    QSet<qint64> seen;
    for (const auto& id : patient.identifiers) {
        if (id.value.trimmed().isEmpty())
            continue;
        auto hits = repo.search(id.value.trimmed(), {}, {}, 10);
        if (!hits.ok())
            return hits.error();
        for (const auto& h : *hits)
            if (h.patient.id != patient.id && !seen.contains(h.patient.id)) {
                seen.insert(h.patient.id);
                out.nearDuplicates << h.patient;
                out.warnings << IntakeService::tr(
                                    "Possible duplicate: patient %1 has identifier %2 too (under "
                                    "another authority or type).")
                                    .arg(h.patient.id)
                                    .arg(id.value.trimmed());
            }
    }
    auto same = repo.sameNameBirthSex(patient);
    if (!same.ok())
        return same.error();
    for (const auto& p : *same)
        if (!seen.contains(p.id)) {
            seen.insert(p.id);
            out.nearDuplicates << p;
            out.warnings << IntakeService::tr(
                                "Possible duplicate: patient %1 has the same name, birth date and sex.")
                                .arg(p.id);
        }
    return {};
}

} // namespace

Result<QList<core::Patient>> IntakeService::nearDuplicates(const core::UserIdentity& actor,
                                                           const core::Patient& patient)
{
    if (auto st =
            require(m_db, m_clock, actor, {core::Action::EditCaseData, {}, QStringLiteral("patient.find")});
        !st.ok())
        return st.error();
    storage::PatientRepository repo(m_db);
    Registered found;
    if (auto st = findNearDuplicates(repo, patient, found); !st.ok())
        return st.error();
    return found.nearDuplicates;
}

Result<Registered> IntakeService::addPatient(const core::UserIdentity& actor, const core::Patient& input)
{
    ClinicalAct act(
        m_db, m_clock, actor,
        {core::Action::EditCaseData, {}, QStringLiteral("patient.add"), 0, true, patientEntity()});
    if (!act.ok())
        return act.error();
    core::Patient p = input;
    p.familyName = p.familyName.trimmed();
    p.givenName = p.givenName.trimmed();
    p.nameZh = p.nameZh.trimmed();
    for (auto& id : p.identifiers) {
        id.authority = id.authority.trimmed();
        id.type = id.type.trimmed();
        id.value = id.value.trimmed();
        id.alias = false;
    }
    if (auto st = core::IntakeRules::checkPatient(p, m_clock.todayUtc()); !st.ok())
        return st.error();
    storage::PatientRepository repo(m_db);
    for (const auto& id : p.identifiers) {
        auto owner = repo.patientByIdentifier(id);
        if (!owner.ok())
            return owner.error();
        if (*owner)
            return Error::conflict(
                tr("Identifier %1 (%2, %3) already belongs to patient %4: use that record.")
                    .arg(id.value, id.authority, id.type)
                    .arg(**owner));
    }
    Registered out;
    if (auto st = findNearDuplicates(repo, p, out); !st.ok())
        return st.error();
    auto id = repo.insertPatient(p, act.now());
    if (!id.ok())
        return id.error();
    out.patientId = *id;
    p.id = *id;
    if (auto st = act.auditOn(QStringLiteral("patient.add"), patientEntity(), QString::number(*id), {},
                              IntakeJson::patientJson(p));
        !st.ok())
        return st.error();
    if (auto st = act.commit(); !st.ok())
        return st.error();
    CB_LOG_INFO("patient {} registered by user {}", *id, actor.id);
    return out;
}

Status IntakeService::correctPatient(const core::UserIdentity& actor, const core::Patient& input,
                                     const QString& reason)
{
    ClinicalAct act(m_db, m_clock, actor,
                    {core::Action::EditCaseData,
                     {},
                     QStringLiteral("patient.correct"),
                     0,
                     true,
                     patientEntity(),
                     input.id});
    if (!act.ok())
        return act.status();
    if (auto st = needReason(reason); !st.ok())
        return st;
    storage::PatientRepository repo(m_db);
    auto before = repo.patientById(input.id);
    if (!before.ok())
        return before.error();
    if (!*before)
        return Error::notFound(tr("There is no patient %1.").arg(input.id));
    if ((*before)->mergedInto)
        return Error::invalidState(tr("Patient %1 was merged into patient %2: correct that record.")
                                       .arg(input.id)
                                       .arg((*before)->mergedInto));
    core::Patient p = input;
    if (p.rowVersion == 0)
        p.rowVersion = (*before)->rowVersion;
    // Identifiers are never removed: the ones given are added to those kept.
    QList<core::PatientIdentifier> ids = (*before)->identifiers;
    for (const auto& id : p.identifiers)
        if (!ids.contains(id)) {
            auto owner = repo.patientByIdentifier(id);
            if (!owner.ok())
                return owner.error();
            if (*owner && **owner != p.id)
                return Error::conflict(tr("Identifier %1 (%2, %3) already belongs to patient %4.")
                                           .arg(id.value, id.authority, id.type)
                                           .arg(**owner));
            ids << id;
        }
    p.identifiers = ids;
    p.mrn = (*before)->mrn;
    if (auto st = core::IntakeRules::checkPatient(p, m_clock.todayUtc()); !st.ok())
        return st;
    if (auto st = repo.updatePatient(p, act.now()); !st.ok())
        return st;
    auto after = repo.patientById(p.id);
    if (!after.ok())
        return after.error();
    if (auto st = act.auditOn(QStringLiteral("patient.correct"), patientEntity(), QString::number(p.id),
                              IntakeJson::patientJson(**before), IntakeJson::patientJson(**after),
                              reason.trimmed());
        !st.ok())
        return st;
    return act.commit();
}

Status IntakeService::requireMerge(const core::UserIdentity& actor, bool approvalOffered)
{
    if (core::PermissionPolicy::mayMerge(actor) &&
        (approvalOffered || !core::PermissionPolicy::mergeNeedsApproval(actor)))
        return {};
    return refuse(m_db, m_clock, actor, core::PermissionPolicy::checkMerge(actor, nullptr),
                  QStringLiteral("patient.merge"), 0, patientEntity());
}

Status IntakeService::mergePatients(const core::UserIdentity& actor, qint64 keepId, qint64 mergedId,
                                    const QString& reason, const std::optional<MergeApproval>& approval)
{
    // A merge changes whose record every case reads: an administrator's act, or a coordinator's
    // with an administrator's approval. Who acts and who approves are checked before the rest.
    const QString name = QStringLiteral("patient.merge");
    std::optional<core::UserIdentity> approver;
    if (approval && core::PermissionPolicy::mayMerge(actor) &&
        core::PermissionPolicy::mergeNeedsApproval(actor)) {
        auto who = AuthService(m_db, m_clock).confirmApproval(approval->username, approval->password);
        if (!who.ok())
            return refuse(m_db, m_clock, actor, who.error(), name, 0, patientEntity(), keepId);
        approver = *who;
    }
    if (auto st = core::PermissionPolicy::checkMerge(actor, approver ? &*approver : nullptr); !st.ok())
        return refuse(m_db, m_clock, actor, st, name, 0, patientEntity(), keepId);
    ClinicalAct act(m_db, m_clock, actor,
                    {approver ? core::Action::EditCaseData : core::Action::ManageUsers,
                     {},
                     name,
                     0,
                     true,
                     patientEntity(),
                     keepId});
    if (!act.ok())
        return act.status();
    if (keepId <= 0 || mergedId <= 0)
        return Error::badInput(tr("Name both patients by their ids (positive numbers)."));
    if (auto st = needReason(reason); !st.ok())
        return st;
    if (keepId == mergedId)
        return Error::badInput(tr("A patient cannot be merged into itself."));
    storage::PatientRepository repo(m_db);
    auto keep = repo.patientById(keepId);
    if (!keep.ok())
        return keep.error();
    auto gone = repo.patientById(mergedId);
    if (!gone.ok())
        return gone.error();
    if (!*keep)
        return Error::notFound(tr("There is no patient %1.").arg(keepId));
    if (!*gone)
        return Error::notFound(tr("There is no patient %1.").arg(mergedId));
    if ((*keep)->mergedInto || (*gone)->mergedInto)
        return Error::invalidState(tr("One of these records was merged already."));
    auto openKeep = repo.openCases(keepId, std::nullopt);
    auto openGone = repo.openCases(mergedId, std::nullopt);
    if (!openKeep.ok())
        return openKeep.error();
    if (!openGone.ok())
        return openGone.error();
    if (!openKeep->isEmpty() && !openGone->isEmpty())
        return Error::invalidState(
            tr("Both patients have open cases (%1 and %2): close one of them before merging.")
                .arg(openKeep->first())
                .arg(openGone->first()));
    if (auto st = repo.merge(keepId, mergedId, act.now()); !st.ok())
        return st;
    QJsonObject after{{QStringLiteral("kept_id"), keepId}, {QStringLiteral("merged_id"), mergedId}};
    if (approver)
        after.insert(QStringLiteral("approved_by"),
                     QJsonObject{{QStringLiteral("id"), approver->id},
                                 {QStringLiteral("username"), approver->username},
                                 {QStringLiteral("printed_name"), approver->printedName}});
    if (auto st = act.auditOn(name, patientEntity(), QString::number(keepId),
                              {{QStringLiteral("kept"), IntakeJson::patientJson(**keep)},
                               {QStringLiteral("merged"), IntakeJson::patientJson(**gone)}},
                              after, reason.trimmed());
        !st.ok())
        return st;
    if (auto st = act.commit(); !st.ok())
        return st;
    if (approver)
        CB_LOG_INFO("patient {} merged into {} by user {} approved by user {}", mergedId, keepId, actor.id,
                    approver->id);
    else
        CB_LOG_INFO("patient {} merged into {} by user {}", mergedId, keepId, actor.id);
    return {};
}

namespace {

QJsonObject registrationJson(const core::CaseRecord& r)
{
    QJsonObject o{{QStringLiteral("state"), core::toId(r.state)},
                  {QStringLiteral("indication"), core::toId(r.indication)},
                  {QStringLiteral("urgency"), r.urgency},
                  {QStringLiteral("patient_id"), r.patient.id}};
    if (!r.subtype.isEmpty())
        o.insert(QStringLiteral("subtype"), r.subtype);
    return o;
}

} // namespace

Result<Registered> IntakeService::registerReferral(const core::UserIdentity& actor,
                                                   const core::CaseRecord& input)
{
    ClinicalAct act(m_db, m_clock, actor, {core::Action::EditCaseData, {}, QStringLiteral("case.register")});
    if (!act.ok())
        return act.error();
    core::CaseRecord r = input;
    const QDate today = m_clock.todayUtc();
    storage::PatientRepository patients(m_db);
    Registered out;
    if (r.patient.id != 0) {
        auto p = patients.patientById(r.patient.id);
        if (!p.ok())
            return p.error();
        if (!*p)
            return Error::notFound(tr("There is no patient %1.").arg(r.patient.id));
        if ((*p)->mergedInto)
            return Error::invalidState(tr("Patient %1 was merged into patient %2: refer that record.")
                                           .arg(r.patient.id)
                                           .arg((*p)->mergedInto));
        r.patient = **p;
    } else {
        for (auto& id : r.patient.identifiers) {
            id.authority = id.authority.trimmed();
            id.type = id.type.trimmed();
            id.value = id.value.trimmed();
        }
        if (auto st = core::IntakeRules::checkPatient(r.patient, today); !st.ok())
            return st.error();
        // A patient already known by an identifier is reused: a re-referral keeps the history.
        for (const auto& id : r.patient.identifiers) {
            auto owner = patients.patientByIdentifier(id);
            if (!owner.ok())
                return owner.error();
            if (*owner) {
                auto p = patients.patientById(**owner);
                if (!p.ok())
                    return p.error();
                r.patient = **p;
                out.warnings
                    << tr("Patient %1 is already registered with identifier %2: the referral is added to "
                          "that record.")
                           .arg(r.patient.id)
                           .arg(id.value);
                break;
            }
        }
    }
    r.referrer = r.referrerDetail.name.isEmpty() ? r.referrer.trimmed() : r.referrerDetail.name.trimmed();
    r.referrerDetail.name = r.referrer;
    if (r.urgency.isEmpty())
        r.urgency = QStringLiteral("routine");
    if (auto st = core::IntakeRules::checkReferral(r, today); !st.ok())
        return st.error();
    if (r.patient.id == 0) {
        if (auto st = findNearDuplicates(patients, r.patient, out); !st.ok())
            return st.error();
        auto pid = patients.insertPatient(r.patient, act.now());
        if (!pid.ok())
            return pid.error();
        r.patient.id = *pid;
        if (auto st = act.auditOn(QStringLiteral("patient.add"), patientEntity(), QString::number(*pid), {},
                                  IntakeJson::patientJson(r.patient));
            !st.ok())
            return st.error();
    } else {
        auto open = patients.openCases(r.patient.id, r.indication);
        if (!open.ok())
            return open.error();
        if (!open->isEmpty())
            return Error::conflict(
                tr("Patient %1 already has open case %2 for this indication: work on that case, "
                   "or close it first.")
                    .arg(r.patient.id)
                    .arg(open->first()));
    }
    r.state = core::CaseState::Referred;
    r.therapyLines.clear();
    r.transplants.clear();
    r.observations.clear();
    r.history = {};
    r.diagnosis.clear();
    r.staging.clear();
    r.cnsDisease.clear();
    auto id = storage::CaseRepository(m_db).insertCase(r, act.now(), false, actor.id);
    if (!id.ok())
        return id.error();
    out.caseId = *id;
    out.patientId = r.patient.id;
    if (auto st = act.auditOn(QStringLiteral("case.register"), caseEntity(), QString::number(*id), {},
                              registrationJson(r));
        !st.ok())
        return st.error();
    if (auto st = act.commit(); !st.ok())
        return st.error();
    CB_LOG_INFO("case {} registered by user {}", *id, actor.id);
    return out;
}

Status IntakeService::startWorkUp(const core::UserIdentity& actor, qint64 caseId)
{
    ClinicalAct act(m_db, m_clock, actor,
                    {core::Action::EditCaseData, {}, QStringLiteral("case.start_work_up"), caseId});
    if (!act.ok())
        return act.status();
    if (!core::Lifecycle::canStartWorkUp(act.theCase().state))
        return Error::invalidState(tr("Case %1 is %2, not referred: its work-up has started already.")
                                       .arg(caseId)
                                       .arg(core::label(act.theCase().state)));
    if (auto st = act.moveCase(core::CaseState::WorkUp, QStringLiteral("case.start_work_up")); !st.ok())
        return st;
    return act.commit();
}

Status IntakeService::reopenCase(const core::UserIdentity& actor, qint64 caseId, const QString& reason)
{
    ClinicalAct act(m_db, m_clock, actor,
                    {core::Action::CloseCase, {}, QStringLiteral("case.reopen"), caseId, false});
    if (!act.ok())
        return act.status();
    if (auto st = needReason(reason); !st.ok())
        return st;
    if (!core::Lifecycle::canReopen(act.theCase().state))
        return Error::invalidState(tr("Case %1 is not closed, so it cannot be reopened.").arg(caseId));
    auto events = storage::PathwayRepository(m_db).events(caseId);
    if (!events.ok())
        return events.error();
    const bool infused = core::PathwayRules::infusion(*events) != nullptr;
    if (auto st = act.reopenCase(infused, reason.trimmed()); !st.ok())
        return st;
    return act.commit();
}

Status IntakeService::setHistory(const core::UserIdentity& actor, qint64 caseId,
                                 const core::DiseaseHistory& input)
{
    ClinicalAct act(m_db, m_clock, actor, recordAct(QStringLiteral("record.history"), caseId));
    if (!act.ok())
        return act.status();
    if (auto st = core::IntakeRules::checkHistory(input, m_clock.todayUtc()); !st.ok())
        return st;
    const qint64 patientId = act.theCase().patient.id;
    storage::RecordRepository record(m_db);
    auto before = record.history(patientId);
    if (!before.ok())
        return before.error();
    core::DiseaseHistory h = input;
    const qint64 current = *before ? (*before)->rowVersion : 0;
    if (h.rowVersion != 0 && h.rowVersion != current)
        return Error::conflict(
            tr("Someone else changed the disease history meanwhile. Reload it and apply your "
               "change again."));
    h.rowVersion = current;
    if (auto st = record.saveHistory(patientId, h, act.now()); !st.ok())
        return st;
    if (auto st = noteRecordChange(act, record); !st.ok())
        return st;
    if (auto st = act.auditOn(QStringLiteral("record.history"), patientEntity(), QString::number(patientId),
                              *before ? IntakeJson::historyJson(**before) : QJsonObject(),
                              IntakeJson::historyJson(h));
        !st.ok())
        return st;
    return act.commit();
}

Result<core::TherapyLine> IntakeService::completeDrugs(core::TherapyLine line)
{
    const core::DrugVocabulary& vocab = IntakeCatalog::drugs();
    if (line.drugs.isEmpty() && !line.regimen.isEmpty())
        line.drugs = vocab.expandRegimen(line.regimen);
    for (auto& d : line.drugs) {
        if (const auto* known = vocab.findDrug(d.name)) {
            d.name = known->id;
            if (d.drugClass.isEmpty())
                d.drugClass = known->classId;
        }
        if (d.drugClass.isEmpty())
            return Error::badInput(
                tr("Drug \"%1\" is not in the drug vocabulary (version %2): give its class.")
                    .arg(d.name, vocab.version()));
        if (!vocab.findClass(d.drugClass))
            return Error::badInput(
                tr("Drug class \"%1\" of %2 is not in the drug vocabulary.").arg(d.drugClass, d.name));
    }
    if (line.drugs.isEmpty())
        return line; // a line recorded by its classes only (older records, the demo) keeps them
    line.drugClasses.clear();
    line.refractory = false;
    line.lenalidomideRefractory = false;
    for (const auto& d : line.drugs) {
        if (!line.drugClasses.contains(d.drugClass))
            line.drugClasses << d.drugClass;
        if (d.refractory.value_or(false)) {
            line.refractory = true;
            if (d.name == QLatin1String("lenalidomide"))
                line.lenalidomideRefractory = true;
        }
    }
    return line;
}

Result<qint64> IntakeService::writeLine(const core::UserIdentity& actor, qint64 caseId, qint64 replaces,
                                        core::TherapyLine input, const QString& reason)
{
    ClinicalAct act(
        m_db, m_clock, actor,
        recordAct(replaces ? QStringLiteral("record.line.correct") : QStringLiteral("record.line.add"),
                  caseId));
    if (!act.ok())
        return act.error();
    if (replaces)
        if (auto st = needReason(reason); !st.ok())
            return st.error();
    auto line = completeDrugs(std::move(input));
    if (!line.ok())
        return line.error();
    if (auto st = core::IntakeRules::checkTherapyLine(*line, m_clock.todayUtc()); !st.ok())
        return st.error();
    const qint64 patientId = act.theCase().patient.id;
    storage::RecordRepository record(m_db);
    std::optional<core::TherapyLine> original;
    if (replaces) {
        auto o = record.therapyLine(patientId, replaces);
        if (!o.ok())
            return o.error();
        if (!*o)
            return Error::notFound(notFoundEntry(Kind::TherapyLine, replaces, caseId));
        if (auto st = notCurrent((*o)->entry); !st.ok())
            return st.error();
        if (line->rowVersion != 0 && line->rowVersion != (*o)->rowVersion)
            return Error::conflict(
                tr("Someone else changed this therapy line meanwhile. Reload and try again."));
        original = *o;
        line->entry.supersedes = replaces;
        line->entry.correctionReason = reason.trimmed();
    }
    line->entry.caseId = caseId;
    auto id = record.insertTherapyLine(patientId, *line, actor.id, act.now());
    if (!id.ok())
        return id.error();
    if (original)
        if (auto st = record.supersedeEntry(Kind::TherapyLine, replaces, original->rowVersion, *id); !st.ok())
            return st.error();
    if (auto st = noteRecordChange(act, record); !st.ok())
        return st.error();
    line->id = *id;
    if (auto st =
            act.auditOn(replaces ? QStringLiteral("record.line.correct") : QStringLiteral("record.line.add"),
                        entityOf(Kind::TherapyLine), QString::number(*id),
                        original ? IntakeJson::therapyLineJson(*original) : QJsonObject(),
                        IntakeJson::therapyLineJson(*line), reason.trimmed());
        !st.ok())
        return st.error();
    if (auto st = act.commit(); !st.ok())
        return st.error();
    return *id;
}

Result<qint64> IntakeService::addTherapyLine(const core::UserIdentity& actor, qint64 caseId,
                                             core::TherapyLine line)
{
    return writeLine(actor, caseId, 0, std::move(line), {});
}

Result<qint64> IntakeService::correctTherapyLine(const core::UserIdentity& actor, qint64 caseId,
                                                 qint64 lineId, core::TherapyLine line, const QString& reason)
{
    return writeLine(actor, caseId, lineId, std::move(line), reason);
}

Result<qint64> IntakeService::writeTransplant(const core::UserIdentity& actor, qint64 caseId, qint64 replaces,
                                              core::Transplant t, const QString& reason)
{
    ClinicalAct act(m_db, m_clock, actor,
                    recordAct(replaces ? QStringLiteral("record.transplant.correct")
                                       : QStringLiteral("record.transplant.add"),
                              caseId));
    if (!act.ok())
        return act.error();
    if (replaces)
        if (auto st = needReason(reason); !st.ok())
            return st.error();
    if (auto st = core::IntakeRules::checkTransplant(t, m_clock.todayUtc()); !st.ok())
        return st.error();
    const qint64 patientId = act.theCase().patient.id;
    storage::RecordRepository record(m_db);
    std::optional<core::Transplant> original;
    if (replaces) {
        auto o = record.transplant(patientId, replaces);
        if (!o.ok())
            return o.error();
        if (!*o)
            return Error::notFound(notFoundEntry(Kind::Transplant, replaces, caseId));
        if (auto st = notCurrent((*o)->entry); !st.ok())
            return st.error();
        original = *o;
        t.entry.supersedes = replaces;
        t.entry.correctionReason = reason.trimmed();
    }
    t.entry.caseId = caseId;
    auto id = record.insertTransplant(patientId, t, actor.id, act.now());
    if (!id.ok())
        return id.error();
    if (original)
        if (auto st = record.supersedeEntry(Kind::Transplant, replaces, original->rowVersion, *id); !st.ok())
            return st.error();
    if (auto st = noteRecordChange(act, record); !st.ok())
        return st.error();
    t.id = *id;
    if (auto st = act.auditOn(replaces ? QStringLiteral("record.transplant.correct")
                                       : QStringLiteral("record.transplant.add"),
                              entityOf(Kind::Transplant), QString::number(*id),
                              original ? IntakeJson::transplantJson(*original) : QJsonObject(),
                              IntakeJson::transplantJson(t), reason.trimmed());
        !st.ok())
        return st.error();
    if (auto st = act.commit(); !st.ok())
        return st.error();
    return *id;
}

Result<qint64> IntakeService::addTransplant(const core::UserIdentity& actor, qint64 caseId,
                                            core::Transplant t)
{
    return writeTransplant(actor, caseId, 0, std::move(t), {});
}

Result<qint64> IntakeService::correctTransplant(const core::UserIdentity& actor, qint64 caseId,
                                                qint64 transplantId, core::Transplant t,
                                                const QString& reason)
{
    return writeTransplant(actor, caseId, transplantId, std::move(t), reason);
}

Result<core::Observation> IntakeService::normalise(const ObservationInput& in) const
{
    const QString code = in.code.trimmed().toLower();
    if (code.isEmpty())
        return Error::badInput(tr("An observation needs a code (e.g. lvef, ecog, anc)."));
    static const QStringList comparators{QString(), QStringLiteral("<"), QStringLiteral("<="),
                                         QStringLiteral(">"), QStringLiteral(">=")};
    if (!comparators.contains(in.comparator.trimmed()))
        return Error::badInput(
            tr("Comparator \"%1\" is not one of <, <=, >, >=.").arg(in.comparator.left(5)));
    auto n = IntakeCatalog::observations().normalise(code, in.value, in.unit.trimmed());
    if (!n.ok())
        return n.error();
    core::Observation o;
    o.code = code;
    o.value = n->value;
    o.unit = n->unit;
    o.enteredValue = n->enteredValue;
    o.enteredUnit = n->enteredUnit;
    o.comparator = in.comparator.trimmed();
    o.source = in.source.trimmed().left(200);
    o.provenance = in.provenance.isEmpty() ? QStringLiteral("typed") : in.provenance;
    const QString date = in.date.trimmed();
    if (date.isEmpty())
        return Error::badInput(tr("An observation needs the date it was taken (YYYY-MM-DD)."));
    const QDate day = QDate::fromString(date, Qt::ISODate);
    if (day.isValid() && date.size() == 10) {
        o.observedOn = day;
        if (day > m_clock.todayUtc())
            return Error::badInput(tr("Observation date %1 is in the future.").arg(date));
    } else {
        QDateTime at = QDateTime::fromString(date, Qt::ISODateWithMs);
        if (!at.isValid())
            return Error::badInput(tr("Observation date \"%1\" is not a date (YYYY-MM-DD) or a date and time "
                                      "(YYYY-MM-DDTHH:MM).")
                                       .arg(date.left(40)));
        at = at.toUTC();
        if (at > m_clock.nowUtc().addSecs(300))
            return Error::badInput(tr("Observation time %1 is in the future.").arg(date));
        o.observedAt = at;
        o.observedOn = at.date();
    }
    return o;
}

Result<core::Observation> IntakeService::writeObservation(const core::UserIdentity& actor, qint64 caseId,
                                                          qint64 replaces, const ObservationInput& input,
                                                          const QString& reason)
{
    ClinicalAct act(m_db, m_clock, actor,
                    recordAct(replaces ? QStringLiteral("record.observation.correct")
                                       : QStringLiteral("record.observation.add"),
                              caseId));
    if (!act.ok())
        return act.error();
    if (replaces)
        if (auto st = needReason(reason); !st.ok())
            return st.error();
    auto obs = normalise(input);
    if (!obs.ok())
        return obs.error();
    const qint64 patientId = act.theCase().patient.id;
    storage::RecordRepository record(m_db);
    std::optional<core::Observation> original;
    if (replaces) {
        auto o = record.observation(patientId, replaces);
        if (!o.ok())
            return o.error();
        if (!*o)
            return Error::notFound(notFoundEntry(Kind::Observation, replaces, caseId));
        if (auto st = notCurrent((*o)->entry); !st.ok())
            return st.error();
        if ((*o)->code != obs->code)
            return Error::badInput(tr("A correction keeps the observation's code (%1).").arg((*o)->code));
        original = *o;
        obs->entry.supersedes = replaces;
        obs->entry.correctionReason = reason.trimmed();
    }
    obs->entry.caseId = caseId;
    auto id = record.insertObservation(patientId, *obs, actor.id, act.now());
    if (!id.ok())
        return id.error();
    if (original)
        if (auto st = record.supersedeEntry(Kind::Observation, replaces, original->rowVersion, *id); !st.ok())
            return st.error();
    if (auto st = noteRecordChange(act, record); !st.ok())
        return st.error();
    obs->id = *id;
    obs->entry.createdAt = act.now();
    obs->rowVersion = 1;
    if (auto st = act.auditOn(replaces ? QStringLiteral("record.observation.correct")
                                       : QStringLiteral("record.observation.add"),
                              entityOf(Kind::Observation), QString::number(*id),
                              original ? IntakeJson::observationJson(*original) : QJsonObject(),
                              IntakeJson::observationJson(*obs), reason.trimmed());
        !st.ok())
        return st.error();
    if (auto st = act.commit(); !st.ok())
        return st.error();
    return *obs;
}

Result<core::Observation> IntakeService::addObservation(const core::UserIdentity& actor, qint64 caseId,
                                                        const ObservationInput& input)
{
    return writeObservation(actor, caseId, 0, input, {});
}

Result<core::Observation> IntakeService::correctObservation(const core::UserIdentity& actor, qint64 caseId,
                                                            qint64 obsId, const ObservationInput& input,
                                                            const QString& reason)
{
    return writeObservation(actor, caseId, obsId, input, reason);
}

namespace {

template <typename Entry, typename Load>
Status voidOne(storage::Database& db, const core::Clock& clock, const core::UserIdentity& actor,
               qint64 caseId, qint64 id, const QString& reason, Kind kind, const QString& action, Load load,
               QJsonObject (*toJson)(const Entry&))
{
    ClinicalAct act(db, clock, actor, recordAct(action, caseId));
    if (!act.ok())
        return act.status();
    if (auto st = needReason(reason); !st.ok())
        return st;
    const qint64 patientId = act.theCase().patient.id;
    storage::RecordRepository record(db);
    std::optional<Entry> entry;
    if (auto st = load(record, patientId, id, entry); !st.ok())
        return st;
    if (!entry)
        return Error::notFound(notFoundEntry(kind, id, caseId));
    if (auto st = notCurrent(entry->entry); !st.ok())
        return st;
    if (auto st = record.voidEntry(kind, id, entry->rowVersion, actor.id, reason.trimmed(), act.now());
        !st.ok())
        return st;
    if (auto st = noteRecordChange(act, record); !st.ok())
        return st;
    if (auto st = act.auditOn(action, entityOf(kind), QString::number(id), toJson(*entry),
                              {{QStringLiteral("voided"), true}}, reason.trimmed());
        !st.ok())
        return st;
    return act.commit();
}

} // namespace

Status IntakeService::voidTherapyLine(const core::UserIdentity& actor, qint64 caseId, qint64 lineId,
                                      const QString& reason)
{
    return voidOne<core::TherapyLine>(
        m_db, m_clock, actor, caseId, lineId, reason, Kind::TherapyLine, QStringLiteral("record.line.void"),
        [](storage::RecordRepository& r, qint64 p, qint64 id,
           std::optional<core::TherapyLine>& out) -> Status {
            auto e = r.therapyLine(p, id);
            if (!e.ok())
                return e.error();
            out = *e;
            return {};
        },
        &IntakeJson::therapyLineJson);
}

Status IntakeService::voidTransplant(const core::UserIdentity& actor, qint64 caseId, qint64 transplantId,
                                     const QString& reason)
{
    return voidOne<core::Transplant>(
        m_db, m_clock, actor, caseId, transplantId, reason, Kind::Transplant,
        QStringLiteral("record.transplant.void"),
        [](storage::RecordRepository& r, qint64 p, qint64 id,
           std::optional<core::Transplant>& out) -> Status {
            auto e = r.transplant(p, id);
            if (!e.ok())
                return e.error();
            out = *e;
            return {};
        },
        &IntakeJson::transplantJson);
}

Status IntakeService::voidObservation(const core::UserIdentity& actor, qint64 caseId, qint64 obsId,
                                      const QString& reason)
{
    return voidOne<core::Observation>(
        m_db, m_clock, actor, caseId, obsId, reason, Kind::Observation,
        QStringLiteral("record.observation.void"),
        [](storage::RecordRepository& r, qint64 p, qint64 id,
           std::optional<core::Observation>& out) -> Status {
            auto e = r.observation(p, id);
            if (!e.ok())
                return e.error();
            out = *e;
            return {};
        },
        &IntakeJson::observationJson);
}

Result<RecordEntries> IntakeService::recordEntries(const core::UserIdentity& actor, qint64 caseId)
{
    if (auto st = require(m_db, m_clock, actor,
                          {core::Action::ReadCases, {}, QStringLiteral("record.view"), caseId});
        !st.ok())
        return st.error();
    auto c = storage::CaseRepository(m_db).caseById(caseId);
    if (!c.ok())
        return c.error();
    if (!*c)
        return Error::notFound(tr("There is no case %1.").arg(caseId));
    const qint64 patientId = (*c)->patient.id;
    storage::RecordRepository record(m_db);
    RecordEntries out;
    auto lines = record.therapyLines(patientId, false);
    if (!lines.ok())
        return lines.error();
    out.lines = *lines;
    auto tps = record.transplants(patientId, false);
    if (!tps.ok())
        return tps.error();
    out.transplants = *tps;
    auto obs = record.observations(patientId, false);
    if (!obs.ok())
        return obs.error();
    out.observations = *obs;
    if (auto st =
            AuditTrail(m_db, m_clock)
                .recordAlone(actor, QStringLiteral("record.view"), caseEntity(), QString::number(caseId));
        !st.ok())
        return st.error();
    return out;
}

} // namespace cb::services
