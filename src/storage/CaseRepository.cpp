#include "storage/CaseRepository.h"

#include "core/Clock.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>

namespace cb::storage {

namespace {

QVariant optionalNumber(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

core::PartialDate partial(const QVariant& v)
{
    return core::PartialDate::parse(v.toString()).value_or(core::PartialDate());
}

// The WHERE clause and binds of a worklist query, shared by count and page.
QString whereClause(const Database& db, const core::WorklistQuery& query, QVariantMap& binds)
{
    QStringList where;
    if (query.state) {
        where << QStringLiteral("c.state = :state");
        binds[QStringLiteral("state")] = core::toId(*query.state);
    } else if (!query.includeClosed) {
        where << QStringLiteral("c.state <> 'closed'");
    }
    if (query.indication) {
        where << QStringLiteral("c.indication = :indication");
        binds[QStringLiteral("indication")] = core::toId(*query.indication);
    }
    const QStringList groups = core::searchTokensOf(query.search);
    if (!groups.isEmpty()) {
        QStringList match;
        if (db.isPostgres()) {
            QStringList likes;
            for (int i = 0; i < groups.size(); ++i) {
                const QString key = QStringLiteral("g%1").arg(i);
                // word starts, as FTS5 prefix queries match on SQLite
                likes << QStringLiteral("(' ' || p.search_text) LIKE :") + key;
                binds[key] = QStringLiteral("% ") + groups[i] + QLatin1Char('%');
            }
            match << QLatin1Char('(') + likes.join(QStringLiteral(" AND ")) + QLatin1Char(')');
        } else {
            QStringList terms;
            for (const QString& g : groups) {
                // tokens hold only letters and digits, so quoting is safe
                if (g.contains(QLatin1Char(' ')) || QChar::script(g.at(0).unicode()) == QChar::Script_Han)
                    terms << QLatin1Char('"') + g + QLatin1Char('"');
                else
                    terms << QLatin1Char('"') + g + QStringLiteral("\"*");
            }
            match << QStringLiteral(
                "c.patient_id IN (SELECT rowid FROM patient_fts WHERE patient_fts MATCH :fts)");
            binds[QStringLiteral("fts")] = terms.join(QStringLiteral(" AND "));
        }
        bool isNumber = false;
        const qint64 id = query.search.trimmed().toLongLong(&isNumber);
        if (isNumber) {
            match << QStringLiteral("c.id = :caseid");
            binds[QStringLiteral("caseid")] = id;
        }
        where << QLatin1Char('(') + match.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

QString orderClause(const core::WorklistQuery& query)
{
    const QString dir = query.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString key;
    switch (query.sortKey) {
    case core::WorklistQuery::SortKey::CaseId:
        key = QStringLiteral("c.id");
        break;
    case core::WorklistQuery::SortKey::Patient:
        key = QStringLiteral("p.sort_name");
        break;
    case core::WorklistQuery::SortKey::Indication:
        key = QStringLiteral("c.indication");
        break;
    case core::WorklistQuery::SortKey::ReferralDate:
        key = QStringLiteral("c.referral_date");
        break;
    case core::WorklistQuery::SortKey::State: {
        QString expr = QStringLiteral("CASE c.state");
        int i = 0;
        for (const auto& s : core::caseStates())
            expr += QStringLiteral(" WHEN '%1' THEN %2").arg(QLatin1String(s.id)).arg(i++);
        key = expr + QStringLiteral(" END");
        break;
    }
    }
    return QStringLiteral(" ORDER BY ") + key + dir + QStringLiteral(", c.id") + dir;
}

core::CaseSummary readSummary(const QSqlQuery& q)
{
    core::CaseSummary s;
    s.caseId = q.value(0).toLongLong();
    s.patientName = core::Patient::displayName(q.value(1).toString(), q.value(2).toString());
    s.mrn = q.value(3).toString();
    s.indication = core::fromId(core::indications(), q.value(4).toString()).value_or(core::Indication::Other);
    s.state = core::fromId(core::caseStates(), q.value(5).toString()).value_or(core::CaseState::Referred);
    s.referralDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    return s;
}

const QString kSummarySelect =
    QStringLiteral("SELECT c.id, p.family_name, p.given_name, p.mrn, c.indication, c.state, c.referral_date "
                   "FROM clinical_case c JOIN patient p ON p.id = c.patient_id");

} // namespace

Result<qint64> CaseRepository::insertPatient(const core::Patient& p, const QDateTime& now)
{
    auto q = cachedQuery(
        m_db, QStringLiteral(
                  "INSERT INTO patient (mrn, family_name, given_name, sex, birth_date, sort_name, "
                  "search_text, created_at) "
                  "VALUES (:mrn, :family, :given, :sex, :birth, :sort, :search, :created) RETURNING id"));
    if (!q.ok())
        return q.error();
    const QString sortName = (p.familyName + QLatin1Char(' ') + p.givenName).toLower();
    auto st =
        execCached(*q, {{QStringLiteral("mrn"), p.mrn},
                        {QStringLiteral("family"), p.familyName},
                        {QStringLiteral("given"), p.givenName},
                        {QStringLiteral("sex"), core::toId(p.sex)},
                        {QStringLiteral("birth"), dateText(p.birthDate)},
                        {QStringLiteral("sort"), sortName},
                        {QStringLiteral("search"), core::searchTextOf({p.familyName, p.givenName, p.mrn})},
                        {QStringLiteral("created"), core::toIsoUtc(now)}});
    if (!st.ok()) {
        Error e = st.error();
        if (e.code == ErrorCode::Conflict)
            e.message =
                QCoreApplication::translate("cb::storage", "A patient with this MRN is already registered.");
        return e;
    }
    if (!(*q)->next())
        return Error::failure(QStringLiteral("insert returned no id"));
    const qint64 id = (*q)->value(0).toLongLong();
    (*q)->finish();
    return id;
}

Result<std::optional<qint64>> CaseRepository::patientIdByMrn(const QString& mrn)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT id FROM patient WHERE mrn = :mrn"),
                      {{QStringLiteral("mrn"), mrn}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<qint64>{};
    return std::optional<qint64>{q->value(0).toLongLong()};
}

Result<qint64> CaseRepository::insertCase(const core::CaseRecord& r, const QDateTime& now, bool demo)
{
    auto q = cachedQuery(m_db, QStringLiteral("INSERT INTO clinical_case (patient_id, indication, "
                                              "intended_product, referrer, referrer_question, "
                                              "referral_date, state, close_reason, close_detail, diagnosis, "
                                              "diagnosis_date, staging, cytogenetic_risk, "
                                              "extramedullary_disease, extramedullary_sites, cns_disease, "
                                              "is_demo, created_at, updated_at) VALUES "
                                              "(:patient, :indication, :product, :referrer, :question, "
                                              ":referral, :state, :close_reason, :close_detail, "
                                              ":diagnosis, :diagnosis_date, :staging, :cyto, :emd, "
                                              ":emd_sites, :cns, :demo, :now, :now2) RETURNING id"));
    if (!q.ok())
        return q.error();
    const QString nowText = core::toIsoUtc(now);
    auto st = execCached(
        *q, {{QStringLiteral("patient"), r.patient.id},
             {QStringLiteral("indication"), core::toId(r.indication)},
             {QStringLiteral("product"), r.intendedProduct},
             {QStringLiteral("referrer"), r.referrer},
             {QStringLiteral("question"), r.referrerQuestion},
             {QStringLiteral("referral"), dateText(r.referralDate)},
             {QStringLiteral("state"), core::toId(r.state)},
             {QStringLiteral("close_reason"),
              r.closeReason ? QVariant(core::toId(*r.closeReason)) : QVariant(QMetaType(QMetaType::QString))},
             {QStringLiteral("close_detail"), r.closeDetail},
             {QStringLiteral("diagnosis"), r.diagnosis},
             {QStringLiteral("diagnosis_date"), r.diagnosisDate.toString()},
             {QStringLiteral("staging"), r.staging},
             {QStringLiteral("cyto"), r.cytogeneticRisk},
             {QStringLiteral("emd"), r.extramedullaryDisease ? 1 : 0},
             {QStringLiteral("emd_sites"), r.extramedullarySites},
             {QStringLiteral("cns"), r.cnsDisease.isEmpty() ? QStringLiteral("none") : r.cnsDisease},
             {QStringLiteral("demo"), demo ? 1 : 0},
             {QStringLiteral("now"), nowText},
             {QStringLiteral("now2"), nowText}});
    if (!st.ok())
        return st.error();
    if (!(*q)->next())
        return Error::failure(QStringLiteral("insert returned no id"));
    const qint64 caseId = (*q)->value(0).toLongLong();
    (*q)->finish();

    auto line = cachedQuery(m_db, QStringLiteral("INSERT INTO therapy_line (case_id, line_number, regimen, "
                                                 "drug_classes, start_date, end_date, best_response, "
                                                 "refractory, lenalidomide_refractory) VALUES (:case_id, :n, "
                                                 ":regimen, :classes, :start, :end, :resp, :refr, "
                                                 ":lenrefr)"));
    if (!line.ok())
        return line.error();
    for (const auto& l : r.therapyLines) {
        auto s = execCached(*line, {{QStringLiteral("case_id"), caseId},
                                    {QStringLiteral("n"), l.lineNumber},
                                    {QStringLiteral("regimen"), l.regimen},
                                    {QStringLiteral("classes"), l.drugClasses.join(QLatin1Char(','))},
                                    {QStringLiteral("start"), l.startDate.toString()},
                                    {QStringLiteral("end"), l.endDate.toString()},
                                    {QStringLiteral("resp"), l.bestResponse},
                                    {QStringLiteral("refr"), l.refractory ? 1 : 0},
                                    {QStringLiteral("lenrefr"), l.lenalidomideRefractory ? 1 : 0}});
        if (!s.ok())
            return s.error();
    }
    auto tx = cachedQuery(m_db, QStringLiteral("INSERT INTO transplant (case_id, kind, transplant_date, "
                                               "notes) VALUES (:case_id, :kind, :date, :notes)"));
    if (!tx.ok())
        return tx.error();
    for (const auto& t : r.transplants) {
        auto s = execCached(*tx, {{QStringLiteral("case_id"), caseId},
                                  {QStringLiteral("kind"), t.kind},
                                  {QStringLiteral("date"), t.date.toString()},
                                  {QStringLiteral("notes"), t.notes}});
        if (!s.ok())
            return s.error();
    }
    for (const auto& o : r.observations) {
        auto s = insertObservation(caseId, o);
        if (!s.ok())
            return s.error();
    }
    return caseId;
}

Result<qint64> CaseRepository::insertObservation(qint64 caseId, const core::Observation& o)
{
    auto q = cachedQuery(
        m_db, QStringLiteral(
                  "INSERT INTO observation (case_id, code, value_num, value_text, unit, observed_on) VALUES "
                  "(:case_id, :code, :value, :text, :unit, :on) RETURNING id"));
    if (!q.ok())
        return q.error();
    auto st = execCached(*q, {{QStringLiteral("case_id"), caseId},
                              {QStringLiteral("code"), o.code},
                              {QStringLiteral("value"), optionalNumber(o.value)},
                              {QStringLiteral("text"), o.valueText},
                              {QStringLiteral("unit"), o.unit},
                              {QStringLiteral("on"), dateText(o.observedOn)}});
    if (!st.ok())
        return st.error();
    (*q)->next();
    const qint64 id = (*q)->value(0).toLongLong();
    (*q)->finish();
    return id;
}

Result<bool> CaseRepository::caseExists(qint64 id)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT 1 FROM clinical_case WHERE id = :id"),
                      {{QStringLiteral("id"), id}});
    if (!q.ok())
        return q.error();
    return q->next();
}

Status CaseRepository::lockForUpdate(qint64 caseId)
{
    if (!m_db.isPostgres())
        return {};
    auto q = runQuery(m_db, QStringLiteral("SELECT id FROM clinical_case WHERE id = :id FOR UPDATE"),
                      {{QStringLiteral("id"), caseId}});
    if (!q.ok())
        return q.error();
    return {};
}

Result<std::optional<core::CaseRecord>> CaseRepository::caseById(qint64 id)
{
    auto q = runQuery(
        m_db,
        QStringLiteral(
            "SELECT c.id, c.indication, c.intended_product, c.referrer, c.referrer_question, "
            "c.referral_date, c.state, "
            "c.close_reason, c.close_detail, c.diagnosis, c.diagnosis_date, c.staging, c.cytogenetic_risk, "
            "c.extramedullary_disease, c.extramedullary_sites, c.cns_disease, c.row_version, "
            "p.id, p.mrn, p.family_name, p.given_name, p.sex, p.birth_date, p.row_version "
            "FROM clinical_case c JOIN patient p ON p.id = c.patient_id WHERE c.id = :id"),
        {{QStringLiteral("id"), id}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<core::CaseRecord>{};
    core::CaseRecord r;
    r.id = q->value(0).toLongLong();
    r.indication =
        core::fromId(core::indications(), q->value(1).toString()).value_or(core::Indication::Other);
    r.intendedProduct = q->value(2).toString();
    r.referrer = q->value(3).toString();
    r.referrerQuestion = q->value(4).toString();
    r.referralDate = QDate::fromString(q->value(5).toString(), Qt::ISODate);
    r.state = core::fromId(core::caseStates(), q->value(6).toString()).value_or(core::CaseState::Referred);
    if (!q->value(7).isNull())
        r.closeReason = core::fromId(core::closeReasons(), q->value(7).toString());
    r.closeDetail = q->value(8).toString();
    r.diagnosis = q->value(9).toString();
    r.diagnosisDate = partial(q->value(10));
    r.staging = q->value(11).toString();
    r.cytogeneticRisk = q->value(12).toString();
    r.extramedullaryDisease = q->value(13).toInt() != 0;
    r.extramedullarySites = q->value(14).toString();
    r.cnsDisease = q->value(15).toString();
    r.rowVersion = q->value(16).toLongLong();
    r.patient.id = q->value(17).toLongLong();
    r.patient.mrn = q->value(18).toString();
    r.patient.familyName = q->value(19).toString();
    r.patient.givenName = q->value(20).toString();
    r.patient.sex = core::fromId(core::sexes(), q->value(21).toString()).value_or(core::Sex::Unknown);
    r.patient.birthDate = QDate::fromString(q->value(22).toString(), Qt::ISODate);
    r.patient.rowVersion = q->value(23).toLongLong();

    auto lines = runQuery(
        m_db,
        QStringLiteral(
            "SELECT id, line_number, regimen, drug_classes, start_date, end_date, best_response, refractory, "
            "lenalidomide_refractory, row_version FROM therapy_line WHERE case_id = :id ORDER BY "
            "line_number, id"),
        {{QStringLiteral("id"), id}});
    if (!lines.ok())
        return lines.error();
    while (lines->next()) {
        core::TherapyLine l;
        l.id = lines->value(0).toLongLong();
        l.lineNumber = lines->value(1).toInt();
        l.regimen = lines->value(2).toString();
        l.drugClasses = lines->value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        l.startDate = partial(lines->value(4));
        l.endDate = partial(lines->value(5));
        l.bestResponse = lines->value(6).toString();
        l.refractory = lines->value(7).toInt() != 0;
        l.lenalidomideRefractory = lines->value(8).toInt() != 0;
        l.rowVersion = lines->value(9).toLongLong();
        r.therapyLines << l;
    }
    auto tps = runQuery(m_db,
                        QStringLiteral("SELECT id, kind, transplant_date, notes, row_version FROM transplant "
                                       "WHERE case_id = :id ORDER BY "
                                       "transplant_date, id"),
                        {{QStringLiteral("id"), id}});
    if (!tps.ok())
        return tps.error();
    while (tps->next()) {
        core::Transplant t;
        t.id = tps->value(0).toLongLong();
        t.kind = tps->value(1).toString();
        t.date = partial(tps->value(2));
        t.notes = tps->value(3).toString();
        t.rowVersion = tps->value(4).toLongLong();
        r.transplants << t;
    }
    auto obs = runQuery(
        m_db,
        QStringLiteral(
            "SELECT id, code, value_num, value_text, unit, observed_on, row_version FROM observation "
            "WHERE case_id = :id ORDER BY observed_on DESC, code, id"),
        {{QStringLiteral("id"), id}});
    if (!obs.ok())
        return obs.error();
    while (obs->next()) {
        core::Observation o;
        o.id = obs->value(0).toLongLong();
        o.code = obs->value(1).toString();
        if (!obs->value(2).isNull())
            o.value = obs->value(2).toDouble();
        o.valueText = obs->value(3).toString();
        o.unit = obs->value(4).toString();
        o.observedOn = QDate::fromString(obs->value(5).toString(), Qt::ISODate);
        o.rowVersion = obs->value(6).toLongLong();
        r.observations << o;
    }
    return std::optional<core::CaseRecord>{r};
}

Status CaseRepository::updateState(qint64 id, qint64 v, core::CaseState state,
                                   std::optional<core::CloseReason> reason, const QString& detail,
                                   const QDateTime& now)
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE clinical_case SET state = :state, close_reason = :reason, "
                                     "close_detail = :detail, updated_at = :now, "
                                     "row_version = row_version + 1 WHERE id = :id AND row_version = :v"),
                      {{QStringLiteral("state"), core::toId(state)},
                       {QStringLiteral("reason"),
                        reason ? QVariant(core::toId(*reason)) : QVariant(QMetaType(QMetaType::QString))},
                       {QStringLiteral("detail"), detail},
                       {QStringLiteral("now"), core::toIsoUtc(now)},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("v"), v}});
    if (!q.ok())
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::conflict(QCoreApplication::translate(
            "cb::storage",
            "Someone else changed this case meanwhile. Reload it and apply your change again."));
    return {};
}

