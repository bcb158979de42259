#include "storage/Hl7Repository.h"

#include "core/Clock.h"
#include "storage/SqlSupport.h"

namespace cb::storage {

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeOf(const QVariant& v)
{
    const QString t = v.toString();
    return t.isEmpty() ? QDateTime() : core::fromIsoUtc(t);
}

const char* kMessageColumns =
    "id, sending_facility, control_id, sending_application, message_time, state, reason, patient_id, "
    "case_id, message_text, message_sha256, source_name, received_at, received_by, assigned_at, assigned_by, "
    "assign_reason, row_version";

Hl7MessageRow messageFrom(const QSqlQuery& q)
{
    Hl7MessageRow r;
    r.id = q.value(0).toLongLong();
    r.sendingFacility = q.value(1).toString();
    r.controlId = q.value(2).toString();
    r.sendingApplication = q.value(3).toString();
    r.messageTime = q.value(4).toString();
    r.state = q.value(5).toString();
    r.reason = q.value(6).toString();
    r.patientId = q.value(7).toLongLong();
    r.caseId = q.value(8).toLongLong();
    r.messageText = q.value(9).toString();
    r.messageSha256 = q.value(10).toString();
    r.sourceName = q.value(11).toString();
    r.receivedAt = timeOf(q.value(12));
    r.receivedBy = q.value(13).toLongLong();
    r.assignedAt = timeOf(q.value(14));
    r.assignedBy = q.value(15).toLongLong();
    r.assignReason = q.value(16).toString();
    r.rowVersion = q.value(17).toLongLong();
    return r;
}

const char* kResultColumns =
    "id, message_id, patient_id, order_key, result_code, code_system, sub_id, set_id, value_type, "
    "value_text, "
    "units, reference_range, flags, result_status, observed, observation_code, observation_id, outcome, "
    "reason, superseded_by, retracted_by, created_at";

Hl7ResultRow resultFrom(const QSqlQuery& q)
{
    Hl7ResultRow r;
    r.id = q.value(0).toLongLong();
    r.messageId = q.value(1).toLongLong();
    r.patientId = q.value(2).toLongLong();
    r.orderKey = q.value(3).toString();
    r.resultCode = q.value(4).toString();
    r.codeSystem = q.value(5).toString();
    r.subId = q.value(6).toString();
    r.setId = q.value(7).toString();
    r.valueType = q.value(8).toString();
    r.valueText = q.value(9).toString();
    r.units = q.value(10).toString();
    r.referenceRange = q.value(11).toString();
    r.flags = q.value(12).toString();
    r.resultStatus = q.value(13).toString();
    r.observed = q.value(14).toString();
    r.observationCode = q.value(15).toString();
    r.observationId = q.value(16).toLongLong();
    r.outcome = q.value(17).toString();
    r.reason = q.value(18).toString();
    r.supersededBy = q.value(19).toLongLong();
    r.retractedBy = q.value(20).toLongLong();
    r.createdAt = timeOf(q.value(21));
    return r;
}

Result<std::optional<Hl7MessageRow>> oneMessage(Database& db, const QString& where, const QVariantMap& binds)
{
    auto q = runQuery(db, s("SELECT ") + s(kMessageColumns) + s(" FROM hl7_message WHERE ") + where, binds);
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<Hl7MessageRow>{};
    return std::optional<Hl7MessageRow>{messageFrom(*q)};
}

} // namespace

Result<std::optional<Hl7MessageRow>> Hl7Repository::messageByControlId(const QString& facility,
                                                                       const QString& controlId)
{
    return oneMessage(m_db, s("sending_facility = :f AND control_id = :c"),
                      {{s("f"), facility}, {s("c"), controlId}});
}

Result<std::optional<Hl7MessageRow>> Hl7Repository::message(qint64 id)
{
    return oneMessage(m_db, s("id = :id"), {{s("id"), id}});
}

Result<QList<Hl7MessageRow>> Hl7Repository::messagesIn(const QString& state)
{
    auto q = runQuery(m_db,
                      s("SELECT ") + s(kMessageColumns) + s(" FROM hl7_message WHERE state = :s ORDER BY id"),
                      {{s("s"), state}});
    if (!q.ok())
        return q.error();
    QList<Hl7MessageRow> out;
    while (q->next())
        out << messageFrom(*q);
    return out;
}

