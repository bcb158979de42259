#include "cli/PathwayJson.h"

#include "core/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cb::cli {

namespace {

// The correction fields every step and assessment gains (additive): voided, superseded_by and,
// when set, supersedes and the void's who, when and why.
void insertCorrection(QJsonObject& o, const core::RecordCorrection& c)
{
    o.insert(QStringLiteral("voided"), c.isVoided());
    o.insert(QStringLiteral("superseded_by"), c.isSuperseded() ? QJsonValue(c.supersededBy) : QJsonValue());
    if (c.supersedes > 0)
        o.insert(QStringLiteral("supersedes"), c.supersedes);
    if (c.isVoided()) {
        o.insert(QStringLiteral("voided_at"), core::toIsoUtc(c.voidedAt));
        o.insert(QStringLiteral("voided_by"), c.voidedByName);
        o.insert(QStringLiteral("void_reason"), c.voidReason);
    }
}

} // namespace

QJsonObject PathwayJson::event(const core::PathwayEvent& e, const QDate& infusionDate)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("event"), core::toId(e.type)},
                  {QStringLiteral("date"), e.date.toString(Qt::ISODate)},
                  {QStringLiteral("details"), e.details},
                  {QStringLiteral("notes"), QJsonArray::fromStringList(e.notes)},
                  {QStringLiteral("recorded_by"), e.recordedByName},
                  {QStringLiteral("recorded_at"), core::toIsoUtc(e.recordedAt)},
                  {QStringLiteral("row_version"), e.rowVersion}};
    if (e.endDate.isValid())
        o.insert(QStringLiteral("end_date"), e.endDate.toString(Qt::ISODate));
    if (infusionDate.isValid())
        o.insert(QStringLiteral("day"), int(infusionDate.daysTo(e.date)));
    insertCorrection(o, e.correction);
    return o;
}

QJsonObject PathwayJson::assessment(const core::Assessment& a)
{
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("time"), core::toIsoUtc(a.assessedAt)},
                  {QStringLiteral("day"), a.day},
                  {QStringLiteral("crs_grade"), a.crsGrade},
                  {QStringLiteral("icans_grade"), a.icansGrade},
                  {QStringLiteral("temperature_c"), a.temperatureC},
                  {QStringLiteral("interventions"), a.interventions},
                  {QStringLiteral("attributable_to_other_cause"), a.attributableToOtherCause},
                  {QStringLiteral("rule_version"), a.ruleVersion},
                  {QStringLiteral("assessor"), a.assessorName},
                  {QStringLiteral("inputs"), a.inputs},
                  {QStringLiteral("outputs"), a.outputs}};
    o.insert(QStringLiteral("ice_score"),
             a.iceScore < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(a.iceScore));
    if (!a.freeText.isEmpty())
        o.insert(QStringLiteral("free_text"), a.freeText);
    o.insert(QStringLiteral("row_version"), a.rowVersion);
    insertCorrection(o, a.correction);
    return o;
}

QJsonObject PathwayJson::day(const core::MonitoringDay& d)
{
    return {{QStringLiteral("day"), d.day},
            {QStringLiteral("assessments"), d.assessments},
            {QStringLiteral("worst_crs_grade"), d.worstCrs},
            {QStringLiteral("worst_icans_grade"), d.worstIcans},
            {QStringLiteral("max_temperature_c"), d.maxTemperatureC},
            {QStringLiteral("tocilizumab_doses"), d.tocilizumabDoses},
            {QStringLiteral("steroids"), d.steroids},
            {QStringLiteral("icu_transfer"), d.icuTransfer}};
}

QJsonObject PathwayJson::visit(const core::FollowUpVisit& v, const QString& status)
{
    QJsonObject o{{QStringLiteral("id"), v.id},
                  {QStringLiteral("case_id"), v.caseId},
                  {QStringLiteral("visit"), v.visit},
                  {QStringLiteral("day"), v.day},
                  {QStringLiteral("due_date"), v.dueDate.toString(Qt::ISODate)},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("rule_version"), v.ruleVersion},
                  {QStringLiteral("row_version"), v.rowVersion}};
    if (v.isDone()) {
        o.insert(QStringLiteral("done_date"), v.doneDate.toString(Qt::ISODate));
        o.insert(QStringLiteral("response"), v.response);
        o.insert(QStringLiteral("mrd"), core::toId(v.mrd));
        o.insert(QStringLiteral("details"), v.details);
        o.insert(QStringLiteral("recorded_by"), v.recordedByName);
    }
    return o;
}

Result<QJsonObject> PathwayJson::readObjectFile(const QString& path, const QString& what)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::badInput(tr("Cannot read the %1 file \"%2\": %3.").arg(what, path, f.errorString()));
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::badInput(tr("The %1 file \"%2\" is not valid JSON: %3 at offset %4.")
                                   .arg(what, path, pe.errorString())
                                   .arg(pe.offset));
    if (!doc.isObject())
        return Error::badInput(tr("The %1 file \"%2\" must hold one JSON object {…}.").arg(what, path));
    return doc.object();
}

} // namespace cb::cli
