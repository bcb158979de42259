// Intake through IntakeService on SQLite and PostgreSQL (INTAKE.md §1–6, issue 12): a near
// duplicate is reported, never registered silently; a known patient is reused on re-referral
// with their history; a second open case for the same indication is refused naming the open
// case; a merge keeps every identifier and is refused while both patients have open cases, by an
// administrator or by a coordinator with an administrator's approval; corrections name their
// original and voids keep their reason; a change of the record flags the signed opinions and
// takes the case out of readiness; every act writes its audit row in its own transaction, and
// refusals leave nothing behind.

#include "ReviewWorld.h"
#include "core/CaseRecord.h"
#include "core/intake/DerivedFacts.h"
#include "services/AuditService.h"
#include "services/AuthService.h"
#include "services/CaseService.h"
#include "services/IntakeService.h"
#include "services/ReviewService.h"
#include "services/SettingsService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "support/TestDatabase.h"
#include "support/TestUsers.h"
#include "support/TestWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <functional>

using cb::ErrorCode;
using cb::core::CaseState;
using cb::core::Discipline;
using cb::core::Indication;
using cb::core::Role;
using cb::core::Sex;
using cb::core::UserIdentity;
using cb::services::IntakeService;
using cb::services::MergeApproval;
using cb::services::ObservationInput;
using cb::services::Workspace;
using cb::test::auditActions;
using cb::test::auditEntries;
using cb::test::auditHead;
using cb::test::ReviewWorld;

namespace {

struct Cast
{
    UserIdentity admin, coordinator, chair, specialist, viewer;
};

// One user per role; `suffix` keeps them apart in a shared database.
Cast seedCast(Workspace& ws, const QString& suffix)
{
    Cast c;
    c.admin =
        cb::test::seedUserWithRole(ws.database(), QStringLiteral("admin") + suffix, Role::Administrator);
    c.coordinator =
        cb::test::seedUserWithRole(ws.database(), QStringLiteral("coordinator") + suffix, Role::Coordinator);
    c.chair = cb::test::seedUserWithRole(ws.database(), QStringLiteral("chair") + suffix, Role::BoardChair);
    c.specialist =
        cb::test::seedUserWithRole(ws.database(), QStringLiteral("cardiology") + suffix, Role::Specialist);
    c.viewer = cb::test::seedUserWithRole(ws.database(), QStringLiteral("viewer") + suffix, Role::Viewer);
    return c;
}

cb::core::PatientIdentifier localMr(const QString& value)
{
    return {QStringLiteral("local"), QStringLiteral("MR"), value};
}

// A patient of its own: an MR number and a family name no other row uses.
cb::core::Patient newPatient(const QString& tag)
{
    cb::core::Patient p;
    p.identifiers << localMr(cb::test::uniqueName(QStringLiteral("MR-") + tag + QLatin1Char('-')));
    p.familyName = cb::test::uniqueName(QStringLiteral("Keller") + tag);
    p.givenName = QStringLiteral("Anna");
    p.sex = Sex::Female;
    p.birth = *cb::core::PartialDate::parse(QStringLiteral("1961-04-02"));
    p.birthDate = p.birth.earliest();
    return p;
}

cb::core::CaseRecord referralOf(const cb::core::Patient& p,
                                Indication indication = Indication::MultipleMyeloma)
{
    cb::core::CaseRecord r;
    r.patient = p;
    r.indication = indication;
    r.referrerDetail.name = QStringLiteral("Dr Referrer");
    r.referrerDetail.institution = QStringLiteral("Test Hospital");
    r.referralDate = cb::test::testNow().date().addDays(-3);
    r.urgency = QStringLiteral("routine");
    return r;
}

cb::core::TherapyLine vrdLine(int number = 1)
{
    cb::core::TherapyLine l;
    l.lineNumber = number;
    l.regimen = QStringLiteral("VRd");
    l.startDate = *cb::core::PartialDate::parse(QStringLiteral("2023-02"));
    l.endDate = *cb::core::PartialDate::parse(QStringLiteral("2024-01"));
    l.reasonStopped = QStringLiteral("progression");
    l.bestResponse = QStringLiteral("VGPR");
    l.responseScheme = QStringLiteral("imwg");
    return l;
}

cb::core::Transplant autoTransplant(const QString& when = QStringLiteral("2023-08"))
{
    cb::core::Transplant t;
    t.kind = QStringLiteral("autologous");
    t.date = *cb::core::PartialDate::parse(when);
    t.conditioning = QStringLiteral("melphalan 200 mg/m2");
    return t;
}

ObservationInput lvef(double percent, const QString& date = QStringLiteral("2026-11-20"))
{
    ObservationInput o;
    o.code = QStringLiteral("lvef");
    o.value = percent;
    o.unit = QStringLiteral("%");
    o.date = date;
    o.source = QStringLiteral("echo");
    return o;
}

template <typename T> cb::Status statusOf(const cb::Result<T>& r)
{
    return r.ok() ? cb::Status() : cb::Status(r.error());
}

QJsonObject json(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// The last audit entry with this action after `mark`; an empty one when there is none.
cb::core::AuditEntry lastEntry(Workspace& ws, const QString& action, qint64 mark = 0)
{
    cb::core::AuditEntry found;
    for (const auto& e : auditEntries(ws, mark))
        if (e.action == action)
            found = e;
    return found;
}

// What the intake tables hold, as one comparable text: counts, row versions, voids,
// corrections, merges, the audit trail's length and the record's last change.
QString fingerprint(cb::test::TestDatabase& db)
{
    static const QStringList queries{
        QStringLiteral("SELECT COUNT(*) FROM patient"),
        QStringLiteral("SELECT COALESCE(SUM(row_version), 0) FROM patient"),
        QStringLiteral("SELECT COUNT(*) FROM patient WHERE merged_into IS NOT NULL"),
        QStringLiteral("SELECT COALESCE(MAX(record_changed_at), '') FROM patient"),
        QStringLiteral("SELECT COUNT(*) FROM patient_identifier"),
        QStringLiteral("SELECT COUNT(*) FROM patient_identifier WHERE is_alias <> 0"),
        QStringLiteral("SELECT COUNT(*) FROM clinical_case"),
        QStringLiteral("SELECT COALESCE(SUM(row_version), 0) FROM clinical_case"),
        QStringLiteral("SELECT COUNT(*) FROM disease_history"),
        QStringLiteral("SELECT COALESCE(SUM(row_version), 0) FROM disease_history"),
        QStringLiteral("SELECT COUNT(*) FROM therapy_line"),
        QStringLiteral(
            "SELECT COUNT(*) FROM therapy_line WHERE voided_at <> '' OR superseded_by IS NOT NULL"),
        QStringLiteral("SELECT COUNT(*) FROM transplant"),
        QStringLiteral("SELECT COUNT(*) FROM transplant WHERE voided_at <> '' OR superseded_by IS NOT NULL"),
        QStringLiteral("SELECT COUNT(*) FROM observation"),
        QStringLiteral("SELECT COUNT(*) FROM observation WHERE voided_at <> '' OR superseded_by IS NOT NULL"),
        QStringLiteral("SELECT COUNT(*) FROM audit_event"),
    };
    QStringList out;
    for (const QString& q : queries) {
        QString error;
        const QVariant v = db.scalar(q, &error);
        out << (v.isValid() ? v.toString() : QStringLiteral("error: ") + error);
    }
    return out.join(QLatin1Char('|'));
}

// Makes the database refuse audit rows of the actions listed in `test_refused_audit`, so an act
// whose audit row cannot be written shows whether the rest of it was rolled back with it.
bool installAuditRefusal(cb::test::TestDatabase& db, QString* error)
{
    if (!db.exec(QStringLiteral("CREATE TABLE test_refused_audit (action TEXT NOT NULL)"), error))
        return false;
    if (!db.isPostgres())
        return db.exec(QStringLiteral("CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_event "
                                      "WHEN NEW.action IN (SELECT action FROM test_refused_audit) "
                                      "BEGIN SELECT RAISE(ABORT, 'audit row refused by the test'); END"),
                       error);
    return db.exec(
               QStringLiteral("CREATE FUNCTION %1.test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS "
                              "$$ BEGIN IF EXISTS (SELECT 1 FROM %1.test_refused_audit r WHERE r.action = "
                              "NEW.action) THEN RAISE EXCEPTION 'audit row refused by the test'; END IF; "
                              "RETURN NEW; END $$")
                   .arg(db.schema()),
               error) &&
           db.exec(
               QStringLiteral("CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_event FOR EACH ROW "
                              "EXECUTE FUNCTION %1.test_refuse_audit()")
                   .arg(db.schema()),
               error);
}

// The database refuses this audit action while the guard lives.
class RefusedAudit
{
public:
    RefusedAudit(cb::test::TestDatabase& db, const QString& action) : m_db(db)
    {
        m_ok = m_db.exec(QStringLiteral("INSERT INTO test_refused_audit (action) VALUES ('%1')").arg(action));
    }
    ~RefusedAudit() { m_db.exec(QStringLiteral("DELETE FROM test_refused_audit")); }
    RefusedAudit(const RefusedAudit&) = delete;
    RefusedAudit& operator=(const RefusedAudit&) = delete;
    bool ok() const { return m_ok; }

private:
    cb::test::TestDatabase& m_db;
    bool m_ok = false;
};

QList<qint64> idsOf(const QList<cb::core::Patient>& patients)
{
    QList<qint64> out;
    for (const auto& p : patients)
        out << p.id;
    return out;
}

bool hasIdentifier(const cb::core::Patient& p, const cb::core::PatientIdentifier& id, bool alias)
{
    for (const auto& i : p.identifiers)
        if (i == id && i.alias == alias)
            return true;
    return false;
}

} // namespace

class TestIntakeService : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase() { m_shared.clear(); }

