#include "services/DemoPathway.h"

#include "services/FollowUpService.h"
#include "services/MonitoringService.h"
#include "services/PathwayService.h"
#include "services/Workspace.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cb::services {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("cb::services", s);
}

Error inCase(const QString& key, const Error& e)
{
    Error out = e;
    out.message = tr("Demo pathway of %1: %2").arg(key, e.message);
    return out;
}

// Keys ending in "_day" are days relative to the infusion: written as the date without "_day".
QJsonObject withDates(const QJsonObject& in, const QDate& infusion)
{
    QJsonObject out;
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (it.key().endsWith(QLatin1String("_day")) && it.value().isDouble())
            out.insert(it.key().chopped(4), infusion.addDays(it.value().toInt()).toString(Qt::ISODate));
        else
            out.insert(it.key(), it.value());
    }
    return out;
}

QJsonObject merged(QJsonObject base, const QJsonObject& changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

} // namespace

DemoPathway::DemoPathway(Workspace& ws) : m_ws(ws), m_users(ws.database()) {}

Result<QJsonObject> DemoPathway::load()
{
    QFile f(QStringLiteral(":/demo/demo_pathway.json"));
    if (!f.open(QIODevice::ReadOnly))
        return Error::failure(tr("The demo pathway is missing from this build."));
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject())
        return Error::failure(tr("The demo pathway is not valid JSON."));
    return doc.object();
}

Status DemoPathway::apply(const QHash<QString, qint64>& caseIds)
{
    auto file = load();
    if (!file.ok())
        return file.error();
    const QJsonObject cases = file->value(QStringLiteral("cases")).toObject();
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        if (!caseIds.contains(it.key()))
            continue; // a smaller demo program (tests) without this case
        if (auto st = applyCase(it.key(), caseIds.value(it.key()), it.value().toObject(), *file); !st.ok())
            return st;
    }
    return {};
}

Status DemoPathway::applyCase(const QString& key, qint64 caseId, const QJsonObject& plan,
                              const QJsonObject& file)
{
    auto coordinator = m_users.byName(QStringLiteral("coordinator"));
    auto nurse = m_users.byName(QStringLiteral("nursing"));
    auto hematologist = m_users.byName(QStringLiteral("hematology"));
    for (const auto* u : {&coordinator, &nurse, &hematologist})
        if (!u->ok())
            return inCase(key, u->error());
    const QDateTime now = m_ws.clock().nowUtc();
    const QDate infusion = now.date().addDays(-plan.value(QStringLiteral("infusion_days_ago")).toInt());

    for (const QJsonValue& sv : plan.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject s = sv.toObject();
        core::PathwayEvent step;
        const auto type =
            core::fromId(core::pathwayEventTypes(), s.value(QStringLiteral("event")).toString());
        if (!type)
            return inCase(
                key,
                Error::badInput(tr("unknown step \"%1\"").arg(s.value(QStringLiteral("event")).toString())));
        step.type = *type;
        step.date = infusion.addDays(s.value(QStringLiteral("day")).toInt());
        step.details = withDates(s.value(QStringLiteral("details")).toObject(), infusion);
        auto r = m_ws.pathway().recordStep(*coordinator, caseId, step);
        if (!r.ok())
            return inCase(key, r.error());
    }

    // Monitoring from day 0, up to the day before the load.
    const QJsonObject normal = file.value(QStringLiteral("normal_entry")).toObject();
    const QJsonArray profile = file.value(QStringLiteral("monitoring_profiles"))
                                   .toObject()
                                   .value(plan.value(QStringLiteral("monitoring")).toString())
                                   .toArray();
    for (const QJsonValue& ev : profile) {
        const QJsonObject e = ev.toObject();
        const QDateTime time(infusion.addDays(e.value(QStringLiteral("day")).toInt()),
                             QTime(e.value(QStringLiteral("hour")).toInt(), 0), Qt::UTC);
        if (time >= now)
            break;
        QJsonObject entry = merged(normal, e.value(QStringLiteral("set")).toObject());
        entry.insert(QStringLiteral("time"), core::toIsoUtc(time));
        auto a = m_ws.monitoring().recordAssessment(*nurse, caseId, entry);
        if (!a.ok())
            return inCase(key, a.error());
    }

    for (const QJsonValue& fv : plan.value(QStringLiteral("follow_up")).toArray()) {
        const QJsonObject f = fv.toObject();
        FollowUpInput in;
        in.visit = f.value(QStringLiteral("visit")).toString();
        in.response = f.value(QStringLiteral("response")).toString();
        in.mrd = core::fromId(core::mrdStatuses(),
                              f.value(QStringLiteral("mrd")).toString(QStringLiteral("not_done")))
                     .value_or(core::MrdStatus::NotDone);
        in.doneDate = infusion.addDays(f.value(QStringLiteral("day")).toInt());
        in.details = f.value(QStringLiteral("details")).toObject();
        auto v = m_ws.followUps().recordVisit(*hematologist, caseId, in);
        if (!v.ok())
            return inCase(key, v.error());
    }
    return {};
}

} // namespace cb::services
