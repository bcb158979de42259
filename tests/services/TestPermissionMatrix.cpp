// Who may do what in the review (DESIGN.md §1): every role against every review act, through
// the real services. An allowed act succeeds on a case prepared for it; a refused one fails with
// PermissionDenied and leaves exactly one `permission.denied` audit row naming the act.

#include "PathwayScenario.h"
#include "ReviewWorld.h"
#include "core/CaseRecord.h"
#include "services/CaseService.h"
#include "services/DecisionService.h"
#include "services/FollowUpService.h"
#include "services/MonitoringService.h"
#include "services/PathwayService.h"
#include "services/ReviewService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "support/TestDatabase.h"

#include <QJsonDocument>
#include <QTest>

using cb::core::Discipline;
using cb::core::Role;

namespace {

enum class Act {
    RecordOpinion,
    SignOpinion,
    AmendOpinion,
    RecordDecision,
    SignDecision,
    Dissent,
    AddAction,
    Notify,
    OpenCase,
    CloseCase,
    ManageUsers,
    RecordPathway,
    RecordMonitoring,
    RecordFollowUp
};

struct ActSpec
{
    QString id; // the matrix column, e.g. sign_opinion_neurology
    Act act;
    std::optional<Discipline> discipline;
    QString auditedAs; // the "action" of the permission.denied audit row
};

struct RoleSpec
{
    QString name;
    QList<Role> roles;
    QList<Discipline> disciplines;
    QStringList allowed; // the acts this role may perform; every other one is refused
};

const QList<Discipline>& coreSix()
{
    static const QList<Discipline> six{Discipline::Hematology,  Discipline::Cardiology, Discipline::Neurology,
                                       Discipline::Pulmonology, Discipline::Icu,        Discipline::Nursing};
    return six;
}

QStringList opinionActs(Discipline d)
{
    const QString id = cb::core::toId(d);
    return {QStringLiteral("record_opinion_") + id, QStringLiteral("sign_opinion_") + id,
            QStringLiteral("amend_opinion_") + id};
}

const QList<ActSpec>& acts()
{
    static const QList<ActSpec> list = [] {
        QList<ActSpec> l;
        for (const Discipline d : coreSix()) {
            const QString id = cb::core::toId(d);
            l << ActSpec{QStringLiteral("record_opinion_") + id, Act::RecordOpinion, d,
                         QStringLiteral("opinion.record")}
              << ActSpec{QStringLiteral("sign_opinion_") + id, Act::SignOpinion, d,
                         QStringLiteral("opinion.sign")}
              << ActSpec{QStringLiteral("amend_opinion_") + id, Act::AmendOpinion, d,
                         QStringLiteral("opinion.amend")};
        }
        l << ActSpec{QStringLiteral("record_decision"),
                     Act::RecordDecision,
                     {},
                     QStringLiteral("decision.record")}
          << ActSpec{QStringLiteral("sign_decision"), Act::SignDecision, {}, QStringLiteral("decision.sign")}
          << ActSpec{QStringLiteral("dissent"), Act::Dissent, {}, QStringLiteral("decision.dissent")}
          << ActSpec{QStringLiteral("add_action"), Act::AddAction, {}, QStringLiteral("decision.action")}
          << ActSpec{QStringLiteral("notify"), Act::Notify, {}, QStringLiteral("decision.communication")}
          << ActSpec{QStringLiteral("open_case"), Act::OpenCase, {}, QStringLiteral("case.view")}
          << ActSpec{QStringLiteral("close_case"), Act::CloseCase, {}, QStringLiteral("case.close")}
          << ActSpec{QStringLiteral("manage_users"), Act::ManageUsers, {}, QStringLiteral("user.disable")}
          << ActSpec{QStringLiteral("record_pathway"),
                     Act::RecordPathway,
                     {},
                     QStringLiteral("pathway.record")}
          << ActSpec{QStringLiteral("record_monitoring"),
                     Act::RecordMonitoring,
                     {},
                     QStringLiteral("assessment.record")}
          << ActSpec{QStringLiteral("record_follow_up"),
                     Act::RecordFollowUp,
                     {},
                     QStringLiteral("follow_up.record")};
        return l;
    }();
    return list;
}

// The expected matrix, written out rather than derived from PermissionPolicy.
const QList<RoleSpec>& roles()
{
    static const QList<RoleSpec> list = [] {
        // coordinators and clinicians enter pathway, monitoring and follow-up data
        const QStringList treatmentActs{QStringLiteral("record_pathway"), QStringLiteral("record_monitoring"),
                                        QStringLiteral("record_follow_up")};
        const QStringList chairActs =
            QStringList{QStringLiteral("record_decision"), QStringLiteral("sign_decision"),
                        QStringLiteral("dissent"),         QStringLiteral("add_action"),
                        QStringLiteral("notify"),          QStringLiteral("open_case"),
                        QStringLiteral("close_case")} +
            treatmentActs;
        QList<RoleSpec> l;
        l << RoleSpec{
            QStringLiteral("administrator"), {Role::Administrator}, {}, {QStringLiteral("manage_users")}};
        l << RoleSpec{QStringLiteral("coordinator"),
                      {Role::Coordinator},
                      {},
                      QStringList{QStringLiteral("add_action"), QStringLiteral("notify"),
                                  QStringLiteral("open_case"), QStringLiteral("close_case")} +
                          treatmentActs};
        for (const Discipline d : coreSix())
            l << RoleSpec{QStringLiteral("specialist_") + cb::core::toId(d),
                          {Role::Specialist},
                          {d},
                          opinionActs(d) +
                              QStringList{QStringLiteral("dissent"), QStringLiteral("open_case")} +
                              treatmentActs};
        l << RoleSpec{QStringLiteral("board_chair"), {Role::BoardChair}, {Discipline::Hematology}, chairActs};
        l << RoleSpec{QStringLiteral("board_chair_and_hematologist"),
                      {Role::BoardChair, Role::Specialist},
                      {Discipline::Hematology},
                      chairActs + opinionActs(Discipline::Hematology)};
        l << RoleSpec{QStringLiteral("viewer"), {Role::Viewer}, {}, {QStringLiteral("open_case")}};
        l << RoleSpec{QStringLiteral("administrator_and_cardiologist"),
                      {Role::Administrator, Role::Specialist},
                      {Discipline::Cardiology},
                      opinionActs(Discipline::Cardiology) +
                          QStringList{QStringLiteral("manage_users"), QStringLiteral("dissent"),
                                      QStringLiteral("open_case")} +
                          treatmentActs};
        return l;
    }();
    return list;
}

} // namespace

class TestPermissionMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void shouldAllowExactlyTheRolesActsAndAuditEveryRefusal_data();
    void shouldAllowExactlyTheRolesActsAndAuditEveryRefusal();

private:
    // Prepares what the act works on (a case in the right state, a user to disable) and
    // performs it as actor; returns the service's status.
    cb::Status perform(const cb::core::UserIdentity& actor, const ActSpec& spec);
    qint64 deniedRows(qint64 userId);
    QString lastDeniedAction(qint64 userId);

    std::unique_ptr<cb::test::TestDatabase> m_db;
    std::unique_ptr<cb::test::ReviewWorld> m_world;
    QHash<QString, cb::core::UserIdentity> m_actors;
    int m_throwaway = 0;
};

void TestPermissionMatrix::initTestCase()
{
    // The policy does not depend on the backend: one SQLite database for the whole matrix.
    m_db = std::make_unique<cb::test::TestDatabase>(QStringLiteral("sqlite"));
    m_world = std::make_unique<cb::test::ReviewWorld>(m_db->url());
    QVERIFY(m_world->ok());
    for (const RoleSpec& r : roles()) {
        const auto user = m_world->addUser(r.name, r.roles, r.disciplines);
        QVERIFY2(user.isValid(), qPrintable(r.name));
        m_actors.insert(r.name, user);
    }
}