    void shouldReportANearDuplicateAndNeverAddASilentSecondPatient_data();
    void shouldReportANearDuplicateAndNeverAddASilentSecondPatient();
    void shouldReuseAKnownPatientOnReReferralWithTheirHistory_data() { cb::test::addBackendRows(); }
    void shouldReuseAKnownPatientOnReReferralWithTheirHistory();
    void shouldRefuseASecondOpenCaseForTheSameIndication_data();
    void shouldRefuseASecondOpenCaseForTheSameIndication();
    void shouldMergeKeepingEveryIdentifierAndFindingTheKeptRecord_data() { cb::test::addBackendRows(); }
    void shouldMergeKeepingEveryIdentifierAndFindingTheKeptRecord();
    void shouldRefuseAMergeWhileBothPatientsHaveOpenCases_data() { cb::test::addBackendRows(); }
    void shouldRefuseAMergeWhileBothPatientsHaveOpenCases();
    void shouldLetACoordinatorMergeWithAnAdministratorsApproval_data() { cb::test::addBackendRows(); }
    void shouldLetACoordinatorMergeWithAnAdministratorsApproval();
    void shouldRefuseAMergeWithoutAValidApproval_data();
    void shouldRefuseAMergeWithoutAValidApproval();
    void shouldCorrectAnEntryByAReplacementNamingTheOriginal_data();
    void shouldCorrectAnEntryByAReplacementNamingTheOriginal();
    void shouldVoidAnEntryWithItsReason_data();
    void shouldVoidAnEntryWithItsReason();
    void shouldFlagSignedOpinionsWhenTheRecordChanges_data();
    void shouldFlagSignedOpinionsWhenTheRecordChanges();
    void shouldWriteEachActWithItsAuditRowOrNotAtAll_data();
    void shouldWriteEachActWithItsAuditRowOrNotAtAll();
    void shouldRefuseActsToRolesWithoutThePermission_data();
    void shouldRefuseActsToRolesWithoutThePermission();

private:
    cb::test::SharedWorkspaces m_shared;
};

// The many data rows share one database per backend; each row has its own users and patients.
#define CB_SHARED_WORKSPACE(backend)                                                                         \
    auto* shared = m_shared.get(backend);                                                                    \
    if (!shared)                                                                                             \
        QSKIP(qPrintable(cb::test::postgresSkipMessage()));                                                  \
    auto& t = shared->t;                                                                                     \
    auto& tdb = *shared->tdb;                                                                                \
    Q_UNUSED(tdb);                                                                                           \
    Workspace& ws = *t.ws;                                                                                   \
    IntakeService& intake = ws.intake();                                                                     \
    const Cast a = seedCast(ws, cb::test::uniqueName(QStringLiteral("_i")))

void TestIntakeService::shouldReportANearDuplicateAndNeverAddASilentSecondPatient_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("family"); // "=" the original's, "=upper" in capitals without accents
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("nameZh");
    QTest::addColumn<QString>("sex");
    QTest::addColumn<QString>("birth");
    QTest::addColumn<bool>("sameIdentifierValue"); // the original's MR number under another authority
    QTest::addColumn<bool>("duplicate");
    for (const QString& b : cb::test::backendNames()) {
        const auto row = [&](const char* name) {
            return &QTest::newRow(qPrintable(b + QLatin1Char(':') + name));
        };
        *row("same name, birth date and sex") << b << "="
                                              << "Anna"
                                              << ""
                                              << "female"
                                              << "1961-04-02" << false << true;
        *row("capitals, no accents") << b << "=upper"
                                     << "ANNA"
                                     << ""
                                     << "female"
                                     << "1961-04-02" << false << true;
        *row("family and given swapped") << b << "Anna"
                                         << "="
                                         << ""
                                         << "female"
                                         << "1961-04-02" << false << true;
        *row("same Chinese name, other spelling") << b << "Kelar"
                                                  << "An Na"
                                                  << "="
                                                  << "female"
                                                  << "1961-04-02" << false << true;
        *row("birth year only, overlapping") << b << "="
                                             << "Anna"
                                             << ""
                                             << "female"
                                             << "1961" << false << true;
        *row("same number, other authority") << b << "Other"
                                             << "Person"
                                             << ""
                                             << "male"
                                             << "1975-01-01" << true << true;
        *row("other sex") << b << "="
                          << "Anna"
                          << ""
                          << "male"
                          << "1961-04-02" << false << false;
        *row("other birth date") << b << "="
                                 << "Anna"
                                 << ""
                                 << "female"
                                 << "1962-04-02" << false << false;
        *row("other given name") << b << "="
                                 << "Berta"
                                 << ""
                                 << "female"
                                 << "1961-04-02" << false << false;
    }
}

void TestIntakeService::shouldReportANearDuplicateAndNeverAddASilentSecondPatient()
{
    QFETCH(QString, backend);
    QFETCH(QString, family);
    QFETCH(QString, given);
    QFETCH(QString, nameZh);
    QFETCH(QString, sex);
    QFETCH(QString, birth);
    QFETCH(bool, sameIdentifierValue);
    QFETCH(bool, duplicate);
    CB_SHARED_WORKSPACE(backend);
    // GIVEN a registered patient with a Latin name with an accent and a Chinese name
    cb::core::Patient original = newPatient(QStringLiteral("ND"));
    original.familyName = cb::test::uniqueName(QStringLiteral("Müller"));
    original.nameZh = cb::test::uniqueName(QStringLiteral("穆安娜"));
    auto first = intake.registerReferral(a.coordinator, referralOf(original));
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QVERIFY(first->warnings.isEmpty());

    // WHEN another referral arrives for a person who may be the same
    cb::core::Patient other = newPatient(QStringLiteral("ND2"));
    if (family == QLatin1String("="))
        other.familyName = original.familyName;
    else if (family == QLatin1String("=upper"))
        other.familyName = original.familyName.toUpper().replace(QStringLiteral("Ü"), QStringLiteral("U"));
    else
        other.familyName = family;
    other.givenName = given == QLatin1String("=") ? original.familyName : given;
    other.nameZh = nameZh == QLatin1String("=") ? original.nameZh : nameZh;
    other.sex = *cb::core::fromId(cb::core::sexes(), sex);
    other.birth = *cb::core::PartialDate::parse(birth);
    other.birthDate = other.birth.earliest();
    if (sameIdentifierValue)
        other.identifiers = {
            {QStringLiteral("hospital-b"), QStringLiteral("MR"), original.identifiers.first().value}};
    const qint64 patientsBefore = tdb.count(QStringLiteral("patient"));
    auto near = intake.nearDuplicates(a.coordinator, other);
    QVERIFY2(near.ok(), qPrintable(near.error().message));
    auto second = intake.registerReferral(a.coordinator, referralOf(other));

    // THEN the referral is registered for a new patient record (the warning is advisory)
    QVERIFY2(second.ok(), qPrintable(second.error().message));
    QVERIFY(second->patientId != first->patientId);
    QCOMPARE(tdb.count(QStringLiteral("patient")), patientsBefore + 1);
    // AND a possible duplicate comes back with the warning naming the existing record, never silently
    QCOMPARE(idsOf(*near).contains(first->patientId), duplicate);
    QCOMPARE(idsOf(second->nearDuplicates).contains(first->patientId), duplicate);
    QCOMPARE(!second->warnings.isEmpty(), duplicate);
    if (duplicate)
        QVERIFY2(second->warnings.join(QLatin1Char(' ')).contains(QString::number(first->patientId)),
                 qPrintable(second->warnings.join(QLatin1Char(' '))));
    // AND registering a patient alone reports the same (against both records now)
    cb::core::Patient third = other;
    third.identifiers = {localMr(cb::test::uniqueName(QStringLiteral("MR-ND3-")))};
    if (sameIdentifierValue)
        third.identifiers = {
            {QStringLiteral("hospital-c"), QStringLiteral("MR"), original.identifiers.first().value}};
    auto alone = intake.addPatient(a.coordinator, third);
    QVERIFY2(alone.ok(), qPrintable(alone.error().message));
    QCOMPARE(idsOf(alone->nearDuplicates).contains(first->patientId), duplicate);
    QVERIFY(idsOf(alone->nearDuplicates).contains(second->patientId)); // the same person as `other`
    QVERIFY(!alone->warnings.isEmpty());
}

