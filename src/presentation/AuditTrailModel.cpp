#include "presentation/AuditTrailModel.h"

#include "core/Meeting.h"
#include "core/Review.h"
#include "core/Vocabulary.h"
#include "core/pathway/FollowUpSchedule.h"
#include "core/pathway/PathwayVocabulary.h"
#include "core/pathway/ResponseCriteria.h"
#include "presentation/ClinicalLabels.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <algorithm>

namespace cb::presentation {

namespace {

QJsonObject objectOf(const QString& json)
{
    if (json.isEmpty())
        return {};
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// A stable id and its words (translated in the AuditTrailModel context).
struct KeyName
{
    const char* key;
    const char* label;
};

// Stable ids of states and close reasons read as their labels; anything else as written.
QString valueLabel(const QString& key, const QJsonValue& value)
{
    const QString text = value.isString() ? value.toString() : value.toVariant().toString();
    if (key == QLatin1String("state"))
        if (auto s = core::fromId(core::caseStates(), text))
            return core::label(*s);
    if (key == QLatin1String("close_reason"))
        if (auto r = core::fromId(core::closeReasons(), text))
            return core::label(*r);
    if (key == QLatin1String("indication"))
        if (auto i = core::fromId(core::indications(), text))
            return core::label(*i);
    if (key == QLatin1String("code"))
        return ClinicalLabels::observationLabel(text);
    if (key == QLatin1String("why")) {
        static const KeyName kWhy[] = {
            {"review_quorum_met",
             QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "the review quorum was met")},
            {"unknown_user", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "unknown user name")},
            {"disabled", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "account disabled")},
            {"wrong_password", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "wrong password")},
        };
        for (const KeyName& w : kWhy)
            if (text == QLatin1String(w.key))
                return QCoreApplication::translate("cb::presentation::AuditTrailModel", w.label);
    }
    if (key == QLatin1String("verdict"))
        if (auto v = core::fromId(core::verdicts(), text))
            return core::label(*v);
    if (key == QLatin1String("unit") || key == QLatin1String("entered_unit"))
        return ClinicalLabels::unitLabel(text);
    if (key == QLatin1String("discipline"))
        if (auto d = core::fromId(core::disciplines(), text))
            return core::label(*d);
    if (key == QLatin1String("recommendation"))
        if (auto r = core::fromId(core::recommendations(), text))
            return core::label(*r);
    if (key == QLatin1String("provenance") && text == QLatin1String("demo"))
        return QCoreApplication::translate("cb::presentation::AuditTrailModel", "demo program");
    if (key == QLatin1String("urgency")) {
        if (text == QLatin1String("routine"))
            return QCoreApplication::translate("cb::presentation::AuditTrailModel", "routine");
        if (text == QLatin1String("urgent"))
            return QCoreApplication::translate("cb::presentation::AuditTrailModel", "urgent");
        if (text == QLatin1String("emergency"))
            return QCoreApplication::translate("cb::presentation::AuditTrailModel", "emergency");
    }
    if (key == QLatin1String("by")) { // what moved a case: an act, a pathway step or a follow-up visit
        static const KeyName kActs[] = {
            {"case.move", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "a lifecycle step")},
            {"case.start_work_up",
             QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "the start of the work-up")},
            {"case.reopen", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "reopening the case")},
            {"decision.sign", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "the signed verdict")},
            {"opinion.sign", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "a signed opinion")},
            {"opinion.record", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "a recorded opinion")},
            {"opinion.amend", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "an amended opinion")},
            {"record.changed",
             QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "a change of the record")},
        };
        for (const KeyName& a : kActs)
            if (text == QLatin1String(a.key))
                return QCoreApplication::translate("cb::presentation::AuditTrailModel", a.label);
        if (text == QLatin1String("pathway.void"))
            return QCoreApplication::translate("cb::presentation::AuditTrailModel", "a voided pathway step");
        if (text == QLatin1String("follow_up.record"))
            return QCoreApplication::translate("cb::presentation::AuditTrailModel", "a follow-up visit");
        if (text.startsWith(QLatin1String("pathway.")))
            if (auto e = core::fromId(core::pathwayEventTypes(), text.mid(8)))
                return QCoreApplication::translate("cb::presentation::AuditTrailModel", "the %1 step")
                    .arg(core::label(*e));
    }
    if (key == QLatin1String("event"))
        if (auto e = core::fromId(core::pathwayEventTypes(), text))
            return core::label(*e);
    if (key == QLatin1String("mrd"))
        if (auto m = core::fromId(core::mrdStatuses(), text))
            return core::label(*m);
    if (key == QLatin1String("visit"))
        return core::FollowUpSchedule::visitLabel(text);
    if (key == QLatin1String("schedule"))
        if (auto plan = core::FollowUpSchedule::parse(text); plan.ok())
            return plan->describe();
    if (key == QLatin1String("response"))
        for (const auto scheme :
             {core::ResponseScheme::Imwg2016, core::ResponseScheme::Lugano2014, core::ResponseScheme::BAll})
            if (core::ResponseCriteria::isCategory(scheme, text))
                return core::ResponseCriteria::label(scheme, text);
    if (key == QLatin1String("presence"))
        if (auto p = core::fromId(core::presences(), text))
            return core::label(*p);
    if (key == QLatin1String("type"))
        if (auto t = core::fromId(core::meetingTypes(), text))
            return core::label(*t);
    if (key == QLatin1String("mode"))
        if (auto m = core::fromId(core::meetingModes(), text))
            return core::label(*m);
    if (key == QLatin1String("source") && text == QLatin1String("demo"))
        return QCoreApplication::translate("cb::presentation::AuditTrailModel", "demo program");
    if (value.isBool())
        return value.toBool() ? QCoreApplication::translate("cb::presentation::AuditTrailModel", "yes")
                              : QCoreApplication::translate("cb::presentation::AuditTrailModel", "no");
    return text;
}