void TestPermissionMatrix::cleanupTestCase()
{
    m_world.reset();
    m_db.reset();
}

cb::Status TestPermissionMatrix::perform(const cb::core::UserIdentity& actor, const ActSpec& spec)
{
    auto& w = *m_world;
    auto& reviews = w.ws().reviews();
    auto& decisions = w.ws().decisions();
    const Discipline d = spec.discipline.value_or(Discipline::Hematology);
    auto status = [](const auto& result) { return result.ok() ? cb::Status() : cb::Status(result.error()); };
    auto prepared = [](bool ok) {
        return ok ? cb::Status() : cb::Status(cb::Error::failure(QStringLiteral("setup")));
    };
    switch (spec.act) {
    case Act::RecordOpinion: {
        const qint64 id = w.newCase();
        cb::services::OpinionInput in;
        in.recommendation = cb::core::Recommendation::Supports;
        return status(reviews.recordOpinion(actor, id, d, in));
    }
    case Act::SignOpinion: {
        const qint64 id = w.newCase();
        if (!w.recordOpinion(id, d))
            return prepared(false);
        return status(reviews.signOpinion(actor, id, d, cb::test::ReviewWorld::password()));
    }
    case Act::AmendOpinion: {
        const qint64 id = w.newCase();
        if (!w.recordOpinion(id, d) || !w.signOpinion(id, d))
            return prepared(false);
        cb::services::OpinionInput in;
        in.recommendation = cb::core::Recommendation::Supports;
        return status(reviews.amendOpinion(actor, id, d, QStringLiteral("Repeat echo reviewed."), in));
    }
    case Act::RecordDecision: {
        const qint64 id = w.readyCase();
        return id ? status(decisions.recordDecision(actor, id, cb::test::ReviewWorld::eligible()))
                  : prepared(false);
    }
    case Act::SignDecision:
    case Act::Dissent:
    case Act::AddAction:
    case Act::Notify: {
        const qint64 id = w.readyCase();
        if (!id || !w.recordDecision(id) || (spec.act == Act::Notify && !w.signDecision(id)))
            return prepared(false);
        if (spec.act == Act::SignDecision)
            return status(decisions.signDecision(actor, id, cb::test::ReviewWorld::password()));
        if (spec.act == Act::Dissent)
            return status(decisions.recordDissent(actor, id, QStringLiteral("I would wait for the MRI.")));
        if (spec.act == Act::AddAction) {
            cb::core::DecisionAction a;
            a.description = QStringLiteral("Book apheresis");
            a.owner = QStringLiteral("coordinator");
            a.dueDate = cb::test::ReviewWorld::now().date().addDays(7);
            return status(decisions.addAction(actor, id, a));
        }
        cb::core::Communication c;
        c.sentAt = cb::test::ReviewWorld::now().addSecs(-3600);
        c.sentBy = QStringLiteral("coordinator");
        c.method = QStringLiteral("letter");
        return status(decisions.recordCommunication(actor, id, c));
    }
    case Act::OpenCase:
        return status(w.ws().cases().openCase(actor, w.newCase(cb::core::CaseState::Referred)));
    case Act::CloseCase:
        return w.ws().cases().closeCase(actor, w.newCase(cb::core::CaseState::Referred),
                                        cb::core::CloseReason::Withdrawn,
                                        QStringLiteral("Patient withdrew."));
    case Act::ManageUsers: {
        const QString name = QStringLiteral("leaver%1").arg(++m_throwaway);
        if (!w.addUser(name, {Role::Viewer}).isValid())
            return prepared(false);
        return w.ws().users().disableUser(actor, name);
    }
    case Act::RecordPathway:
    case Act::RecordMonitoring:
    case Act::RecordFollowUp: {
        // a treated case (the clock moves to its follow-up, and back for the next row)
        const qint64 id = cb::test::PathwayScenario::treatedCase(w, spec.act != Act::RecordPathway);
        cb::Status st = prepared(id != 0);
        if (id && spec.act == Act::RecordPathway)
            st = status(w.ws().pathway().recordStep(actor, id, cb::test::PathwayScenario::infusion()));
        if (id && spec.act == Act::RecordMonitoring)
            st = status(w.ws().monitoring().recordAssessment(
                actor, id,
                QJsonDocument::fromJson(R"({"time": "2026-12-25T08:00:00Z", "temperature_c": 37.2,
                    "hypotension": false, "vasopressors": [], "oxygen": {"device": "none", "flow_l_min": 0},
                    "ice_score": 10, "consciousness": "alert", "seizure": "none", "motor": "none",
                    "cerebral_edema": "none"})")
                    .object()));
        if (id && spec.act == Act::RecordFollowUp) {
            cb::services::FollowUpInput in;
            in.visit = QStringLiteral("day_28");
            in.response = QStringLiteral("cmr");
            st = status(w.ws().followUps().recordVisit(actor, id, in));
        }
        w.clock().set(cb::test::ReviewWorld::now());
        return st;
    }
    }
    return prepared(false);
}

