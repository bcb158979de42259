#include "storage/ReviewRepository.h"

#include "core/Clock.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cb::storage {

namespace {

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString json(const QJsonArray& a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant& v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QJsonArray array(const QVariant& v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).array();
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

Error staleError()
{
    return Error::conflict(QCoreApplication::translate(
        "cb::storage", "Someone else saved this record meanwhile. Reload it to see their version, then apply "
                       "your change again."));
}

const QString kSignatureColumns = QStringLiteral("id, record_type, record_id, signer_id, printed_name, role, "
                                                 "discipline, meaning, signed_at, content_sha256");

core::Signature readSignature(const QSqlQuery& q, int o = 0)
{
    core::Signature s;
    s.id = q.value(o + 0).toLongLong();
    s.recordType = q.value(o + 1).toString();
    s.recordId = q.value(o + 2).toLongLong();
    s.signerId = q.value(o + 3).toLongLong();
    s.printedName = q.value(o + 4).toString();
    s.role = q.value(o + 5).toString();
    s.discipline = q.value(o + 6).toString();
    s.meaning = q.value(o + 7).toString();
    s.signedAt = core::fromIsoUtc(q.value(o + 8).toString());
    s.contentSha256 = q.value(o + 9).toString();
    return s;
}

const QString kOpinionSelect = QStringLiteral(
    "SELECT o.id, o.case_id, o.discipline, o.version, o.template_version, o.answers_json, o.evaluation_json, "
    "o.concerns, o.contraindications, o.recommendation, o.conditions, o.comment, o.author_id, o.status, "
    "o.supersedes_id, o.amend_reason, o.created_at, o.updated_at, o.row_version, u.printed_name, "
    "s.id, s.record_type, s.record_id, s.signer_id, s.printed_name, s.role, s.discipline, s.meaning, "
    "s.signed_at, "
    "s.content_sha256 FROM opinion o JOIN app_user u ON u.id = o.author_id "
    "LEFT JOIN signature s ON s.record_type = 'opinion' AND s.record_id = o.id");

core::Opinion readOpinion(const QSqlQuery& q)
{
    core::Opinion o;
    o.id = q.value(0).toLongLong();
    o.caseId = q.value(1).toLongLong();
    o.discipline =
        core::fromId(core::disciplines(), q.value(2).toString()).value_or(core::Discipline::Hematology);
    o.version = q.value(3).toInt();
    o.templateVersion = q.value(4).toString();
    o.answers = object(q.value(5));
    o.evaluation = array(q.value(6));
    o.concerns = q.value(7).toInt();
    o.contraindications = q.value(8).toInt();
    o.recommendation = core::fromId(core::recommendations(), q.value(9).toString());
    o.conditions = q.value(10).toString();
    o.comment = q.value(11).toString();
    o.authorId = q.value(12).toLongLong();
    o.isSigned = q.value(13).toString() == QLatin1String("signed");
    o.supersedesId = q.value(14).toLongLong();
    o.amendReason = q.value(15).toString();
    o.createdAt = core::fromIsoUtc(q.value(16).toString());
    o.updatedAt = core::fromIsoUtc(q.value(17).toString());
    o.rowVersion = q.value(18).toLongLong();
    o.authorName = q.value(19).toString();
    if (!q.value(20).isNull())
        o.signature = readSignature(q, 20);
    return o;
}

const QString kDecisionSelect = QStringLiteral(
    "SELECT d.id, d.case_id, d.version, d.verdict, d.conditions, d.rationale, d.product, d.bridging_plan, "
    "d.defer_reason, d.reassess_date, d.override_approver, d.override_reason, d.consent_status, "
    "d.patient_preference, d.quorum_json, d.author_id, d.status, d.supersedes_id, d.amend_reason, "
    "d.created_at, "
    "d.updated_at, d.row_version, "
    "s.id, s.record_type, s.record_id, s.signer_id, s.printed_name, s.role, s.discipline, s.meaning, "
    "s.signed_at, "
    "s.content_sha256 FROM decision d LEFT JOIN signature s ON s.record_type = 'decision' AND s.record_id = "
    "d.id");

core::Decision readDecision(const QSqlQuery& q)
{
    core::Decision d;
    d.id = q.value(0).toLongLong();
    d.caseId = q.value(1).toLongLong();
    d.version = q.value(2).toInt();
    d.verdict = core::fromId(core::verdicts(), q.value(3).toString()).value_or(core::Verdict::Deferred);
    d.conditions = q.value(4).toString();
    d.rationale = q.value(5).toString();
    d.product = q.value(6).toString();
    d.bridgingPlan = q.value(7).toString();
    d.deferReason = q.value(8).toString();
    d.reassessDate = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    d.overrideApprover = q.value(10).toString();
    d.overrideReason = q.value(11).toString();
    d.consentStatus = q.value(12).toString();
    d.patientPreference = q.value(13).toString();
    d.quorum = object(q.value(14));
    d.authorId = q.value(15).toLongLong();
    d.isSigned = q.value(16).toString() == QLatin1String("signed");
    d.supersedesId = q.value(17).toLongLong();
    d.amendReason = q.value(18).toString();
    d.createdAt = core::fromIsoUtc(q.value(19).toString());
    d.updatedAt = core::fromIsoUtc(q.value(20).toString());
    d.rowVersion = q.value(21).toLongLong();
    if (!q.value(22).isNull())
        d.signature = readSignature(q, 22);
    return d;
}

QVariantMap opinionBinds(const core::Opinion& o)
{
    return {{QStringLiteral("case_id"), o.caseId},
            {QStringLiteral("discipline"), core::toId(o.discipline)},
            {QStringLiteral("version"), o.version},
            {QStringLiteral("template_version"), o.templateVersion},
            {QStringLiteral("answers"), json(o.answers)},
            {QStringLiteral("evaluation"), json(o.evaluation)},
            {QStringLiteral("concerns"), o.concerns},
            {QStringLiteral("contra"), o.contraindications},
            {QStringLiteral("recommendation"), o.recommendation ? core::toId(*o.recommendation) : QString()},
            {QStringLiteral("conditions"), o.conditions},
            {QStringLiteral("comment"), o.comment},
            {QStringLiteral("author"), o.authorId},
            {QStringLiteral("supersedes"), idOrNull(o.supersedesId)},
            {QStringLiteral("reason"), o.amendReason},
            {QStringLiteral("now"), core::toIsoUtc(o.updatedAt)}};
}

QVariantMap decisionBinds(const core::Decision& d)
{
    return {{QStringLiteral("case_id"), d.caseId},
            {QStringLiteral("version"), d.version},
            {QStringLiteral("verdict"), core::toId(d.verdict)},
            {QStringLiteral("conditions"), d.conditions},
            {QStringLiteral("rationale"), d.rationale},
            {QStringLiteral("product"), d.product},
            {QStringLiteral("bridging"), d.bridgingPlan},
            {QStringLiteral("defer_reason"), d.deferReason},
            {QStringLiteral("reassess"),
             d.reassessDate.isValid() ? d.reassessDate.toString(Qt::ISODate) : QString()},
            {QStringLiteral("approver"), d.overrideApprover},
            {QStringLiteral("override_reason"), d.overrideReason},
            {QStringLiteral("consent"), d.consentStatus},
            {QStringLiteral("preference"), d.patientPreference},
            {QStringLiteral("quorum"), json(d.quorum)},
            {QStringLiteral("author"), d.authorId},
            {QStringLiteral("supersedes"), idOrNull(d.supersedesId)},
            {QStringLiteral("reason"), d.amendReason},
            {QStringLiteral("now"), core::toIsoUtc(d.updatedAt)}};
}

} // namespace

Result<QList<core::Opinion>> ReviewRepository::opinions(qint64 caseId)
{
    auto q = runQuery(
        m_db, kOpinionSelect + QStringLiteral(" WHERE o.case_id = :id ORDER BY o.discipline, o.version"),
        {{QStringLiteral("id"), caseId}});
    if (!q.ok())
        return q.error();
    QList<core::Opinion> out;
    while (q->next())
        out << readOpinion(*q);
    return out;
}

Result<std::optional<core::Opinion>> ReviewRepository::opinionById(qint64 id)
{
    auto q =
        runQuery(m_db, kOpinionSelect + QStringLiteral(" WHERE o.id = :id"), {{QStringLiteral("id"), id}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<core::Opinion>{};
    return std::optional<core::Opinion>{readOpinion(*q)};
}

Result<qint64> ReviewRepository::insertOpinion(const core::Opinion& o)
{
    QVariantMap binds = opinionBinds(o);
    binds[QStringLiteral("created")] = core::toIsoUtc(o.createdAt.isValid() ? o.createdAt : o.updatedAt);
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO opinion (case_id, discipline, version, template_version, "
                                     "answers_json, evaluation_json, concerns, "
                                     "contraindications, recommendation, conditions, comment, author_id, "
                                     "status, supersedes_id, amend_reason, "
                                     "created_at, updated_at) VALUES (:case_id, :discipline, :version, "
                                     ":template_version, :answers, :evaluation, "
                                     ":concerns, :contra, :recommendation, :conditions, :comment, :author, "
                                     "'draft', :supersedes, :reason, "
                                     ":created, :now) RETURNING id"),
                      binds);
    if (!q.ok()) {
        Error e = q.error();
        if (e.code == ErrorCode::Conflict)
            e.message =
                QCoreApplication::translate("cb::storage", "Someone else started a new version of this "
                                                           "opinion meanwhile. Reload and try again.");
        return e;
    }
    q->next();
    return q->value(0).toLongLong();
}

Status ReviewRepository::updateDraftOpinion(const core::Opinion& o)
{
    QVariantMap binds = opinionBinds(o);
    for (const char* unused : {"case_id", "discipline", "version", "supersedes", "reason"})
        binds.remove(QString::fromLatin1(unused));
    binds[QStringLiteral("id")] = o.id;
    binds[QStringLiteral("v")] = o.rowVersion;
    auto q = runQuery(
        m_db,
        QStringLiteral("UPDATE opinion SET template_version = :template_version, answers_json = :answers, "
                       "evaluation_json = :evaluation, concerns = :concerns, contraindications = :contra, "
                       "recommendation = :recommendation, conditions = :conditions, comment = :comment, "
                       "author_id = :author, "
                       "updated_at = :now, row_version = row_version + 1 WHERE id = :id AND row_version = :v "
                       "AND status = 'draft'"),
        binds);
    if (!q.ok())
        return q.error();
    if (q->numRowsAffected() != 1)
        return staleError();
    return {};
}

Status ReviewRepository::markOpinionSigned(qint64 id, qint64 rowVersion)
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE opinion SET status = 'signed', row_version = row_version + 1 "
                                     "WHERE id = :id AND row_version = :v AND status = 'draft'"),
                      {{QStringLiteral("id"), id}, {QStringLiteral("v"), rowVersion}});
    if (!q.ok())
        return q.error();
    if (q->numRowsAffected() != 1)
        return staleError();
    return {};
}

