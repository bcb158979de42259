#include "services/Hl7ImportService.h"

#include "core/PermissionPolicy.h"
#include "core/exchange/Hl7CodeMap.h"
#include "core/exchange/Hl7Message.h"
#include "platform/Logging.h"
#include "services/AuditTrail.h"
#include "services/ClinicalAct.h"
#include "services/IntakeCatalog.h"
#include "services/IntakeService.h"
#include "services/SettingsService.h"
#include "storage/Hl7Repository.h"
#include "storage/PatientRepository.h"
#include "storage/RecordRepository.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <optional>

namespace cb::services {

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QString entity()
{
    return s("hl7_message");
}

const core::Hl7CodeMap& codeMap()
{
    static const core::Hl7CodeMap map = [] {
        QFile f(s(":/intake/hl7_codes.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            CB_LOG_ERROR("hl7_codes.json is missing from this build");
            return core::Hl7CodeMap();
        }
        auto parsed = core::Hl7CodeMap::parse(f.readAll(), IntakeCatalog::observations());
        if (!parsed.ok()) {
            CB_LOG_ERROR("hl7_codes.json does not parse: {}", parsed.error().message.toStdString());
            return core::Hl7CodeMap();
        }
        return std::move(parsed).value();
    }();
    return map;
}

bool isResultStatus(const QString& st)
{
    return st == QLatin1String("F") || st == QLatin1String("C") || st == QLatin1String("A") ||
           st == QLatin1String("P");
}

QString where(const core::Hl7Result& r)
{
    return Hl7ImportService::tr("OBX %1 (segment %2)")
        .arg(r.setId.isEmpty() ? s("?") : r.setId)
        .arg(r.segment);
}

Error prefixed(const core::Hl7Result& r, const Error& e)
{
    Error out = e;
    out.message = where(r) + s(": ") + e.message;
    return out;
}

Hl7ImportItem itemOf(const QString& controlId, const QString& facility, const QString& status,
                     const QString& reason)
{
    Hl7ImportItem i;
    i.messageId = controlId;
    i.facility = facility;
    i.status = status;
    i.reason = reason;
    return i;
}

QString facilityOf(const core::Hl7LabMessage& m)
{
    return m.sendingFacility.isEmpty() ? m.sendingApplication : m.sendingFacility;
}

} // namespace

QJsonObject Hl7ImportItem::toJson() const
{
    QJsonObject o{{s("message_id"), messageId},
                  {s("facility"), facility},
                  {s("status"), status},
                  {s("reason"), reason}};
    if (!setId.isEmpty() || !code.isEmpty()) {
        o.insert(s("set_id"), setId);
        o.insert(s("code"), code);
        o.insert(s("observation"), observation);
    }
    if (observationId)
        o.insert(s("observation_id"), observationId);
    if (queueId)
        o.insert(s("queue_id"), queueId);
    if (patientId)
        o.insert(s("patient_id"), patientId);
    return o;
}

void Hl7ImportSummary::add(const Hl7ImportItem& item)
{
    const QString& st = item.status;
    if (st == QLatin1String("accepted"))
        ++accepted;
    else if (st == QLatin1String("superseded"))
        ++superseded;
    else if (st == QLatin1String("retracted"))
        ++retracted;
    else if (st == QLatin1String("held"))
        ++held;
    else if (st == QLatin1String("refused"))
        ++refused;
    else if (st == QLatin1String("kept"))
        ++kept;
    else if (st == QLatin1String("cancelled"))
        ++cancelled;
    else if (st == QLatin1String("ignored"))
        ++ignored;
    else if (st == QLatin1String("duplicate"))
        ++duplicates;
    items << item;
}

QJsonObject Hl7ImportSummary::toJson() const
{
    QJsonArray list;
    for (const auto& i : items)
        list.append(i.toJson());
    return QJsonObject{{s("messages"), messages},
                       {s("accepted"), accepted},
                       {s("superseded"), superseded},
                       {s("retracted"), retracted},
                       {s("held"), held},
                       {s("refused"), refused},
                       {s("kept"), kept},
                       {s("cancelled"), cancelled},
                       {s("ignored"), ignored},
                       {s("duplicates"), duplicates},
                       {s("dry_run"), dryRun},
                       {s("items"), list}};
}

QJsonObject Hl7QueueEntry::toJson() const
{
    return QJsonObject{{s("id"), id},
                       {s("facility"), facility},
                       {s("message_id"), controlId},
                       {s("message_time"), messageTime},
                       {s("reason"), reason},
                       {s("source"), sourceName},
                       {s("received_at"), core::toIsoUtc(receivedAt)},
                       {s("family_name"), familyName},
                       {s("given_name"), givenName},
                       {s("birth_date"), birthDate},
                       {s("identifiers"), QJsonArray::fromStringList(identifiers)},
                       {s("results"), results}};
}

Status Hl7ImportService::requireImport(const core::UserIdentity& actor)
{
    return require(m_db, m_clock, actor,
                   {core::Action::EditCaseData, {}, s("lab.import"), 0, true, entity()});
}

Result<Hl7ImportSummary> Hl7ImportService::importFile(const core::UserIdentity& actor,
                                                      const QByteArray& bytes, const QString& sourceName,
                                                      bool dryRun)
{
    if (auto st = requireImport(actor); !st.ok())
        return st.error();
    auto zones = core::Hl7FacilityZones::parse(m_settings.value(SettingsService::Key::Hl7FacilityTimeZones));
    if (!zones.ok())
        return zones.error();
    Hl7ImportSummary out;
    out.dryRun = dryRun;
    // a dry run does everything inside one transaction it never commits
    std::optional<storage::Transaction> dry;
    if (dryRun) {
        dry.emplace(m_db);
        if (!dry->ok())
            return dry->status().error();
    }
    const auto messages = core::Hl7Parser::parseFile(bytes);
    if (messages.isEmpty())
        return Error::badInput(tr("%1 holds no HL7 message (none starts with MSH).").arg(sourceName));
    for (const auto& fm : messages) {
        ++out.messages;
        if (!fm.message) {
            refuse(actor, fm.controlId, {},
                   tr("Message %1 of the file: %2").arg(fm.index).arg(fm.error.message), out);
            continue;
        }
        auto lab = core::Hl7LabReader::read(*fm.message);
        if (!lab.ok()) {
            refuse(actor, fm.controlId, fm.message->segments.first().value(4),
                   tr("Message %1 of the file: %2").arg(fm.index).arg(lab.error().message), out);
            continue;
        }
        importOne(actor, *lab, sourceName, *zones, out);
    }
    return out;
}

void Hl7ImportService::refuse(const core::UserIdentity& actor, const QString& controlId,
                              const QString& facility, const QString& reason, Hl7ImportSummary& out)
{
    out.add(itemOf(controlId, facility, s("refused"), reason));
    (void)AuditTrail(m_db, m_clock)
        .recordAlone(actor, s("lab.import.refused"), entity(), {}, {},
                     {{s("control_id"), controlId}, {s("facility"), facility}}, reason.left(2000));
    CB_LOG_INFO("lab message refused for user {}", actor.id);
}

void Hl7ImportService::importOne(const core::UserIdentity& actor, const core::Hl7LabMessage& m,
                                 const QString& sourceName, const core::Hl7FacilityZones& zones,
                                 Hl7ImportSummary& out)
{
    const QString facility = facilityOf(m);
    storage::Hl7Repository repo(m_db);
    auto known = repo.messageByControlId(facility, m.controlId);
    if (!known.ok())
        return refuse(actor, m.controlId, facility, known.error().message, out);
    if (*known) {
        Hl7ImportItem item = itemOf(m.controlId, facility, s("duplicate"), {});
        item.reason =
            (*known)->state == QLatin1String("held")
                ? tr("Already taken in on %1 and held in the import queue (item %2): nothing changed.")
                      .arg((*known)->receivedAt.toString(Qt::ISODate))
                      .arg((*known)->id)
                : tr("Already imported on %1: nothing changed.")
                      .arg((*known)->receivedAt.toString(Qt::ISODate));
        item.queueId = (*known)->state == QLatin1String("held") ? (*known)->id : 0;
        out.add(item);
        return;
    }
    if (m.needsZone() && !zones.knows(facility))
        return refuse(
            actor, m.controlId, facility,
            tr("Its times carry no time zone offset and the time zone of facility \"%1\" is not known: "
               "an administrator sets it (setting hl7.facility_time_zones), then import the file again.")
                .arg(facility),
            out);
    const QTimeZone zone = zones.zoneOf(facility);
    QString messageTime = m.messageTime.raw;
    if (m.messageTime.hasTimeOfDay())
        if (auto t = m.messageTime.toUtc(zone); t.ok())
            messageTime = core::toIsoUtc(*t);
    auto target = matchPatient(m);
    if (!target.ok())
        return refuse(actor, m.controlId, facility, target.error().message, out);
    if (!target->heldReason.isEmpty()) {
        if (auto st = hold(actor, m, sourceName, messageTime, target->heldReason, out); !st.ok())
            refuse(actor, m.controlId, facility, st.error().message, out);
        return;
    }
    QList<Hl7ImportItem> items;
    {
        storage::Transaction tx(m_db);
        if (!tx.ok())
            return refuse(actor, m.controlId, facility, tx.status().error().message, out);
        auto id = write(actor, m, sourceName, messageTime, *target, zones, nullptr, items);
        Status st = id.ok() ? Status() : Status(id.error());
        if (st.ok()) {
            QJsonObject counts;
            for (const auto& i : items)
                counts.insert(i.status, counts.value(i.status).toInt() + 1);
            st = AuditTrail(m_db, m_clock)
                     .record(actor, s("lab.import"), entity(), QString::number(*id), {},
                             {{s("control_id"), m.controlId},
                              {s("facility"), facility},
                              {s("patient_id"), target->patientId},
                              {s("case_id"), target->caseId},
                              {s("results"), counts}});
        }
        if (st.ok())
            st = tx.commit();
        if (!st.ok())
            return refuse(actor, m.controlId, facility, st.error().message, out);
        CB_LOG_INFO("lab message {} imported for case {} by user {} ({} results)", *id, target->caseId,
                    actor.id, items.size());
    }
    for (const auto& i : items)
        out.add(i);
}

Result<Hl7ImportService::Target> Hl7ImportService::matchPatient(const core::Hl7LabMessage& m)
{
    storage::PatientRepository patients(m_db);
    QSet<qint64> owners;
    QStringList tried;
    for (const auto& id : m.patientIds) {
        for (const QString& authority : id.authorities()) {
            tried << QStringLiteral("%1/%2/%3").arg(authority, id.type, id.value);
            auto owner =
                patients.patientByIdentifier(core::PatientIdentifier{authority, id.type, id.value, false});
            if (!owner.ok())
                return owner.error();
            if (!*owner)
                continue;
            auto p = patients.patientById(**owner);
            if (!p.ok())
                return p.error();
            owners.insert(*p && (*p)->mergedInto ? (*p)->mergedInto : **owner);
        }
    }
    Target t;
    if (owners.size() > 1) {
        QStringList ids;
        for (qint64 id : owners)
            ids << QString::number(id);
        std::sort(ids.begin(), ids.end());
        t.heldReason =
            tr("The identifiers of PID-3 name different patients (%1): merge the records or assign "
               "the message to one of them.")
                .arg(ids.join(s(", ")));
        return t;
    }
    if (owners.isEmpty()) {
        t.heldReason = tr("No patient has an identifier of PID-3 (authority, type and value: %1).")
                           .arg(tried.isEmpty() ? tr("none with an authority") : tried.join(s("; ")));
        return t;
    }
    return targetFor(*owners.begin());
}

Result<Hl7ImportService::Target> Hl7ImportService::targetFor(qint64 patientId)
{
    storage::PatientRepository patients(m_db);
    auto p = patients.patientById(patientId);
    if (!p.ok())
        return p.error();
    if (!*p)
        return Error::notFound(tr("There is no patient %1.").arg(patientId));
    Target t;
    t.patientId = (*p)->mergedInto ? (*p)->mergedInto : patientId;
    auto open = patients.openCases(t.patientId, std::nullopt);
    if (!open.ok())
        return open.error();
    if (open->isEmpty()) {
        t.heldReason = tr("Patient %1 has no open case to record the results through.").arg(t.patientId);
        return t;
    }
    t.caseId = open->last();
    return t;
}

Status Hl7ImportService::hold(const core::UserIdentity& actor, const core::Hl7LabMessage& m,
                              const QString& sourceName, const QString& messageTime, const QString& reason,
                              Hl7ImportSummary& out)
{
    storage::Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    storage::Hl7MessageRow row;
    row.sendingFacility = facilityOf(m);
    row.controlId = m.controlId;
    row.sendingApplication = m.sendingApplication;
    row.messageTime = messageTime;
    row.state = s("held");
    row.reason = reason;
    row.messageText = m.text;
    row.messageSha256 =
        QString::fromLatin1(QCryptographicHash::hash(m.text.toUtf8(), QCryptographicHash::Sha256).toHex());
    row.sourceName = sourceName.left(260);
    row.receivedAt = m_clock.nowUtc();
    row.receivedBy = actor.id;
    auto id = storage::Hl7Repository(m_db).insertMessage(row);
    if (!id.ok())
        return id.error();
    if (auto st = AuditTrail(m_db, m_clock)
                      .record(actor, s("lab.import.held"), entity(), QString::number(*id), {},
                              {{s("control_id"), m.controlId},
                               {s("facility"), row.sendingFacility},
                               {s("state"), row.state}});
        !st.ok())
        return st;
    if (auto st = tx.commit(); !st.ok())
        return st;
    Hl7ImportItem item = itemOf(m.controlId, row.sendingFacility, s("held"), reason);
    item.queueId = *id;
    out.add(item);
    CB_LOG_INFO("lab message {} held in the import queue by user {}", *id, actor.id);
    return {};
}

Result<qint64> Hl7ImportService::write(const core::UserIdentity& actor, const core::Hl7LabMessage& m,
                                       const QString& sourceName, const QString& messageTime,
                                       const Target& target, const core::Hl7FacilityZones& zones,
                                       const storage::Hl7MessageRow* held, QList<Hl7ImportItem>& items)
{
    const QTimeZone zone = zones.zoneOf(facilityOf(m));
    const core::ObservationCatalog& catalog = IntakeCatalog::observations();
    struct Planned
    {
        const core::Hl7Result* result = nullptr;
        QString observed;
        QString observation;
        bool recordable = false;
        QString keptReason;
        ObservationInput input;
    };
    // everything is checked before anything is written: one bad result refuses the message
    QList<Planned> plan;
    for (const auto& r : m.results) {
        Planned p;
        p.result = &r;
        const bool hasValue = !r.text.isEmpty() || r.number;
        if (!r.observedAt.isNull()) {
            auto d = r.observedAt.observationDate(zone);
            if (d.ok())
                p.observed = *d;
            else if (isResultStatus(r.status) && hasValue)
                return prefixed(r, d.error());
        } else if (isResultStatus(r.status) && hasValue) {
            return prefixed(r,
                            Error::badInput(tr("the result has no time (OBX-14, nor OBR-7 of its order).")));
        }
        p.observation = codeMap().observationOf(r, catalog);
        if (isResultStatus(r.status) && hasValue) {
            const core::ObservationDefinition* def = catalog.find(p.observation);
            if (!def)
                p.keptReason =
                    tr("Code %1 (%2) is not in the observation vocabulary: kept with the message, not "
                       "written to the record.")
                        .arg(r.code, r.codeSystem.isEmpty() ? tr("no code system") : r.codeSystem);
            else if (!r.number)
                p.keptReason =
                    tr("%1 \"%2\" is not one number: kept with the message, not written to the record.")
                        .arg(def->label(), r.text.left(80));
            else if (r.comparator == QLatin1String("<>"))
                p.keptReason = tr("%1 \"%2\" is not a value the record holds: kept with the message.")
                                   .arg(def->label(), r.text.left(80));
            else if (r.units.isEmpty() && !def->unit.isEmpty())
                p.keptReason = tr("%1 has no unit (OBX-6): kept with the message, not written to the record.")
                                   .arg(def->label());
            else {
                p.input.code = p.observation;
                p.input.value = *r.number;
                p.input.comparator = r.comparator;
                p.input.unit = r.units;
                p.input.date = p.observed;
                p.input.source =
                    QStringLiteral("HL7 %1 %2 OBX %3").arg(facilityOf(m), m.controlId, r.setId).left(200);
                p.input.provenance = s("hl7");
                if (auto n = m_intake.normalise(p.input); !n.ok())
                    return prefixed(r, n.error());
                p.recordable = true;
            }
        }
        plan << p;
    }

    storage::Hl7Repository repo(m_db);
    storage::RecordRepository record(m_db);
    const QDateTime now = m_clock.nowUtc();
    qint64 messageRowId = held ? held->id : 0;
    if (!held) {
        storage::Hl7MessageRow row;
        row.sendingFacility = facilityOf(m);
        row.controlId = m.controlId;
        row.sendingApplication = m.sendingApplication;
        row.messageTime = messageTime;
        row.state = s("imported");
        row.patientId = target.patientId;
        row.caseId = target.caseId;
        row.messageText = m.text;
        row.messageSha256 = QString::fromLatin1(
            QCryptographicHash::hash(m.text.toUtf8(), QCryptographicHash::Sha256).toHex());
        row.sourceName = sourceName.left(260);
        row.receivedAt = now;
        row.receivedBy = actor.id;
        auto id = repo.insertMessage(row);
        if (!id.ok())
            return id.error();
        messageRowId = *id;
    }
    const auto observationIsCurrent = [&](qint64 id) -> Result<bool> {
        if (!id)
            return false;
        auto o = record.observation(target.patientId, id);
        if (!o.ok())
            return o.error();
        return *o && (*o)->entry.isCurrent();
    };

    for (const Planned& p : plan) {
        const core::Hl7Result& r = *p.result;
        const QString orderKey = m.orders.value(r.order).key();
        Hl7ImportItem item = itemOf(m.controlId, facilityOf(m), {}, {});
        item.setId = r.setId;
        item.code = r.code;
        item.observation = p.observation;
        item.patientId = target.patientId;
        storage::Hl7ResultRow row;
        row.messageId = messageRowId;
        row.patientId = target.patientId;
        row.orderKey = orderKey;
        row.resultCode = r.code;
        row.codeSystem = r.codeSystem;
        row.subId = r.subId;
        row.setId = r.setId;
        row.valueType = r.valueType;
        row.valueText = r.text.left(4000);
        row.units = r.units;
        row.referenceRange = r.referenceRange;
        row.flags = r.flags.join(QLatin1Char(','));
        row.resultStatus = r.status;
        row.observed = p.observed;
        row.observationCode = p.observation;
        row.createdAt = now;

        auto prior = repo.currentResult(target.patientId, orderKey, r.code, r.subId);
        if (!prior.ok())
            return prior.error();
        auto priorCurrent = observationIsCurrent(*prior ? (*prior)->observationId : 0);
        if (!priorCurrent.ok())
            return priorCurrent.error();
        const QString what = QStringLiteral("HL7 %1 %2").arg(m.controlId, r.status);

        if (isResultStatus(r.status)) {
            if (r.status == QLatin1String("P") && *prior && isResultStatus((*prior)->resultStatus) &&
                (*prior)->resultStatus != QLatin1String("P")) {
                row.outcome = s("ignored");
                row.reason = tr("A preliminary result after the final one is not recorded.");
                if (auto id = repo.insertResult(row); !id.ok())
                    return id.error();
                item.status = row.outcome;
                item.reason = row.reason;
                items << item;
                continue;
            }
            qint64 obsId = 0;
            if (p.recordable) {
                auto obs =
                    *priorCurrent
                        ? m_intake.correctObservation(
                              actor, target.caseId, (*prior)->observationId, p.input,
                              tr("Result %1 from the lab (%2) replaces result %3 (%4).")
                                  .arg(r.status == QLatin1String("F") ? tr("final") : tr("corrected"), what)
                                  .arg((*prior)->id)
                                  .arg((*prior)->resultStatus))
                        : m_intake.addObservation(actor, target.caseId, p.input);
                if (!obs.ok())
                    return prefixed(r, obs.error());
                obsId = obs->id;
            } else if (*priorCurrent) {
                if (auto st = m_intake.voidObservation(
                        actor, target.caseId, (*prior)->observationId,
                        tr("Replaced by the lab (%1) with a result the record does not hold as a number.")
                            .arg(what));
                    !st.ok())
                    return prefixed(r, st.error());
            }
            row.observationId = obsId;
            row.outcome = p.recordable ? s("accepted") : s("kept");
            row.reason = p.keptReason;
            auto id = repo.insertResult(row);
            if (!id.ok())
                return id.error();
            item.observationId = obsId;
            if (*prior) {
                if (auto st = repo.markSuperseded((*prior)->id, *id); !st.ok())
                    return st.error();
                item.status = s("superseded");
                item.reason = tr("Supersedes the earlier result (status %1) of order %2, code %3%4.")
                                  .arg((*prior)->resultStatus, orderKey, r.code,
                                       r.subId.isEmpty() ? QString() : tr(", sub-id %1").arg(r.subId));
                if (!p.keptReason.isEmpty())
                    item.reason += QLatin1Char(' ') + p.keptReason;
            } else {
                item.status = p.recordable ? s("accepted") : s("kept");
                item.reason = p.keptReason;
                if (r.status == QLatin1String("C") || r.status == QLatin1String("A"))
                    item.reason = (item.reason + QLatin1Char(' ') +
                                   tr("A correction of a result not on record: recorded as it is."))
                                      .trimmed();
                if (r.status == QLatin1String("P") && p.recordable)
                    item.reason = tr("Preliminary: a final result will supersede it.");
            }
            items << item;
            continue;
        }

        const bool retraction = r.status == QLatin1String("D") || r.status == QLatin1String("W");
        const bool cancel = r.status == QLatin1String("X");
        const bool retractsPrior =
            *prior && (retraction || (cancel && (*prior)->resultStatus == QLatin1String("P")));
        if (retractsPrior && *priorCurrent) {
            const QString why =
                r.status == QLatin1String("W")
                    ? tr("The lab says the result belongs to another patient (%1).").arg(what)
                : cancel
                    ? tr("The lab cancelled the test; the preliminary result is withdrawn (%1).").arg(what)
                    : tr("The lab deleted the result as entered in error (%1).").arg(what);
            if (auto st = m_intake.voidObservation(actor, target.caseId, (*prior)->observationId, why);
                !st.ok())
                return prefixed(r, st.error());
        }
        if (retraction)
            row.outcome = *prior ? s("retraction") : s("ignored");
        else if (cancel)
            row.outcome = s("cancelled");
        else
            row.outcome = s("ignored");
        if (retraction)
            row.reason =
                *prior ? tr("Retracts the earlier result (status %1) of order %2, code %3.")
                             .arg((*prior)->resultStatus, orderKey, r.code)
                       : tr("Nothing on record to retract for order %1, code %2.").arg(orderKey, r.code);
        else if (cancel)
            row.reason =
                retractsPrior
                    ? tr("The lab cancelled the test; the preliminary result of order %1 is withdrawn.")
                          .arg(orderKey)
                    : tr("No result: the lab cancelled the test.");
        else
            row.reason = tr("Status %1 is not a result: nothing recorded.").arg(r.status);
        auto id = repo.insertResult(row);
        if (!id.ok())
            return id.error();
        if (retractsPrior)
            if (auto st = repo.markRetracted((*prior)->id, *id); !st.ok())
                return st.error();
        item.status = retraction ? (*prior ? s("retracted") : s("ignored"))
                      : cancel   ? s("cancelled")
                                 : s("ignored");
        item.reason = row.reason;
        items << item;
    }
    return messageRowId;
}

Result<QList<Hl7QueueEntry>> Hl7ImportService::queue(const core::UserIdentity& actor)
{
    if (auto st = require(m_db, m_clock, actor,
                          {core::Action::EditCaseData, {}, s("lab.queue.view"), 0, true, entity()});
        !st.ok())
        return st.error();
    auto rows = storage::Hl7Repository(m_db).messagesIn(s("held"));
    if (!rows.ok())
        return rows.error();
    QList<Hl7QueueEntry> out;
    for (const auto& row : *rows) {
        Hl7QueueEntry e;
        e.id = row.id;
        e.facility = row.sendingFacility;
        e.controlId = row.controlId;
        e.messageTime = row.messageTime;
        e.reason = row.reason;
        e.sourceName = row.sourceName;
        e.receivedAt = row.receivedAt;
        if (auto parsed = core::Hl7Parser::parseMessage(row.messageText); parsed.ok())
            if (auto lab = core::Hl7LabReader::read(*parsed); lab.ok()) {
                e.familyName = lab->familyName;
                e.givenName = lab->givenName;
                e.birthDate = lab->birthDate;
                for (const auto& id : lab->patientIds)
                    e.identifiers << QStringLiteral("%1:%2:%3")
                                         .arg(id.authority.isEmpty() ? id.authorityUniversal : id.authority,
                                              id.type, id.value);
                e.results = int(lab->results.size());
            }
        out << e;
    }
    if (auto st =
            AuditTrail(m_db, m_clock)
                .recordAlone(actor, s("lab.queue.view"), entity(), {}, {}, {{s("held"), int(out.size())}});
        !st.ok())
        return st.error();
    return out;
}

Result<Hl7ImportSummary> Hl7ImportService::assign(const core::UserIdentity& actor, qint64 queueId,
                                                  qint64 patientId, const QString& reason)
{
    if (auto st =
            require(m_db, m_clock, actor,
                    {core::Action::EditCaseData, {}, s("lab.queue.assign"), 0, true, entity(), queueId});
        !st.ok())
        return st.error();
    if (reason.trimmed().isEmpty())
        return Error::badInput(tr("A reason is required: say how the patient was identified."));
    if (reason.size() > 2000)
        return Error::badInput(tr("The reason is too long (2000 characters at most)."));
    storage::Hl7Repository repo(m_db);
    auto row = repo.message(queueId);
    if (!row.ok())
        return row.error();
    if (!*row)
        return Error::notFound(tr("There is no message %1 in the import queue.").arg(queueId));
    if ((*row)->state != QLatin1String("held"))
        return Error::invalidState(tr("Message %1 is not held any more (it was assigned on %2).")
                                       .arg(queueId)
                                       .arg((*row)->assignedAt.toString(Qt::ISODate)));
    auto target = targetFor(patientId);
    if (!target.ok())
        return target.error();
    if (!target->heldReason.isEmpty())
        return Error::invalidState(target->heldReason);
    auto parsed = core::Hl7Parser::parseMessage((*row)->messageText);
    if (!parsed.ok())
        return parsed.error();
    auto lab = core::Hl7LabReader::read(*parsed);
    if (!lab.ok())
        return lab.error();
    auto zones = core::Hl7FacilityZones::parse(m_settings.value(SettingsService::Key::Hl7FacilityTimeZones));
    if (!zones.ok())
        return zones.error();
    if (lab->needsZone() && !zones->knows((*row)->sendingFacility))
        return Error::badInput(
            tr("The time zone of facility \"%1\" is not known: an administrator sets it (setting "
               "hl7.facility_time_zones) first.")
                .arg((*row)->sendingFacility));
    Hl7ImportSummary out;
    out.messages = 1;
    QList<Hl7ImportItem> items;
    storage::Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    const QDateTime now = m_clock.nowUtc();
    if (auto st = repo.markAssigned(queueId, (*row)->rowVersion, target->patientId, target->caseId, actor.id,
                                    reason.trimmed(), now);
        !st.ok())
        return st.error();
    auto id = write(actor, *lab, (*row)->sourceName, (*row)->messageTime, *target, *zones, &**row, items);
    if (!id.ok())
        return id.error();
    if (auto st = AuditTrail(m_db, m_clock)
                      .record(actor, s("lab.queue.assign"), entity(), QString::number(queueId),
                              {{s("state"), s("held")}},
                              {{s("state"), s("assigned")},
                               {s("control_id"), (*row)->controlId},
                               {s("patient_id"), target->patientId},
                               {s("case_id"), target->caseId},
                               {s("results"), int(items.size())}},
                              reason.trimmed());
        !st.ok())
        return st.error();
    if (auto st = tx.commit(); !st.ok())
        return st.error();
    CB_LOG_INFO("held lab message {} assigned to case {} by user {}", queueId, target->caseId, actor.id);
    for (const auto& i : items)
        out.add(i);
    return out;
}

} // namespace cb::services