void TestIntakeService::shouldReuseAKnownPatientOnReReferralWithTheirHistory()
{
    QFETCH(QString, backend);
    CB_SHARED_WORKSPACE(backend);
    // GIVEN a patient referred once, with a history, a line, a transplant and an LVEF, then closed
    const cb::core::Patient patient = newPatient(QStringLiteral("RR"));
    auto first = intake.registerReferral(a.coordinator, referralOf(patient));
    QVERIFY2(first.ok(), qPrintable(first->warnings.join(QLatin1Char(' '))));
    cb::core::DiseaseHistory h;
    h.diagnosis = QStringLiteral("IgG kappa multiple myeloma");
    h.diagnosisDate = *cb::core::PartialDate::parse(QStringLiteral("2022-11"));
    h.staging.iss = QStringLiteral("II");
    h.cytogenetics = {QStringLiteral("del17p")};
    QVERIFY(intake.setHistory(a.coordinator, first->caseId, h).ok());
    auto line = intake.addTherapyLine(a.coordinator, first->caseId, vrdLine());
    QVERIFY2(line.ok(), qPrintable(line.error().message));
    QVERIFY(intake.addTransplant(a.coordinator, first->caseId, autoTransplant()).ok());
    auto obs = intake.addObservation(a.coordinator, first->caseId, lvef(58));
    QVERIFY2(obs.ok(), qPrintable(obs.error().message));
    QVERIFY(ws.cases().closeCase(a.coordinator, first->caseId, cb::core::CloseReason::NotEligible, {}).ok());
    const qint64 patientsBefore = tdb.count(QStringLiteral("patient"));

    // WHEN the same person is referred again by their identifier (typed again, other spelling)
    cb::core::Patient again = patient;
    again.givenName = QStringLiteral("Anne");
    auto byIdentifier = intake.registerReferral(a.coordinator, referralOf(again));
    // THEN the known patient is reused, with a warning saying so, and no second record is made
    QVERIFY2(byIdentifier.ok(), qPrintable(byIdentifier.error().message));
    QCOMPARE(byIdentifier->patientId, first->patientId);
    QVERIFY(byIdentifier->caseId != first->caseId);
    QVERIFY(!byIdentifier->warnings.isEmpty());
    QCOMPARE(tdb.count(QStringLiteral("patient")), patientsBefore);
    // AND the new case sees the patient's history, line, transplant and observation
    auto second = ws.cases().openCase(a.coordinator, byIdentifier->caseId);
    QVERIFY2(second.ok(), qPrintable(second.error().message));
    QCOMPARE(second->patient.id, first->patientId);
    QCOMPARE(second->patient.givenName, QStringLiteral("Anna")); // the record is not rewritten by a referral
    QCOMPARE(second->history.diagnosis, h.diagnosis);
    QCOMPARE(second->history.diagnosisDate, h.diagnosisDate);
    QCOMPARE(second->history.cytogenetics, h.cytogenetics);
    QCOMPARE(second->therapyLines.size(), 1);
    QCOMPARE(second->therapyLines.first().id, *line);
    QCOMPARE(second->transplants.size(), 1);
    QCOMPARE(second->observations.size(), 1);
    QCOMPARE(second->observations.first().id, obs->id);
    // AND the facts derived from the record count the old line
    QCOMPARE(
        cb::core::deriveFacts(second->therapyLines, second->transplants, ws.clock().todayUtc()).priorLines,
        1);
    // AND both cases are the patient's
    auto overview = intake.showPatient(a.coordinator, first->patientId);
    QVERIFY(overview.ok());
    QCOMPARE(overview->cases.size(), 2);

    // WHEN the patient is chosen by id for a third, other indication
    cb::core::CaseRecord byId = referralOf(cb::core::Patient{}, Indication::LargeBCellLymphoma);
    byId.patient.id = first->patientId;
    auto third = intake.registerReferral(a.coordinator, byId);
    // THEN it is the same record again
    QVERIFY2(third.ok(), qPrintable(third.error().message));
    QCOMPARE(third->patientId, first->patientId);
    QCOMPARE(tdb.count(QStringLiteral("patient")), patientsBefore);
}

void TestIntakeService::shouldRefuseASecondOpenCaseForTheSameIndication_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("firstState"); // the first case's state when the second arrives
    QTest::addColumn<bool>("sameIndication");
    QTest::addColumn<bool>("refused");
    for (const QString& b : cb::test::backendNames()) {
        const auto row = [&](const char* name) {
            return &QTest::newRow(qPrintable(b + QLatin1Char(':') + name));
        };
        *row("referred, same indication") << b << "referred" << true << true;
        *row("in work-up, same indication") << b << "work_up" << true << true;
        *row("closed, same indication") << b << "closed" << true << false;
        *row("referred, other indication") << b << "referred" << false << false;
    }
}

void TestIntakeService::shouldRefuseASecondOpenCaseForTheSameIndication()
{
    QFETCH(QString, backend);
    QFETCH(QString, firstState);
    QFETCH(bool, sameIndication);
    QFETCH(bool, refused);
    CB_SHARED_WORKSPACE(backend);
    const cb::core::Patient patient = newPatient(QStringLiteral("OC"));
    auto first = intake.registerReferral(a.coordinator, referralOf(patient));
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    if (firstState == QLatin1String("work_up"))
        QVERIFY(intake.startWorkUp(a.coordinator, first->caseId).ok());
    if (firstState == QLatin1String("closed"))
        QVERIFY(
            ws.cases().closeCase(a.coordinator, first->caseId, cb::core::CloseReason::Withdrawn, {}).ok());
    const QString before = fingerprint(tdb);
    const qint64 mark = auditHead(ws);

    // WHEN the patient is referred again
    auto second = intake.registerReferral(
        a.coordinator,
        referralOf(patient, sameIndication ? Indication::MultipleMyeloma : Indication::LargeBCellLymphoma));

    if (refused) {
        // THEN it is a conflict naming the open case, and nothing is written
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, ErrorCode::Conflict);
        QVERIFY2(second.error().message.contains(QString::number(first->caseId)),
                 qPrintable(second.error().message));
        QCOMPARE(fingerprint(tdb), before);
        QCOMPARE(auditHead(ws), mark);
    } else {
        // THEN a second case of the same patient is registered
        QVERIFY2(second.ok(), qPrintable(second.error().message));
        QCOMPARE(second->patientId, first->patientId);
        QVERIFY(second->caseId != first->caseId);
        QCOMPARE(auditActions(ws, mark), QStringList{QStringLiteral("case.register")});
    }
}

