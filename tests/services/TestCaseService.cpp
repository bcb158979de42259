#include "services/CaseService.h"
#include "services/IntakeService.h"
#include "storage/CaseRepository.h"
#include "storage/Transaction.h"
#include "support/TestDatabase.h"
#include "support/TestUsers.h"
#include "support/TestWorkspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using cb::ErrorCode;
using cb::core::CaseState;
using cb::core::CloseReason;
using cb::core::Role;
using cb::test::auditActions;
using cb::test::auditEntries;
using cb::test::auditHead;

namespace {

cb::core::CaseRecord referral(const QString& mrn = QStringLiteral("CS-0001"))
{
    cb::core::CaseRecord r;
    r.patient.mrn = mrn;
    r.patient.familyName = QStringLiteral("Romano");
    r.patient.givenName = QStringLiteral("Giulia");
    r.patient.sex = cb::core::Sex::Female;
    r.patient.birthDate = QDate(1971, 4, 2);
    r.indication = cb::core::Indication::FollicularLymphoma;
    r.referrer = QStringLiteral("Dr. Referrer");
    r.referralDate = cb::test::testNow().date().addDays(-3);
    return r;
}

// A case put straight into a state (the lifecycle is what is under test, not how it got there).
qint64 caseIn(cb::services::Workspace& ws, CaseState state, const QString& mrn)
{
    cb::storage::CaseRepository repo(ws.database());
    cb::storage::Transaction tx(ws.database());
    cb::core::CaseRecord r = referral(mrn);
    r.state = state;
    if (state == CaseState::Closed)
        r.closeReason = CloseReason::Completed;
    auto pid = repo.insertPatient(r.patient, cb::test::testNow());
    if (!pid.ok())
        qFatal("insertPatient: %s", qPrintable(pid.error().message));
    r.patient.id = *pid;
    auto id = repo.insertCase(r, cb::test::testNow());
    if (!id.ok() || !tx.commit().ok())
        qFatal("insertCase failed");
    return *id;
}

QJsonObject json(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

struct Actors
{
    cb::core::UserIdentity coordinator, chair, specialist, viewer, admin;
};

// One user per role; suffix keeps them apart in a shared database.
Actors seedActors(cb::services::Workspace& ws, const QString& suffix = {})
{
    Actors a;
    a.admin =
        cb::test::seedUserWithRole(ws.database(), QStringLiteral("admin") + suffix, Role::Administrator);
    a.coordinator =
        cb::test::seedUserWithRole(ws.database(), QStringLiteral("coordinator") + suffix, Role::Coordinator);
    a.chair = cb::test::seedUserWithRole(ws.database(), QStringLiteral("chair") + suffix, Role::BoardChair);
    a.specialist =
        cb::test::seedUserWithRole(ws.database(), QStringLiteral("cardiology") + suffix, Role::Specialist);
    a.viewer = cb::test::seedUserWithRole(ws.database(), QStringLiteral("viewer") + suffix, Role::Viewer);
    return a;
}

CaseState stateOf(cb::services::Workspace& ws, qint64 id)
{
    return (*cb::storage::CaseRepository(ws.database()).caseById(id))->state;
}

} // namespace

// Cases through the services: reading PHI is audited, referrals are validated, the lifecycle
// allows only its transitions, and closing works from every open state exactly once.
class TestCaseService : public QObject
{
    Q_OBJECT

private slots:
    void shouldAuditOpeningACase_data() { cb::test::addBackendRows(); }
    void shouldAuditOpeningACase();
    void shouldRefuseOpeningWithoutAClinicalRole_data() { cb::test::addBackendRows(); }
    void shouldRefuseOpeningWithoutAClinicalRole();
    void shouldRegisterAReferral_data() { cb::test::addBackendRows(); }
    void shouldRegisterAReferral();
    void shouldValidateReferrals_data();
    void shouldValidateReferrals();
    void shouldRefuseReferralsFromRolesThatCannotEdit_data();
    void shouldRefuseReferralsFromRolesThatCannotEdit();
    void shouldMoveOnlyAlongTheLifecycle_data();
    void shouldMoveOnlyAlongTheLifecycle();
    void shouldCloseACaseFromAnyOpenState_data();
    void shouldCloseACaseFromAnyOpenState();
    void shouldRefuseToCloseACaseTwice_data() { cb::test::addBackendRows(); }
    void shouldRefuseToCloseACaseTwice();
    void shouldRequireACauseToCloseForDeath_data() { cb::test::addBackendRows(); }
    void shouldRequireACauseToCloseForDeath();
    void shouldAllowClosingToCoordinatorsAndChairsOnly_data();
    void shouldAllowClosingToCoordinatorsAndChairsOnly();
    void shouldAuditListingCases_data() { cb::test::addBackendRows(); }
    void shouldAuditListingCases();
    void shouldValidateObservations_data() { cb::test::addBackendRows(); }
    void shouldValidateObservations();
    void cleanupTestCase() { m_shared.clear(); }

private:
    cb::test::SharedWorkspaces m_shared;
};

// The many data rows share one database per backend; each row has its own users and cases.
#define CB_SHARED_WORKSPACE(backend)                                                                         \
    auto* shared = m_shared.get(backend);                                                                    \
    if (!shared)                                                                                             \
        QSKIP(qPrintable(cb::test::postgresSkipMessage()));                                                  \
    auto& t = shared->t;                                                                                     \
    auto& tdb = *shared->tdb;                                                                                \
    Q_UNUSED(tdb);                                                                                           \
    const Actors a = seedActors(*t.ws, cb::test::uniqueName(QStringLiteral("r")))

void TestCaseService::shouldAuditOpeningACase()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    const Actors a = seedActors(*t.ws);
    const qint64 id = caseIn(*t.ws, CaseState::InReview, QStringLiteral("CS-1"));
    for (const auto& reader : {a.coordinator, a.viewer, a.specialist}) {
        const qint64 mark = auditHead(*t.ws);
        // WHEN a user with a clinical or viewer role opens the case
        auto rec = t->cases().openCase(reader, id);
        // THEN they get it, and the view of PHI is audited with who, what and when
        QVERIFY2(rec.ok(), qPrintable(rec.error().message));
        QCOMPARE(rec->id, id);
        QCOMPARE(rec->patient.mrn, QStringLiteral("CS-1"));
        const auto entries = auditEntries(*t.ws, mark);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].action, QStringLiteral("case.view"));
        QCOMPARE(entries[0].entity, QStringLiteral("clinical_case"));
        QCOMPARE(entries[0].entityId, QString::number(id));
        QCOMPARE(entries[0].userId, reader.id);
        QCOMPARE(entries[0].username, reader.username);
        // AND the audit row holds ids only, no PHI
        for (const QString& text : {entries[0].before, entries[0].after, entries[0].reason})
            QVERIFY(!text.contains(QLatin1String("Romano")) && !text.contains(QLatin1String("CS-1")));
    }
    // WHEN a case that does not exist is opened
    const qint64 mark = auditHead(*t.ws);
    auto missing = t->cases().openCase(a.coordinator, id + 1000);
    // THEN it is "not found" and no view is audited
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QCOMPARE(auditHead(*t.ws), mark);
}

