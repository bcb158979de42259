#include "cli/ReviewJson.h"

#include "core/Clock.h"

namespace cb::cli {

namespace {

QJsonValue text(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue time(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(core::toIsoUtc(t)) : QJsonValue();
}

QJsonValue date(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue recommendation(const std::optional<core::Recommendation>& r)
{
    return r ? QJsonValue(core::toId(*r)) : QJsonValue();
}

// The ids of the versions that a newer version supersedes.
QList<qint64> supersededIds(const QList<core::Opinion>& history)
{
    QList<qint64> ids;
    for (const auto& o : history)
        if (o.supersedesId > 0)
            ids << o.supersedesId;
    return ids;
}

QJsonObject historyEntry(const core::Opinion& o, bool superseded)
{
    return {{QStringLiteral("version"), o.version},
            {QStringLiteral("opinion_id"), o.id},
            {QStringLiteral("signed"), o.isSigned},
            {QStringLiteral("superseded"), superseded},
            {QStringLiteral("amend_reason"), text(o.amendReason)},
            {QStringLiteral("recommendation"), recommendation(o.recommendation)},
            {QStringLiteral("author"), text(o.authorName)},
            {QStringLiteral("created_at"), time(o.createdAt)},
            {QStringLiteral("signer"), o.signature ? QJsonValue(o.signature->printedName) : QJsonValue()},
            {QStringLiteral("signed_at"), o.signature ? time(o.signature->signedAt) : QJsonValue()},
            {QStringLiteral("content_sha256"),
             o.signature ? QJsonValue(o.signature->contentSha256) : QJsonValue()}};
}

} // namespace

QJsonValue ReviewJson::signature(const std::optional<core::Signature>& s)
{
    if (!s)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("id"), s->id},
                       {QStringLiteral("record_type"), s->recordType},
                       {QStringLiteral("record_id"), s->recordId},
                       {QStringLiteral("signer"), s->printedName},
                       {QStringLiteral("signer_id"), s->signerId},
                       {QStringLiteral("role"), s->role},
                       {QStringLiteral("discipline"), text(s->discipline)},
                       {QStringLiteral("meaning"), s->meaning},
                       {QStringLiteral("signed_at"), time(s->signedAt)},
                       {QStringLiteral("content_sha256"), s->contentSha256}};
}

QJsonArray ReviewJson::items(const core::Opinion& o)
{
    QJsonArray out;
    for (const QJsonValue& v : o.evaluation) {
        const QJsonObject ev = v.toObject();
        const QString id = ev.value(QStringLiteral("item")).toString();
        const QJsonValue answer = o.answers.value(id);
        QJsonValue value = answer.isObject() ? answer.toObject().value(QStringLiteral("value")) : answer;
        if (value.isUndefined())
            value = QJsonValue();
        QJsonArray reasons;
        for (const QJsonValue& r : ev.value(QStringLiteral("reasons")).toArray())
            reasons << r.toObject().value(QStringLiteral("en"));
        QJsonObject item{{QStringLiteral("id"), id},
                         {QStringLiteral("status"), ev.value(QStringLiteral("status"))},
                         {QStringLiteral("value"), value},
                         {QStringLiteral("stale"), ev.value(QStringLiteral("stale")).toBool()},
                         {QStringLiteral("reasons"), reasons}};
        const QJsonObject a = answer.toObject(); // empty for a bare value
        item.insert(QStringLiteral("unit"), text(a.value(QStringLiteral("unit")).toString()));
        item.insert(QStringLiteral("date"), text(a.value(QStringLiteral("value_date")).toString()));
        item.insert(QStringLiteral("not_applicable"), a.value(QStringLiteral("not_applicable")).toBool());
        out << item;
    }
    return out;
}

QJsonObject ReviewJson::disciplineReview(const services::DisciplineReview& r)
{
    const QString id = core::toId(r.discipline);
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("discipline"), id},
        {QStringLiteral("required"), r.required},
        {QStringLiteral("state"), services::reviewStateId(r.state)},
        {QStringLiteral("counted_version"), r.lastSigned ? QJsonValue(r.lastSigned->version) : QJsonValue()},
        {QStringLiteral("stale_items"), QJsonArray::fromStringList(r.staleItems)}};
    const std::optional<core::Opinion>& c = r.current;
    o.insert(QStringLiteral("version"), c ? QJsonValue(c->version) : QJsonValue());
    o.insert(QStringLiteral("opinion_id"), c ? QJsonValue(c->id) : QJsonValue());
    o.insert(QStringLiteral("row_version"), c ? QJsonValue(c->rowVersion) : QJsonValue());
    o.insert(QStringLiteral("template_version"), c ? text(c->templateVersion) : QJsonValue());
    o.insert(QStringLiteral("recommendation"), c ? recommendation(c->recommendation) : QJsonValue());
    o.insert(QStringLiteral("conditions"), c ? text(c->conditions) : QJsonValue());
    o.insert(QStringLiteral("comment"), c ? text(c->comment) : QJsonValue());
    o.insert(QStringLiteral("concerns"), c ? c->concerns : 0);
    o.insert(QStringLiteral("contraindications"), c ? c->contraindications : 0);
    o.insert(QStringLiteral("author"), c ? text(c->authorName) : QJsonValue());
    o.insert(QStringLiteral("amend_reason"), c ? text(c->amendReason) : QJsonValue());
    const bool hasSignature = c && c->signature;
    o.insert(QStringLiteral("signer"), hasSignature ? QJsonValue(c->signature->printedName) : QJsonValue());
    o.insert(QStringLiteral("signed_at"), hasSignature ? time(c->signature->signedAt) : QJsonValue());
    o.insert(QStringLiteral("meaning"), hasSignature ? QJsonValue(c->signature->meaning) : QJsonValue());
    o.insert(QStringLiteral("content_sha256"),
             hasSignature ? QJsonValue(c->signature->contentSha256) : QJsonValue());
    o.insert(QStringLiteral("items"), c ? items(*c) : QJsonArray());
    const QList<qint64> superseded = supersededIds(r.history);
    QJsonArray history;
    for (const auto& v : r.history)
        history << historyEntry(v, superseded.contains(v.id));
    o.insert(QStringLiteral("history"), history);
    return o;
}