void TestIntakeService::shouldMergeKeepingEveryIdentifierAndFindingTheKeptRecord()
{
    QFETCH(QString, backend);
    CB_SHARED_WORKSPACE(backend);
    // GIVEN two records of one person: the kept one with an open case, the other with a closed
    // case, two identifiers and a therapy line entered through it
    const cb::core::Patient keepIn = newPatient(QStringLiteral("MK"));
    cb::core::Patient goneIn = newPatient(QStringLiteral("MG"));
    const cb::core::PatientIdentifier national{QStringLiteral("CN-NHC"), QStringLiteral("NH"),
                                               cb::test::uniqueName(QStringLiteral("NH-"))};
    goneIn.identifiers << national;
    auto keep = intake.registerReferral(a.coordinator, referralOf(keepIn));
    auto gone = intake.registerReferral(a.coordinator, referralOf(goneIn, Indication::LargeBCellLymphoma));
    QVERIFY(keep.ok() && gone.ok());
    auto goneLine = intake.addTherapyLine(a.coordinator, gone->caseId, vrdLine());
    QVERIFY2(goneLine.ok(), qPrintable(goneLine.error().message));
    QVERIFY(ws.cases().closeCase(a.coordinator, gone->caseId, cb::core::CloseReason::Withdrawn, {}).ok());
    const qint64 identifiersBefore = tdb.count(QStringLiteral("patient_identifier"));
    const qint64 mark = auditHead(ws);

    // WHEN the administrator merges them with a reason
    auto st = intake.mergePatients(a.admin, keep->patientId, gone->patientId, QStringLiteral("same person"));
    QVERIFY2(st.ok(), qPrintable(st.error().message));

    // THEN the kept record holds its own identifier and the merged one's as aliases, none lost
    QCOMPARE(tdb.count(QStringLiteral("patient_identifier")), identifiersBefore);
    auto kept = intake.showPatient(a.coordinator, keep->patientId);
    QVERIFY2(kept.ok(), qPrintable(kept.error().message));
    QCOMPARE(kept->patient.identifiers.size(), 3);
    QVERIFY(hasIdentifier(kept->patient, keepIn.identifiers.first(), false));
    QVERIFY(hasIdentifier(kept->patient, goneIn.identifiers.first(), true));
    QVERIFY(hasIdentifier(kept->patient, national, true));
    // AND both cases are the kept patient's, and so is the merged record's line
    QCOMPARE(kept->cases.size(), 2);
    auto keptCase = ws.cases().openCase(a.coordinator, keep->caseId);
    QVERIFY(keptCase.ok());
    QCOMPARE(keptCase->therapyLines.size(), 1);
    QCOMPARE(keptCase->therapyLines.first().id, *goneLine);
    // AND the merged record points at the kept one
    auto merged = intake.showPatient(a.coordinator, gone->patientId);
    QVERIFY(merged.ok());
    QCOMPARE(merged->patient.mergedInto, keep->patientId);
    // AND searches by the old identifiers find the kept record only
    for (const auto& old : {goneIn.identifiers.first(), national}) {
        auto hits = intake.findPatients(a.coordinator, old.value, {}, {});
        QVERIFY2(hits.ok(), qPrintable(hits.error().message));
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().patient.id, keep->patientId);
    }
    // AND a referral by an old identifier goes to the kept record
    auto later = intake.registerReferral(a.coordinator, referralOf(goneIn, Indication::FollicularLymphoma));
    QVERIFY2(later.ok(), qPrintable(later.error().message));
    QCOMPARE(later->patientId, keep->patientId);
    // AND the merge is one audit row by the administrator, with the reason and both records' ids
    const auto row = lastEntry(ws, QStringLiteral("patient.merge"), mark);
    QCOMPARE(row.userId, a.admin.id);
    QCOMPARE(row.entity, QStringLiteral("patient"));
    QCOMPARE(row.entityId, QString::number(keep->patientId));
    QCOMPARE(row.reason, QStringLiteral("same person"));
    QCOMPARE(json(row.after).value(QStringLiteral("kept_id")).toInteger(), keep->patientId);
    QCOMPARE(json(row.after).value(QStringLiteral("merged_id")).toInteger(), gone->patientId);
    QVERIFY(!json(row.after).contains(QStringLiteral("approved_by")));
    QCOMPARE(
        json(row.before).value(QStringLiteral("merged")).toObject().value(QStringLiteral("id")).toInteger(),
        gone->patientId);
    // AND a merged record cannot be merged again, nor referred by id
    QCOMPARE(
        intake.mergePatients(a.admin, keep->patientId, gone->patientId, QStringLiteral("again")).error().code,
        ErrorCode::InvalidState);
    cb::core::CaseRecord byOldId = referralOf(cb::core::Patient{}, Indication::MantleCellLymphoma);
    byOldId.patient.id = gone->patientId;
    QCOMPARE(intake.registerReferral(a.coordinator, byOldId).error().code, ErrorCode::InvalidState);
    // AND the audit chain still verifies
    auto verify = ws.audit().verify();
    QVERIFY(verify.ok());
    QVERIFY2(verify->ok(), qPrintable(verify->problem));
}

void TestIntakeService::shouldRefuseAMergeWhileBothPatientsHaveOpenCases()
{
    QFETCH(QString, backend);
    CB_SHARED_WORKSPACE(backend);
    auto keep = intake.registerReferral(a.coordinator, referralOf(newPatient(QStringLiteral("BK"))));
    auto gone = intake.registerReferral(a.coordinator, referralOf(newPatient(QStringLiteral("BG"))));
    QVERIFY(keep.ok() && gone.ok());
    const QString before = fingerprint(tdb);
    const qint64 mark = auditHead(ws);
    // WHEN the administrator merges two records that both have open cases
    auto st = intake.mergePatients(a.admin, keep->patientId, gone->patientId, QStringLiteral("same person"));
    // THEN it is refused by state, naming both open cases, and nothing changes
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, ErrorCode::InvalidState);
    QVERIFY2(st.error().message.contains(QString::number(keep->caseId)) &&
                 st.error().message.contains(QString::number(gone->caseId)),
             qPrintable(st.error().message));
    QCOMPARE(fingerprint(tdb), before);
    QCOMPARE(auditHead(ws), mark);
    // AND once one of them is closed, the merge goes through either way round
    QVERIFY(ws.cases().closeCase(a.coordinator, keep->caseId, cb::core::CloseReason::Transferred, {}).ok());
    auto ok = intake.mergePatients(a.admin, keep->patientId, gone->patientId, QStringLiteral("same person"));
    QVERIFY2(ok.ok(), qPrintable(ok.error().message));
    // AND the open case now belongs to the kept patient
    auto moved = ws.cases().openCase(a.coordinator, gone->caseId);
    QVERIFY(moved.ok());
    QCOMPARE(moved->patient.id, keep->patientId);
    QCOMPARE(moved->state, CaseState::Referred);
}

void TestIntakeService::shouldLetACoordinatorMergeWithAnAdministratorsApproval()
{
    QFETCH(QString, backend);
    CB_SHARED_WORKSPACE(backend);
    const cb::core::Patient goneIn = newPatient(QStringLiteral("AG"));
    auto keep = intake.registerReferral(a.coordinator, referralOf(newPatient(QStringLiteral("AK"))));
    auto gone = intake.registerReferral(a.coordinator, referralOf(goneIn));
    QVERIFY(keep.ok() && gone.ok());
    QVERIFY(ws.cases().closeCase(a.coordinator, gone->caseId, cb::core::CloseReason::Withdrawn, {}).ok());
    const qint64 mark = auditHead(ws);

    // WHEN the coordinator merges with the administrator's username and password
    auto st =
        intake.mergePatients(a.coordinator, keep->patientId, gone->patientId, QStringLiteral("same person"),
                             MergeApproval{a.admin.username, cb::test::seededPassword()});

    // THEN the records are merged; the approval is audited on the administrator's account, then the merge
    QVERIFY2(st.ok(), qPrintable(st.error().message));
    QCOMPARE(auditActions(ws, mark),
             (QStringList{QStringLiteral("approval.confirm"), QStringLiteral("patient.merge")}));
    QCOMPARE(lastEntry(ws, QStringLiteral("approval.confirm"), mark).userId, a.admin.id);
    auto hits = intake.findPatients(a.coordinator, goneIn.identifiers.first().value, {}, {});
    QVERIFY(hits.ok() && hits->size() == 1);
    QCOMPARE(hits->first().patient.id, keep->patientId);
    // AND the audit row is the coordinator's and names the approving administrator
    const auto row = lastEntry(ws, QStringLiteral("patient.merge"), mark);
    QCOMPARE(row.userId, a.coordinator.id);
    const QJsonObject approvedBy = json(row.after).value(QStringLiteral("approved_by")).toObject();
    QCOMPARE(approvedBy.value(QStringLiteral("id")).toInteger(), a.admin.id);
    QCOMPARE(approvedBy.value(QStringLiteral("username")).toString(), a.admin.username);
    // AND the password is nowhere in the audit trail
    for (const auto& e : auditEntries(ws, mark))
        for (const QString& text : {e.before, e.after, e.reason})
            QVERIFY(!text.contains(cb::test::seededPassword()));
}