void TestCaseService::shouldRefuseOpeningWithoutAClinicalRole()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    const Actors a = seedActors(*t.ws);
    const qint64 id = caseIn(*t.ws, CaseState::Referred, QStringLiteral("CS-1"));
    // WHEN an administrator (no clinical rights by default) opens a case
    auto rec = t->cases().openCase(a.admin, id);
    // THEN it is refused and the denial audited
    QVERIFY(!rec.ok());
    QCOMPARE(rec.error().code, ErrorCode::PermissionDenied);
    const auto last = auditEntries(*t.ws).last();
    QCOMPARE(last.action, QStringLiteral("permission.denied"));
    QCOMPARE(last.entityId, QString::number(id));
    QCOMPARE(json(last.after).value(QStringLiteral("action")).toString(), QStringLiteral("case.view"));
    // AND nobody logged in gets "not authenticated"
    auto anonymous = t->cases().openCase({}, id);
    QVERIFY(!anonymous.ok());
    QCOMPARE(anonymous.error().code, ErrorCode::NotAuthenticated);
    // AND the worklist is refused the same way
    QCOMPARE(t->cases().worklistCount(a.admin, {}).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(t->cases().worklistPage(a.admin, {}, 0, 10).error().code, ErrorCode::PermissionDenied);
}