// Audit record keys (stable, English in the database) as the reader's words; in English the key
// itself with spaces.
const KeyName kKeyNames[] = {
    {"state", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "state")},
    {"subtype", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "subtype")},
    {"urgency", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "urgency")},
    {"was_closed_for", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "closed for")},
    {"case_id", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "case id")},
    {"comparator", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "comparator")},
    {"entered_unit", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "entered unit")},
    {"entered_value", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "entered value")},
    {"id", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "id")},
    {"provenance", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "provenance")},
    {"recorded_at", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "recorded at")},
    {"row_version", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "row version")},
    {"cns", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "CNS")},
    {"cytogenetics", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "cytogenetics")},
    {"cytogenetics_note", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "cytogenetics note")},
    {"diagnosis", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "diagnosis")},
    {"diagnosis_date", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "diagnosis date")},
    {"ann_arbor", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "Ann Arbor stage")},
    {"iss", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "ISS")},
    {"r_iss", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "R-ISS")},
    {"staging", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "staging")},
    {"extramedullary", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "extramedullary disease")},
    {"bulky", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "bulky disease")},
    {"ph_status", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "Ph status")},
    {"cns_status", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "CNS status")},
    {"prior_lines", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "prior lines")},
    {"prior_bcma", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "prior BCMA therapy")},
    {"prior_car_t", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "prior CAR-T")},
    {"triple_class_exposed", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "triple-class exposed")},
    {"triple_class_refractory",
     QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "triple-class refractory")},
    {"penta_exposed", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "penta-exposed")},
    {"penta_refractory", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "penta-refractory")},
    {"exposed_classes", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "exposed classes")},
    {"lenalidomide_refractory",
     QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "lenalidomide refractory")},
    {"birth_date", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "birth date")},
    {"sex", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "sex")},
    {"family_name", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "family name")},
    {"given_name", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "given name")},
    {"identifiers", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "identifiers")},
    {"referrer", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "referrer")},
    {"merged_into", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "merged into")},
    {"display_name", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "name")},
    {"observations", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "observations")},
    {"regimens", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "regimens")},
    {"best_response", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "best response")},
    {"conditioning", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "conditioning")},
    {"donor", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "donor")},
    {"gvhd", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "GVHD")},
    {"notes", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "notes")},
    {"drug_classes", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "drug classes")},
    {"drugs", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "drugs")},
    {"intent", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "intent")},
    {"line_number", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "line")},
    {"regimen", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "regimen")},
    {"start", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "start")},
    {"stop", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "stop")},
    {"reason_stopped", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "reason stopped")},
    {"progression_date", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "progression date")},
    {"refractory", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "refractory")},
    {"response_scheme", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "response criteria")},
    {"correction_reason", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "correction reason")},
    {"precision", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "precision")},
    {"estimated", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "estimated")},
    {"days_since_allo", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "days since allo-HCT")},
    {"target_antigen", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "target antigen")},
    {"method", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "method")},
    {"text", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "text")},
    {"sites", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "sites")},
    {"why", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "why")},
    {"version", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "version")},
    {"verdict", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "verdict")},
    {"failed_attempts", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "failed attempts")},
    {"discipline", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "discipline")},
    {"value", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "value")},
    {"signature_id", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "signature id")},
    {"locked_until", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "locked until")},
    {"indication", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "indication")},
    {"disabled", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "disabled")},
    {"count", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "count")},
    {"username", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "username")},
    {"unit", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "unit")},
    {"status", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "status")},
    {"source", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "source")},
    {"signer", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "signer")},
    {"sent_at", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "sent at")},
    {"rule", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "rule")},
    {"roles", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "roles")},
    {"recommendation", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "recommendation")},
    {"printed_name", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "printed name")},
    {"owner", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "owner")},
    {"override", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "override")},
    {"opinions", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "opinions")},
    {"opinion_id", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "opinion id")},
    {"open", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "open")},
    {"observed_on", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "observed on")},
    {"must_change_password", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "must change password")},
    {"met", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "met")},
    {"due", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "due")},
    {"dissent_id", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "dissent id")},
    {"disciplines", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "disciplines")},
    {"contraindications", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "contraindications")},
    {"concerns", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "concerns")},
    {"code", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "code")},
    {"close_reason", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "close reason")},
    {"action", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "action")},
    {"reason", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "reason")},
    {"detail", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "detail")},
    {"assessment_id", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "assessment id")},
    {"attendance", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "attendance")},
    {"audit_seq", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "audit entry")},
    {"by", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "by")},
    {"content_sha256", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "content SHA-256")},
    {"crs_grade", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "CRS grade")},
    {"date", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "date")},
    {"day", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "day")},
    {"document", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "document")},
    {"done_date", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "done on")},
    {"draft", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "draft")},
    {"due_only", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "due only")},
    {"duration_minutes", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "duration (min)")},
    {"end_date", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "end date")},
    {"event", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "step")},
    {"event_id", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "step id")},
    {"excluded", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "excluded")},
    {"final", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "final")},
    {"fingerprint", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "fingerprint")},
    {"format", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "format")},
    {"hematotox_score", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "CAR-HEMATOTOX score")},
    {"icans_grade", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "ICANS grade")},
    {"infusion_date", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "infusion date")},
    {"infusion_event_id", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "infusion step id")},
    {"kind", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "kind")},
    {"mode", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "mode")},
    {"mrd", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "MRD")},
    {"patient_id", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "patient id")},
    {"position", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "position")},
    {"presence", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "presence")},
    {"response", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "response")},
    {"rule_version", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "rule version")},
    {"schedule", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "schedule")},
    {"sha256", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "SHA-256")},
    {"slot_minutes", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "slot (min)")},
    {"starts_at", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "starts at")},
    {"target", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "target")},
    {"time", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "time")},
    {"type", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "type")},
    {"user_id", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "user id")},
    {"visit", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "visit")},
    {"visits", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "visits")},
    {"voided", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "voided")},
    {"supersedes", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "supersedes")},
    {"superseded_by", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "superseded by")},
    {"void_reason", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "void reason")},
    {"meeting_id", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "meeting id")},
    {"decision_id", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "decision id")},
    {"action_id", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "action id")},
    {"presenter", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "presenter")},
    {"ice_score", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "ICE score")},
    {"temperature_c", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "temperature (°C)")},
    {"conventions", QT_TRANSLATE_NOOP("cb::presentation::AuditTrailModel", "grading conventions")},
};