void TestIntakeService::shouldRefuseAMergeWithoutAValidApproval_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("actor"); // coordinator | chair | viewer | specialist
    QTest::addColumn<QString>(
        "approver"); // admin | chair | coordinator | unknown | disabled | must_change | none
    QTest::addColumn<QString>("password"); // right | wrong | empty
    QTest::addColumn<int>("code");
    const int notAuthenticated = int(ErrorCode::NotAuthenticated);
    const int denied = int(ErrorCode::PermissionDenied);
    for (const QString& b : cb::test::backendNames()) {
        const auto row = [&](const char* name) {
            return &QTest::newRow(qPrintable(b + QLatin1Char(':') + name));
        };
        *row("coordinator without approval") << b << "coordinator"
                                             << "none"
                                             << "right" << denied;
        *row("wrong approver password") << b << "coordinator"
                                        << "admin"
                                        << "wrong" << notAuthenticated;
        *row("no approver password") << b << "coordinator"
                                     << "admin"
                                     << "empty" << notAuthenticated;
        *row("unknown approver") << b << "coordinator"
                                 << "unknown"
                                 << "right" << notAuthenticated;
        *row("disabled approver") << b << "coordinator"
                                  << "disabled"
                                  << "right" << notAuthenticated;
        *row("approver must change password") << b << "coordinator"
                                              << "must_change"
                                              << "right" << notAuthenticated;
        *row("approver is the board chair") << b << "coordinator"
                                            << "chair"
                                            << "right" << denied;
        *row("approver is another coordinator") << b << "coordinator"
                                                << "coordinator2"
                                                << "right" << denied;
        *row("approver is the coordinator") << b << "coordinator"
                                            << "coordinator"
                                            << "right" << denied;
        *row("chair with an administrator's approval") << b << "chair"
                                                       << "admin"
                                                       << "right" << denied;
        *row("viewer with an administrator's approval") << b << "viewer"
                                                        << "admin"
                                                        << "right" << denied;
        *row("specialist with an administrator's approval") << b << "specialist"
                                                            << "admin"
                                                            << "right" << denied;
    }
}

void TestIntakeService::shouldRefuseAMergeWithoutAValidApproval()
{
    QFETCH(QString, backend);
    QFETCH(QString, actor);
    QFETCH(QString, approver);
    QFETCH(QString, password);
    QFETCH(int, code);
    CB_SHARED_WORKSPACE(backend);
    auto keep = intake.registerReferral(a.coordinator, referralOf(newPatient(QStringLiteral("RK"))));
    auto gone = intake.registerReferral(a.coordinator, referralOf(newPatient(QStringLiteral("RG"))));
    QVERIFY(keep.ok() && gone.ok());
    QVERIFY(ws.cases().closeCase(a.coordinator, gone->caseId, cb::core::CloseReason::Withdrawn, {}).ok());
    const QString suffix = cb::test::uniqueName(QStringLiteral("_x"));
    const UserIdentity disabled =
        cb::test::seedUserWithRole(ws.database(), QStringLiteral("admin_off") + suffix, Role::Administrator);
    QVERIFY(ws.users().disableUser(a.admin, disabled.username).ok());
    const UserIdentity mustChange = cb::test::seedUser(ws.database(), QStringLiteral("admin_new") + suffix,
                                                       {Role::Administrator}, {}, true);
    const UserIdentity coordinator2 =
        cb::test::seedUserWithRole(ws.database(), QStringLiteral("coordinator2") + suffix, Role::Coordinator);
    const QHash<QString, UserIdentity> actors{{QStringLiteral("coordinator"), a.coordinator},
                                              {QStringLiteral("chair"), a.chair},
                                              {QStringLiteral("viewer"), a.viewer},
                                              {QStringLiteral("specialist"), a.specialist}};
    const QHash<QString, QString> approvers{{QStringLiteral("admin"), a.admin.username},
                                            {QStringLiteral("chair"), a.chair.username},
                                            {QStringLiteral("coordinator"), a.coordinator.username},
                                            {QStringLiteral("coordinator2"), coordinator2.username},
                                            {QStringLiteral("disabled"), disabled.username},
                                            {QStringLiteral("must_change"), mustChange.username},
                                            {QStringLiteral("unknown"), QStringLiteral("nobody") + suffix}};
    std::optional<MergeApproval> approval;
    if (approver != QLatin1String("none"))
        approval = MergeApproval{approvers.value(approver),
                                 password == QLatin1String("right")   ? cb::test::seededPassword()
                                 : password == QLatin1String("wrong") ? QStringLiteral("not-the-password")
                                                                      : QString()};
    const QString before = fingerprint(tdb);
    const qint64 failedBefore =
        tdb.scalar(QStringLiteral("SELECT failed_attempts FROM app_user WHERE id = %1").arg(a.admin.id))
            .toLongLong();
    const qint64 mark = auditHead(ws);

    // WHEN the merge is asked for
    auto st = intake.mergePatients(actors.value(actor), keep->patientId, gone->patientId,
                                   QStringLiteral("same person"), approval);

    // THEN it is refused with the expected code, nothing merged
    QVERIFY(!st.ok());
    QCOMPARE(int(st.error().code), code);
    QVERIFY(!st.error().message.isEmpty());
    QCOMPARE(
        tdb.count(QStringLiteral("patient WHERE merged_into IS NOT NULL AND id = %1").arg(gone->patientId)),
        qint64(0));
    QCOMPARE(fingerprint(tdb).section(QLatin1Char('|'), 0, -2), before.section(QLatin1Char('|'), 0, -2));
    // AND the refusal is audited as the actor's, naming the merge; no merge row
    const auto denial = lastEntry(ws, QStringLiteral("permission.denied"), mark);
    QCOMPARE(denial.userId, actors.value(actor).id);
    QCOMPARE(json(denial.after).value(QStringLiteral("action")).toString(), QStringLiteral("patient.merge"));
    QVERIFY(!auditActions(ws, mark).contains(QStringLiteral("patient.merge")));
    // AND a wrong administrator password counts towards the lockout of the administrator's account
    const qint64 failedAfter =
        tdb.scalar(QStringLiteral("SELECT failed_attempts FROM app_user WHERE id = %1").arg(a.admin.id))
            .toLongLong();
    QCOMPARE(failedAfter, failedBefore + (password == QLatin1String("wrong") ? 1 : 0));
    if (password == QLatin1String("wrong"))
        QCOMPARE(lastEntry(ws, QStringLiteral("approval.failure"), mark).userId, a.admin.id);
    // AND no password is written anywhere in the trail
    for (const auto& e : auditEntries(ws, mark))
        for (const QString& text : {e.before, e.after, e.reason})
            QVERIFY(!text.contains(QLatin1String("not-the-password")) &&
                    !text.contains(cb::test::seededPassword()));
}

namespace {

// The kinds of record entries, with their add/correct/void through the service.
struct EntryOps
{
    std::function<cb::Result<qint64>(IntakeService&, const UserIdentity&, qint64 caseId)> add;
    std::function<cb::Result<qint64>(IntakeService&, const UserIdentity&, qint64 caseId, qint64 id,
                                     const QString& reason)>
        correct;
    std::function<cb::Status(IntakeService&, const UserIdentity&, qint64 caseId, qint64 id,
                             const QString& reason)>
        voidIt;
    QString auditPrefix;
};

EntryOps opsFor(const QString& kind)
{
    EntryOps ops;
    if (kind == QLatin1String("line")) {
        ops.add = [](IntakeService& s, const UserIdentity& u, qint64 c) {
            return s.addTherapyLine(u, c, vrdLine());
        };
        ops.correct = [](IntakeService& s, const UserIdentity& u, qint64 c, qint64 id, const QString& r) {
            cb::core::TherapyLine l = vrdLine();
            l.bestResponse = QStringLiteral("PR");
            return s.correctTherapyLine(u, c, id, l, r);
        };
        ops.voidIt = [](IntakeService& s, const UserIdentity& u, qint64 c, qint64 id, const QString& r) {
            return s.voidTherapyLine(u, c, id, r);
        };
        ops.auditPrefix = QStringLiteral("record.line.");
    } else if (kind == QLatin1String("transplant")) {
        ops.add = [](IntakeService& s, const UserIdentity& u, qint64 c) {
            return s.addTransplant(u, c, autoTransplant());
        };
        ops.correct = [](IntakeService& s, const UserIdentity& u, qint64 c, qint64 id, const QString& r) {
            return s.correctTransplant(u, c, id, autoTransplant(QStringLiteral("2023-09")), r);
        };
        ops.voidIt = [](IntakeService& s, const UserIdentity& u, qint64 c, qint64 id, const QString& r) {
            return s.voidTransplant(u, c, id, r);
        };
        ops.auditPrefix = QStringLiteral("record.transplant.");
    } else {
        ops.add = [](IntakeService& s, const UserIdentity& u, qint64 c) -> cb::Result<qint64> {
            auto o = s.addObservation(u, c, lvef(55));
            if (!o.ok())
                return o.error();
            return o->id;
        };
        ops.correct = [](IntakeService& s, const UserIdentity& u, qint64 c, qint64 id,
                         const QString& r) -> cb::Result<qint64> {
            auto o = s.correctObservation(u, c, id, lvef(50), r);
            if (!o.ok())
                return o.error();
            return o->id;
        };
        ops.voidIt = [](IntakeService& s, const UserIdentity& u, qint64 c, qint64 id, const QString& r) {
            return s.voidObservation(u, c, id, r);
        };
        ops.auditPrefix = QStringLiteral("record.observation.");
    }
    return ops;
}

// The entry's state as recordEntries lists it (voided and superseded ones included).
std::optional<cb::core::RecordEntryState> entryState(const cb::services::RecordEntries& all,
                                                     const QString& kind, qint64 id)
{
    if (kind == QLatin1String("line")) {
        for (const auto& e : all.lines)
            if (e.id == id)
                return e.entry;
    } else if (kind == QLatin1String("transplant")) {
        for (const auto& e : all.transplants)
            if (e.id == id)
                return e.entry;
    } else {
        for (const auto& e : all.observations)
            if (e.id == id)
                return e.entry;
    }
    return std::nullopt;
}

// The ids of the current entries of this kind on the case.
QList<qint64> currentIds(const cb::core::CaseRecord& r, const QString& kind)
{
    QList<qint64> out;
    if (kind == QLatin1String("line"))
        for (const auto& e : r.therapyLines)
            out << e.id;
    else if (kind == QLatin1String("transplant"))
        for (const auto& e : r.transplants)
            out << e.id;
    else
        for (const auto& e : r.observations)
            out << e.id;
    return out;
}

void addKindRows()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("kind");
    for (const QString& b : cb::test::backendNames())
        for (const char* kind : {"line", "transplant", "observation"})
            QTest::newRow(qPrintable(b + QLatin1Char(':') + QLatin1String(kind)))
                << b << QString::fromLatin1(kind);
}

} // namespace