void TestCaseService::shouldRegisterAReferral()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    const Actors a = seedActors(*t.ws);
    // WHEN the coordinator registers a referral (whatever state the form carried)
    auto input = referral(QStringLiteral(" CS-42 "));
    input.state = CaseState::Treatment;
    auto id = cb::test::registerReferral(*t.ws, a.coordinator, input);
    // THEN the case starts in Referred with a new patient, both audited in one go
    QVERIFY2(id.ok(), qPrintable(id.error().message));
    auto rec = t->cases().openCase(a.coordinator, *id);
    QVERIFY(rec.ok());
    QCOMPARE(rec->state, CaseState::Referred);
    QCOMPARE(rec->patient.mrn, QStringLiteral("CS-42"));
    QCOMPARE(rec->rowVersion, qint64(1));
    QCOMPARE(auditActions(*t.ws), (QStringList{"patient.add", "case.register", "case.view"}));
    const auto reg = auditEntries(*t.ws).at(1);
    QCOMPARE(reg.entityId, QString::number(*id));
    QCOMPARE(json(reg.after).value(QStringLiteral("state")).toString(), QStringLiteral("referred"));
    // WHEN a second referral for the same indication comes while the first case is open
    const qint64 mark = auditHead(*t.ws);
    auto refused = cb::test::registerReferral(*t.ws, a.chair, referral(QStringLiteral("CS-42")));
    // THEN it is refused naming the open case, and nothing is written
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY2(refused.error().message.contains(QString::number(*id)), qPrintable(refused.error().message));
    QCOMPARE(auditHead(*t.ws), mark);
    // WHEN the patient is referred for another indication (the chair may register too)
    auto other = referral(QStringLiteral("CS-42"));
    other.indication = cb::core::Indication::LargeBCellLymphoma;
    auto second = cb::test::registerReferral(*t.ws, a.chair, other);
    // THEN it is a new case of the same patient: the record is kept
    QVERIFY2(second.ok(), qPrintable(second.error().message));
    QVERIFY(*second != *id);
    QCOMPARE(tdb.count(QStringLiteral("patient")), qint64(1));
    QCOMPARE(auditActions(*t.ws, mark), QStringList{QStringLiteral("case.register")});
}

void TestCaseService::shouldValidateReferrals_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("problem");
    for (const QString& b : cb::test::backendNames())
        for (const char* p : {"referral tomorrow", "referral next year", "no referral date", "missing mrn",
                              "blank mrn", "no name", "born after referral"})
            QTest::addRow("%s/%s", qPrintable(b), p) << b << QString::fromLatin1(p);
}

