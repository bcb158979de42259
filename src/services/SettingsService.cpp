#include "services/SettingsService.h"

#include "core/PermissionPolicy.h"
#include "core/exchange/Hl7FacilityZones.h"
#include "core/grading/GradingOptionsJson.h"
#include "core/pathway/FollowUpSchedule.h"
#include "services/AuditTrail.h"
#include "services/ChecklistCatalog.h"
#include "storage/SettingRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
constexpr int kMaxDetailLength = 300;
}

namespace cb::services {

QString SettingsService::keyName(Key key)
{
    switch (key) {
    case Key::InstitutionName:
        return QStringLiteral("institution.name");
    case Key::RequiredDisciplines:
        return QStringLiteral("review.required_disciplines");
    case Key::IdleLockMinutes:
        return QStringLiteral("session.idle_lock_minutes");
    case Key::DemoDatabase:
        return QStringLiteral("database.demo");
    case Key::PaperSize:
        return QStringLiteral("report.paper_size");
    case Key::AttendanceRequired:
        return QStringLiteral("meeting.attendance_required");
    case Key::AttendanceAnyOf:
        return QStringLiteral("meeting.attendance_any_of");
    case Key::AttendanceAnyOfCount:
        return QStringLiteral("meeting.attendance_any_of_count");
    case Key::AttendanceBlocks:
        return QStringLiteral("meeting.attendance_blocks_verdict");
    case Key::CoordinatorContact:
        return QStringLiteral("report.coordinator_contact");
    case Key::CaregiverRequirements:
        return QStringLiteral("report.caregiver_requirements");
    case Key::FollowUpSchedule:
        return QStringLiteral("follow_up.schedule");
    case Key::InstitutionAddress:
        return QStringLiteral("institution.address");
    case Key::InstitutionPhone:
        return QStringLiteral("institution.phone");
    case Key::GradingConventions:
        return QStringLiteral("grading.conventions");
    case Key::LabelJurisdiction:
        return QStringLiteral("checklist.label_jurisdiction");
    case Key::MeetingRequired:
        return QStringLiteral("meeting.required_for_verdict");
    case Key::Hl7FacilityTimeZones:
        return QStringLiteral("hl7.facility_time_zones");
    }
    return {};
}

QString SettingsService::defaultValue(Key key)
{
    switch (key) {
    case Key::InstitutionName:
        return QStringLiteral("CAR-T Cell Therapy Program");
    case Key::RequiredDisciplines: {
        QStringList ids;
        for (auto d : core::coreDisciplines())
            ids << core::toId(d);
        return ids.join(QLatin1Char(','));
    }
    case Key::IdleLockMinutes:
        return QStringLiteral("15");
    case Key::DemoDatabase:
        return QStringLiteral("0");
    case Key::PaperSize:
        return QStringLiteral("a4");
    // One published suggestion (SPEC §7.2, [CONV]): the CAR-T hematologist chairing, the nurse or
    // coordinator, and at least two of the other specialties.
    case Key::AttendanceRequired:
        return QStringLiteral("hematology,nursing");
    case Key::AttendanceAnyOf:
        return QStringLiteral("cardiology,neurology,pulmonology,icu,infectious_disease,pharmacy");
    case Key::AttendanceAnyOfCount:
        return QStringLiteral("2");
    case Key::AttendanceBlocks:
        return QStringLiteral("0");
    case Key::CoordinatorContact:
        return QStringLiteral("The CAR-T coordinator of the program, through the hospital switchboard");
    case Key::CaregiverRequirements:
        // EBMT/JACIE 2020 (SPEC S6 p.77, NUR-01/NUR-02): the program changes it when it adopts other rules
        return QStringLiteral(
            "A caregiver must be with the patient at all times for at least 4 weeks after the "
            "infusion. For those 4 weeks the patient stays within 60 minutes of the treating "
            "centre, and does not drive or operate machinery for 8 weeks.");
    case Key::FollowUpSchedule:
        return core::FollowUpSchedule::defaultText();
    case Key::GradingConventions:
        return core::GradingOptionsJson::toText(core::GradingOptions{});
    case Key::LabelJurisdiction:
        return ChecklistCatalog::defaultJurisdiction();
    case Key::MeetingRequired:
        return QStringLiteral("false");
    case Key::Hl7FacilityTimeZones:
        return QStringLiteral("{}");
    case Key::InstitutionAddress:
    case Key::InstitutionPhone:
        return {};
    }
    return {};
}

QString SettingsService::value(Key key)
{
    auto v = storage::SettingRepository(m_db).value(keyName(key));
    if (!v.ok() || !v->has_value())
        return defaultValue(key);
    return **v;
}

int SettingsService::idleLockMinutes()
{
    bool ok = false;
    const int m = value(Key::IdleLockMinutes).toInt(&ok);
    return ok && m > 0 ? m : defaultValue(Key::IdleLockMinutes).toInt();
}

core::AttendanceRule SettingsService::attendanceRule()
{
    auto list = [this](Key key) {
        QList<core::Discipline> out;
        for (const QString& id : value(key).split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (auto d = core::fromId(core::disciplines(), id))
                out << *d;
        return out;
    };
    core::AttendanceRule rule;
    rule.required = list(Key::AttendanceRequired);
    rule.anyOf = list(Key::AttendanceAnyOf);
    rule.anyOfCount = qMax(0, value(Key::AttendanceAnyOfCount).toInt());
    rule.blocksVerdict = value(Key::AttendanceBlocks) == QLatin1String("1");
    rule.meetingRequired = meetingRequiredForVerdict();
    return rule;
}

bool SettingsService::meetingRequiredForVerdict()
{
    return booleanValue(value(Key::MeetingRequired)) == QLatin1String("true");
}

QString SettingsService::booleanValue(const QString& typed)
{
    const QString t = typed.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1"))
        return QStringLiteral("true");
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("0"))
        return QStringLiteral("false");
    return {};
}

QString SettingsService::labelJurisdiction()
{
    const QString id = value(Key::LabelJurisdiction);
    return validate(Key::LabelJurisdiction, id).ok() ? id : defaultValue(Key::LabelJurisdiction);
}

core::GradingOptions SettingsService::gradingOptions()
{
    auto parsed = core::GradingOptionsJson::parse(value(Key::GradingConventions));
    return parsed.ok() ? *parsed : core::GradingOptions{};
}

QList<core::Discipline> SettingsService::requiredDisciplines()
{
    QList<core::Discipline> out;
    for (const QString& id : value(Key::RequiredDisciplines).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (auto d = core::fromId(core::disciplines(), id))
            out << *d;
    return out.isEmpty() ? core::coreDisciplines() : out;
}

Status SettingsService::setValue(const core::UserIdentity& actor, Key key, const QString& value)
{
    if (auto st = core::PermissionPolicy::check(actor, core::Action::ChangeSettings); !st.ok())
        return AuditTrail(m_db, m_clock)
            .recordDenial(actor, st, QStringLiteral("setting.set"), QStringLiteral("setting"), keyName(key));
    if (auto st = validate(key, value); !st.ok())
        return st;
    if (key == Key::GradingConventions) // stored complete and compact: every convention named
        return write(actor, key, core::GradingOptionsJson::toText(*core::GradingOptionsJson::parse(value)));
    if (key == Key::MeetingRequired) // stored as true or false, however it was typed
        return write(actor, key, booleanValue(value));
    return write(actor, key, value.trimmed());
}

Status SettingsService::validate(Key key, const QString& value)
{
    switch (key) {
    case Key::IdleLockMinutes: {
        bool ok = false;
        const int m = value.toInt(&ok);
        if (!ok || m < 1 || m > 240)
            return Error::badInput(tr("The idle lock time is 1 to 240 minutes."));
        break;
    }
    case Key::RequiredDisciplines: {
        const QStringList ids = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (ids.isEmpty())
            return Error::badInput(tr("At least one discipline must be required for the quorum."));
        for (const QString& id : ids)
            if (!core::fromId(core::disciplines(), id))
                return Error::badInput(tr("Unknown discipline \"%1\".").arg(id));
        break;
    }
    case Key::PaperSize:
        if (value != QLatin1String("a4") && value != QLatin1String("letter"))
            return Error::badInput(tr("The paper size is a4 or letter."));
        break;
    case Key::CoordinatorContact:
    case Key::CaregiverRequirements:
    case Key::InstitutionName:
        if (value.trimmed().isEmpty())
            return Error::badInput(key == Key::InstitutionName ? tr("The institution name cannot be empty.")
                                                               : tr("This setting cannot be empty."));
        break;
    case Key::DemoDatabase:
        return Error::badInput(tr("The demo marker is set by \"cellboard-cli init --demo\" only."));
    case Key::AttendanceRequired:
    case Key::AttendanceAnyOf:
        for (const QString& id : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!core::fromId(core::disciplines(), id))
                return Error::badInput(tr("Unknown discipline \"%1\".").arg(id));
        break;
    case Key::AttendanceAnyOfCount: {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < 0 || n > int(core::disciplines().size()))
            return Error::badInput(tr("The number of other specialties is a whole number from 0 to %1.")
                                       .arg(core::disciplines().size()));
        break;
    }
    case Key::AttendanceBlocks:
        if (value != QLatin1String("0") && value != QLatin1String("1"))
            return Error::badInput(
                tr("Say 1 when a missed attendance rule blocks the verdict, 0 when it is only "
                   "recorded."));
        break;
    case Key::FollowUpSchedule:
        if (auto s = core::FollowUpSchedule::parse(value); !s.ok())
            return s.error();
        break;
    case Key::GradingConventions:
        if (auto o = core::GradingOptionsJson::parse(value); !o.ok())
            return o.error();
        break;
    case Key::LabelJurisdiction: {
        const core::ProductLabelRules* labels = ChecklistCatalog::instance().labels();
        QStringList ids = labels ? labels->catalog().jurisdictions.keys() : QStringList{};
        ids.sort();
        if (!ids.contains(value.trimmed()))
            return Error::badInput(tr("Unknown label jurisdiction \"%1\"; expected one of %2.")
                                       .arg(value.trimmed(), ids.join(QStringLiteral(", "))));
        break;
    }
    case Key::MeetingRequired:
        if (booleanValue(value).isEmpty())
            return Error::badInput(
                tr("Say true when the verdict must be signed in a meeting, false when a verdict outside "
                   "a meeting is only recorded as such."));
        break;
    case Key::Hl7FacilityTimeZones:
        if (auto z = core::Hl7FacilityZones::parse(value); !z.ok())
            return z.error();
        break;
    case Key::InstitutionAddress:
        if (value.trimmed().size() > kMaxDetailLength)
            return Error::badInput(tr("Keep institution details under %1 characters.").arg(kMaxDetailLength));
        break;
    case Key::InstitutionPhone: {
        static const QRegularExpression phone(QStringLiteral("^[0-9+()\\-./ ]{3,40}$"));
        const QString t = value.trimmed();
        if (!t.isEmpty() && !phone.match(t).hasMatch())
            return Error::badInput(tr("A telephone number holds digits, spaces and + ( ) - . / only, e.g. "
                                      "+86 21 5555 0100."));
        break;
    }
    }
    return {};
}

Status SettingsService::setSystemValue(const core::UserIdentity& actor, Key key, const QString& value)
{
    return write(actor, key, value);
}

Status SettingsService::write(const core::UserIdentity& actor, Key key, const QString& value)
{
    const QString before = this->value(key);
    storage::Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    if (auto st = storage::SettingRepository(m_db).setValue(keyName(key), value); !st.ok())
        return st;
    if (auto st =
            AuditTrail(m_db, m_clock)
                .record(actor, QStringLiteral("setting.change"), QStringLiteral("setting"), keyName(key),
                        {{QStringLiteral("value"), before}}, {{QStringLiteral("value"), value}});
        !st.ok())
        return st;
    return tx.commit();
}

} // namespace cb::services
