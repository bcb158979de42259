#include "storage/CaseRepository.h"

#include "core/Clock.h"
#include "storage/PatientRepository.h"
#include "storage/RecordRepository.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <algorithm>

namespace cb::storage {

namespace {

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// The patients whose search text holds every token group as a fragment (each group is letters
// and digits, a run of Han characters spaced apart, so binding it in LIKE and quoting it in an
// FTS5 phrase is safe). PostgreSQL: LIKE '%…%', which its pg_trgm GIN index serves. SQLite: the
// FTS5 trigram index for groups of three characters or more, LIKE for shorter ones (trigrams
// need three; a lone Chinese family name is one character), checked on the rows the index
// found, or on every patient when no group is long enough.
QString patientsMatching(const Database& db, const QStringList& groups, QVariantMap& binds)
{
    QStringList likes;
    QStringList phrases;
    for (int i = 0; i < groups.size(); ++i) {
        if (!db.isPostgres() && groups[i].size() >= 3) {
            phrases << QLatin1Char('"') + groups[i] + QLatin1Char('"');
            continue;
        }
        const QString key = QStringLiteral("g%1").arg(i);
        likes << QStringLiteral("search_text LIKE :") + key;
        binds[key] = QLatin1Char('%') + groups[i] + QLatin1Char('%');
    }
    if (phrases.isEmpty())
        return QStringLiteral("SELECT id FROM patient WHERE ") + likes.join(QStringLiteral(" AND "));
    binds[QStringLiteral("fts")] = phrases.join(QStringLiteral(" AND "));
    likes.prepend(QStringLiteral("patient_trigram MATCH :fts"));
    return QStringLiteral("SELECT rowid FROM patient_trigram WHERE ") + likes.join(QStringLiteral(" AND "));
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
        QStringList match{QStringLiteral("c.patient_id IN (") + patientsMatching(db, groups, binds) +
                          QLatin1Char(')')};
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
    core::Patient patient = p;
    if (patient.identifiers.isEmpty() && !patient.mrn.isEmpty())
        patient.identifiers << core::PatientIdentifier{QStringLiteral("local"), QStringLiteral("MR"),
                                                       patient.mrn};
    return PatientRepository(m_db).insertPatient(patient, now);
}

Result<std::optional<qint64>> CaseRepository::patientIdByMrn(const QString& mrn)
{
    return PatientRepository(m_db).patientByIdentifier(
        core::PatientIdentifier{QStringLiteral("local"), QStringLiteral("MR"), mrn});
}

Result<qint64> CaseRepository::insertCase(const core::CaseRecord& r, const QDateTime& now, bool demo,
                                          qint64 by)
{
    auto q = cachedQuery(
        m_db, QStringLiteral("INSERT INTO clinical_case (patient_id, indication, subtype, "
                             "intended_product, referrer, referrer_institution, referrer_contact, "
                             "referrer_question, referral_date, urgency, funding_reference, state, "
                             "close_reason, close_detail, is_demo, created_at, updated_at) VALUES "
                             "(:patient, :indication, :subtype, :product, :referrer, :institution, "
                             ":contact, :question, :referral, :urgency, :funding, :state, "
                             ":close_reason, :close_detail, :demo, :now, :now2) RETURNING id"));
    if (!q.ok())
        return q.error();
    const QString nowText = core::toIsoUtc(now);
    const QString referrer = r.referrerDetail.name.isEmpty() ? r.referrer : r.referrerDetail.name;
    auto st = execCached(
        *q, {{QStringLiteral("patient"), r.patient.id},
             {QStringLiteral("indication"), core::toId(r.indication)},
             {QStringLiteral("subtype"), r.subtype},
             {QStringLiteral("product"), r.intendedProduct},
             {QStringLiteral("referrer"), referrer},
             {QStringLiteral("institution"), r.referrerDetail.institution},
             {QStringLiteral("contact"), r.referrerDetail.contact},
             {QStringLiteral("question"), r.referrerQuestion},
             {QStringLiteral("referral"), dateText(r.referralDate)},
             {QStringLiteral("urgency"), r.urgency.isEmpty() ? QStringLiteral("routine") : r.urgency},
             {QStringLiteral("funding"), r.fundingReference},
             {QStringLiteral("state"), core::toId(r.state)},
             {QStringLiteral("close_reason"),
              r.closeReason ? QVariant(core::toId(*r.closeReason)) : QVariant(QMetaType(QMetaType::QString))},
             {QStringLiteral("close_detail"), r.closeDetail},
             {QStringLiteral("demo"), demo ? 1 : 0},
             {QStringLiteral("now"), nowText},
             {QStringLiteral("now2"), nowText}});
    if (!st.ok())
        return st.error();
    if (!(*q)->next())
        return Error::failure(QStringLiteral("insert returned no id"));
    const qint64 caseId = (*q)->value(0).toLongLong();
    (*q)->finish();

    // The record entries carried by the case (demo and synthetic programs) become the patient's.
    RecordRepository record(m_db);
    const qint64 patientId = r.patient.id;
    const bool hasHistory = !r.history.diagnosis.isEmpty() || !r.diagnosis.isEmpty() ||
                            !r.history.staging.isEmpty() || !r.staging.isEmpty() ||
                            !r.history.cnsDisease.isEmpty() || !r.cnsDisease.isEmpty();
    if (hasHistory) {
        auto existing = record.history(patientId);
        if (!existing.ok())
            return existing.error();
        core::DiseaseHistory h = r.history;
        if (h.diagnosis.isEmpty())
            h.diagnosis = r.diagnosis;
        if (h.diagnosisDate.isNull())
            h.diagnosisDate = r.diagnosisDate;
        if (h.staging.isEmpty() && !r.staging.isEmpty())
            h.staging.text = r.staging;
        if (h.cytogeneticsNote.isEmpty())
            h.cytogeneticsNote = r.cytogeneticRisk;
        if (h.extramedullary.isEmpty())
            h.extramedullary = r.extramedullaryDisease ? QStringLiteral("yes") : QStringLiteral("no");
        if (h.extramedullarySites.isEmpty())
            h.extramedullarySites = r.extramedullarySites;
        if (h.cnsDisease.isEmpty())
            h.cnsDisease = r.cnsDisease.isEmpty() ? QStringLiteral("none") : r.cnsDisease;
        h.rowVersion = *existing ? (*existing)->rowVersion : 0;
        if (auto s = record.saveHistory(patientId, h, now); !s.ok())
            return s.error();
    }
    for (core::TherapyLine l : r.therapyLines) {
        l.entry.caseId = caseId;
        if (auto s = record.insertTherapyLine(patientId, l, by, now); !s.ok())
            return s.error();
    }
    for (core::Transplant t : r.transplants) {
        t.entry.caseId = caseId;
        if (auto s = record.insertTransplant(patientId, t, by, now); !s.ok())
            return s.error();
    }
    for (core::Observation o : r.observations) {
        o.entry.caseId = caseId;
        if (o.provenance.isEmpty())
            o.provenance = demo ? QStringLiteral("demo") : QStringLiteral("typed");
        if (auto s = record.insertObservation(patientId, o, by, now); !s.ok())
            return s.error();
    }
    return caseId;
}

Result<bool> CaseRepository::caseExists(qint64 id)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT 1 FROM clinical_case WHERE id = :id"),
                      {{QStringLiteral("id"), id}});
    if (!q.ok())
        return q.error();
    return q->next();
}

