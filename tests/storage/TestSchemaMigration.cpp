// The migration from schema 5 (the case-level history and the single `mrn` column) to the current
// schema, on SQLite and PostgreSQL: a schema-5 database is built from the shipped migrations
// 001–005 alone, filled with rows as schema 5 wrote them, then opened with the current code.
// Every row is still there: identifiers made from the MRNs, one disease history per patient from
// their newest case (the other cases' history kept as it was), the patient on every line,
// transplant and observation, the audit chain intact, and the services read the result. A
// migration that fails leaves schema 5 as it was.

#include "core/AuditEntry.h"
#include "core/CaseRecord.h"
#include "core/intake/DerivedFacts.h"
#include "services/AuditService.h"
#include "services/CaseService.h"
#include "services/IntakeService.h"
#include "services/Workspace.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "support/TestDatabase.h"
#include "support/TestUsers.h"
#include "support/TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace {

// The statements of a migration file, split as storage::Database splits them (lines "-- ;;").
QStringList statementsOf(const QString& text)
{
    QStringList out;
    QString current;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed() == QLatin1String("-- ;;")) {
            if (!current.trimmed().isEmpty())
                out << current.trimmed();
            current.clear();
        } else {
            current += line + QLatin1Char('\n');
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

// Builds schema 5 in the test database from the shipped migration files 001–005 only, recording
// them in schema_migration the way Database::migrate does. Returns an error text or "".
QString buildSchema5(cb::test::TestDatabase& db)
{
    QString error;
    if (db.isPostgres() && !db.exec(QStringLiteral("CREATE SCHEMA %1").arg(db.schema()), &error))
        return QStringLiteral("create schema: ") + error;
    if (!db.exec(
            QStringLiteral("CREATE TABLE schema_migration (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                           "applied_at TEXT NOT NULL)"),
            &error))
        return QStringLiteral("schema_migration: ") + error;
    const QString dir =
        db.isPostgres() ? QStringLiteral(":/migrations/postgresql") : QStringLiteral(":/migrations/sqlite");
    static const QRegularExpression re(QStringLiteral("^(\\d{3})_(.+)\\.sql$"));
    int applied = 0;
    for (const QString& file : QDir(dir).entryList(QDir::Files, QDir::Name)) {
        const auto m = re.match(file);
        if (!m.hasMatch() || m.captured(1).toInt() > 5)
            continue;
        QFile f(dir + QLatin1Char('/') + file);
        if (!f.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read ") + file;
        for (const QString& stmt : statementsOf(QString::fromUtf8(f.readAll())))
            if (!db.exec(stmt, &error))
                return file + QStringLiteral(": ") + error + QStringLiteral("\n") + stmt.left(200);
        if (!db.exec(
                QStringLiteral("INSERT INTO schema_migration (version, name, applied_at) VALUES (%1, '%2', "
                               "'2025-01-01T00:00:00.000Z')")
                    .arg(m.captured(1).toInt())
                    .arg(m.captured(2)),
                &error))
            return error;
        ++applied;
    }
    return applied == 5 ? QString() : QStringLiteral("%1 migrations up to 005 found, not 5").arg(applied);
}

// What a schema-5 database of a program in use held: a user, three patients (one referred twice,
// one without a birth date), four cases with their case-level history, lines, transplants,
// observations, a draft opinion and an audit chain of three rows.
QStringList schema5Rows()
{
    return {
        QStringLiteral(
            "INSERT INTO app_user (id, username, printed_name, roles, disciplines, password_hash, "
            "created_at) "
            "VALUES (1, 'oldcoord', 'Old Coordinator', 'coordinator', '', 'x', '2025-01-01T00:00:00.000Z')"),
        QStringLiteral("INSERT INTO app_user (id, username, printed_name, roles, disciplines, password_hash, "
                       "created_at) "
                       "VALUES (2, 'oldcardio', 'Old Cardiologist', 'specialist', 'cardiology', 'x', "
                       "'2025-01-01T00:00:00.000Z')"),
        QStringLiteral(
            "INSERT INTO patient (id, mrn, family_name, given_name, sex, birth_date, sort_name, search_text, "
            "created_at) VALUES (1, 'MRN-A', 'Rossi', 'Maria', 'female', '1958-03-14', 'rossi maria', "
            "'rossi maria mrn-a', '2025-01-10T08:00:00.000Z')"),
        QStringLiteral(
            "INSERT INTO patient (id, mrn, family_name, given_name, sex, birth_date, sort_name, search_text, "
            "created_at) VALUES (2, 'MRN-B', 'Wang', 'Wei', 'male', '1970-07-01', 'wang wei', "
            "'wang wei mrn-b', '2025-03-01T08:00:00.000Z')"),
        QStringLiteral(
            "INSERT INTO patient (id, mrn, family_name, given_name, sex, birth_date, sort_name, search_text, "
            "created_at) VALUES (3, 'MRN-C', 'Müller', 'Jonas', 'male', NULL, 'müller jonas', "
            "'muller jonas mrn-c', '2025-04-01T08:00:00.000Z')"),
        // Patient 1, first referral (closed), then a re-referral with an updated history.
        QStringLiteral(
            "INSERT INTO clinical_case (id, patient_id, indication, referrer, referral_date, state, "
            "close_reason, diagnosis, diagnosis_date, staging, cytogenetic_risk, extramedullary_disease, "
            "extramedullary_sites, cns_disease, created_at, updated_at) VALUES (1, 1, 'multiple_myeloma', "
            "'Dr Old', '2025-01-09', 'closed', 'withdrawn', 'IgA lambda myeloma', '2019-03', 'ISS II', "
            "'t(4;14)', 0, '', 'none', '2025-01-10T08:00:00.000Z', '2025-02-01T08:00:00.000Z')"),
        QStringLiteral(
            "INSERT INTO clinical_case (id, patient_id, indication, referrer, referral_date, state, "
            "diagnosis, diagnosis_date, staging, cytogenetic_risk, extramedullary_disease, "
            "extramedullary_sites, cns_disease, created_at, updated_at) VALUES (2, 1, 'multiple_myeloma', "
            "'Dr Old', '2025-05-30', 'work_up', 'IgA lambda myeloma, relapsed', '2019-03-14', 'R-ISS II', "
            "'t(4;14), gain 1q', 1, 'paraspinal', 'none', '2025-06-01T08:00:00.000Z', "
            "'2025-06-02T08:00:00.000Z')"),
        QStringLiteral(
            "INSERT INTO clinical_case (id, patient_id, indication, referrer, referral_date, state, "
            "diagnosis, diagnosis_date, staging, cytogenetic_risk, extramedullary_disease, "
            "extramedullary_sites, cns_disease, created_at, updated_at) VALUES (3, 2, "
            "'large_b_cell_lymphoma', 'Dr Other', '2025-02-27', 'in_review', 'DLBCL, NOS', '2022-05', "
            "'Ann Arbor IV', '', 0, '', 'treated', '2025-03-01T08:00:00.000Z', '2025-03-05T08:00:00.000Z')"),
        // A referral with nothing of the history recorded (the schema-5 defaults).
        QStringLiteral(
            "INSERT INTO clinical_case (id, patient_id, indication, referral_date, state, created_at, "
            "updated_at) VALUES (4, 3, 'b_all', '2025-04-01', 'referred', '2025-04-01T08:00:00.000Z', "
            "'2025-04-01T08:00:00.000Z')"),
        QStringLiteral(
            "INSERT INTO therapy_line (id, case_id, line_number, regimen, drug_classes, start_date, "
            "end_date, "
            "best_response, refractory, lenalidomide_refractory) VALUES (1, 1, 1, 'VRd', 'pi,imid', "
            "'2019-04', '2020-01', 'VGPR', 0, 0)"),
        QStringLiteral("INSERT INTO therapy_line (id, case_id, line_number, regimen, drug_classes, "
                       "start_date, end_date, "
                       "best_response, refractory, lenalidomide_refractory) VALUES (2, 2, 2, 'DaraRd', "
                       "'anti_cd38,imid', '2020-06', '2024-12', 'PR', 1, 1)"),
        QStringLiteral("INSERT INTO therapy_line (id, case_id, line_number, regimen, drug_classes, "
                       "start_date, end_date, "
                       "best_response, refractory, lenalidomide_refractory) VALUES (3, 3, 1, 'R-CHOP', "
                       "'anti_cd20,alkylator', '2022-06', '2022-10', 'PR', 0, 0)"),
        QStringLiteral("INSERT INTO transplant (id, case_id, kind, transplant_date, notes) VALUES (1, 1, "
                       "'autologous', '2019-09', 'melphalan 200')"),
        QStringLiteral("INSERT INTO transplant (id, case_id, kind, transplant_date, notes) VALUES (2, 3, "
                       "'autologous', '2023-01', '')"),
        QStringLiteral(
            "INSERT INTO observation (id, case_id, code, value_num, value_text, unit, observed_on) "
            "VALUES (1, 2, 'lvef', 55, '', '%', '2025-06-02')"),
        QStringLiteral(
            "INSERT INTO observation (id, case_id, code, value_num, value_text, unit, observed_on) "
            "VALUES (2, 2, 'ecog', 1, '', '', '2025-06-02')"),
        QStringLiteral(
            "INSERT INTO observation (id, case_id, code, value_num, value_text, unit, observed_on) "
            "VALUES (3, 3, 'bilirubin', 1.2, '', 'mg/dL', '2025-03-02')"),
        QStringLiteral(
            "INSERT INTO observation (id, case_id, code, value_num, value_text, unit, observed_on) "
            "VALUES (4, 1, 'anc', 1.5, '', '10^9/L', '2025-01-12')"),
        QStringLiteral(
            "INSERT INTO opinion (id, case_id, discipline, version, template_version, author_id, status, "
            "created_at, updated_at) VALUES (1, 2, 'cardiology', 1, 'cardiology-1', 2, 'draft', "
            "'2025-06-03T08:00:00.000Z', '2025-06-03T08:00:00.000Z')"),
    };
}

// The tables whose ids the rows above set by hand: PostgreSQL's identity sequences follow them.
const QStringList& tablesWithIds()
{
    static const QStringList t{"app_user",   "patient",     "clinical_case", "therapy_line",
                               "transplant", "observation", "opinion"};
    return t;
}

// Three audit rows chained as schema 5 wrote them (the chain is the same in every schema).
QString insertAuditChain(cb::test::TestDatabase& db)
{
    QString prev = cb::storage::AuditRepository::genesisHash();
    const QList<std::tuple<QString, QString, QString>> rows{
        {QStringLiteral("case.register"), QStringLiteral("clinical_case"), QStringLiteral("1")},
        {QStringLiteral("case.close"), QStringLiteral("clinical_case"), QStringLiteral("1")},
        {QStringLiteral("case.register"), QStringLiteral("clinical_case"), QStringLiteral("2")}};
    qint64 seq = 0;
    for (const auto& [action, entity, id] : rows) {
        cb::core::AuditEntry e;
        e.seq = ++seq;
        e.at = QDateTime(QDate(2025, 6, 1), QTime(8, 0), Qt::UTC).addSecs(seq);
        e.userId = 1;
        e.username = QStringLiteral("oldcoord");
        e.action = action;
        e.entity = entity;
        e.entityId = id;
        e.prevHash = prev;
        e.hash = e.computeHash();
        prev = e.hash;
        QString error;
        if (!db.exec(QStringLiteral(
                         "INSERT INTO audit_event (seq, at, user_id, username, action, entity, entity_id, "
                         "before_json, after_json, reason, prev_hash, hash) VALUES (%1, '%2', 1, "
                         "'oldcoord', '%3', '%4', '%5', '', '', '', '%6', '%7')")
                         .arg(e.seq)
                         .arg(cb::core::toIsoUtc(e.at), action, entity, id, e.prevHash, e.hash),
                     &error))
            return error;
    }
    return {};
}

// A schema-5 database with its rows; an error text or "".
QString prepareSchema5(cb::test::TestDatabase& db)
{
    if (QString why = buildSchema5(db); !why.isEmpty())
        return why;
    QString error;
    for (const QString& row : schema5Rows())
        if (!db.exec(row, &error))
            return error + QStringLiteral("\n") + row;
    if (QString why = insertAuditChain(db); !why.isEmpty())
        return why;
    if (db.isPostgres())
        for (const QString& t : tablesWithIds())
            if (!db.exec(QStringLiteral(
                             "SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT MAX(id) FROM %1))")
                             .arg(t),
                         &error))
                return error;
    return {};
}

QString text(cb::test::TestDatabase& db, const QString& sql)
{
    QString error;
    const QVariant v = db.scalar(sql, &error);
    return v.isValid() ? v.toString() : QStringLiteral("<%1>").arg(error);
}

const QStringList& countedTables()
{
    static const QStringList t{"app_user",    "patient", "clinical_case", "therapy_line", "transplant",
                               "observation", "opinion", "audit_event",   "setting"};
    return t;
}

} // namespace

class TestSchemaMigration : public QObject
{
    Q_OBJECT

private slots:
    void shouldKeepEveryRecordOfASchema5Database_data() { cb::test::addBackendRows(); }
    void shouldKeepEveryRecordOfASchema5Database();
    void shouldLeaveSchema5AsItWasWhenTheMigrationFails_data() { cb::test::addBackendRows(); }
    void shouldLeaveSchema5AsItWasWhenTheMigrationFails();
};

void TestSchemaMigration::shouldKeepEveryRecordOfASchema5Database()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    // GIVEN a schema-5 database holding a program's records
    const QString why = prepareSchema5(tdb);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QMap<QString, qint64> before;
    for (const QString& t : countedTables())
        before[t] = tdb.count(t);
    QCOMPARE(before.value(QStringLiteral("patient")), qint64(3));
    QCOMPARE(before.value(QStringLiteral("audit_event")), qint64(3));

    // WHEN the current CellBoard opens it
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    cb::services::Workspace& ws = *t.ws;

    // THEN it is at the current schema, and no table lost or gained a row
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT MAX(version) FROM schema_migration")).toInt(),
             cb::storage::Database::latestSchemaVersion());
    for (const QString& table : countedTables())
        QCOMPARE(tdb.count(table), before.value(table));
    // AND every MRN became an identifier {local, MR, mrn} of its patient, none an alias
    QCOMPARE(tdb.count(QStringLiteral("patient_identifier")), qint64(3));
    for (const auto& [id, mrn] : QList<std::pair<int, const char*>>{{1, "MRN-A"}, {2, "MRN-B"}, {3, "MRN-C"}})
        QCOMPARE(
            tdb.count(QStringLiteral("patient_identifier WHERE patient_id = %1 AND authority = 'local' AND "
                                     "id_type = 'MR' AND value = '%2' AND is_alias = 0")
                          .arg(id)
                          .arg(QLatin1String(mrn))),
            qint64(1));
    // AND each patient has one disease history, from their newest case
    QCOMPARE(tdb.count(QStringLiteral("disease_history")), qint64(3));
    const QString h1 = QStringLiteral(" FROM disease_history WHERE patient_id = 1");
    QCOMPARE(text(tdb, QStringLiteral("SELECT diagnosis") + h1),
             QStringLiteral("IgA lambda myeloma, relapsed"));
    QCOMPARE(text(tdb, QStringLiteral("SELECT diagnosis_date") + h1), QStringLiteral("2019-03-14"));
    QCOMPARE(QJsonDocument::fromJson(text(tdb, QStringLiteral("SELECT staging_json") + h1).toUtf8())
                 .object()
                 .value(QStringLiteral("text"))
                 .toString(),
             QStringLiteral("R-ISS II"));
    QCOMPARE(text(tdb, QStringLiteral("SELECT cytogenetics_note") + h1), QStringLiteral("t(4;14), gain 1q"));
    QCOMPARE(text(tdb, QStringLiteral("SELECT extramedullary") + h1), QStringLiteral("yes"));
    QCOMPARE(text(tdb, QStringLiteral("SELECT extramedullary_sites") + h1), QStringLiteral("paraspinal"));
    const QString h2 = QStringLiteral(" FROM disease_history WHERE patient_id = 2");
    QCOMPARE(text(tdb, QStringLiteral("SELECT diagnosis") + h2), QStringLiteral("DLBCL, NOS"));
    QCOMPARE(text(tdb, QStringLiteral("SELECT cns_disease") + h2), QStringLiteral("treated"));
    QCOMPARE(text(tdb, QStringLiteral("SELECT extramedullary") + h2), QStringLiteral("no"));
    // AND the history of every case, the older ones too, is kept as schema 5 held it
    QCOMPARE(tdb.count(QStringLiteral("case_history_v5")), before.value(QStringLiteral("clinical_case")));
    const QString c1 = QStringLiteral(" FROM case_history_v5 WHERE case_id = 1");
    QCOMPARE(text(tdb, QStringLiteral("SELECT diagnosis") + c1), QStringLiteral("IgA lambda myeloma"));
    QCOMPARE(text(tdb, QStringLiteral("SELECT diagnosis_date") + c1), QStringLiteral("2019-03"));
    QCOMPARE(text(tdb, QStringLiteral("SELECT staging") + c1), QStringLiteral("ISS II"));
    QCOMPARE(text(tdb, QStringLiteral("SELECT cytogenetic_risk") + c1), QStringLiteral("t(4;14)"));
    QCOMPARE(text(tdb, QStringLiteral("SELECT extramedullary_disease") + c1).toInt(), 0);
    QCOMPARE(text(tdb, QStringLiteral("SELECT cns_disease") +
                           QStringLiteral(" FROM case_history_v5 WHERE case_id = 3")),
             QStringLiteral("treated"));
    // AND every line, transplant and observation belongs to its case's patient
    for (const QString& table :
         {QStringLiteral("therapy_line"), QStringLiteral("transplant"), QStringLiteral("observation")}) {
        QCOMPARE(tdb.count(table + QStringLiteral(" WHERE patient_id IS NULL")), qint64(0));
        QCOMPARE(tdb.count(table + QStringLiteral(
                                       " x WHERE x.patient_id <> (SELECT c.patient_id FROM clinical_case c "
                                       "WHERE c.id = x.case_id)")),
                 qint64(0));
        QCOMPARE(tdb.count(table + QStringLiteral(" WHERE voided_at <> '' OR superseded_by IS NOT NULL")),
                 qint64(0));
    }
    QCOMPARE(tdb.count(QStringLiteral("therapy_line WHERE patient_id = 1")), qint64(2));
    // AND observations keep their value and unit, as entered
    QCOMPARE(tdb.count(QStringLiteral("observation WHERE entered_value = value_num AND entered_unit = unit")),
             qint64(4));
    // AND the record's last change predates any signature given before the migration
    QCOMPARE(text(tdb, QStringLiteral("SELECT record_changed_at FROM patient WHERE id = 1")),
             QStringLiteral("2025-01-10T08:00:00.000Z"));
    // AND the audit chain written before the migration still verifies
    auto verify = ws.audit().verify();
    QVERIFY(verify.ok());
    QVERIFY2(verify->ok(), qPrintable(verify->problem));

    // AND the services read the migrated records
    const auto coordinator =
        cb::test::seedUserWithRole(ws.database(), QStringLiteral("coordinator"), cb::core::Role::Coordinator);
    QVERIFY(coordinator.isValid());
    auto c2 = ws.cases().openCase(coordinator, 2);
    QVERIFY2(c2.ok(), qPrintable(c2.error().message));
    QCOMPARE(c2->patient.mrn, QStringLiteral("MRN-A"));
    QCOMPARE(c2->patient.identifiers.size(), 1);
    QCOMPARE(c2->history.diagnosis, QStringLiteral("IgA lambda myeloma, relapsed"));
    QCOMPARE(c2->therapyLines.size(), 2); // the patient's, from both cases
    QCOMPARE(c2->transplants.size(), 1);
    QCOMPARE(c2->observations.size(), 3);
    const auto facts = cb::core::deriveFacts(c2->therapyLines, c2->transplants, t.clock->todayUtc());
    QCOMPARE(facts.priorLines, 2);
    QVERIFY(facts.tripleClassExposed); // legacy class ids (pi, imid, anti_cd38) still count
    QVERIFY(facts.lenalidomideRefractory);
    auto c4 = ws.cases().openCase(coordinator, 4);
    QVERIFY2(c4.ok(), qPrintable(c4.error().message));
    QVERIFY(c4->patient.birth.isNull());
    QCOMPARE(c4->patient.familyName, QStringLiteral("Müller"));
    // AND a search by an old MRN finds its patient, and a re-referral by it reuses the record
    auto hits = ws.intake().findPatients(coordinator, QStringLiteral("MRN-C"), {}, {});
    QVERIFY2(hits.ok(), qPrintable(hits.error().message));
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().patient.id, qint64(3));
    cb::core::CaseRecord again;
    again.patient.identifiers << cb::core::PatientIdentifier{QStringLiteral("local"), QStringLiteral("MR"),
                                                             QStringLiteral("MRN-B")};
    again.patient.familyName = QStringLiteral("Wang");
    again.patient.givenName = QStringLiteral("Wei");
    again.patient.birth = *cb::core::PartialDate::parse(QStringLiteral("1970-07-01"));
    again.indication = cb::core::Indication::FollicularLymphoma;
    again.referrer = QStringLiteral("Dr New");
    again.referralDate = t.clock->todayUtc();
    auto reg = ws.intake().registerReferral(coordinator, again);
    QVERIFY2(reg.ok(), qPrintable(reg.error().message));
    QCOMPARE(reg->patientId, qint64(2));
    QCOMPARE(tdb.count(QStringLiteral("patient")), before.value(QStringLiteral("patient")));
    auto c5 = ws.cases().openCase(coordinator, reg->caseId);
    QVERIFY(c5.ok());
    QCOMPARE(c5->history.diagnosis, QStringLiteral("DLBCL, NOS"));
    QCOMPARE(c5->therapyLines.size(), 1);
}