void TestIntakeService::shouldCorrectAnEntryByAReplacementNamingTheOriginal_data()
{
    addKindRows();
}

void TestIntakeService::shouldCorrectAnEntryByAReplacementNamingTheOriginal()
{
    QFETCH(QString, backend);
    QFETCH(QString, kind);
    CB_SHARED_WORKSPACE(backend);
    const EntryOps ops = opsFor(kind);
    auto reg = intake.registerReferral(a.coordinator, referralOf(newPatient(QStringLiteral("CO"))));
    QVERIFY(reg.ok());
    auto original = ops.add(intake, a.coordinator, reg->caseId);
    QVERIFY2(original.ok(), qPrintable(original.error().message));

    // WHEN it is corrected without a reason THEN that is bad input and nothing is written
    const qint64 mark0 = auditHead(ws);
    QCOMPARE(ops.correct(intake, a.coordinator, reg->caseId, *original, QStringLiteral("  ")).error().code,
             ErrorCode::BadInput);
    QCOMPARE(auditHead(ws), mark0);

    // WHEN it is corrected with a reason
    const qint64 mark = auditHead(ws);
    auto replacement =
        ops.correct(intake, a.coordinator, reg->caseId, *original, QStringLiteral("typo in the report"));
    QVERIFY2(replacement.ok(), qPrintable(replacement.error().message));
    QVERIFY(*replacement != *original);

    // THEN the replacement names the original and keeps the reason; the original is kept
    auto all = intake.recordEntries(a.coordinator, reg->caseId);
    QVERIFY2(all.ok(), qPrintable(all.error().message));
    const auto orig = entryState(*all, kind, *original);
    const auto repl = entryState(*all, kind, *replacement);
    QVERIFY(orig && repl);
    QCOMPARE(repl->supersedes, *original);
    QCOMPARE(repl->correctionReason, QStringLiteral("typo in the report"));
    QCOMPARE(orig->supersededBy, *replacement);
    QVERIFY(!orig->voidedAt.isValid());
    // AND only the replacement is current on the case
    auto rec = ws.cases().openCase(a.coordinator, reg->caseId);
    QVERIFY(rec.ok());
    QCOMPARE(currentIds(*rec, kind), QList<qint64>{*replacement});
    // AND the correction is one audit row with before, after and the reason
    const auto row = lastEntry(ws, ops.auditPrefix + QStringLiteral("correct"), mark);
    QCOMPARE(row.entityId, QString::number(*replacement));
    QCOMPARE(row.reason, QStringLiteral("typo in the report"));
    QCOMPARE(json(row.before).value(QStringLiteral("id")).toInteger(), *original);
    QVERIFY(!row.after.isEmpty());

    // WHEN the original is corrected or voided again THEN it is refused, naming the replacement
    auto again = ops.correct(intake, a.coordinator, reg->caseId, *original, QStringLiteral("again"));
    QCOMPARE(again.error().code, ErrorCode::InvalidState);
    QVERIFY2(again.error().message.contains(QString::number(*replacement)),
             qPrintable(again.error().message));
    QCOMPARE(ops.voidIt(intake, a.coordinator, reg->caseId, *original, QStringLiteral("again")).error().code,
             ErrorCode::InvalidState);
    // AND the replacement itself can be corrected, making a chain
    auto third = ops.correct(intake, a.coordinator, reg->caseId, *replacement, QStringLiteral("second look"));
    QVERIFY2(third.ok(), qPrintable(third.error().message));
    auto chain = intake.recordEntries(a.coordinator, reg->caseId);
    QVERIFY(chain.ok());
    QCOMPARE(entryState(*chain, kind, *third)->supersedes, *replacement);
    QCOMPARE(entryState(*chain, kind, *replacement)->supersedes, *original);
    // AND an entry of another patient's record is not found through this case
    auto otherCase = intake.registerReferral(a.coordinator, referralOf(newPatient(QStringLiteral("CX"))));
    QVERIFY(otherCase.ok());
    QCOMPARE(ops.correct(intake, a.coordinator, otherCase->caseId, *third, QStringLiteral("wrong case"))
                 .error()
                 .code,
             ErrorCode::NotFound);
}

void TestIntakeService::shouldVoidAnEntryWithItsReason_data()
{
    addKindRows();
}

void TestIntakeService::shouldVoidAnEntryWithItsReason()
{
    QFETCH(QString, backend);
    QFETCH(QString, kind);
    CB_SHARED_WORKSPACE(backend);
    const EntryOps ops = opsFor(kind);
    auto reg = intake.registerReferral(a.coordinator, referralOf(newPatient(QStringLiteral("VO"))));
    QVERIFY(reg.ok());
    auto entry = ops.add(intake, a.coordinator, reg->caseId);
    QVERIFY2(entry.ok(), qPrintable(entry.error().message));
    const qint64 rows = tdb.count(QStringLiteral("therapy_line")) + tdb.count(QStringLiteral("transplant")) +
                        tdb.count(QStringLiteral("observation"));

    // WHEN it is voided without a reason THEN that is bad input
    QCOMPARE(ops.voidIt(intake, a.coordinator, reg->caseId, *entry, QString()).error().code,
             ErrorCode::BadInput);
    // WHEN it is marked entered in error with a reason
    const qint64 mark = auditHead(ws);
    auto st = ops.voidIt(intake, a.coordinator, reg->caseId, *entry,
                         QStringLiteral("entered on the wrong patient"));
    QVERIFY2(st.ok(), qPrintable(st.error().message));
    // THEN the void is one audit row with the reason
    QCOMPARE(auditActions(ws, mark), QStringList{ops.auditPrefix + QStringLiteral("void")});
    QCOMPARE(lastEntry(ws, ops.auditPrefix + QStringLiteral("void"), mark).reason,
             QStringLiteral("entered on the wrong patient"));

    // AND the entry is kept, voided with its reason and time, and no longer current
    auto all = intake.recordEntries(a.coordinator, reg->caseId);
    QVERIFY(all.ok());
    const auto state = entryState(*all, kind, *entry);
    QVERIFY(state);
    QCOMPARE(state->voidReason, QStringLiteral("entered on the wrong patient"));
    QCOMPARE(state->voidedAt, ws.clock().nowUtc());
    QCOMPARE(tdb.count(QStringLiteral("therapy_line")) + tdb.count(QStringLiteral("transplant")) +
                 tdb.count(QStringLiteral("observation")),
             rows);
    auto rec = ws.cases().openCase(a.coordinator, reg->caseId);
    QVERIFY(rec.ok());
    QVERIFY(currentIds(*rec, kind).isEmpty());
    // AND a voided entry can be neither voided again nor corrected
    QCOMPARE(ops.voidIt(intake, a.coordinator, reg->caseId, *entry, QStringLiteral("again")).error().code,
             ErrorCode::InvalidState);
    QCOMPARE(ops.correct(intake, a.coordinator, reg->caseId, *entry, QStringLiteral("again")).error().code,
             ErrorCode::InvalidState);
    // AND an entry that does not exist is not found
    QCOMPARE(
        ops.voidIt(intake, a.coordinator, reg->caseId, *entry + 100000, QStringLiteral("x")).error().code,
        ErrorCode::NotFound);
}

void TestIntakeService::shouldFlagSignedOpinionsWhenTheRecordChanges_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("change");
    for (const QString& b : cb::test::backendNames())
        for (const char* change : {"add observation", "correct observation", "void observation", "add line",
                                   "correct line", "add transplant", "set history"})
            QTest::newRow(qPrintable(b + QLatin1Char(':') + QLatin1String(change)))
                << b << QString::fromLatin1(change);
}

