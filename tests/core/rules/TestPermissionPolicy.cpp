// Who may do what (DESIGN.md §1): every role against every action.

#include "core/PermissionPolicy.h"

#include <QTest>

using namespace cb::core;

namespace {
UserIdentity user(QList<Role> roles, QList<Discipline> disciplines = {})
{
    UserIdentity u;
    u.id = 7;
    u.username = QStringLiteral("u");
    u.roles = std::move(roles);
    u.disciplines = std::move(disciplines);
    return u;
}
} // namespace

class TestPermissionPolicy : public QObject
{
    Q_OBJECT
private slots:
    void shouldGrantExactlyTheDesignedRights_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("discipline"); // -1: none
        QTest::addColumn<bool>("allowed");
        struct Who
        {
            const char* name;
            UserIdentity u;
        };
        const QList<Who> people{
            {"administrator", user({Role::Administrator})},
            {"coordinator", user({Role::Coordinator})},
            {"cardiologist", user({Role::Specialist}, {Discipline::Cardiology})},
            {"chair", user({Role::BoardChair, Role::Specialist}, {Discipline::Hematology})},
            {"viewer", user({Role::Viewer})},
        };
        const QList<Action> actions{Action::ReadCases,      Action::EditCaseData,   Action::CloseCase,
                                    Action::RecordOpinion,  Action::SignOpinion,    Action::RecordDecision,
                                    Action::SignDecision,   Action::ManageMeetings, Action::ManageUsers,
                                    Action::ChangeSettings, Action::RecordPathway,  Action::RecordMonitoring,
                                    Action::RecordFollowUp};
        auto expected = [](const QString& who, Action a, int d) {
            const bool opinion = a == Action::RecordOpinion || a == Action::SignOpinion;
            const bool treatment =
                a == Action::RecordPathway || a == Action::RecordMonitoring || a == Action::RecordFollowUp;
            if (who == QLatin1String("administrator"))
                return a == Action::ManageUsers || a == Action::ChangeSettings;
            if (who == QLatin1String("viewer"))
                return a == Action::ReadCases;
            if (who == QLatin1String("coordinator"))
                return a == Action::ReadCases || a == Action::EditCaseData || a == Action::CloseCase ||
                       a == Action::ManageMeetings || treatment;
            if (who == QLatin1String("cardiologist"))
                return a == Action::ReadCases || treatment || (opinion && d == int(Discipline::Cardiology));
            // chair (and hematologist)
            return a == Action::ReadCases || a == Action::EditCaseData || a == Action::CloseCase ||
                   a == Action::ManageMeetings || a == Action::RecordDecision || a == Action::SignDecision ||
                   treatment || (opinion && d == int(Discipline::Hematology));
        };
        for (const auto& p : people)
            for (const Action a : actions) {
                const bool opinion = a == Action::RecordOpinion || a == Action::SignOpinion;
                const QList<int> ds = opinion ? QList<int>{0, 1, 2, 3, 4, 5} : QList<int>{-1};
                for (const int d : ds)
                    QTest::newRow(qPrintable(QStringLiteral("%1 %2 %3")
                                                 .arg(QLatin1String(p.name), actionId(a),
                                                      d < 0 ? QString() : toId(Discipline(d)))))
                        << QString::fromLatin1(p.name) << int(a) << d
                        << expected(QString::fromLatin1(p.name), a, d);
            }
    }
    void shouldGrantExactlyTheDesignedRights()
    {
        QFETCH(QString, who);
        QFETCH(int, action);
        QFETCH(int, discipline);
        QFETCH(bool, allowed);
        static const QHash<QString, UserIdentity> people{
            {QStringLiteral("administrator"), user({Role::Administrator})},
            {QStringLiteral("coordinator"), user({Role::Coordinator})},
            {QStringLiteral("cardiologist"), user({Role::Specialist}, {Discipline::Cardiology})},
            {QStringLiteral("chair"), user({Role::BoardChair, Role::Specialist}, {Discipline::Hematology})},
            {QStringLiteral("viewer"), user({Role::Viewer})},
        };
        const auto d = discipline < 0 ? std::nullopt : std::optional(Discipline(discipline));
        QCOMPARE(PermissionPolicy::allows(people.value(who), Action(action), d), allowed);
        const auto st = PermissionPolicy::check(people.value(who), Action(action), d);
        QCOMPARE(st.ok(), allowed);
        if (!allowed) {
            QCOMPARE(st.error().code, cb::ErrorCode::PermissionDenied);
            QVERIFY(!st.error().message.isEmpty());
        }
    }

    void shouldRefuseAnonymousUsersAsNotAuthenticated()
    {
        const auto st = PermissionPolicy::check(UserIdentity{}, Action::ReadCases);
        QCOMPARE(st.error().code, cb::ErrorCode::NotAuthenticated);
    }
};

QTEST_GUILESS_MAIN(TestPermissionPolicy)
#include "TestPermissionPolicy.moc"