void TestCaseService::shouldValidateReferrals()
{
    QFETCH(QString, backend);
    QFETCH(QString, problem);
    CB_SHARED_WORKSPACE(backend);
    auto r = referral(cb::test::uniqueName(QStringLiteral("VR-")));
    const QDate today = cb::test::testNow().date();
    const qint64 casesBefore = tdb.count(QStringLiteral("clinical_case"));
    const qint64 patientsBefore = tdb.count(QStringLiteral("patient"));
    const qint64 mark = auditHead(*t.ws);
    if (problem == QLatin1String("referral tomorrow"))
        r.referralDate = today.addDays(1);
    else if (problem == QLatin1String("referral next year"))
        r.referralDate = today.addYears(1);
    else if (problem == QLatin1String("no referral date"))
        r.referralDate = QDate();
    else if (problem == QLatin1String("missing mrn"))
        r.patient.mrn.clear();
    else if (problem == QLatin1String("blank mrn"))
        r.patient.mrn = QStringLiteral("   ");
    else if (problem == QLatin1String("no name"))
        r.patient.familyName = r.patient.givenName = QStringLiteral(" ");
    else
        r.patient.birthDate = r.referralDate.addDays(1);
    // WHEN a referral with that problem is registered
    auto id = cb::test::registerReferral(*t.ws, a.coordinator, r);
    // THEN it is bad input, and nothing is stored or audited
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code, ErrorCode::BadInput);
    QVERIFY(!id.error().message.isEmpty());
    QCOMPARE(tdb.count(QStringLiteral("clinical_case")), casesBefore);
    QCOMPARE(tdb.count(QStringLiteral("patient")), patientsBefore);
    QCOMPARE(auditHead(*t.ws), mark);
    // AND today's date is fine
    r = referral(cb::test::uniqueName(QStringLiteral("VR-")));
    r.referralDate = today;
    QVERIFY(cb::test::registerReferral(*t.ws, a.coordinator, r).ok());
}

void TestCaseService::shouldRefuseReferralsFromRolesThatCannotEdit_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("who");
    for (const QString& b : cb::test::backendNames())
        for (const char* who : {"viewer", "specialist", "administrator"})
            QTest::addRow("%s/%s", qPrintable(b), who) << b << QString::fromLatin1(who);
}

void TestCaseService::shouldRefuseReferralsFromRolesThatCannotEdit()
{
    QFETCH(QString, backend);
    QFETCH(QString, who);
    CB_SHARED_WORKSPACE(backend);
    const auto actor = who == QLatin1String("viewer")       ? a.viewer
                       : who == QLatin1String("specialist") ? a.specialist
                                                            : a.admin;
    const qint64 casesBefore = tdb.count(QStringLiteral("clinical_case"));
    const qint64 mark = auditHead(*t.ws);
    // WHEN a user who may not edit case data registers a referral
    auto id = cb::test::registerReferral(*t.ws, actor, referral(cb::test::uniqueName(QStringLiteral("RR-"))));
    // THEN it is refused, audited as a denial, and nothing is stored
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(tdb.count(QStringLiteral("clinical_case")), casesBefore);
    QCOMPARE(auditActions(*t.ws, mark), QStringList{QStringLiteral("permission.denied")});
    QCOMPARE(auditEntries(*t.ws, mark).first().userId, actor.id);
}

void TestCaseService::shouldMoveOnlyAlongTheLifecycle_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<CaseState>("from");
    QTest::addColumn<CaseState>("to");
    QTest::addColumn<std::optional<ErrorCode>>("error");
    struct Row
    {
        const char* tag;
        CaseState from, to;
        std::optional<ErrorCode> error;
    };
    const std::optional<ErrorCode> ok;
    const auto invalid = std::optional(ErrorCode::InvalidState);
    const QList<Row> rows{
        {"referred to work-up", CaseState::Referred, CaseState::WorkUp, ok},
        {"work-up to in review", CaseState::WorkUp, CaseState::InReview, ok},
        {"in review to ready", CaseState::InReview, CaseState::ReadyForBoard, ok},
        {"in review back to work-up", CaseState::InReview, CaseState::WorkUp, ok},
        {"ready back to in review", CaseState::ReadyForBoard, CaseState::InReview, ok},
        {"decided to treatment", CaseState::Decided, CaseState::Treatment, ok},
        {"decided (deferred) back to work-up", CaseState::Decided, CaseState::WorkUp, ok},
        {"treatment to follow-up", CaseState::Treatment, CaseState::FollowUp, ok},
        {"referred skipping work-up", CaseState::Referred, CaseState::InReview, invalid},
        {"referred to treatment", CaseState::Referred, CaseState::Treatment, invalid},
        {"work-up back to referred", CaseState::WorkUp, CaseState::Referred, invalid},
        {"ready to treatment without a verdict", CaseState::ReadyForBoard, CaseState::Treatment, invalid},
        {"follow-up back to treatment", CaseState::FollowUp, CaseState::Treatment, invalid},
        {"same state", CaseState::WorkUp, CaseState::WorkUp, invalid},
        {"closed reopened", CaseState::Closed, CaseState::WorkUp, invalid},
        {"decided only by a signed verdict", CaseState::ReadyForBoard, CaseState::Decided, invalid},
        {"closing needs a reason", CaseState::Treatment, CaseState::Closed,
         std::optional(ErrorCode::BadInput)},
    };
    for (const QString& b : cb::test::backendNames())
        for (const Row& r : rows)
            QTest::addRow("%s/%s", qPrintable(b), r.tag) << b << r.from << r.to << r.error;
}