QString keyLabel(const QString& key)
{
    for (const KeyName& name : kKeyNames)
        if (key == QLatin1String(name.key))
            return QCoreApplication::translate("cb::presentation::AuditTrailModel", name.label);
    QString k = key;
    k.replace(QLatin1Char('_'), QLatin1Char(' '));
    return k;
}

} // namespace

AuditTrailModel::AuditTrailModel(QObject* parent) : QAbstractTableModel(parent) {}

void AuditTrailModel::setEntries(QList<core::AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const auto& a, const auto& b) { return a.seq > b.seq; });
    endResetModel();
}

void AuditTrailModel::appendEntries(QList<core::AuditEntry> entries)
{
    if (entries.isEmpty())
        return;
    std::stable_sort(entries.begin(), entries.end(),
                     [](const auto& a, const auto& b) { return a.seq > b.seq; });
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(entries.size()) - 1);
    m_entries += entries;
    endInsertRows();
}

int AuditTrailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTrailModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTrailModel::localTimeText(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    QString zone = local.timeZoneAbbreviation();
    if (zone.isEmpty())
        zone = QTimeZone::systemTimeZone().displayName(local, QTimeZone::OffsetName);
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char(' ') + zone;
}

QString AuditTrailModel::detailsText(const core::AuditEntry& entry)
{
    const QJsonObject before = objectOf(entry.before);
    const QJsonObject after = objectOf(entry.after);
    QStringList parts;
    QStringList keys = after.keys();
    for (const QString& k : before.keys())
        if (!keys.contains(k))
            keys << k;
    for (const QString& key : keys) {
        if (key == QLatin1String("patient_id"))
            continue;
        const QString now = after.contains(key) ? valueLabel(key, after.value(key)) : QString();
        if (before.contains(key) && after.contains(key))
            parts
                << QStringLiteral("%1: %2 → %3").arg(keyLabel(key), valueLabel(key, before.value(key)), now);
        else if (after.contains(key))
            parts << QStringLiteral("%1: %2").arg(keyLabel(key), now);
        else
            parts << tr("%1 was %2").arg(keyLabel(key), valueLabel(key, before.value(key)));
    }
    if (!entry.reason.isEmpty())
        parts << QStringLiteral("“%1”").arg(entry.reason);
    return parts.join(QStringLiteral("; "));
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::AuditEntry& e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == ActionColumn)
        return e.action;
    if (role == Qt::ToolTipRole && index.column() == DetailsColumn)
        return detailsText(e);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return localTimeText(e.at);
    case UserColumn:
        return e.username.isEmpty() ? tr("(system)") : e.username;
    case ActionColumn:
        return ClinicalLabels::auditActionLabel(e.action);
    case DetailsColumn:
        return detailsText(e);
    default:
        return {};
    }
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace cb::presentation
