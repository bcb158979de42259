#include "services/Workspace.h"

#include "services/AuditAnchor.h"
#include "services/AuditService.h"
#include "services/AuthService.h"
#include "services/CaseService.h"
#include "services/DecisionService.h"
#include "services/FollowUpService.h"
#include "services/IntakeService.h"
#include "services/MeetingService.h"
#include "services/MonitoringService.h"
#include "services/PathwayService.h"
#include "services/ReportService.h"
#include "services/ReviewService.h"
#include "services/SettingsService.h"
#include "services/UserService.h"
#include "storage/Database.h"

namespace cb::services {

Workspace::~Workspace()
{
    // services refer to the database: destroy them first
    m_reports.reset();
    m_followUps.reset();
    m_monitoring.reset();
    m_pathway.reset();
    m_decisions.reset();
    m_meetings.reset();
    m_reviews.reset();
    m_settings.reset();
    m_audit.reset();
    m_cases.reset();
    m_intake.reset();
    m_users.reset();
    m_auth.reset();
    m_db.reset();
}

Status Workspace::checkAddress(const QString& urlText)
{
    auto url = storage::DatabaseUrl::parse(urlText);
    if (!url.ok())
        return url.error();
    return {};
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& urlText, OpenMode mode,
                                                   std::shared_ptr<const core::Clock> clock)
{
    auto url = storage::DatabaseUrl::parse(urlText);
    if (!url.ok())
        return url.error();
    auto db = storage::Database::open(*url, mode == OpenMode::CreateIfMissing
                                                ? storage::Database::OpenMode::CreateIfMissing
                                                : storage::Database::OpenMode::MustExist);
    if (!db.ok())
        return db.error();
    const bool created = (*db)->schemaVersion() == 0;
    if (auto st = (*db)->migrate(); !st.ok())
        return st.error();
    // a database made anew where another was: this workstation's checkpoint of that one is void
    if (created)
        AuditAnchor::forgetAnchor((*db)->url());
    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_db = std::move(db).value();
    ws->m_clock = clock ? std::move(clock) : std::make_shared<core::SystemClock>();
    ws->m_auth = std::make_unique<AuthService>(*ws->m_db, *ws->m_clock);
    ws->m_users = std::make_unique<UserService>(*ws->m_db, *ws->m_clock);
    ws->m_cases = std::make_unique<CaseService>(*ws->m_db, *ws->m_clock);
    ws->m_intake = std::make_unique<IntakeService>(*ws->m_db, *ws->m_clock);
    ws->m_audit = std::make_unique<AuditService>(*ws->m_db);
    ws->m_settings = std::make_unique<SettingsService>(*ws->m_db, *ws->m_clock);
    ws->m_reviews = std::make_unique<ReviewService>(*ws->m_db, *ws->m_clock, *ws->m_settings);
    ws->m_meetings =
        std::make_unique<MeetingService>(*ws->m_db, *ws->m_clock, *ws->m_settings, *ws->m_reviews);
    ws->m_decisions =
        std::make_unique<DecisionService>(*ws->m_db, *ws->m_clock, *ws->m_reviews, *ws->m_meetings);
    ws->m_reports = std::make_unique<ReportService>(*ws->m_db, *ws->m_clock, *ws->m_settings, *ws->m_reviews);
    ws->m_pathway = std::make_unique<PathwayService>(*ws->m_db, *ws->m_clock, *ws->m_settings);
    ws->m_monitoring = std::make_unique<MonitoringService>(*ws->m_db, *ws->m_clock, *ws->m_settings);
    ws->m_followUps = std::make_unique<FollowUpService>(*ws->m_db, *ws->m_clock, *ws->m_settings);
    return ws;
}

Status Workspace::require(const core::UserIdentity& actor, const ActSpec& spec)
{
    return services::require(*m_db, *m_clock, actor, spec);
}

QString Workspace::displayUrl() const
{
    return m_db->url().display();
}

bool Workspace::isPostgres() const
{
    return m_db->isPostgres();
}

} // namespace cb::services

namespace cb::services {

int Workspace::schemaVersion() const
{
    return m_db->schemaVersion();
}

QString Workspace::preMigrationBackup() const
{
    return m_db->preMigrationBackup();
}

} // namespace cb::services