void TestIntakeService::shouldFlagSignedOpinionsWhenTheRecordChanges()
{
    QFETCH(QString, backend);
    QFETCH(QString, change);
    CB_TEST_DATABASE(db, backend);
    ReviewWorld w(db.url());
    QVERIFY(w.ok());
    IntakeService& intake = w.ws().intake();
    // GIVEN a case with an LVEF and a line, every required opinion signed: ready for the board
    const qint64 id = w.newCase();
    QVERIFY(id);
    auto obs = intake.addObservation(w.coordinator(), id, lvef(60));
    QVERIFY2(obs.ok(), qPrintable(obs.error().message));
    auto line = intake.addTherapyLine(w.coordinator(), id, vrdLine());
    QVERIFY2(line.ok(), qPrintable(line.error().message));
    QVERIFY(w.signAllRequired(id));
    auto ready = w.ws().reviews().overview(w.coordinator(), id);
    QVERIFY(ready.ok());
    QVERIFY(ready->quorumMet);
    for (const auto& r : ready->disciplines)
        QVERIFY(!r.recordChangedSinceSigned);
    QCOMPARE(w.ws().cases().openCase(w.coordinator(), id)->state, CaseState::ReadyForBoard);

    // WHEN, a minute later, the coordinator changes the patient's record
    w.clock().advanceSeconds(60);
    const qint64 mark = auditHead(w.ws());
    cb::Status st;
    if (change == QLatin1String("add observation")) {
        ObservationInput ecog;
        ecog.code = QStringLiteral("ecog");
        ecog.value = 1;
        ecog.date = QStringLiteral("2026-11-25");
        st = statusOf(intake.addObservation(w.coordinator(), id, ecog));
    } else if (change == QLatin1String("correct observation")) {
        st = statusOf(
            intake.correctObservation(w.coordinator(), id, obs->id, lvef(45), QStringLiteral("misread")));
    } else if (change == QLatin1String("void observation")) {
        st = intake.voidObservation(w.coordinator(), id, obs->id, QStringLiteral("other patient's echo"));
    } else if (change == QLatin1String("add line")) {
        st = statusOf(intake.addTherapyLine(w.coordinator(), id, vrdLine(2)));
    } else if (change == QLatin1String("correct line")) {
        cb::core::TherapyLine l = vrdLine();
        l.bestResponse = QStringLiteral("PR");
        st = statusOf(
            intake.correctTherapyLine(w.coordinator(), id, *line, l, QStringLiteral("response revised")));
    } else if (change == QLatin1String("add transplant")) {
        st = statusOf(intake.addTransplant(w.coordinator(), id, autoTransplant()));
    } else {
        cb::core::DiseaseHistory h;
        h.diagnosis = QStringLiteral("DLBCL, NOS");
        h.diagnosisDate = *cb::core::PartialDate::parse(QStringLiteral("2024-05"));
        st = intake.setHistory(w.coordinator(), id, h);
    }
    QVERIFY2(st.ok(), qPrintable(st.error().message));

    // THEN every signed opinion is flagged "record changed since signed" and no longer counts
    auto ov = w.ws().reviews().overview(w.coordinator(), id);
    QVERIFY2(ov.ok(), qPrintable(ov.error().message));
    QVERIFY(!ov->quorumMet);
    const QList<Discipline> required = w.ws().settings().requiredDisciplines();
    QVERIFY(!required.isEmpty());
    for (const Discipline d : required) {
        QVERIFY(ov->find(d));
        QVERIFY2(ov->find(d)->recordChangedSinceSigned, qPrintable(cb::core::toId(d)));
        QVERIFY(ov->missingSignatures.contains(d));
    }
    QVERIFY2(
        ov->readinessProblems.join(QLatin1Char('\n')).contains(QLatin1String("record changed since signed")),
        qPrintable(ov->readinessProblems.join(QLatin1Char('\n'))));
    // AND the case went back from ready for the board to review, audited as moved by the change
    QCOMPARE(w.ws().cases().openCase(w.coordinator(), id)->state, CaseState::InReview);
    const auto move = lastEntry(w.ws(), QStringLiteral("case.move"), mark);
    QCOMPARE(json(move.after).value(QStringLiteral("state")).toString(), QStringLiteral("in_review"));
    QCOMPARE(json(move.after).value(QStringLiteral("by")).toString(), QStringLiteral("record.changed"));

    // WHEN one discipline amends and signs again on the current record
    w.clock().advanceSeconds(60);
    const Discipline first = required.first();
    cb::services::OpinionInput again;
    again.recommendation = cb::core::Recommendation::Supports;
    auto amended = w.ws().reviews().amendOpinion(w.specialist(first), id, first,
                                                 QStringLiteral("record changed"), again);
    QVERIFY2(amended.ok(), qPrintable(amended.error().message));
    QVERIFY(w.signOpinion(id, first));
    // THEN that one counts again; the others stay flagged
    auto after = w.ws().reviews().overview(w.coordinator(), id);
    QVERIFY(after.ok());
    QVERIFY(!after->find(first)->recordChangedSinceSigned);
    QVERIFY(!after->missingSignatures.contains(first));
    if (required.size() > 1)
        QVERIFY(after->find(required.last())->recordChangedSinceSigned);
    QVERIFY(!after->quorumMet || required.size() == 1);
}

void TestIntakeService::shouldWriteEachActWithItsAuditRowOrNotAtAll_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("act");
    QTest::addColumn<QStringList>("audit"); // the act's audit rows, in order
    const QStringList acts{"patient.add",
                           "patient.correct",
                           "patient.merge",
                           "case.register",
                           "case.start_work_up",
                           "case.reopen",
                           "record.history",
                           "record.line.add",
                           "record.line.correct",
                           "record.line.void",
                           "record.transplant.add",
                           "record.transplant.correct",
                           "record.transplant.void",
                           "record.observation.add",
                           "record.observation.correct",
                           "record.observation.void"};
    for (const QString& b : cb::test::backendNames())
        for (const QString& act : acts) {
            QStringList audit{act};
            if (act == QLatin1String("case.register"))
                audit = QStringList{QStringLiteral("patient.add"), QStringLiteral("case.register")};
            if (act == QLatin1String("case.start_work_up") || act == QLatin1String("case.reopen"))
                audit = QStringList{QStringLiteral("case.move")};
            QTest::newRow(qPrintable(b + QLatin1Char(':') + act)) << b << act << audit;
        }
}

