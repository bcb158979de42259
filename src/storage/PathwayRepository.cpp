#include "storage/PathwayRepository.h"

#include "core/Clock.h"
#include "core/Patient.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace cb::storage {

namespace {

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant& v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString(QLatin1String(""));
}

QDate date(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

const QString kEventSelect = QStringLiteral(
    "SELECT e.id, e.case_id, e.event_type, e.event_date, e.end_date, e.details_json, e.notes_json, "
    "e.recorded_by, "
    "u.printed_name, e.recorded_at, e.row_version, e.voided_at, e.voided_by, vu.printed_name, e.void_reason, "
    "e.supersedes, e.superseded_by FROM pathway_event e JOIN app_user u ON u.id = e.recorded_by "
    "LEFT JOIN app_user vu ON vu.id = e.voided_by ");

// The correction columns (voided_at … superseded_by) from column `first` on.
core::RecordCorrection readCorrection(const QSqlQuery& q, int first)
{
    core::RecordCorrection c;
    if (!q.value(first).toString().isEmpty())
        c.voidedAt = core::fromIsoUtc(q.value(first).toString());
    c.voidedBy = q.value(first + 1).toLongLong();
    c.voidedByName = q.value(first + 2).toString();
    c.voidReason = q.value(first + 3).toString();
    c.supersedes = q.value(first + 4).toLongLong();
    c.supersededBy = q.value(first + 5).toLongLong();
    return c;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

Status conflictUnlessOne(const QSqlQuery& q, const QString& message)
{
    if (q.numRowsAffected() != 1)
        return Error::conflict(message);
    return {};
}

core::PathwayEvent readEvent(const QSqlQuery& q)
{
    core::PathwayEvent e;
    e.id = q.value(0).toLongLong();
    e.caseId = q.value(1).toLongLong();
    e.type = core::fromId(core::pathwayEventTypes(), q.value(2).toString())
                 .value_or(core::PathwayEventType::Apheresis);
    e.date = date(q.value(3));
    e.endDate = date(q.value(4));
    e.details = object(q.value(5));
    for (const QJsonValue& n : QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array())
        e.notes << n.toString();
    e.recordedBy = q.value(7).toLongLong();
    e.recordedByName = q.value(8).toString();
    e.recordedAt = core::fromIsoUtc(q.value(9).toString());
    e.rowVersion = q.value(10).toLongLong();
    e.correction = readCorrection(q, 11);
    return e;
}

const QString kAssessmentSelect = QStringLiteral(
    "SELECT a.id, a.case_id, a.assessed_at, a.day_number, a.inputs_json, a.outputs_json, a.crs_grade, "
    "a.icans_grade, "
    "a.ice_score, a.temperature_c, a.interventions_json, a.attributable_to_other_cause, a.free_text, "
    "a.rule_version, "
    "a.assessor_id, u.printed_name, a.created_at, a.row_version, a.voided_at, a.voided_by, vu.printed_name, "
    "a.void_reason, a.supersedes, a.superseded_by FROM assessment a JOIN app_user u ON u.id = a.assessor_id "
    "LEFT JOIN app_user vu ON vu.id = a.voided_by ");

core::Assessment readAssessment(const QSqlQuery& q)
{
    core::Assessment a;
    a.id = q.value(0).toLongLong();
    a.caseId = q.value(1).toLongLong();
    a.assessedAt = core::fromIsoUtc(q.value(2).toString());
    a.day = q.value(3).toInt();
    a.inputs = object(q.value(4));
    a.outputs = object(q.value(5));
    a.crsGrade = q.value(6).toInt();
    a.icansGrade = q.value(7).toInt();
    a.iceScore = q.value(8).isNull() ? -1 : q.value(8).toInt();
    a.temperatureC = q.value(9).toDouble();
    a.interventions = object(q.value(10));
    a.attributableToOtherCause = q.value(11).toInt() != 0;
    a.freeText = q.value(12).toString();
    a.ruleVersion = q.value(13).toString();
    a.assessorId = q.value(14).toLongLong();
    a.assessorName = q.value(15).toString();
    a.recordedAt = core::fromIsoUtc(q.value(16).toString());
    a.rowVersion = q.value(17).toLongLong();
    a.correction = readCorrection(q, 18);
    return a;
}

const QString kFollowUpColumns = QStringLiteral(
    "f.id, f.case_id, f.visit, f.day_number, f.due_date, f.done_date, f.response, f.rule_version, f.mrd, "
    "f.details_json, f.recorded_by, u.printed_name, f.updated_at, f.row_version");
const QString kFollowUpFrom =
    QStringLiteral(" FROM follow_up f LEFT JOIN app_user u ON u.id = f.recorded_by ");

core::FollowUpVisit readFollowUp(const QSqlQuery& q)
{
    core::FollowUpVisit f;
    f.id = q.value(0).toLongLong();
    f.caseId = q.value(1).toLongLong();
    f.visit = q.value(2).toString();
    f.day = q.value(3).toInt();
    f.dueDate = date(q.value(4));
    f.doneDate = date(q.value(5));
    f.response = q.value(6).toString();
    f.ruleVersion = q.value(7).toString();
    f.mrd = core::fromId(core::mrdStatuses(), q.value(8).toString()).value_or(core::MrdStatus::NotDone);
    f.details = object(q.value(9));
    f.recordedBy = q.value(10).toLongLong();
    f.recordedByName = q.value(11).toString();
    f.updatedAt = core::fromIsoUtc(q.value(12).toString());
    f.rowVersion = q.value(13).toLongLong();
    return f;
}

} // namespace

Result<QList<core::PathwayEvent>> PathwayRepository::events(qint64 caseId)
{
    auto q = runQuery(m_db, kEventSelect + QStringLiteral("WHERE e.case_id = :id ORDER BY e.id"),
                      {{QStringLiteral("id"), caseId}});
    if (!q.ok())
        return q.error();
    QList<core::PathwayEvent> out;
    while (q->next())
        out << readEvent(*q);
    return out;
}

Result<qint64> PathwayRepository::insertEvent(const core::PathwayEvent& e)
{
    auto q =
        runQuery(m_db,
                 QStringLiteral("INSERT INTO pathway_event (case_id, event_type, event_date, end_date, "
                                "details_json, notes_json, recorded_by, "
                                "recorded_at, supersedes) VALUES (:case_id, :type, :date, :end, :details, "
                                ":notes, :by, :at, :supersedes) "
                                "RETURNING id"),
                 {{QStringLiteral("case_id"), e.caseId},
                  {QStringLiteral("type"), core::toId(e.type)},
                  {QStringLiteral("date"), dateText(e.date)},
                  {QStringLiteral("end"), dateText(e.endDate)},
                  {QStringLiteral("details"), json(e.details)},
                  {QStringLiteral("notes"),
                   QString::fromUtf8(
                       QJsonDocument(QJsonArray::fromStringList(e.notes)).toJson(QJsonDocument::Compact))},
                  {QStringLiteral("by"), e.recordedBy},
                  {QStringLiteral("at"), core::toIsoUtc(e.recordedAt)},
                  {QStringLiteral("supersedes"), idOrNull(e.correction.supersedes)}});
    if (!q.ok())
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Result<std::optional<core::PathwayEvent>> PathwayRepository::event(qint64 caseId, qint64 eventId)
{
    auto q = runQuery(m_db, kEventSelect + QStringLiteral("WHERE e.case_id = :case_id AND e.id = :id"),
                      {{QStringLiteral("case_id"), caseId}, {QStringLiteral("id"), eventId}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<core::PathwayEvent>{};
    return std::optional<core::PathwayEvent>{readEvent(*q)};
}

Status PathwayRepository::voidEvent(qint64 eventId, qint64 rowVersion, qint64 by, const QString& reason,
                                    const QDateTime& at)
{
    auto q = runQuery(
        m_db,
        QStringLiteral("UPDATE pathway_event SET voided_at = :at, voided_by = :by, void_reason = :reason, "
                       "row_version = row_version + 1 WHERE id = :id AND row_version = :v AND voided_at = '' "
                       "AND superseded_by IS NULL"),
        {{QStringLiteral("at"), core::toIsoUtc(at)},
         {QStringLiteral("by"), by},
         {QStringLiteral("reason"), reason},
         {QStringLiteral("id"), eventId},
         {QStringLiteral("v"), rowVersion}});
    if (!q.ok())
        return q.error();
    return conflictUnlessOne(
        *q, QCoreApplication::translate(
                "cb::storage",
                "Someone else changed this pathway step meanwhile. Reload the pathway to see their change, "
                "then apply yours again."));
}

Status PathwayRepository::supersedeEvent(qint64 eventId, qint64 rowVersion, qint64 replacementId)
{
    auto q = runQuery(
        m_db,
        QStringLiteral(
            "UPDATE pathway_event SET superseded_by = :by, row_version = row_version + 1 WHERE id = :id "
            "AND row_version = :v AND voided_at = '' AND superseded_by IS NULL"),
        {{QStringLiteral("by"), replacementId},
         {QStringLiteral("id"), eventId},
         {QStringLiteral("v"), rowVersion}});
    if (!q.ok())
        return q.error();
    return conflictUnlessOne(
        *q, QCoreApplication::translate(
                "cb::storage",
                "Someone else changed this pathway step meanwhile. Reload the pathway to see their change, "
                "then apply yours again."));
}

Result<QList<core::Assessment>> PathwayRepository::assessments(qint64 caseId)
{
    auto q = runQuery(
        m_db, kAssessmentSelect + QStringLiteral("WHERE a.case_id = :id ORDER BY a.assessed_at, a.id"),
        {{QStringLiteral("id"), caseId}});
    if (!q.ok())
        return q.error();
    QList<core::Assessment> out;
    while (q->next())
        out << readAssessment(*q);
    return out;
}

Result<qint64> PathwayRepository::insertAssessment(const core::Assessment& a)
{
    auto q = runQuery(
        m_db,
        QStringLiteral("INSERT INTO assessment (case_id, assessed_at, day_number, inputs_json, outputs_json, "
                       "crs_grade, icans_grade, "
                       "ice_score, temperature_c, interventions_json, attributable_to_other_cause, "
                       "free_text, rule_version, "
                       "assessor_id, created_at, supersedes) VALUES (:case_id, :at, :day, :inputs, :outputs, "
                       ":crs, :icans, :ice, "
                       ":temp, :interventions, :attributable, :free_text, :rule, :assessor, :created, "
                       ":supersedes) RETURNING id"),
        {{QStringLiteral("case_id"), a.caseId},
         {QStringLiteral("at"), core::toIsoUtc(a.assessedAt)},
         {QStringLiteral("day"), a.day},
         {QStringLiteral("inputs"), json(a.inputs)},
         {QStringLiteral("outputs"), json(a.outputs)},
         {QStringLiteral("crs"), a.crsGrade},
         {QStringLiteral("icans"), a.icansGrade},
         {QStringLiteral("ice"), a.iceScore < 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(a.iceScore)},
         {QStringLiteral("temp"), a.temperatureC},
         {QStringLiteral("interventions"), json(a.interventions)},
         {QStringLiteral("attributable"), a.attributableToOtherCause ? 1 : 0},
         {QStringLiteral("free_text"), a.freeText},
         {QStringLiteral("rule"), a.ruleVersion},
         {QStringLiteral("assessor"), a.assessorId},
         {QStringLiteral("created"), core::toIsoUtc(a.recordedAt)},
         {QStringLiteral("supersedes"), idOrNull(a.correction.supersedes)}});
    if (!q.ok())
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Result<std::optional<core::Assessment>> PathwayRepository::assessment(qint64 caseId, qint64 assessmentId)
{
    auto q = runQuery(m_db, kAssessmentSelect + QStringLiteral("WHERE a.case_id = :case_id AND a.id = :id"),
                      {{QStringLiteral("case_id"), caseId}, {QStringLiteral("id"), assessmentId}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<core::Assessment>{};
    return std::optional<core::Assessment>{readAssessment(*q)};
}

Status PathwayRepository::voidAssessment(qint64 assessmentId, qint64 rowVersion, qint64 by,
                                         const QString& reason, const QDateTime& at)
{
    auto q = runQuery(
        m_db,
        QStringLiteral("UPDATE assessment SET voided_at = :at, voided_by = :by, void_reason = :reason, "
                       "row_version = row_version + 1 WHERE id = :id AND row_version = :v AND voided_at = '' "
                       "AND superseded_by IS NULL"),
        {{QStringLiteral("at"), core::toIsoUtc(at)},
         {QStringLiteral("by"), by},
         {QStringLiteral("reason"), reason},
         {QStringLiteral("id"), assessmentId},
         {QStringLiteral("v"), rowVersion}});
    if (!q.ok())
        return q.error();
    return conflictUnlessOne(
        *q, QCoreApplication::translate(
                "cb::storage",
                "Someone else changed this assessment meanwhile. Reload the monitoring sheet to see their "
                "change, then apply yours again."));
}

Status PathwayRepository::supersedeAssessment(qint64 assessmentId, qint64 rowVersion, qint64 replacementId)
{
    auto q = runQuery(
        m_db,
        QStringLiteral(
            "UPDATE assessment SET superseded_by = :by, row_version = row_version + 1 WHERE id = :id "
            "AND row_version = :v AND voided_at = '' AND superseded_by IS NULL"),
        {{QStringLiteral("by"), replacementId},
         {QStringLiteral("id"), assessmentId},
         {QStringLiteral("v"), rowVersion}});
    if (!q.ok())
        return q.error();
    return conflictUnlessOne(
        *q, QCoreApplication::translate(
                "cb::storage",
                "Someone else changed this assessment meanwhile. Reload the monitoring sheet to see their "
                "change, then apply yours again."));
}

Result<int> PathwayRepository::unscheduleOpenFollowUps(qint64 caseId)
{
    auto q = runQuery(m_db, QStringLiteral("DELETE FROM follow_up WHERE case_id = :id AND done_date = ''"),
                      {{QStringLiteral("id"), caseId}});
    if (!q.ok())
        return q.error();
    return q->numRowsAffected();
}

Result<QList<core::FollowUpVisit>> PathwayRepository::followUps(qint64 caseId)
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT ") + kFollowUpColumns + kFollowUpFrom +
                          QStringLiteral("WHERE f.case_id = :id ORDER BY f.due_date, f.id"),
                      {{QStringLiteral("id"), caseId}});
    if (!q.ok())
        return q.error();
    QList<core::FollowUpVisit> out;
    while (q->next())
        out << readFollowUp(*q);
    return out;
}

Result<std::optional<core::FollowUpVisit>> PathwayRepository::followUp(qint64 caseId, const QString& visit)
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT ") + kFollowUpColumns + kFollowUpFrom +
                          QStringLiteral("WHERE f.case_id = :id AND f.visit = :visit"),
                      {{QStringLiteral("id"), caseId}, {QStringLiteral("visit"), visit}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<core::FollowUpVisit>{};
    return std::optional<core::FollowUpVisit>{readFollowUp(*q)};
}

Result<qint64> PathwayRepository::insertFollowUp(const core::FollowUpVisit& f, const QDateTime& now)
{
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO follow_up (case_id, visit, day_number, due_date, "
                                     "done_date, response, rule_version, mrd, "
                                     "details_json, created_at, updated_at) VALUES (:case_id, :visit, :day, "
                                     ":due, '', '', :rule, 'not_done', '{}', "
                                     ":now, :now2) RETURNING id"),
                      {{QStringLiteral("case_id"), f.caseId},
                       {QStringLiteral("visit"), f.visit},
                       {QStringLiteral("day"), f.day},
                       {QStringLiteral("due"), dateText(f.dueDate)},
                       {QStringLiteral("rule"), f.ruleVersion},
                       {QStringLiteral("now"), core::toIsoUtc(now)},
                       {QStringLiteral("now2"), core::toIsoUtc(now)}});
    if (!q.ok())
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Status PathwayRepository::updateFollowUp(const core::FollowUpVisit& f, const QDateTime& now)
{
    auto q = runQuery(
        m_db,
        QStringLiteral(
            "UPDATE follow_up SET done_date = :done, response = :response, rule_version = :rule, mrd = :mrd, "
            "details_json = :details, recorded_by = :by, updated_at = :now, row_version = row_version + 1 "
            "WHERE id = :id AND row_version = :v"),
        {{QStringLiteral("done"), dateText(f.doneDate)},
         {QStringLiteral("response"), f.response},
         {QStringLiteral("rule"), f.ruleVersion},
         {QStringLiteral("mrd"), core::toId(f.mrd)},
         {QStringLiteral("details"), json(f.details)},
         {QStringLiteral("by"), f.recordedBy},
         {QStringLiteral("now"), core::toIsoUtc(now)},
         {QStringLiteral("id"), f.id},
         {QStringLiteral("v"), f.rowVersion}});
    if (!q.ok())
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::conflict(QCoreApplication::translate(
            "cb::storage",
            "Someone else recorded this follow-up visit meanwhile. Reload it to see their entry, then "
            "apply your change again."));
    return {};
}

Result<QList<core::FollowUpListEntry>> PathwayRepository::followUpList(bool openOnly, const QDate& dueBy)
{
    QString sql =
        QStringLiteral("SELECT ") + kFollowUpColumns +
        QStringLiteral(", p.family_name, p.given_name, p.mrn, c.state") + kFollowUpFrom +
        QStringLiteral("JOIN clinical_case c ON c.id = f.case_id JOIN patient p ON p.id = c.patient_id "
                       "WHERE c.state IN ('treatment', 'follow_up')");
    QVariantMap binds;
    if (openOnly) {
        sql += QStringLiteral(" AND f.done_date = '' AND f.due_date <= :due_by");
        binds.insert(QStringLiteral("due_by"), dateText(dueBy));
    }
    sql += QStringLiteral(" ORDER BY f.due_date, f.case_id, f.id");
    auto q = runQuery(m_db, sql, binds);
    if (!q.ok())
        return q.error();
    QList<core::FollowUpListEntry> out;
    while (q->next()) {
        core::FollowUpListEntry e;
        e.visit = readFollowUp(*q);
        e.patientName = core::Patient::displayName(q->value(14).toString(), q->value(15).toString());
        e.mrn = q->value(16).toString();
        e.caseState = q->value(17).toString();
        out << e;
    }
    return out;
}

} // namespace cb::storage
