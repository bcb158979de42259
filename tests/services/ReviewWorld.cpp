#include "ReviewWorld.h"

#include "core/CaseRecord.h"
#include "core/UserAccount.h"
#include "services/CaseService.h"
#include "services/PasswordHasher.h"
#include "services/SettingsService.h"
#include "services/Workspace.h"
#include "storage/UserRepository.h"
#include "support/TestWorkspace.h"

#include <QtGlobal>

namespace cb::test {

namespace {

QString cheapHash()
{
    static const QString hash = [] {
        auto h =
            services::PasswordHasher::hash(ReviewWorld::password(), services::PasswordHasher::Cost::Demo);
        if (!h.ok())
            qFatal("cannot hash the review test password: %s", qPrintable(h.error().message));
        return *h;
    }();
    return hash;
}

bool warnUnless(bool ok, const char* what, const Error& e)
{
    if (!ok)
        qWarning("ReviewWorld: %s: %s", what, qPrintable(e.message));
    return ok;
}

} // namespace

QDateTime ReviewWorld::now()
{
    return QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
}

QString ReviewWorld::password()
{
    return QStringLiteral("review-test-password");
}

std::unique_ptr<services::Workspace> ReviewWorld::open(const QString& url,
                                                       std::shared_ptr<const core::Clock> clock)
{
    auto ws =
        services::Workspace::open(url, services::Workspace::OpenMode::CreateIfMissing, std::move(clock));
    if (!ws.ok()) {
        qWarning("ReviewWorld: cannot open %s: %s", qPrintable(url), qPrintable(ws.error().message));
        return {};
    }
    return std::move(ws).value();
}

ReviewWorld::ReviewWorld(const QString& url) : m_clock(std::make_shared<core::ManualClock>(now()))
{
    m_ws = open(url, m_clock);
}

ReviewWorld::~ReviewWorld() = default;

core::UserIdentity ReviewWorld::addUser(const QString& username, const QList<core::Role>& roles,
                                        const QList<core::Discipline>& disciplines)
{
    core::UserAccount account;
    account.identity.username = username;
    account.identity.printedName = QStringLiteral("Dr ") + username;
    account.identity.roles = roles;
    account.identity.disciplines = disciplines;
    account.createdAt = now();
    auto id = storage::UserRepository(m_ws->database()).insert(account, cheapHash());
    if (!warnUnless(id.ok(), "addUser", id.error()))
        return {};
    account.identity.id = *id;
    return account.identity;
}

core::UserIdentity ReviewWorld::specialist(core::Discipline d)
{
    const QString name = QStringLiteral("fx_") + core::toId(d);
    if (!m_cast.contains(name))
        m_cast.insert(name, addUser(name, {core::Role::Specialist}, {d}));
    return m_cast.value(name);
}

core::UserIdentity ReviewWorld::chair()
{
    const QString name = QStringLiteral("fx_chair");
    if (!m_cast.contains(name))
        m_cast.insert(name, addUser(name, {core::Role::BoardChair}, {core::Discipline::Hematology}));
    return m_cast.value(name);
}

core::UserIdentity ReviewWorld::coordinator()
{
    const QString name = QStringLiteral("fx_coordinator");
    if (!m_cast.contains(name))
        m_cast.insert(name, addUser(name, {core::Role::Coordinator}));
    return m_cast.value(name);
}

qint64 ReviewWorld::newCase(core::CaseState state)
{
    return newCase(core::Indication::LargeBCellLymphoma, {}, state);
}

qint64 ReviewWorld::newCase(core::Indication indication, const QString& product, core::CaseState state)
{
    core::CaseRecord r;
    r.patient.mrn = QStringLiteral("RV-%1").arg(++m_cases, 4, 10, QLatin1Char('0'));
    r.patient.familyName = QStringLiteral("Test");
    r.patient.givenName = QStringLiteral("Patient %1").arg(m_cases);
    r.patient.birthDate = QDate(1961, 4, 2);
    r.indication = indication;
    r.intendedProduct = product;
    r.referralDate = now().date().addDays(-10);
    auto id = cb::test::registerReferral(*m_ws, coordinator(), r);
    if (!warnUnless(id.ok(), "registerReferral", id.error()))
        return 0;
    if (state == core::CaseState::Referred)
        return *id;
    auto st = m_ws->cases().moveCase(coordinator(), *id, core::CaseState::WorkUp);
    return warnUnless(st.ok(), "moveCase", st.error()) ? *id : 0;
}

bool ReviewWorld::recordOpinion(qint64 caseId, core::Discipline d, const QJsonObject& answers,
                                core::Recommendation r)
{
    services::OpinionInput in;
    in.answers = answers;
    in.recommendation = r;
    if (r == core::Recommendation::SupportsWithConditions)
        in.conditions = QStringLiteral("Conditions as discussed.");
    auto o = m_ws->reviews().recordOpinion(specialist(d), caseId, d, in);
    return warnUnless(o.ok(), "recordOpinion", o.error());
}

bool ReviewWorld::signOpinion(qint64 caseId, core::Discipline d)
{
    auto o = m_ws->reviews().signOpinion(specialist(d), caseId, d, password());
    return warnUnless(o.ok(), "signOpinion", o.error());
}

bool ReviewWorld::signAllRequired(qint64 caseId, const QHash<core::Discipline, QJsonObject>& answers)
{
    for (const core::Discipline d : m_ws->settings().requiredDisciplines())
        if (!recordOpinion(caseId, d, answers.value(d)) || !signOpinion(caseId, d))
            return false;
    return true;
}

qint64 ReviewWorld::readyCase()
{
    const qint64 id = newCase();
    return id && signAllRequired(id) ? id : 0;
}

services::DecisionInput ReviewWorld::eligible()
{
    services::DecisionInput in;
    in.verdict = core::Verdict::Eligible;
    in.rationale = QStringLiteral("Fit for CAR-T; concerns discussed.");
    in.product = QStringLiteral("axi-cel");
    return in;
}

bool ReviewWorld::recordDecision(qint64 caseId, const services::DecisionInput& input)
{
    auto d = m_ws->decisions().recordDecision(chair(), caseId, input);
    return warnUnless(d.ok(), "recordDecision", d.error());
}

bool ReviewWorld::signDecision(qint64 caseId)
{
    auto d = m_ws->decisions().signDecision(chair(), caseId, password());
    return warnUnless(d.ok(), "signDecision", d.error());
}

} // namespace cb::test