void TestIntakeService::shouldWriteEachActWithItsAuditRowOrNotAtAll()
{
    QFETCH(QString, backend);
    QFETCH(QString, act);
    QFETCH(QStringList, audit);
    CB_SHARED_WORKSPACE(backend);
    static QSet<QString> prepared;
    if (!prepared.contains(backend)) {
        QString error;
        QVERIFY2(installAuditRefusal(tdb, &error), qPrintable(error));
        prepared.insert(backend);
    }
    // GIVEN a patient with an open case in work-up and a line, a transplant and an observation;
    // a second patient with a closed case; a third with a case just referred
    const cb::core::Patient p = newPatient(QStringLiteral("AU"));
    auto open = intake.registerReferral(a.coordinator, referralOf(p));
    auto closed = intake.registerReferral(a.coordinator, referralOf(newPatient(QStringLiteral("AC"))));
    auto referred = intake.registerReferral(a.coordinator, referralOf(newPatient(QStringLiteral("AR"))));
    QVERIFY(open.ok() && closed.ok() && referred.ok());
    QVERIFY(intake.startWorkUp(a.coordinator, open->caseId).ok());
    QVERIFY(ws.cases().closeCase(a.coordinator, closed->caseId, cb::core::CloseReason::Withdrawn, {}).ok());
    auto line = intake.addTherapyLine(a.coordinator, open->caseId, vrdLine());
    auto tp = intake.addTransplant(a.coordinator, open->caseId, autoTransplant());
    auto obs = intake.addObservation(a.coordinator, open->caseId, lvef(57));
    QVERIFY(line.ok() && tp.ok() && obs.ok());
    const qint64 c = open->caseId;
    const std::function<cb::Status()> run = [&]() -> cb::Status {
        const QString why = QStringLiteral("checked again");
        if (act == QLatin1String("patient.add"))
            return statusOf(intake.addPatient(a.coordinator, newPatient(QStringLiteral("AN"))));
        if (act == QLatin1String("patient.correct")) {
            cb::core::Patient fixed = p;
            fixed.id = open->patientId;
            fixed.givenName = QStringLiteral("Anne");
            return intake.correctPatient(a.coordinator, fixed, why);
        }
        if (act == QLatin1String("patient.merge"))
            return intake.mergePatients(a.admin, open->patientId, closed->patientId, why);
        if (act == QLatin1String("case.register"))
            return statusOf(
                intake.registerReferral(a.coordinator, referralOf(newPatient(QStringLiteral("AX")))));
        if (act == QLatin1String("case.start_work_up"))
            return intake.startWorkUp(a.coordinator, referred->caseId);
        if (act == QLatin1String("case.reopen"))
            return intake.reopenCase(a.coordinator, closed->caseId, why);
        if (act == QLatin1String("record.history")) {
            cb::core::DiseaseHistory h;
            h.diagnosis = QStringLiteral("multiple myeloma");
            return intake.setHistory(a.coordinator, c, h);
        }
        if (act == QLatin1String("record.line.add"))
            return statusOf(intake.addTherapyLine(a.coordinator, c, vrdLine(2)));
        if (act == QLatin1String("record.line.correct"))
            return statusOf(intake.correctTherapyLine(a.coordinator, c, *line, vrdLine(), why));
        if (act == QLatin1String("record.line.void"))
            return intake.voidTherapyLine(a.coordinator, c, *line, why);
        if (act == QLatin1String("record.transplant.add"))
            return statusOf(intake.addTransplant(a.coordinator, c, autoTransplant(QStringLiteral("2024"))));
        if (act == QLatin1String("record.transplant.correct"))
            return statusOf(
                intake.correctTransplant(a.coordinator, c, *tp, autoTransplant(QStringLiteral("2023")), why));
        if (act == QLatin1String("record.transplant.void"))
            return intake.voidTransplant(a.coordinator, c, *tp, why);
        if (act == QLatin1String("record.observation.add"))
            return statusOf(intake.addObservation(a.coordinator, c, lvef(52)));
        if (act == QLatin1String("record.observation.correct"))
            return statusOf(intake.correctObservation(a.coordinator, c, obs->id, lvef(53), why));
        if (act == QLatin1String("record.observation.void"))
            return intake.voidObservation(a.coordinator, c, obs->id, why);
        return cb::Error::failure(QStringLiteral("unknown act ") + act);
    };
    t.clock->advanceSeconds(60); // the act's time differs from the setup's

    // WHEN any one of the act's audit rows cannot be written
    for (const QString& refused : audit) {
        const QString before = fingerprint(tdb);
        RefusedAudit guard(tdb, refused);
        QVERIFY(guard.ok());
        const cb::Status failed = run();
        // THEN the act fails and leaves nothing behind: its rows went with the audit row
        QVERIFY2(!failed.ok(), qPrintable(refused));
        QCOMPARE(fingerprint(tdb), before);
    }
    // WHEN the audit rows can be written
    const qint64 mark = auditHead(ws);
    const QString before = fingerprint(tdb);
    const cb::Status done = run();
    // THEN the act is done with exactly its audit rows, each the actor's
    QVERIFY2(done.ok(), qPrintable(done.error().message));
    QVERIFY(fingerprint(tdb) != before);
    QCOMPARE(auditActions(ws, mark), audit);
    for (const auto& e : auditEntries(ws, mark)) {
        QCOMPARE(e.at, t.clock->nowUtc());
        QVERIFY(e.userId == a.coordinator.id || e.userId == a.admin.id);
    }
}

void TestIntakeService::shouldRefuseActsToRolesWithoutThePermission_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("act");
    const QList<std::pair<const char*, const char*>> rows{{"viewer", "case.register"},
                                                          {"specialist", "case.register"},
                                                          {"admin", "case.register"},
                                                          {"viewer", "patient.add"},
                                                          {"specialist", "patient.correct"},
                                                          {"viewer", "patient.find"},
                                                          {"admin", "record.history"},
                                                          {"specialist", "record.line.add"},
                                                          {"viewer", "record.observation.add"},
                                                          {"admin", "record.observation.add"},
                                                          {"specialist", "record.transplant.void"},
                                                          {"coordinator", "patient.merge"},
                                                          {"chair", "patient.merge"},
                                                          {"viewer", "patient.merge"},
                                                          {"specialist", "case.start_work_up"}};
    for (const QString& b : cb::test::backendNames())
        for (const auto& [role, act] : rows)
            QTest::newRow(qPrintable(b + QLatin1Char(':') + QLatin1String(role) + QLatin1Char(' ') +
                                     QLatin1String(act)))
                << b << QString::fromLatin1(role) << QString::fromLatin1(act);
}

void TestIntakeService::shouldRefuseActsToRolesWithoutThePermission()
{
    QFETCH(QString, backend);
    QFETCH(QString, role);
    QFETCH(QString, act);
    CB_SHARED_WORKSPACE(backend);
    const cb::core::Patient p = newPatient(QStringLiteral("PE"));
    auto open = intake.registerReferral(a.coordinator, referralOf(p));
    auto closed = intake.registerReferral(a.coordinator, referralOf(newPatient(QStringLiteral("PC"))));
    QVERIFY(open.ok() && closed.ok());
    QVERIFY(ws.cases().closeCase(a.coordinator, closed->caseId, cb::core::CloseReason::Withdrawn, {}).ok());
    auto tp = intake.addTransplant(a.coordinator, open->caseId, autoTransplant());
    QVERIFY(tp.ok());
    const QHash<QString, UserIdentity> users{{QStringLiteral("viewer"), a.viewer},
                                             {QStringLiteral("specialist"), a.specialist},
                                             {QStringLiteral("admin"), a.admin},
                                             {QStringLiteral("coordinator"), a.coordinator},
                                             {QStringLiteral("chair"), a.chair}};
    const UserIdentity actor = users.value(role);
    QVERIFY(actor.isValid());
    const std::function<cb::Status(const UserIdentity&)> run = [&](const UserIdentity& u) -> cb::Status {
        const qint64 c = open->caseId;
        if (act == QLatin1String("case.register"))
            return statusOf(intake.registerReferral(u, referralOf(newPatient(QStringLiteral("PX")))));
        if (act == QLatin1String("patient.add"))
            return statusOf(intake.addPatient(u, newPatient(QStringLiteral("PA"))));
        if (act == QLatin1String("patient.correct")) {
            cb::core::Patient fixed = p;
            fixed.id = open->patientId;
            fixed.givenName = QStringLiteral("Anne");
            return intake.correctPatient(u, fixed, QStringLiteral("spelling"));
        }
        if (act == QLatin1String("patient.find"))
            return statusOf(intake.findPatients(u, p.identifiers.first().value, {}, {}));
        if (act == QLatin1String("record.history")) {
            cb::core::DiseaseHistory h;
            h.diagnosis = QStringLiteral("multiple myeloma");
            return intake.setHistory(u, c, h);
        }
        if (act == QLatin1String("record.line.add"))
            return statusOf(intake.addTherapyLine(u, c, vrdLine()));
        if (act == QLatin1String("record.observation.add"))
            return statusOf(intake.addObservation(u, c, lvef(50)));
        if (act == QLatin1String("record.transplant.void"))
            return intake.voidTransplant(u, c, *tp, QStringLiteral("wrong"));
        if (act == QLatin1String("patient.merge"))
            return intake.mergePatients(u, open->patientId, closed->patientId, QStringLiteral("same person"));
        if (act == QLatin1String("case.start_work_up"))
            return intake.startWorkUp(u, c);
        return cb::Error::failure(QStringLiteral("unknown act ") + act);
    };
    const QString before = fingerprint(tdb);
    const qint64 mark = auditHead(ws);

    // WHEN a user whose role does not allow it tries the act
    const cb::Status st = run(actor);

    // THEN it is refused as not permitted, with a message, and only the refusal is written
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, ErrorCode::PermissionDenied);
    QVERIFY(!st.error().message.isEmpty());
    QCOMPARE(auditActions(ws, mark), QStringList{QStringLiteral("permission.denied")});
    const auto denial = lastEntry(ws, QStringLiteral("permission.denied"), mark);
    QCOMPARE(denial.userId, actor.id);
    const QString named = json(denial.after).value(QStringLiteral("action")).toString();
    QVERIFY2(named == act ||
                 (act == QLatin1String("case.register") && named == QLatin1String("case.register")),
             qPrintable(named));
    QCOMPARE(fingerprint(tdb).section(QLatin1Char('|'), 0, -2), before.section(QLatin1Char('|'), 0, -2));
    // AND nobody logged in is not authenticated, and nothing is audited for them
    const qint64 mark2 = auditHead(ws);
    QCOMPARE(run(UserIdentity{}).error().code, ErrorCode::NotAuthenticated);
    QCOMPARE(auditHead(ws), mark2);
}

QTEST_GUILESS_MAIN(TestIntakeService)
#include "TestIntakeService.moc"
