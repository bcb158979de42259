#include "storage/RecordRepository.h"

#include "core/Clock.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cb::storage {

namespace {

core::PartialDate partial(const QVariant& v)
{
    return core::PartialDate::parse(v.toString()).value_or(core::PartialDate());
}

QVariant optionalNumber(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

QVariant optionalUser(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant optionalRow(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString stagingJson(const core::Staging& s)
{
    QJsonObject o;
    const auto put = [&o](const char* key, const QString& v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(key), v);
    };
    put("iss", s.iss);
    put("r_iss", s.riss);
    put("ann_arbor", s.annArbor);
    put("bulky", s.bulky);
    put("cns_status", s.cnsStatus);
    put("ph_status", s.phStatus);
    put("text", s.text);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

core::Staging stagingFrom(const QString& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    core::Staging s;
    s.iss = o.value(QStringLiteral("iss")).toString();
    s.riss = o.value(QStringLiteral("r_iss")).toString();
    s.annArbor = o.value(QStringLiteral("ann_arbor")).toString();
    s.bulky = o.value(QStringLiteral("bulky")).toString();
    s.cnsStatus = o.value(QStringLiteral("cns_status")).toString();
    s.phStatus = o.value(QStringLiteral("ph_status")).toString();
    s.text = o.value(QStringLiteral("text")).toString();
    return s;
}

QString drugsJson(const QList<core::LineDrug>& drugs)
{
    QJsonArray a;
    for (const auto& d : drugs) {
        QJsonObject o{{QStringLiteral("name"), d.name}, {QStringLiteral("class"), d.drugClass}};
        o.insert(QStringLiteral("refractory"), d.refractory ? QJsonValue(*d.refractory) : QJsonValue());
        a.append(o);
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<core::LineDrug> drugsFrom(const QString& json)
{
    QList<core::LineDrug> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        core::LineDrug d;
        d.name = o.value(QStringLiteral("name")).toString();
        d.drugClass = o.value(QStringLiteral("class")).toString();
        if (o.value(QStringLiteral("refractory")).isBool())
            d.refractory = o.value(QStringLiteral("refractory")).toBool();
        out << d;
    }
    return out;
}

// The entry columns every record table shares, read from `first` on.
void readEntry(const QSqlQuery& q, int first, core::RecordEntryState& e)
{
    e.caseId = q.value(first).toLongLong();
    e.createdAt = core::fromIsoUtc(q.value(first + 1).toString());
    e.supersedes = q.value(first + 2).toLongLong();
    e.supersededBy = q.value(first + 3).toLongLong();
    e.correctionReason = q.value(first + 4).toString();
    const QString voided = q.value(first + 5).toString();
    if (!voided.isEmpty())
        e.voidedAt = core::fromIsoUtc(voided);
    e.voidReason = q.value(first + 6).toString();
}

const QString kEntryColumns = QStringLiteral(
    "case_id, created_at, supersedes, superseded_by, correction_reason, voided_at, void_reason, row_version");

QString tableOf(RecordRepository::Kind kind)
{
    switch (kind) {
    case RecordRepository::Kind::TherapyLine:
        return QStringLiteral("therapy_line");
    case RecordRepository::Kind::Transplant:
        return QStringLiteral("transplant");
    case RecordRepository::Kind::Observation:
        return QStringLiteral("observation");
    }
    return {};
}

QString currentFilter(bool currentOnly)
{
    return currentOnly ? QStringLiteral(" AND voided_at = '' AND superseded_by IS NULL") : QString();
}

const QString kLineSelect = QStringLiteral(
    "SELECT id, line_number, regimen, drug_classes, drugs_json, start_date, end_date, ongoing, "
    "reason_stopped, "
    "best_response, response_scheme, intent, progression_date, refractory, lenalidomide_refractory, ");

core::TherapyLine readLine(const QSqlQuery& q)
{
    core::TherapyLine l;
    l.id = q.value(0).toLongLong();
    l.lineNumber = q.value(1).toInt();
    l.regimen = q.value(2).toString();
    l.drugClasses = q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    l.drugs = drugsFrom(q.value(4).toString());
    l.startDate = partial(q.value(5));
    l.endDate = partial(q.value(6));
    l.ongoing = q.value(7).toInt() != 0;
    l.reasonStopped = q.value(8).toString();
    l.bestResponse = q.value(9).toString();
    l.responseScheme = q.value(10).toString();
    l.intent = q.value(11).toString();
    l.progressionDate = partial(q.value(12));
    l.refractory = q.value(13).toInt() != 0;
    l.lenalidomideRefractory = q.value(14).toInt() != 0;
    readEntry(q, 15, l.entry);
    l.rowVersion = q.value(22).toLongLong();
    return l;
}

const QString kTransplantSelect =
    QStringLiteral("SELECT id, kind, transplant_date, conditioning, donor, gvhd, notes, ");

core::Transplant readTransplant(const QSqlQuery& q)
{
    core::Transplant t;
    t.id = q.value(0).toLongLong();
    t.kind = q.value(1).toString();
    t.date = partial(q.value(2));
    t.conditioning = q.value(3).toString();
    t.donor = q.value(4).toString();
    t.gvhd = q.value(5).toString();
    t.notes = q.value(6).toString();
    readEntry(q, 7, t.entry);
    t.rowVersion = q.value(14).toLongLong();
    return t;
}

const QString kObservationSelect =
    QStringLiteral("SELECT id, code, value_num, comparator, value_text, unit, entered_value, entered_unit, "
                   "observed_on, observed_at, source, provenance, ");

core::Observation readObservation(const QSqlQuery& q)
{
    core::Observation o;
    o.id = q.value(0).toLongLong();
    o.code = q.value(1).toString();
    if (!q.value(2).isNull())
        o.value = q.value(2).toDouble();
    o.comparator = q.value(3).toString();
    o.valueText = q.value(4).toString();
    o.unit = q.value(5).toString();
    if (!q.value(6).isNull())
        o.enteredValue = q.value(6).toDouble();
    o.enteredUnit = q.value(7).toString();
    o.observedOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    const QString at = q.value(9).toString();
    if (!at.isEmpty())
        o.observedAt = core::fromIsoUtc(at);
    o.source = q.value(10).toString();
    o.provenance = q.value(11).toString();
    readEntry(q, 12, o.entry);
    o.rowVersion = q.value(19).toLongLong();
    return o;
}

Status conflictUnlessOne(const QSqlQuery& q, const QString& message)
{
    if (q.numRowsAffected() != 1)
        return Error::conflict(message);
    return {};
}

QString staleEntryMessage()
{
    return QCoreApplication::translate("cb::storage",
                                       "Someone else changed this entry of the record meanwhile. Reload the "
                                       "record to see their change, then apply yours again.");
}

} // namespace

Result<std::optional<core::DiseaseHistory>> RecordRepository::history(qint64 patientId)
{
    auto q =
        runQuery(m_db,
                 QStringLiteral(
                     "SELECT diagnosis, diagnosis_date, staging_json, cytogenetics, extramedullary, "
                     "extramedullary_sites, cns_disease, target_antigen, target_antigen_status, "
                     "target_antigen_date, target_antigen_method, updated_at, row_version, cytogenetics_note "
                     "FROM disease_history WHERE patient_id = :p"),
                 {{QStringLiteral("p"), patientId}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<core::DiseaseHistory>{};
    core::DiseaseHistory h;
    h.diagnosis = q->value(0).toString();
    h.diagnosisDate = partial(q->value(1));
    h.staging = stagingFrom(q->value(2).toString());
    h.cytogenetics = q->value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    h.extramedullary = q->value(4).toString();
    h.extramedullarySites = q->value(5).toString();
    h.cnsDisease = q->value(6).toString();
    h.targetAntigen = q->value(7).toString();
    h.targetAntigenStatus = q->value(8).toString();
    h.targetAntigenDate = partial(q->value(9));
    h.targetAntigenMethod = q->value(10).toString();
    h.updatedAt = core::fromIsoUtc(q->value(11).toString());
    h.rowVersion = q->value(12).toLongLong();
    h.cytogeneticsNote = q->value(13).toString();
    return std::optional<core::DiseaseHistory>{h};
}

Status RecordRepository::saveHistory(qint64 patientId, const core::DiseaseHistory& h, const QDateTime& now)
{
    QVariantMap binds{{QStringLiteral("p"), patientId},
                      {QStringLiteral("diagnosis"), h.diagnosis},
                      {QStringLiteral("ddate"), h.diagnosisDate.toString()},
                      {QStringLiteral("staging"), stagingJson(h.staging)},
                      {QStringLiteral("cyto"), h.cytogenetics.join(QLatin1Char(','))},
                      {QStringLiteral("cytonote"), h.cytogeneticsNote},
                      {QStringLiteral("emd"), h.extramedullary},
                      {QStringLiteral("sites"), h.extramedullarySites},
                      {QStringLiteral("cns"), h.cnsDisease},
                      {QStringLiteral("antigen"), h.targetAntigen},
                      {QStringLiteral("astatus"), h.targetAntigenStatus},
                      {QStringLiteral("adate"), h.targetAntigenDate.toString()},
                      {QStringLiteral("amethod"), h.targetAntigenMethod},
                      {QStringLiteral("now"), core::toIsoUtc(now)}};
    if (h.rowVersion == 0) {
        auto q = runQuery(
            m_db,
            QStringLiteral("INSERT INTO disease_history (patient_id, diagnosis, diagnosis_date, "
                           "staging_json, cytogenetics, cytogenetics_note, extramedullary, "
                           "extramedullary_sites, cns_disease, target_antigen, target_antigen_status, "
                           "target_antigen_date, target_antigen_method, updated_at) VALUES (:p, "
                           ":diagnosis, :ddate, :staging, :cyto, :cytonote, :emd, :sites, :cns, :antigen, "
                           ":astatus, :adate, :amethod, :now)"),
            binds);
        if (!q.ok()) {
            if (q.error().code == ErrorCode::Conflict)
                return Error::conflict(staleEntryMessage());
            return q.error();
        }
        return {};
    }
    binds[QStringLiteral("v")] = h.rowVersion;
    auto q = runQuery(
        m_db,
        QStringLiteral("UPDATE disease_history SET diagnosis = :diagnosis, diagnosis_date = :ddate, "
                       "staging_json = :staging, cytogenetics = :cyto, cytogenetics_note = :cytonote, "
                       "extramedullary = :emd, "
                       "extramedullary_sites = :sites, cns_disease = :cns, target_antigen = :antigen, "
                       "target_antigen_status = :astatus, target_antigen_date = :adate, "
                       "target_antigen_method = :amethod, updated_at = :now, "
                       "row_version = row_version + 1 WHERE patient_id = :p AND row_version = :v"),
        binds);
    if (!q.ok())
        return q.error();
    return conflictUnlessOne(*q, staleEntryMessage());
}

Result<QList<core::TherapyLine>> RecordRepository::therapyLines(qint64 patientId, bool currentOnly)
{
    auto q =
        runQuery(m_db,
                 kLineSelect + kEntryColumns + QStringLiteral(" FROM therapy_line WHERE patient_id = :p") +
                     currentFilter(currentOnly) + QStringLiteral(" ORDER BY line_number, id"),
                 {{QStringLiteral("p"), patientId}});
    if (!q.ok())
        return q.error();
    QList<core::TherapyLine> out;
    while (q->next())
        out << readLine(*q);
    return out;
}

Result<std::optional<core::TherapyLine>> RecordRepository::therapyLine(qint64 patientId, qint64 id)
{
    auto q = runQuery(m_db,
                      kLineSelect + kEntryColumns +
                          QStringLiteral(" FROM therapy_line WHERE patient_id = :p AND id = :id"),
                      {{QStringLiteral("p"), patientId}, {QStringLiteral("id"), id}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<core::TherapyLine>{};
    return std::optional<core::TherapyLine>{readLine(*q)};
}

Result<QList<core::Transplant>> RecordRepository::transplants(qint64 patientId, bool currentOnly)
{
    auto q = runQuery(m_db,
                      kTransplantSelect + kEntryColumns +
                          QStringLiteral(" FROM transplant WHERE patient_id = :p") +
                          currentFilter(currentOnly) + QStringLiteral(" ORDER BY transplant_date, id"),
                      {{QStringLiteral("p"), patientId}});
    if (!q.ok())
        return q.error();
    QList<core::Transplant> out;
    while (q->next())
        out << readTransplant(*q);
    return out;
}

Result<std::optional<core::Transplant>> RecordRepository::transplant(qint64 patientId, qint64 id)
{
    auto q = runQuery(m_db,
                      kTransplantSelect + kEntryColumns +
                          QStringLiteral(" FROM transplant WHERE patient_id = :p AND id = :id"),
                      {{QStringLiteral("p"), patientId}, {QStringLiteral("id"), id}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<core::Transplant>{};
    return std::optional<core::Transplant>{readTransplant(*q)};
}

Result<QList<core::Observation>> RecordRepository::observations(qint64 patientId, bool currentOnly)
{
    auto q =
        runQuery(m_db,
                 kObservationSelect + kEntryColumns +
                     QStringLiteral(" FROM observation WHERE patient_id = :p") + currentFilter(currentOnly) +
                     QStringLiteral(" ORDER BY observed_on DESC, observed_at DESC, code, id"),
                 {{QStringLiteral("p"), patientId}});
    if (!q.ok())
        return q.error();
    QList<core::Observation> out;
    while (q->next())
        out << readObservation(*q);
    return out;
}

Result<std::optional<core::Observation>> RecordRepository::observation(qint64 patientId, qint64 id)
{
    auto q = runQuery(m_db,
                      kObservationSelect + kEntryColumns +
                          QStringLiteral(" FROM observation WHERE patient_id = :p AND id = :id"),
                      {{QStringLiteral("p"), patientId}, {QStringLiteral("id"), id}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<core::Observation>{};
    return std::optional<core::Observation>{readObservation(*q)};
}

Result<qint64> RecordRepository::insertTherapyLine(qint64 patientId, const core::TherapyLine& l, qint64 by,
                                                   const QDateTime& now)
{
    QStringList classes = l.drugClasses;
    bool lenRefractory = l.lenalidomideRefractory;
    bool refractory = l.refractory;
    for (const auto& d : l.drugs) {
        if (!d.drugClass.isEmpty() && !classes.contains(d.drugClass))
            classes << d.drugClass;
        if (d.refractory.value_or(false)) {
            refractory = true;
            if (d.name == QLatin1String("lenalidomide"))
                lenRefractory = true;
        }
    }
    auto q = cachedQuery(
        m_db,
        QStringLiteral("INSERT INTO therapy_line (case_id, patient_id, line_number, regimen, drug_classes, "
                       "drugs_json, start_date, end_date, ongoing, reason_stopped, best_response, "
                       "response_scheme, intent, progression_date, refractory, lenalidomide_refractory, "
                       "created_at, created_by, supersedes, correction_reason) VALUES (:case_id, :p, :n, "
                       ":regimen, :classes, :drugs, :start, :end, :ongoing, :reason, :resp, :scheme, "
                       ":intent, :prog, :refr, :lenrefr, :now, :by, :supersedes, :why) RETURNING id"));
    if (!q.ok())
        return q.error();
    auto st = execCached(*q, {{QStringLiteral("case_id"), l.entry.caseId},
                              {QStringLiteral("p"), patientId},
                              {QStringLiteral("n"), l.lineNumber},
                              {QStringLiteral("regimen"), l.regimen},
                              {QStringLiteral("classes"), classes.join(QLatin1Char(','))},
                              {QStringLiteral("drugs"), drugsJson(l.drugs)},
                              {QStringLiteral("start"), l.startDate.toString()},
                              {QStringLiteral("end"), l.endDate.toString()},
                              {QStringLiteral("ongoing"), l.ongoing ? 1 : 0},
                              {QStringLiteral("reason"), l.reasonStopped},
                              {QStringLiteral("resp"), l.bestResponse},
                              {QStringLiteral("scheme"), l.responseScheme},
                              {QStringLiteral("intent"), l.intent},
                              {QStringLiteral("prog"), l.progressionDate.toString()},
                              {QStringLiteral("refr"), refractory ? 1 : 0},
                              {QStringLiteral("lenrefr"), lenRefractory ? 1 : 0},
                              {QStringLiteral("now"), core::toIsoUtc(now)},
                              {QStringLiteral("by"), optionalUser(by)},
                              {QStringLiteral("supersedes"), optionalRow(l.entry.supersedes)},
                              {QStringLiteral("why"), l.entry.correctionReason}});
    if (!st.ok())
        return st.error();
    if (!(*q)->next())
        return Error::failure(QStringLiteral("insert returned no id"));
    const qint64 id = (*q)->value(0).toLongLong();
    (*q)->finish();
    return id;
}

Result<qint64> RecordRepository::insertTransplant(qint64 patientId, const core::Transplant& t, qint64 by,
                                                  const QDateTime& now)
{
    auto q = cachedQuery(
        m_db,
        QStringLiteral("INSERT INTO transplant (case_id, patient_id, kind, transplant_date, conditioning, "
                       "donor, gvhd, notes, created_at, created_by, supersedes, correction_reason) VALUES "
                       "(:case_id, :p, :kind, :date, :cond, :donor, :gvhd, :notes, :now, :by, :supersedes, "
                       ":why) RETURNING id"));
    if (!q.ok())
        return q.error();
    auto st = execCached(*q, {{QStringLiteral("case_id"), t.entry.caseId},
                              {QStringLiteral("p"), patientId},
                              {QStringLiteral("kind"), t.kind},
                              {QStringLiteral("date"), t.date.toString()},
                              {QStringLiteral("cond"), t.conditioning},
                              {QStringLiteral("donor"), t.donor},
                              {QStringLiteral("gvhd"), t.gvhd},
                              {QStringLiteral("notes"), t.notes},
                              {QStringLiteral("now"), core::toIsoUtc(now)},
                              {QStringLiteral("by"), optionalUser(by)},
                              {QStringLiteral("supersedes"), optionalRow(t.entry.supersedes)},
                              {QStringLiteral("why"), t.entry.correctionReason}});
    if (!st.ok())
        return st.error();
    if (!(*q)->next())
        return Error::failure(QStringLiteral("insert returned no id"));
    const qint64 id = (*q)->value(0).toLongLong();
    (*q)->finish();
    return id;
}

Result<qint64> RecordRepository::insertObservation(qint64 patientId, const core::Observation& o, qint64 by,
                                                   const QDateTime& now)
{
    auto q = cachedQuery(
        m_db, QStringLiteral(
                  "INSERT INTO observation (case_id, patient_id, code, value_num, comparator, value_text, "
                  "unit, entered_value, entered_unit, observed_on, observed_at, source, provenance, "
                  "created_at, created_by, supersedes, correction_reason) VALUES (:case_id, :p, :code, "
                  ":value, :cmp, :text, :unit, :evalue, :eunit, :on, :at, :source, :prov, :now, :by, "
                  ":supersedes, :why) RETURNING id"));
    if (!q.ok())
        return q.error();
    auto st = execCached(
        *q, {{QStringLiteral("case_id"), o.entry.caseId},
             {QStringLiteral("p"), patientId},
             {QStringLiteral("code"), o.code},
             {QStringLiteral("value"), optionalNumber(o.value)},
             {QStringLiteral("cmp"), o.comparator},
             {QStringLiteral("text"), o.valueText},
             {QStringLiteral("unit"), o.unit},
             {QStringLiteral("evalue"), optionalNumber(o.enteredValue ? o.enteredValue : o.value)},
             {QStringLiteral("eunit"), o.enteredUnit.isEmpty() ? o.unit : o.enteredUnit},
             {QStringLiteral("on"), o.observedOn.isValid() ? o.observedOn.toString(Qt::ISODate) : QString()},
             {QStringLiteral("at"), o.observedAt.isValid() ? core::toIsoUtc(o.observedAt) : QString()},
             {QStringLiteral("source"), o.source},
             {QStringLiteral("prov"), o.provenance.isEmpty() ? QStringLiteral("typed") : o.provenance},
             {QStringLiteral("now"), core::toIsoUtc(now)},
             {QStringLiteral("by"), optionalUser(by)},
             {QStringLiteral("supersedes"), optionalRow(o.entry.supersedes)},
             {QStringLiteral("why"), o.entry.correctionReason}});
    if (!st.ok())
        return st.error();
    if (!(*q)->next())
        return Error::failure(QStringLiteral("insert returned no id"));
    const qint64 id = (*q)->value(0).toLongLong();
    (*q)->finish();
    return id;
}

Status RecordRepository::voidEntry(Kind kind, qint64 id, qint64 rowVersion, qint64 by, const QString& reason,
                                   const QDateTime& at)
{
    auto q =
        runQuery(m_db,
                 QStringLiteral("UPDATE ") + tableOf(kind) +
                     QStringLiteral(" SET voided_at = :at, voided_by = :by, void_reason = :reason, "
                                    "row_version = row_version + 1 WHERE id = :id AND row_version = :v AND "
                                    "voided_at = '' AND superseded_by IS NULL"),
                 {{QStringLiteral("at"), core::toIsoUtc(at)},
                  {QStringLiteral("by"), optionalUser(by)},
                  {QStringLiteral("reason"), reason},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("v"), rowVersion}});
    if (!q.ok())
        return q.error();
    return conflictUnlessOne(*q, staleEntryMessage());
}

Status RecordRepository::supersedeEntry(Kind kind, qint64 id, qint64 rowVersion, qint64 replacementId)
{
    auto q =
        runQuery(m_db,
                 QStringLiteral("UPDATE ") + tableOf(kind) +
                     QStringLiteral(" SET superseded_by = :by, row_version = row_version + 1 WHERE id = :id "
                                    "AND row_version = :v AND voided_at = '' AND superseded_by IS NULL"),
                 {{QStringLiteral("by"), replacementId},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("v"), rowVersion}});
    if (!q.ok())
        return q.error();
    return conflictUnlessOne(*q, staleEntryMessage());
}

Status RecordRepository::touchRecord(qint64 patientId, const QDateTime& at)
{
    auto q = runQuery(m_db, QStringLiteral("UPDATE patient SET record_changed_at = :at WHERE id = :p"),
                      {{QStringLiteral("at"), core::toIsoUtc(at)}, {QStringLiteral("p"), patientId}});
    if (!q.ok())
        return q.error();
    return {};
}

Result<QDateTime> RecordRepository::recordChangedAt(qint64 patientId)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT record_changed_at FROM patient WHERE id = :p"),
                      {{QStringLiteral("p"), patientId}});
    if (!q.ok())
        return q.error();
    if (!q->next() || q->value(0).toString().isEmpty())
        return QDateTime();
    return core::fromIsoUtc(q->value(0).toString());
}

Result<QDateTime> RecordRepository::recordChangedAtOfCase(qint64 caseId)
{
    auto q =
        runQuery(m_db,
                 QStringLiteral("SELECT p.record_changed_at FROM clinical_case c JOIN patient p ON p.id = "
                                "c.patient_id WHERE c.id = :c"),
                 {{QStringLiteral("c"), caseId}});
    if (!q.ok())
        return q.error();
    if (!q->next() || q->value(0).toString().isEmpty())
        return QDateTime();
    return core::fromIsoUtc(q->value(0).toString());
}

} // namespace cb::storage