Result<qint64> CaseRepository::worklistCount(const core::WorklistQuery& query)
{
    QVariantMap binds;
    const QString where = whereClause(m_db, query, binds);
    const QString sql =
        where.contains(QLatin1String("p."))
            ? QStringLiteral("SELECT COUNT(*) FROM clinical_case c JOIN patient p ON p.id = c.patient_id") +
                  where
            : QStringLiteral("SELECT COUNT(*) FROM clinical_case c") + where;
    auto q = runQuery(m_db, sql, binds);
    if (!q.ok())
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Result<QList<core::CaseSummary>> CaseRepository::worklistPage(const core::WorklistQuery& query, qint64 offset,
                                                              int limit)
{
    QVariantMap binds;
    const QString where = whereClause(m_db, query, binds);
    const QString order = orderClause(query);
    // Page the ids first: when neither the filter nor the order needs the patient, the offset
    // walks an index of clinical_case alone instead of joining every skipped row (a jump to
    // the middle of 100,000 cases goes from about a second to a few tens of milliseconds).
    const bool needsPatient = where.contains(QLatin1String("p.")) || order.contains(QLatin1String("p."));
    const QString ids =
        QStringLiteral("SELECT c.id FROM clinical_case c") +
        (needsPatient ? QStringLiteral(" JOIN patient p ON p.id = c.patient_id") : QString()) + where +
        order + QStringLiteral(" LIMIT :limit OFFSET :offset");
    const QString sql = kSummarySelect + QStringLiteral(" WHERE c.id IN (") + ids + QLatin1Char(')') + order;
    binds[QStringLiteral("limit")] = limit;
    binds[QStringLiteral("offset")] = offset;
    auto q = runQuery(m_db, sql, binds);
    if (!q.ok())
        return q.error();
    QList<core::CaseSummary> out;
    out.reserve(limit);
    while (q->next())
        out << readSummary(*q);
    return out;
}

Result<QList<core::CaseSummary>> CaseRepository::listCases(std::optional<core::CaseState> state)
{
    core::WorklistQuery query;
    query.state = state;
    query.sortKey = core::WorklistQuery::SortKey::CaseId;
    query.ascending = true;
    QVariantMap binds;
    auto q = runQuery(m_db, kSummarySelect + whereClause(m_db, query, binds) + orderClause(query), binds);
    if (!q.ok())
        return q.error();
    QList<core::CaseSummary> out;
    while (q->next())
        out << readSummary(*q);
    return out;
}

} // namespace cb::storage