void TestCaseService::shouldMoveOnlyAlongTheLifecycle()
{
    QFETCH(QString, backend);
    QFETCH(CaseState, from);
    QFETCH(CaseState, to);
    QFETCH(std::optional<ErrorCode>, error);
    CB_SHARED_WORKSPACE(backend);
    const qint64 id = caseIn(*t.ws, from, cb::test::uniqueName(QStringLiteral("LC-1-")));
    const qint64 mark = auditHead(*t.ws);
    // WHEN the coordinator moves the case
    auto st = t->cases().moveCase(a.coordinator, id, to);
    if (!error) {
        // THEN a legal step is taken and audited with the states before and after
        QVERIFY2(st.ok(), qPrintable(st.error().message));
        QCOMPARE(stateOf(*t.ws, id), to);
        const auto entries = auditEntries(*t.ws, mark);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].action, QStringLiteral("case.move"));
        QCOMPARE(json(entries[0].before).value(QStringLiteral("state")).toString(), cb::core::toId(from));
        QCOMPARE(json(entries[0].after).value(QStringLiteral("state")).toString(), cb::core::toId(to));
        return;
    }
    // THEN an illegal one is refused with a message, and nothing changes
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, *error);
    QVERIFY(!st.error().message.isEmpty());
    QCOMPARE(stateOf(*t.ws, id), from);
    QCOMPARE(auditHead(*t.ws), mark);
}

void TestCaseService::shouldCloseACaseFromAnyOpenState_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<CaseState>("from");
    for (const QString& b : cb::test::backendNames())
        for (const auto& s : cb::core::caseStates())
            if (s.value != CaseState::Closed)
                QTest::addRow("%s/%s", qPrintable(b), s.id) << b << s.value;
}

void TestCaseService::shouldCloseACaseFromAnyOpenState()
{
    QFETCH(QString, backend);
    QFETCH(CaseState, from);
    CB_SHARED_WORKSPACE(backend);
    const qint64 id = caseIn(*t.ws, from, cb::test::uniqueName(QStringLiteral("CL-1-")));
    const qint64 mark = auditHead(*t.ws);
    // WHEN the coordinator closes it with a reason and a note
    auto st = t->cases().closeCase(a.coordinator, id, CloseReason::Transferred,
                                   QStringLiteral("  to the referring centre "));
    // THEN it is closed with that reason, and the close is audited with the state it left
    QVERIFY2(st.ok(), qPrintable(st.error().message));
    const auto rec = *cb::storage::CaseRepository(t->database()).caseById(id);
    QCOMPARE(rec->state, CaseState::Closed);
    QCOMPARE(rec->closeReason, std::optional(CloseReason::Transferred));
    QCOMPARE(rec->closeDetail, QStringLiteral("to the referring centre"));
    const auto entries = auditEntries(*t.ws, mark);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].action, QStringLiteral("case.close"));
    QCOMPARE(entries[0].userId, a.coordinator.id);
    QCOMPARE(json(entries[0].before).value(QStringLiteral("state")).toString(), cb::core::toId(from));
    QCOMPARE(json(entries[0].after).value(QStringLiteral("close_reason")).toString(),
             QStringLiteral("transferred"));
    QCOMPARE(entries[0].reason, QStringLiteral("to the referring centre"));
}