Result<QList<core::Decision>> ReviewRepository::decisions(qint64 caseId)
{
    auto q = runQuery(m_db, kDecisionSelect + QStringLiteral(" WHERE d.case_id = :id ORDER BY d.version"),
                      {{QStringLiteral("id"), caseId}});
    if (!q.ok())
        return q.error();
    QList<core::Decision> out;
    while (q->next())
        out << readDecision(*q);
    for (auto& d : out) {
        auto full = decisionById(d.id);
        if (!full.ok())
            return full.error();
        d = **full;
    }
    return out;
}

Result<std::optional<core::Decision>> ReviewRepository::decisionById(qint64 id)
{
    auto q =
        runQuery(m_db, kDecisionSelect + QStringLiteral(" WHERE d.id = :id"), {{QStringLiteral("id"), id}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<core::Decision>{};
    core::Decision d = readDecision(*q);
    auto ds = runQuery(
        m_db,
        QStringLiteral("SELECT id, decision_id, member_id, member_name, discipline, text, created_at "
                       "FROM dissent WHERE decision_id = :id ORDER BY id"),
        {{QStringLiteral("id"), id}});
    if (!ds.ok())
        return ds.error();
    while (ds->next())
        d.dissents << core::Dissent{ds->value(0).toLongLong(),
                                    ds->value(1).toLongLong(),
                                    ds->value(2).toLongLong(),
                                    ds->value(3).toString(),
                                    ds->value(4).toString(),
                                    ds->value(5).toString(),
                                    core::fromIsoUtc(ds->value(6).toString())};
    auto as = runQuery(m_db,
                       QStringLiteral("SELECT id, description, owner, due_date, status, row_version "
                                      "FROM decision_action WHERE decision_id = :id ORDER BY id"),
                       {{QStringLiteral("id"), id}});
    if (!as.ok())
        return as.error();
    while (as->next())
        d.actions << core::DecisionAction{
            as->value(0).toLongLong(), as->value(1).toString(),
            as->value(2).toString(),   QDate::fromString(as->value(3).toString(), Qt::ISODate),
            as->value(4).toString(),   as->value(5).toLongLong()};
    auto cs = runQuery(m_db,
                       QStringLiteral("SELECT id, sent_at, sent_by, method FROM decision_communication "
                                      "WHERE decision_id = :id ORDER BY id"),
                       {{QStringLiteral("id"), id}});
    if (!cs.ok())
        return cs.error();
    while (cs->next())
        d.communications << core::Communication{cs->value(0).toLongLong(),
                                                core::fromIsoUtc(cs->value(1).toString()),
                                                cs->value(2).toString(), cs->value(3).toString()};
    return std::optional<core::Decision>{d};
}

Result<qint64> ReviewRepository::insertDecision(const core::Decision& d)
{
    QVariantMap binds = decisionBinds(d);
    binds[QStringLiteral("created")] = core::toIsoUtc(d.createdAt.isValid() ? d.createdAt : d.updatedAt);
    auto q = runQuery(
        m_db,
        QStringLiteral(
            "INSERT INTO decision (case_id, version, verdict, conditions, rationale, product, bridging_plan, "
            "defer_reason, "
            "reassess_date, override_approver, override_reason, consent_status, patient_preference, "
            "quorum_json, "
            "author_id, status, supersedes_id, amend_reason, created_at, updated_at) VALUES (:case_id, "
            ":version, "
            ":verdict, :conditions, :rationale, :product, :bridging, :defer_reason, :reassess, :approver, "
            ":override_reason, :consent, :preference, :quorum, :author, 'draft', :supersedes, :reason, "
            ":created, :now) "
            "RETURNING id"),
        binds);
    if (!q.ok())
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Status ReviewRepository::updateDraftDecision(const core::Decision& d)
{
    QVariantMap binds = decisionBinds(d);
    binds[QStringLiteral("id")] = d.id;
    binds[QStringLiteral("v")] = d.rowVersion;
    binds.remove(QStringLiteral("supersedes"));
    binds.remove(QStringLiteral("reason"));
    binds.remove(QStringLiteral("case_id"));
    binds.remove(QStringLiteral("version"));
    auto q = runQuery(
        m_db,
        QStringLiteral(
            "UPDATE decision SET verdict = :verdict, conditions = :conditions, rationale = :rationale, "
            "product = :product, "
            "bridging_plan = :bridging, defer_reason = :defer_reason, reassess_date = :reassess, "
            "override_approver = :approver, override_reason = :override_reason, consent_status = :consent, "
            "patient_preference = :preference, quorum_json = :quorum, author_id = :author, updated_at = "
            ":now, "
            "row_version = row_version + 1 WHERE id = :id AND row_version = :v AND status = 'draft'"),
        binds);
    if (!q.ok())
        return q.error();
    if (q->numRowsAffected() != 1)
        return staleError();
    return {};
}

Status ReviewRepository::markDecisionSigned(qint64 id, qint64 rowVersion)
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE decision SET status = 'signed', row_version = row_version + 1 "
                                     "WHERE id = :id AND row_version = :v AND status = 'draft'"),
                      {{QStringLiteral("id"), id}, {QStringLiteral("v"), rowVersion}});
    if (!q.ok())
        return q.error();
    if (q->numRowsAffected() != 1)
        return staleError();
    return {};
}