QJsonObject ReviewJson::decision(const core::Decision& d, const QList<core::Decision>& all)
{
    QJsonArray dissent;
    for (const auto& x : d.dissents)
        dissent << QJsonObject{{QStringLiteral("id"), x.id},
                               {QStringLiteral("member"), x.memberName},
                               {QStringLiteral("member_id"), x.memberId},
                               {QStringLiteral("discipline"), text(x.discipline)},
                               {QStringLiteral("text"), x.text},
                               {QStringLiteral("created_at"), time(x.createdAt)}};
    QJsonArray actions;
    for (const auto& a : d.actions)
        actions << QJsonObject{
            {QStringLiteral("id"), a.id},         {QStringLiteral("description"), a.description},
            {QStringLiteral("owner"), a.owner},   {QStringLiteral("due_date"), date(a.dueDate)},
            {QStringLiteral("status"), a.status}, {QStringLiteral("row_version"), a.rowVersion}};
    QJsonArray communications;
    for (const auto& c : d.communications)
        communications << QJsonObject{{QStringLiteral("id"), c.id},
                                      {QStringLiteral("sent_at"), time(c.sentAt)},
                                      {QStringLiteral("sent_by"), c.sentBy},
                                      {QStringLiteral("method"), text(c.method)}};
    QJsonArray versions;
    for (const auto& v : all)
        versions << QJsonObject{{QStringLiteral("id"), v.id},
                                {QStringLiteral("version"), v.version},
                                {QStringLiteral("verdict"), core::toId(v.verdict)},
                                {QStringLiteral("signed"), v.isSigned},
                                {QStringLiteral("amend_reason"), text(v.amendReason)}};
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("case_id"), d.caseId},
            {QStringLiteral("version"), d.version},
            {QStringLiteral("state"), d.isSigned ? QStringLiteral("signed") : QStringLiteral("draft")},
            {QStringLiteral("verdict"), core::toId(d.verdict)},
            {QStringLiteral("conditions"), text(d.conditions)},
            {QStringLiteral("rationale"), text(d.rationale)},
            {QStringLiteral("product"), text(d.product)},
            {QStringLiteral("bridging_plan"), text(d.bridgingPlan)},
            {QStringLiteral("defer_reason"), text(d.deferReason)},
            {QStringLiteral("reassess_date"), date(d.reassessDate)},
            {QStringLiteral("override_approver"), text(d.overrideApprover)},
            {QStringLiteral("override_reason"), text(d.overrideReason)},
            {QStringLiteral("consent_status"), text(d.consentStatus)},
            {QStringLiteral("patient_preference"), text(d.patientPreference)},
            {QStringLiteral("quorum"), d.quorum},
            {QStringLiteral("amend_reason"), text(d.amendReason)},
            {QStringLiteral("created_at"), time(d.createdAt)},
            {QStringLiteral("updated_at"), time(d.updatedAt)},
            {QStringLiteral("row_version"), d.rowVersion},
            {QStringLiteral("signature"), signature(d.signature)},
            {QStringLiteral("dissent"), dissent},
            {QStringLiteral("actions"), actions},
            {QStringLiteral("communications"), communications},
            {QStringLiteral("versions"), versions}};
}

} // namespace cb::cli
