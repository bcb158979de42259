#include "storage/PatientRepository.h"

#include "core/Clock.h"
#include "core/WorklistQuery.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QHash>

namespace cb::storage {

namespace {

QString normalisedName(const QString& s)
{
    QString out;
    for (const QChar c : s.normalized(QString::NormalizationForm_KD))
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

QString birthText(const core::Patient& p)
{
    if (!p.birth.isNull())
        return p.birth.toString();
    return p.birthDate.isValid() ? p.birthDate.toString(Qt::ISODate) : QString();
}

bool hasHan(const QString& s)
{
    for (const QChar c : s)
        if (QChar::script(c.unicode()) == QChar::Script_Han)
            return true;
    return false;
}

QString searchText(const core::Patient& p)
{
    QStringList parts{p.familyName, p.givenName, p.nameZh, p.mrn};
    for (const auto& id : p.identifiers)
        if (id.value != p.mrn)
            parts << id.value;
    // An identifier or a Latin name with separators is there once more without them, as people
    // type it: "SH2026003538", "oconnor".
    QStringList compact;
    for (const QString& part : std::as_const(parts)) {
        QString text = core::searchTextOf({part});
        if (text.contains(QLatin1Char(' ')) && !hasHan(text))
            compact << text.remove(QLatin1Char(' '));
    }
    return core::searchTextOf(parts + compact);
}

void readBirth(const QVariant& v, core::Patient& p)
{
    p.birth = core::PartialDate::parse(v.toString()).value_or(core::PartialDate());
    p.birth.setEstimated(false);
    p.birthDate = p.birth.earliest();
}

const QString kPatientSelect = QStringLiteral("SELECT id, mrn, family_name, given_name, name_zh, sex, "
                                              "birth_date, merged_into, row_version FROM patient");

core::Patient readPatient(const QSqlQuery& q)
{
    core::Patient p;
    p.id = q.value(0).toLongLong();
    p.mrn = q.value(1).toString();
    p.familyName = q.value(2).toString();
    p.givenName = q.value(3).toString();
    p.nameZh = q.value(4).toString();
    p.sex = core::fromId(core::sexes(), q.value(5).toString()).value_or(core::Sex::Unknown);
    readBirth(q.value(6), p);
    p.mergedInto = q.value(7).toLongLong();
    p.rowVersion = q.value(8).toLongLong();
    return p;
}

} // namespace

Status PatientRepository::writeIdentifiers(qint64 patientId, const QList<core::PatientIdentifier>& ids,
                                           const QDateTime& now)
{
    for (const auto& id : ids) {
        auto q =
            runQuery(m_db,
                     QStringLiteral("INSERT INTO patient_identifier (patient_id, authority, id_type, value, "
                                    "is_alias, created_at) VALUES (:p, :a, :t, :v, :alias, :now)"),
                     {{QStringLiteral("p"), patientId},
                      {QStringLiteral("a"), id.authority},
                      {QStringLiteral("t"), id.type},
                      {QStringLiteral("v"), id.value},
                      {QStringLiteral("alias"), id.alias ? 1 : 0},
                      {QStringLiteral("now"), core::toIsoUtc(now)}});
        if (!q.ok()) {
            Error e = q.error();
            if (e.code == ErrorCode::Conflict)
                e.message = QCoreApplication::translate(
                                "cb::storage", "The identifier %1 (%2, %3) is already another patient's.")
                                .arg(id.value, id.authority, id.type);
            return e;
        }
    }
    return {};
}

Result<qint64> PatientRepository::insertPatient(const core::Patient& p, const QDateTime& now)
{
    // Refused before anything is written (callers without a transaction keep a clean database).
    for (const auto& id : p.identifiers) {
        auto owner = patientByIdentifier(id);
        if (!owner.ok())
            return owner.error();
        if (*owner) {
            if (id.type == QLatin1String("MR"))
                return Error::conflict(QCoreApplication::translate(
                                           "cb::storage", "A patient with MRN %1 (%2) is already registered.")
                                           .arg(id.value, id.authority));
            return Error::conflict(
                QCoreApplication::translate("cb::storage",
                                            "The identifier %1 (%2, %3) is already another patient's.")
                    .arg(id.value, id.authority, id.type));
        }
    }
    // The display identifier: the first identifier's value, unless another patient shows it
    // already (the same number from another authority), then with its authority.
    QString mrn = p.identifiers.isEmpty() ? p.mrn.trimmed() : p.identifiers.first().value.trimmed();
    auto taken =
        runQuery(m_db, QStringLiteral("SELECT 1 FROM patient WHERE mrn = :m"), {{QStringLiteral("m"), mrn}});
    if (!taken.ok())
        return taken.error();
    if (taken->next() && !p.identifiers.isEmpty())
        mrn = p.identifiers.first().value + QStringLiteral(" (") + p.identifiers.first().authority +
              QLatin1Char(')');
    core::Patient withMrn = p;
    withMrn.mrn = mrn;
    auto q = runQuery(
        m_db,
        QStringLiteral("INSERT INTO patient (mrn, family_name, given_name, name_zh, sex, birth_date, "
                       "birth_precision, sort_name, search_text, created_at, record_changed_at) "
                       "VALUES (:mrn, :family, :given, :zh, :sex, :birth, :precision, :sort, :search, "
                       ":created, :created2) RETURNING id"),
        {{QStringLiteral("mrn"), mrn},
         {QStringLiteral("family"), p.familyName},
         {QStringLiteral("given"), p.givenName},
         {QStringLiteral("zh"), p.nameZh},
         {QStringLiteral("sex"), core::toId(p.sex)},
         {QStringLiteral("birth"), birthText(p)},
         {QStringLiteral("precision"), p.birth.isNull() ? QStringLiteral("day") : p.birth.precisionId()},
         {QStringLiteral("sort"), (p.familyName + QLatin1Char(' ') + p.givenName).toLower()},
         {QStringLiteral("search"), searchText(withMrn)},
         {QStringLiteral("created"), core::toIsoUtc(now)},
         {QStringLiteral("created2"), core::toIsoUtc(now)}});
    if (!q.ok()) {
        Error e = q.error();
        if (e.code == ErrorCode::Conflict)
            e.message =
                QCoreApplication::translate("cb::storage", "A patient with this MRN is already registered.");
        return e;
    }
    if (!q->next())
        return Error::failure(QStringLiteral("insert returned no id"));
    const qint64 id = q->value(0).toLongLong();
    if (auto st = writeIdentifiers(id, p.identifiers, now); !st.ok())
        return st.error();
    return id;
}

Result<std::optional<core::Patient>> PatientRepository::patientById(qint64 id)
{
    auto q = runQuery(m_db, kPatientSelect + QStringLiteral(" WHERE id = :id"), {{QStringLiteral("id"), id}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<core::Patient>{};
    core::Patient p = readPatient(*q);
    auto ids = runQuery(m_db,
                        QStringLiteral("SELECT authority, id_type, value, is_alias FROM patient_identifier "
                                       "WHERE patient_id = :p ORDER BY is_alias, id"),
                        {{QStringLiteral("p"), id}});
    if (!ids.ok())
        return ids.error();
    while (ids->next())
        p.identifiers << core::PatientIdentifier{ids->value(0).toString(), ids->value(1).toString(),
                                                 ids->value(2).toString(), ids->value(3).toInt() != 0};
    return std::optional<core::Patient>{p};
}

Result<std::optional<qint64>> PatientRepository::patientByIdentifier(const core::PatientIdentifier& id)
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT patient_id FROM patient_identifier WHERE authority = :a AND "
                                     "id_type = :t AND value = :v"),
                      {{QStringLiteral("a"), id.authority},
                       {QStringLiteral("t"), id.type},
                       {QStringLiteral("v"), id.value}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<qint64>{};
    return std::optional<qint64>{q->value(0).toLongLong()};
}

Result<QList<PatientMatch>> PatientRepository::search(const QString& identifierValue, const QString& name,
                                                      const core::PartialDate& birth, int limit)
{
    QList<PatientMatch> out;
    QSet<qint64> seen;
    const auto birthFits = [&birth](const core::Patient& p) {
        if (birth.isNull())
            return true;
        if (p.birth.isNull())
            return false;
        return p.birth.earliest() <= birth.latest() && birth.earliest() <= p.birth.latest();
    };
    if (!identifierValue.trimmed().isEmpty()) {
        auto q = runQuery(
            m_db, QStringLiteral("SELECT DISTINCT patient_id FROM patient_identifier WHERE value = :v"),
            {{QStringLiteral("v"), identifierValue.trimmed()}});
        if (!q.ok())
            return q.error();
        QList<qint64> ids;
        while (q->next())
            ids << q->value(0).toLongLong();
        for (qint64 id : ids) {
            auto p = patientById(id);
            if (!p.ok())
                return p.error();
            if (*p && !seen.contains(id)) {
                seen.insert(id);
                out << PatientMatch{**p, QStringLiteral("identifier")};
            }
        }
    }
    const QStringList groups = core::searchTokensOf(name);
    if (!groups.isEmpty() || (!birth.isNull() && identifierValue.trimmed().isEmpty())) {
        QStringList where{QStringLiteral("merged_into IS NULL")};
        QVariantMap binds;
        for (int i = 0; i < groups.size(); ++i) {
            const QString key = QStringLiteral("g%1").arg(i);
            where << QStringLiteral("(' ' || search_text) LIKE :") + key;
            binds[key] = QStringLiteral("% ") + groups[i] + QLatin1Char('%');
        }
        if (!birth.isNull()) {
            where << QStringLiteral("birth_date LIKE :year");
            binds[QStringLiteral("year")] = QString::number(birth.year()) + QLatin1Char('%');
        }
        binds[QStringLiteral("limit")] = limit * 4;
        auto q = runQuery(m_db,
                          kPatientSelect + QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")) +
                              QStringLiteral(" ORDER BY sort_name, id LIMIT :limit"),
                          binds);
        if (!q.ok())
            return q.error();
        QList<core::Patient> found;
        while (q->next())
            found << readPatient(*q);
        for (const auto& p : found) {
            if (seen.contains(p.id) || !birthFits(p))
                continue;
            auto full = patientById(p.id);
            if (!full.ok())
                return full.error();
            seen.insert(p.id);
            out << PatientMatch{**full,
                                birth.isNull() ? QStringLiteral("name") : QStringLiteral("name_birth")};
            if (out.size() >= limit)
                break;
        }
    }
    // A merged-away record found by an old identifier shows the kept one.
    for (auto& m : out) {
        int hops = 0;
        while (m.patient.mergedInto != 0 && hops++ < 8) {
            auto kept = patientById(m.patient.mergedInto);
            if (!kept.ok())
                return kept.error();
            if (!*kept)
                break;
            m.patient = **kept;
        }
    }
    return out;
}

Result<QList<core::Patient>> PatientRepository::sameNameBirthSex(const core::Patient& p)
{
    QList<core::Patient> out;
    const core::PartialDate birth = p.birth.isNull() ? core::PartialDate::fromDate(p.birthDate) : p.birth;
    if (birth.isNull())
        return out;
    auto q =
        runQuery(m_db,
                 kPatientSelect + QStringLiteral(" WHERE merged_into IS NULL AND sex = :sex AND birth_date "
                                                 "LIKE :year AND id <> :id"),
                 {{QStringLiteral("sex"), core::toId(p.sex)},
                  {QStringLiteral("year"), QString::number(birth.year()) + QLatin1Char('%')},
                  {QStringLiteral("id"), p.id}});
    if (!q.ok())
        return q.error();
    const QString family = normalisedName(p.familyName);
    const QString given = normalisedName(p.givenName);
    const QString zh = normalisedName(p.nameZh);
    QList<qint64> ids;
    while (q->next()) {
        const core::Patient other = readPatient(*q);
        const bool sameBirth =
            other.birth.toString() == birth.toString() ||
            (other.birth.earliest() <= birth.latest() && birth.earliest() <= other.birth.latest());
        const bool sameLatin = !family.isEmpty() && normalisedName(other.familyName) == family &&
                               normalisedName(other.givenName) == given;
        const bool swapped = !family.isEmpty() && normalisedName(other.familyName) == given &&
                             normalisedName(other.givenName) == family;
        const bool sameZh = !zh.isEmpty() && normalisedName(other.nameZh) == zh;
        if (sameBirth && (sameLatin || swapped || sameZh))
            ids << other.id;
    }
    for (qint64 id : ids) {
        auto full = patientById(id);
        if (!full.ok())
            return full.error();
        if (*full)
            out << **full;
    }
    return out;
}

Status PatientRepository::updatePatient(const core::Patient& p, const QDateTime& now)
{
    auto q = runQuery(
        m_db,
        QStringLiteral("UPDATE patient SET family_name = :family, given_name = :given, name_zh = :zh, "
                       "sex = :sex, birth_date = :birth, birth_precision = :precision, sort_name = "
                       ":sort, search_text = :search, row_version = row_version + 1 WHERE id = :id "
                       "AND row_version = :v"),
        {{QStringLiteral("family"), p.familyName},
         {QStringLiteral("given"), p.givenName},
         {QStringLiteral("zh"), p.nameZh},
         {QStringLiteral("sex"), core::toId(p.sex)},
         {QStringLiteral("birth"), birthText(p)},
         {QStringLiteral("precision"), p.birth.isNull() ? QStringLiteral("day") : p.birth.precisionId()},
         {QStringLiteral("sort"), (p.familyName + QLatin1Char(' ') + p.givenName).toLower()},
         {QStringLiteral("search"), searchText(p)},
         {QStringLiteral("id"), p.id},
         {QStringLiteral("v"), p.rowVersion}});
    if (!q.ok())
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::conflict(QCoreApplication::translate(
            "cb::storage",
            "Someone else changed this patient meanwhile. Reload and apply your change again."));
    // Identifiers: the new ones are added; none is ever removed (a wrong one stays as an alias).
    auto current = patientById(p.id);
    if (!current.ok())
        return current.error();
    QList<core::PatientIdentifier> added;
    for (const auto& id : p.identifiers)
        if (!(*current)->identifiers.contains(id))
            added << id;
    return writeIdentifiers(p.id, added, now);
}

Result<QList<core::CaseSummary>> PatientRepository::casesOf(qint64 patientId)
{
    auto q =
        runQuery(m_db,
                 QStringLiteral("SELECT c.id, p.family_name, p.given_name, p.mrn, c.indication, c.state, "
                                "c.referral_date FROM clinical_case c JOIN patient p ON p.id = c.patient_id "
                                "WHERE c.patient_id = :p ORDER BY c.id DESC"),
                 {{QStringLiteral("p"), patientId}});
    if (!q.ok())
        return q.error();
    QList<core::CaseSummary> out;
    while (q->next()) {
        core::CaseSummary s;
        s.caseId = q->value(0).toLongLong();
        s.patientName = core::Patient::displayName(q->value(1).toString(), q->value(2).toString());
        s.mrn = q->value(3).toString();
        s.indication =
            core::fromId(core::indications(), q->value(4).toString()).value_or(core::Indication::Other);
        s.state =
            core::fromId(core::caseStates(), q->value(5).toString()).value_or(core::CaseState::Referred);
        s.referralDate = QDate::fromString(q->value(6).toString(), Qt::ISODate);
        out << s;
    }
    return out;
}

Result<QList<qint64>> PatientRepository::openCases(qint64 patientId,
                                                   std::optional<core::Indication> indication)
{
    QVariantMap binds{{QStringLiteral("p"), patientId}};
    QString sql = QStringLiteral("SELECT id FROM clinical_case WHERE patient_id = :p AND state <> 'closed'");
    if (indication) {
        sql += QStringLiteral(" AND indication = :ind");
        binds[QStringLiteral("ind")] = core::toId(*indication);
    }
    auto q = runQuery(m_db, sql + QStringLiteral(" ORDER BY id"), binds);
    if (!q.ok())
        return q.error();
    QList<qint64> out;
    while (q->next())
        out << q->value(0).toLongLong();
    return out;
}

Status PatientRepository::merge(qint64 keepId, qint64 mergedId, const QDateTime& now)
{
    const QVariantMap binds{{QStringLiteral("keep"), keepId}, {QStringLiteral("gone"), mergedId}};
    const QStringList statements{
        QStringLiteral(
            "UPDATE patient_identifier SET patient_id = :keep, is_alias = 1 WHERE patient_id = :gone"),
        QStringLiteral("UPDATE clinical_case SET patient_id = :keep WHERE patient_id = :gone"),
        QStringLiteral("UPDATE therapy_line SET patient_id = :keep WHERE patient_id = :gone"),
        QStringLiteral("UPDATE transplant SET patient_id = :keep WHERE patient_id = :gone"),
        QStringLiteral("UPDATE observation SET patient_id = :keep WHERE patient_id = :gone"),
        QStringLiteral("UPDATE hl7_message SET patient_id = :keep WHERE patient_id = :gone"),
        QStringLiteral("UPDATE hl7_result SET patient_id = :keep WHERE patient_id = :gone"),
        QStringLiteral(
            "UPDATE patient SET merged_into = :keep, row_version = row_version + 1 WHERE id = :gone"),
    };
    for (const QString& sql : statements) {
        auto q = runQuery(m_db, sql, binds);
        if (!q.ok())
            return q.error();
    }
    // The kept record's history wins; the merged one's is kept only when the kept has none.
    auto q = runQuery(m_db, QStringLiteral("SELECT 1 FROM disease_history WHERE patient_id = :keep"),
                      {{QStringLiteral("keep"), keepId}});
    if (!q.ok())
        return q.error();
    if (!q->next()) {
        auto move = runQuery(
            m_db, QStringLiteral("UPDATE disease_history SET patient_id = :keep WHERE patient_id = :gone"),
            binds);
        if (!move.ok())
            return move.error();
    }
    auto kept = patientById(keepId);
    if (!kept.ok())
        return kept.error();
    if (!*kept)
        return Error::notFound(QStringLiteral("kept patient vanished"));
    auto search = runQuery(
        m_db,
        QStringLiteral("UPDATE patient SET search_text = :s, record_changed_at = :now WHERE id = :keep"),
        {{QStringLiteral("s"), searchText(**kept)},
         {QStringLiteral("now"), core::toIsoUtc(now)},
         {QStringLiteral("keep"), keepId}});
    if (!search.ok())
        return search.error();
    return {};
}

Status PatientRepository::rewriteSearchTexts()
{
    // Only the columns of schema 7, so that a database migrated from older schemas through
    // newer ones reads the same: this runs as a step of migration 7.
    struct Row
    {
        core::Patient patient;
        QString stored;
    };
    QList<Row> rows;
    {
        auto q =
            runQuery(m_db, QStringLiteral("SELECT id, family_name, given_name, name_zh, mrn, search_text "
                                          "FROM patient ORDER BY id"));
        if (!q.ok())
            return q.error();
        while (q->next()) {
            Row r;
            r.patient.id = q->value(0).toLongLong();
            r.patient.familyName = q->value(1).toString();
            r.patient.givenName = q->value(2).toString();
            r.patient.nameZh = q->value(3).toString();
            r.patient.mrn = q->value(4).toString();
            r.stored = q->value(5).toString();
            rows << r;
        }
    }
    QHash<qint64, QList<core::PatientIdentifier>> identifiers;
    {
        auto q = runQuery(m_db, QStringLiteral("SELECT patient_id, value FROM patient_identifier "
                                               "ORDER BY patient_id, is_alias, id"));
        if (!q.ok())
            return q.error();
        while (q->next())
            identifiers[q->value(0).toLongLong()] << core::PatientIdentifier{{}, {}, q->value(1).toString()};
    }
    for (Row& r : rows) {
        r.patient.identifiers = identifiers.value(r.patient.id);
        const QString text = searchText(r.patient);
        if (text == r.stored)
            continue;
        auto u = cachedQuery(m_db, QStringLiteral("UPDATE patient SET search_text = :s WHERE id = :id"));
        if (!u.ok())
            return u.error();
        if (auto st = execCached(*u, {{QStringLiteral("s"), text}, {QStringLiteral("id"), r.patient.id}});
            !st.ok())
            return st;
    }
    return {};
}

} // namespace cb::storage
