#pragma once

#include "core/Clock.h"
#include "core/Meeting.h"
#include "core/Result.h"
#include "core/UserIdentity.h"
#include "core/grading/GradingOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cb::storage {
class Database;
}

namespace cb::services {

// Program-wide settings stored in the database, typed. Changes are audited; clinical ones
// (quorum disciplines) and institution details only by an administrator.
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(cb::services::SettingsService)
public:
    enum class Key {
        InstitutionName,
        RequiredDisciplines,
        IdleLockMinutes,
        DemoDatabase,
        PaperSize,
        // The meeting attendance rule (SPEC §7.2 item 2): every discipline of AttendanceRequired
        // present, plus AttendanceAnyOfCount of AttendanceAnyOf; AttendanceBlocks "1" refuses a
        // verdict that misses it, "0" only records the shortfall with the verdict.
        AttendanceRequired,
        AttendanceAnyOf,
        AttendanceAnyOfCount,
        AttendanceBlocks,
        CoordinatorContact,    // printed on the outcome letter
        CaregiverRequirements, // the program's caregiver and proximity rules, on the outcome letter
        FollowUpSchedule,      // the follow-up visits generated at infusion
        InstitutionAddress,
        InstitutionPhone,
        // The [CONV] choices of the calculators (core::GradingOptionsJson): used by monitoring
        // and the pre-lymphodepletion CAR-HEMATOTOX; `cellboard-cli grade` keeps the SPEC defaults.
        GradingConventions,
        // The jurisdiction whose product labels HEM-01/02/03 are checked against (us_fda,
        // eu_ema, cn_nmpa; the ids of resources/checklists/product_labels.json).
        LabelJurisdiction,
        // Whether the board's verdict must be signed in a meeting whose agenda holds the case
        // ("true"), or a verdict outside a meeting is only recorded as such ("false", the default).
        MeetingRequired,
        // HL7 v2 lab results (INTAKE §8): the time zone of each sending facility (MSH-4) whose
        // timestamps carry no offset, a JSON object {"FACILITY": "IANA/Zone"}
        // (core::Hl7FacilityZones); a message that needs an unknown facility's zone is refused.
        Hl7FacilityTimeZones,
    };

    SettingsService(storage::Database& db, const core::Clock& clock) : m_db(db), m_clock(clock) {}

    static QString keyName(Key key);
    static QString defaultValue(Key key);

    // Whether a value is acceptable for a key, with a message the user can act on (what
    // setValue checks after the permission). The settings dialog checks every field first.
    static Status validate(Key key, const QString& value);

    QString value(Key key);
    Status setValue(const core::UserIdentity& actor, Key key, const QString& value);
    // Written by the system itself (demo marker), audited as the given actor.
    Status setSystemValue(const core::UserIdentity& actor, Key key, const QString& value);

    QString institutionName() { return value(Key::InstitutionName); }
    int idleLockMinutes();
    QString labelJurisdiction();
    bool isDemoDatabase() { return value(Key::DemoDatabase) == QLatin1String("1"); }
    QList<core::Discipline> requiredDisciplines();
    core::AttendanceRule attendanceRule();
    bool meetingRequiredForVerdict();
    // "true"/"false" for a yes/no value as typed (true, false, yes, no, 1, 0); empty when it is none.
    static QString booleanValue(const QString& typed);
    // The configured grading conventions (the SPEC defaults when unset or unreadable).
    core::GradingOptions gradingOptions();

private:
    Status write(const core::UserIdentity& actor, Key key, const QString& value);

    storage::Database& m_db;
    const core::Clock& m_clock;
};

} // namespace cb::services