Result<qint64> Hl7Repository::insertMessage(const Hl7MessageRow& r)
{
    auto q = runQuery(
        m_db,
        s("INSERT INTO hl7_message (sending_facility, control_id, sending_application, message_time, state, "
          "reason, patient_id, case_id, message_text, message_sha256, source_name, received_at, received_by) "
          "VALUES (:f, :c, :app, :t, :state, :reason, :p, :case_id, :text, :sha, :src, :at, :by) RETURNING "
          "id"),
        {{s("f"), r.sendingFacility},
         {s("c"), r.controlId},
         {s("app"), r.sendingApplication},
         {s("t"), r.messageTime},
         {s("state"), r.state},
         {s("reason"), r.reason},
         {s("p"), optionalId(r.patientId)},
         {s("case_id"), optionalId(r.caseId)},
         {s("text"), r.messageText},
         {s("sha"), r.messageSha256},
         {s("src"), r.sourceName},
         {s("at"), core::toIsoUtc(r.receivedAt)},
         {s("by"), optionalId(r.receivedBy)}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return Error::failure(s("insert returned no id"));
    return q->value(0).toLongLong();
}

Status Hl7Repository::markAssigned(qint64 id, qint64 rowVersion, qint64 patientId, qint64 caseId, qint64 by,
                                   const QString& reason, const QDateTime& at)
{
    auto q = runQuery(
        m_db,
        s("UPDATE hl7_message SET state = 'assigned', patient_id = :p, case_id = :case_id, "
          "assigned_at = :at, assigned_by = :by, assign_reason = :why, row_version = row_version + 1 "
          "WHERE id = :id AND row_version = :v AND state = 'held'"),
        {{s("p"), patientId},
         {s("case_id"), optionalId(caseId)},
         {s("at"), core::toIsoUtc(at)},
         {s("by"), optionalId(by)},
         {s("why"), reason},
         {s("id"), id},
         {s("v"), rowVersion}});
    if (!q.ok())
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::conflict(QCoreApplication::translate(
            "cb::storage",
            "The held message changed since it was read (someone assigned it): reload the queue."));
    return {};
}

Result<qint64> Hl7Repository::insertResult(const Hl7ResultRow& r)
{
    auto q = runQuery(
        m_db,
        s("INSERT INTO hl7_result (message_id, patient_id, order_key, result_code, code_system, sub_id, "
          "set_id, "
          "value_type, value_text, units, reference_range, flags, result_status, observed, observation_code, "
          "observation_id, outcome, reason, created_at) VALUES (:m, :p, :order, :code, :sys, :sub, :set, "
          ":vt, "
          ":text, :units, :range, :flags, :status, :observed, :ocode, :oid, :outcome, :reason, :at) "
          "RETURNING id"),
        {{s("m"), r.messageId},
         {s("p"), r.patientId},
         {s("order"), r.orderKey},
         {s("code"), r.resultCode},
         {s("sys"), r.codeSystem},
         {s("sub"), r.subId},
         {s("set"), r.setId},
         {s("vt"), r.valueType},
         {s("text"), r.valueText},
         {s("units"), r.units},
         {s("range"), r.referenceRange},
         {s("flags"), r.flags},
         {s("status"), r.resultStatus},
         {s("observed"), r.observed},
         {s("ocode"), r.observationCode},
         {s("oid"), optionalId(r.observationId)},
         {s("outcome"), r.outcome},
         {s("reason"), r.reason},
         {s("at"), core::toIsoUtc(r.createdAt)}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return Error::failure(s("insert returned no id"));
    return q->value(0).toLongLong();
}

Result<std::optional<Hl7ResultRow>> Hl7Repository::currentResult(qint64 patientId, const QString& orderKey,
                                                                 const QString& resultCode,
                                                                 const QString& subId)
{
    auto q = runQuery(
        m_db,
        s("SELECT ") + s(kResultColumns) +
            s(" FROM hl7_result WHERE patient_id = :p AND order_key = :order AND result_code = :code "
              "AND sub_id = :sub AND superseded_by IS NULL AND retracted_by IS NULL AND outcome IN "
              "('accepted', 'kept') ORDER BY id DESC"),
        {{s("p"), patientId}, {s("order"), orderKey}, {s("code"), resultCode}, {s("sub"), subId}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<Hl7ResultRow>{};
    return std::optional<Hl7ResultRow>{resultFrom(*q)};
}

Result<QList<Hl7ResultRow>> Hl7Repository::resultsOf(qint64 messageId)
{
    auto q = runQuery(
        m_db, s("SELECT ") + s(kResultColumns) + s(" FROM hl7_result WHERE message_id = :m ORDER BY id"),
        {{s("m"), messageId}});
    if (!q.ok())
        return q.error();
    QList<Hl7ResultRow> out;
    while (q->next())
        out << resultFrom(*q);
    return out;
}

Status Hl7Repository::markSuperseded(qint64 id, qint64 by)
{
    auto q = runQuery(m_db,
                      s("UPDATE hl7_result SET superseded_by = :by WHERE id = :id AND superseded_by IS NULL"),
                      {{s("by"), by}, {s("id"), id}});
    if (!q.ok())
        return q.error();
    return {};
}

Status Hl7Repository::markRetracted(qint64 id, qint64 by)
{
    auto q =
        runQuery(m_db, s("UPDATE hl7_result SET retracted_by = :by WHERE id = :id AND retracted_by IS NULL"),
                 {{s("by"), by}, {s("id"), id}});
    if (!q.ok())
        return q.error();
    return {};
}

} // namespace cb::storage