Result<qint64> ReviewRepository::insertDissent(qint64 caseId, const core::Dissent& d)
{
    auto q = runQuery(
        m_db,
        QStringLiteral("INSERT INTO dissent (case_id, decision_id, member_id, member_name, discipline, text, "
                       "created_at) VALUES "
                       "(:case_id, :decision, :member, :name, :discipline, :text, :at) RETURNING id"),
        {{QStringLiteral("case_id"), caseId},
         {QStringLiteral("decision"), d.decisionId},
         {QStringLiteral("member"), d.memberId},
         {QStringLiteral("name"), d.memberName},
         {QStringLiteral("discipline"), d.discipline},
         {QStringLiteral("text"), d.text},
         {QStringLiteral("at"), core::toIsoUtc(d.createdAt)}});
    if (!q.ok())
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Result<qint64> ReviewRepository::insertAction(qint64 caseId, qint64 decisionId, const core::DecisionAction& a,
                                              const QDateTime& createdAt)
{
    auto q = runQuery(
        m_db,
        QStringLiteral("INSERT INTO decision_action (case_id, decision_id, description, owner, due_date, "
                       "status, created_at) VALUES "
                       "(:case_id, :decision, :description, :owner, :due, :status, :at) RETURNING id"),
        {{QStringLiteral("case_id"), caseId},
         {QStringLiteral("decision"), decisionId},
         {QStringLiteral("description"), a.description},
         {QStringLiteral("owner"), a.owner},
         {QStringLiteral("due"), a.dueDate.isValid() ? a.dueDate.toString(Qt::ISODate) : QString()},
         {QStringLiteral("status"), a.status},
         {QStringLiteral("at"), core::toIsoUtc(createdAt)}});
    if (!q.ok())
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Status ReviewRepository::updateActionStatus(qint64 actionId, qint64 rowVersion, const QString& status)
{
    auto q = runQuery(
        m_db,
        QStringLiteral("UPDATE decision_action SET status = :s, row_version = row_version + 1 "
                       "WHERE id = :id AND row_version = :v"),
        {{QStringLiteral("s"), status}, {QStringLiteral("id"), actionId}, {QStringLiteral("v"), rowVersion}});
    if (!q.ok())
        return q.error();
    if (q->numRowsAffected() != 1)
        return staleError();
    return {};
}

Result<qint64> ReviewRepository::insertCommunication(qint64 decisionId, const core::Communication& c,
                                                     qint64 recordedBy, const QDateTime& now)
{
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO decision_communication (decision_id, sent_at, sent_by, "
                                     "method, recorded_by, created_at) VALUES "
                                     "(:decision, :sent_at, :sent_by, :method, :by, :now) RETURNING id"),
                      {{QStringLiteral("decision"), decisionId},
                       {QStringLiteral("sent_at"), core::toIsoUtc(c.sentAt)},
                       {QStringLiteral("sent_by"), c.sentBy},
                       {QStringLiteral("method"), c.method},
                       {QStringLiteral("by"), recordedBy},
                       {QStringLiteral("now"), core::toIsoUtc(now)}});
    if (!q.ok())
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Result<qint64> ReviewRepository::insertSignature(const core::Signature& s)
{
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO signature (record_type, record_id, signer_id, "
                                     "printed_name, role, discipline, meaning, signed_at, "
                                     "content_sha256) VALUES (:type, :record, :signer, :name, :role, "
                                     ":discipline, :meaning, :at, :sha) "
                                     "RETURNING id"),
                      {{QStringLiteral("type"), s.recordType},
                       {QStringLiteral("record"), s.recordId},
                       {QStringLiteral("signer"), s.signerId},
                       {QStringLiteral("name"), s.printedName},
                       {QStringLiteral("role"), s.role},
                       {QStringLiteral("discipline"), s.discipline},
                       {QStringLiteral("meaning"), s.meaning},
                       {QStringLiteral("at"), core::toIsoUtc(s.signedAt)},
                       {QStringLiteral("sha"), s.contentSha256}});
    if (!q.ok())
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Status ReviewRepository::walkSignatures(const std::function<bool(const core::Signature&)>& visit)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT ") + kSignatureColumns +
                                QStringLiteral(" FROM signature ORDER BY id"));
    if (!q.ok())
        return q.error();
    QList<core::Signature> all;
    while (q->next())
        all << readSignature(*q);
    for (const auto& s : all)
        if (!visit(s))
            break;
    return {};
}

} // namespace cb::storage