void TestCaseService::shouldRefuseToCloseACaseTwice()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    const Actors a = seedActors(*t.ws);
    const qint64 id = caseIn(*t.ws, CaseState::FollowUp, QStringLiteral("CL-2"));
    QVERIFY(t->cases().closeCase(a.coordinator, id, CloseReason::Completed, {}).ok());
    const qint64 mark = auditHead(*t.ws);
    // WHEN it is closed again, with another reason
    auto again = t->cases().closeCase(a.chair, id, CloseReason::LostToFollowUp, {});
    // THEN it is refused as not allowed in its state, and the first close stands
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::InvalidState);
    QVERIFY2(again.error().message.contains(QLatin1String("already closed")),
             qPrintable(again.error().message));
    QCOMPARE((*cb::storage::CaseRepository(t->database()).caseById(id))->closeReason,
             std::optional(CloseReason::Completed));
    QCOMPARE(auditHead(*t.ws), mark);
    // AND an unknown case is "not found"
    QCOMPARE(t->cases().closeCase(a.chair, id + 100, CloseReason::Completed, {}).error().code,
             ErrorCode::NotFound);
}

void TestCaseService::shouldRequireACauseToCloseForDeath()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    const Actors a = seedActors(*t.ws);
    const qint64 id = caseIn(*t.ws, CaseState::Treatment, QStringLiteral("CL-3"));
    auto st = t->cases().closeCase(a.coordinator, id, CloseReason::Deceased, QStringLiteral("   "));
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, ErrorCode::BadInput);
    QCOMPARE(stateOf(*t.ws, id), CaseState::Treatment);
    QVERIFY(
        t->cases().closeCase(a.coordinator, id, CloseReason::Deceased, QStringLiteral("grade 4 ICANS")).ok());
    QCOMPARE(stateOf(*t.ws, id), CaseState::Closed);
}

void TestCaseService::shouldAllowClosingToCoordinatorsAndChairsOnly_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("who");
    QTest::addColumn<bool>("allowed");
    for (const QString& b : cb::test::backendNames()) {
        const QByteArray p = b.toLatin1();
        QTest::addRow("%s/coordinator", p.constData()) << b << "coordinator" << true;
        QTest::addRow("%s/board chair", p.constData()) << b << "chair" << true;
        QTest::addRow("%s/specialist", p.constData()) << b << "specialist" << false;
        QTest::addRow("%s/viewer", p.constData()) << b << "viewer" << false;
        QTest::addRow("%s/administrator", p.constData()) << b << "admin" << false;
    }
}

void TestCaseService::shouldAllowClosingToCoordinatorsAndChairsOnly()
{
    QFETCH(QString, backend);
    QFETCH(QString, who);
    QFETCH(bool, allowed);
    CB_SHARED_WORKSPACE(backend);
    const cb::core::UserIdentity actor = who == QLatin1String("coordinator")  ? a.coordinator
                                         : who == QLatin1String("chair")      ? a.chair
                                         : who == QLatin1String("specialist") ? a.specialist
                                         : who == QLatin1String("viewer")     ? a.viewer
                                                                              : a.admin;
    const qint64 id = caseIn(*t.ws, CaseState::WorkUp, cb::test::uniqueName(QStringLiteral("CL-4-")));
    const qint64 mark = auditHead(*t.ws);
    auto st = t->cases().closeCase(actor, id, CloseReason::Withdrawn, {});
    if (allowed) {
        QVERIFY2(st.ok(), qPrintable(st.error().message));
        QCOMPARE(stateOf(*t.ws, id), CaseState::Closed);
        return;
    }
    // THEN refused whatever the case, audited, unchanged
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(stateOf(*t.ws, id), CaseState::WorkUp);
    const auto entries = auditEntries(*t.ws, mark);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].action, QStringLiteral("permission.denied"));
    QCOMPARE(json(entries[0].after).value(QStringLiteral("action")).toString(), QStringLiteral("case.close"));
    // AND the permission comes before the state: an already closed or unknown case gives the same
    QCOMPARE(t->cases().closeCase(actor, id + 100, CloseReason::Withdrawn, {}).error().code,
             ErrorCode::PermissionDenied);
}