qint64 TestPermissionMatrix::deniedRows(qint64 userId)
{
    return m_db->count(
        QStringLiteral("audit_event WHERE action = 'permission.denied' AND user_id = %1").arg(userId));
}

QString TestPermissionMatrix::lastDeniedAction(qint64 userId)
{
    const QVariant after = m_db->scalar(
        QStringLiteral(
            "SELECT after_json FROM audit_event WHERE action = 'permission.denied' AND user_id = %1 "
            "ORDER BY seq DESC")
            .arg(userId));
    return QJsonDocument::fromJson(after.toByteArray()).object().value(QStringLiteral("action")).toString();
}

void TestPermissionMatrix::shouldAllowExactlyTheRolesActsAndAuditEveryRefusal_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("act");
    QTest::addColumn<bool>("allowed");
    for (const RoleSpec& r : roles())
        for (int i = 0; i < acts().size(); ++i)
            QTest::addRow("%s %s %s", qPrintable(r.name),
                          r.allowed.contains(acts().at(i).id) ? "may" : "may not",
                          qPrintable(acts().at(i).id))
                << r.name << i << r.allowed.contains(acts().at(i).id);
}

void TestPermissionMatrix::shouldAllowExactlyTheRolesActsAndAuditEveryRefusal()
{
    QFETCH(QString, role);
    QFETCH(int, act);
    QFETCH(bool, allowed);
    const ActSpec& spec = acts().at(act);
    const cb::core::UserIdentity actor = m_actors.value(role);

    // GIVEN a user holding exactly this role and a case prepared for the act
    const qint64 deniedBefore = deniedRows(actor.id);

    // WHEN the user performs the act through the service
    const cb::Status st = perform(actor, spec);

    // THEN an allowed act succeeds and leaves no refusal in the audit trail ...
    QVERIFY2(!(st.error().code == cb::ErrorCode::Failure && st.error().message == QLatin1String("setup")),
             "the case could not be prepared");
    if (allowed) {
        QVERIFY2(st.ok(), qPrintable(st.error().message));
        QCOMPARE(deniedRows(actor.id), deniedBefore);
        return;
    }
    // ... and a refused one is PermissionDenied, audited once as permission.denied naming the act
    QVERIFY2(!st.ok(), "the act should have been refused");
    QCOMPARE(st.error().code, cb::ErrorCode::PermissionDenied);
    QVERIFY(!st.error().message.isEmpty());
    QCOMPARE(deniedRows(actor.id), deniedBefore + 1);
    QCOMPARE(lastDeniedAction(actor.id), spec.auditedAs);
}

QTEST_GUILESS_MAIN(TestPermissionMatrix)
#include "TestPermissionMatrix.moc"