void TestSchemaMigration::shouldLeaveSchema5AsItWasWhenTheMigrationFails()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    // GIVEN a schema-5 database in which the next migration cannot run (a table in its way)
    const QString why = prepareSchema5(tdb);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY(tdb.exec(QStringLiteral("CREATE TABLE disease_history (in_the_way INTEGER)")));
    QMap<QString, qint64> before;
    for (const QString& t : countedTables())
        before[t] = tdb.count(t);

    // WHEN the current CellBoard opens it
    auto ws = cb::services::Workspace::open(tdb.url(), cb::services::Workspace::OpenMode::MustExist);

    // THEN it refuses, saying nothing was changed
    QVERIFY(!ws.ok());
    QVERIFY2(ws.error().message.contains(QLatin1String("nothing was changed")),
             qPrintable(ws.error().message));
    // AND the database is schema 5 with every row and the case-level history where it was
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT MAX(version) FROM schema_migration")).toInt(), 5);
    for (const QString& t : countedTables())
        QCOMPARE(tdb.count(t), before.value(t));
    QCOMPARE(text(tdb, QStringLiteral("SELECT diagnosis FROM clinical_case WHERE id = 2")),
             QStringLiteral("IgA lambda myeloma, relapsed"));
    QCOMPARE(text(tdb, QStringLiteral("SELECT mrn FROM patient WHERE id = 3")), QStringLiteral("MRN-C"));
    QString error;
    QVERIFY(!tdb.scalar(QStringLiteral("SELECT COUNT(*) FROM patient_identifier"), &error).isValid());
}

QTEST_GUILESS_MAIN(TestSchemaMigration)
#include "TestSchemaMigration.moc"
