#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "services/ClinicalAct.h"

#include <QString>
#include <memory>

namespace cb::storage {
class Database;
}

namespace cb::services {

class AuditService;
class AuthService;
class CaseService;
class IntakeService;
class DecisionService;
class MeetingService;
class ReportService;
class FollowUpService;
class MonitoringService;
class PathwayService;
class ReviewService;
class SettingsService;
class UserService;

// The composition root of the services: one database connection, the clock, and the
// services that work on them. The GUI and the CLI each open one.
class Workspace
{
public:
    enum class OpenMode { MustExist, CreateIfMissing };

    ~Workspace();
    // Opens (and migrates) the database at urlText (a file path or postgresql://…).
    static Result<std::unique_ptr<Workspace>> open(const QString& urlText, OpenMode mode,
                                                   std::shared_ptr<const core::Clock> clock = nullptr);

    // Whether urlText is a database address CellBoard understands (without opening it), with
    // a message the user can act on; the settings dialog checks the next start's database.
    static Status checkAddress(const QString& urlText);

    storage::Database& database() { return *m_db; }
    // The permission question of an act (services::require): a front end asks it before it reads
    // the act's arguments, so a refusal comes first and is audited like the act's own.
    Status require(const core::UserIdentity& actor, const ActSpec& spec);
    const core::Clock& clock() const { return *m_clock; }
    QString displayUrl() const;
    bool isPostgres() const;
    int schemaVersion() const;
    // The backup taken before opening updated the schema (empty when none was needed).
    QString preMigrationBackup() const;

    AuthService& auth() { return *m_auth; }
    UserService& users() { return *m_users; }
    CaseService& cases() { return *m_cases; }
    IntakeService& intake() { return *m_intake; }
    AuditService& audit() { return *m_audit; }
    SettingsService& settings() { return *m_settings; }
    ReviewService& reviews() { return *m_reviews; }
    DecisionService& decisions() { return *m_decisions; }
    MeetingService& meetings() { return *m_meetings; }
    ReportService& reports() { return *m_reports; }
    PathwayService& pathway() { return *m_pathway; }
    MonitoringService& monitoring() { return *m_monitoring; }
    FollowUpService& followUps() { return *m_followUps; }

private:
    Workspace() = default;
    std::unique_ptr<storage::Database> m_db;
    std::shared_ptr<const core::Clock> m_clock;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<CaseService> m_cases;
    std::unique_ptr<IntakeService> m_intake;
    std::unique_ptr<AuditService> m_audit;
    std::unique_ptr<SettingsService> m_settings;
    std::unique_ptr<ReviewService> m_reviews;
    std::unique_ptr<DecisionService> m_decisions;
    std::unique_ptr<MeetingService> m_meetings;
    std::unique_ptr<ReportService> m_reports;
    std::unique_ptr<PathwayService> m_pathway;
    std::unique_ptr<MonitoringService> m_monitoring;
    std::unique_ptr<FollowUpService> m_followUps;
};

} // namespace cb::services