void TestCaseService::shouldAuditListingCases()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    const Actors a = seedActors(*t.ws);
    caseIn(*t.ws, CaseState::WorkUp, QStringLiteral("LS-1"));
    caseIn(*t.ws, CaseState::Closed, QStringLiteral("LS-2"));
    caseIn(*t.ws, CaseState::WorkUp, QStringLiteral("LS-3"));
    // WHEN every case, then the work-up cases, are listed
    auto all = t->cases().listCases(a.viewer, std::nullopt);
    auto workUp = t->cases().listCases(a.viewer, CaseState::WorkUp);
    // THEN closed cases are in the full list, and each listing is audited with its filter and size
    QVERIFY(all.ok() && workUp.ok());
    QCOMPARE(all->size(), 3);
    QCOMPARE(workUp->size(), 2);
    const auto entries = auditEntries(*t.ws);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].action, QStringLiteral("case.list"));
    QCOMPARE(json(entries[0].after).value(QStringLiteral("state")).toString(), QStringLiteral("all"));
    QCOMPARE(json(entries[0].after).value(QStringLiteral("count")).toInt(), 3);
    QCOMPARE(json(entries[1].after).value(QStringLiteral("state")).toString(), QStringLiteral("work_up"));
    // AND opening the worklist is audited too
    QVERIFY(t->cases().recordWorklistOpened(a.coordinator).ok());
    QCOMPARE(auditActions(*t.ws).last(), QStringLiteral("worklist.open"));
}

void TestCaseService::shouldValidateObservations()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto t = cb::test::openTestWorkspace(tdb.url());
    QVERIFY(t);
    const Actors a = seedActors(*t.ws);
    const qint64 id = caseIn(*t.ws, CaseState::WorkUp, QStringLiteral("OB-1"));
    const QDate today = cb::test::testNow().date();
    cb::services::ObservationInput lvef;
    lvef.code = QStringLiteral("lvef");
    lvef.value = 55.0;
    lvef.unit = QStringLiteral("%");
    lvef.date = today.toString(Qt::ISODate);
    auto future = lvef;
    future.date = today.addDays(1).toString(Qt::ISODate);
    auto noCode = lvef;
    noCode.code = QStringLiteral(" ");
    auto implausible = lvef;
    implausible.value = 120;
    auto badUnit = lvef;
    badUnit.unit = QStringLiteral("mg");
    auto& intake = t->intake();
    QCOMPARE(intake.addObservation(a.coordinator, id, future).error().code, ErrorCode::BadInput);
    QCOMPARE(intake.addObservation(a.coordinator, id, noCode).error().code, ErrorCode::BadInput);
    QCOMPARE(intake.addObservation(a.coordinator, id, implausible).error().code, ErrorCode::BadInput);
    QVERIFY(
        intake.addObservation(a.coordinator, id, implausible).error().message.contains(QStringLiteral("85")));
    QCOMPARE(intake.addObservation(a.coordinator, id, badUnit).error().code, ErrorCode::BadInput);
    QCOMPARE(intake.addObservation(a.coordinator, id + 100, lvef).error().code, ErrorCode::NotFound);
    QCOMPARE(intake.addObservation(a.viewer, id, lvef).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(tdb.count(QStringLiteral("observation")), qint64(0));
    auto ok = intake.addObservation(a.coordinator, id, lvef);
    QVERIFY2(ok.ok(), qPrintable(ok.error().message));
    QCOMPARE(auditActions(*t.ws).last(), QStringLiteral("record.observation.add"));
    QCOMPARE((*cb::storage::CaseRepository(t->database()).caseById(id))->observations.size(), 1);
}

QTEST_GUILESS_MAIN(TestCaseService)
#include "TestCaseService.moc"