Result<bool> CaseRepository::hasAnyCase()
{
    auto q = runQuery(m_db, QStringLiteral("SELECT 1 FROM clinical_case LIMIT 1"));
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
    auto q =
        runQuery(m_db,
                 QStringLiteral("SELECT c.id, c.indication, c.subtype, c.intended_product, c.referrer, "
                                "c.referrer_institution, c.referrer_contact, c.referrer_question, "
                                "c.referral_date, c.urgency, c.funding_reference, c.state, c.close_reason, "
                                "c.close_detail, c.row_version, c.patient_id "
                                "FROM clinical_case c WHERE c.id = :id"),
                 {{QStringLiteral("id"), id}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<core::CaseRecord>{};
    core::CaseRecord r;
    r.id = q->value(0).toLongLong();
    r.indication =
        core::fromId(core::indications(), q->value(1).toString()).value_or(core::Indication::Other);
    r.subtype = q->value(2).toString();
    r.intendedProduct = q->value(3).toString();
    r.referrer = q->value(4).toString();
    r.referrerDetail = core::Referrer{r.referrer, q->value(5).toString(), q->value(6).toString()};
    r.referrerQuestion = q->value(7).toString();
    r.referralDate = QDate::fromString(q->value(8).toString(), Qt::ISODate);
    r.urgency = q->value(9).toString();
    r.fundingReference = q->value(10).toString();
    r.state = core::fromId(core::caseStates(), q->value(11).toString()).value_or(core::CaseState::Referred);
    if (!q->value(12).isNull())
        r.closeReason = core::fromId(core::closeReasons(), q->value(12).toString());
    r.closeDetail = q->value(13).toString();
    r.rowVersion = q->value(14).toLongLong();
    const qint64 patientId = q->value(15).toLongLong();

    auto patient = PatientRepository(m_db).patientById(patientId);
    if (!patient.ok())
        return patient.error();
    if (!*patient)
        return Error::failure(QStringLiteral("case %1 names a missing patient").arg(id));
    r.patient = **patient;

    RecordRepository record(m_db);
    auto history = record.history(patientId);
    if (!history.ok())
        return history.error();
    if (*history)
        r.history = **history;
    r.diagnosis = r.history.diagnosis;
    r.diagnosisDate = r.history.diagnosisDate;
    r.staging = core::stagingText(r.history.staging);
    r.cytogeneticRisk = core::cytogeneticsText(r.history);
    r.extramedullaryDisease = r.history.extramedullary == QLatin1String("yes");
    r.extramedullarySites = r.history.extramedullarySites;
    r.cnsDisease = r.history.cnsDisease;

    auto lines = record.therapyLines(patientId, true);
    if (!lines.ok())
        return lines.error();
    r.therapyLines = *lines;
    auto tps = record.transplants(patientId, true);
    if (!tps.ok())
        return tps.error();
    r.transplants = *tps;
    auto obs = record.observations(patientId, true);
    if (!obs.ok())
        return obs.error();
    r.observations = *obs;
    auto changed = record.recordChangedAt(patientId);
    if (!changed.ok())
        return changed.error();
    r.recordChangedAt = *changed;
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

Result<QList<core::CaseSummary>> CaseRepository::summariesOf(const QList<qint64>& caseIds)
{
    QList<core::CaseSummary> out;
    // ids are numbers: written into the statement, in chunks that keep it short
    constexpr qsizetype kChunk = 500;
    for (qsizetype from = 0; from < caseIds.size(); from += kChunk) {
        QStringList ids;
        for (qsizetype i = from; i < std::min(caseIds.size(), from + kChunk); ++i)
            ids << QString::number(caseIds.at(i));
        auto q = runQuery(m_db, kSummarySelect + QStringLiteral(" WHERE c.id IN (") +
                                    ids.join(QLatin1Char(',')) + QStringLiteral(")"));
        if (!q.ok())
            return q.error();
        while (q->next())
            out << readSummary(*q);
    }
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
