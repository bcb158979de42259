#include "core/CaseDossier.h"

#include "core/Clock.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace cb::core {

namespace {

QJsonObject signatureJson(const std::optional<Signature>& s)
{
    if (!s)
        return {};
    return {{QStringLiteral("printed_name"), s->printedName},
            {QStringLiteral("role"), s->role},
            {QStringLiteral("discipline"), s->discipline},
            {QStringLiteral("meaning"), s->meaning},
            {QStringLiteral("signed_at"), toIsoUtc(s->signedAt)},
            {QStringLiteral("content_sha256"), s->contentSha256}};
}

QJsonObject opinionJson(const Opinion& o)
{
    // the signed content covers every clinical field; the signature says who and when
    return {{QStringLiteral("content"), QString::fromUtf8(o.signedContent())},
            {QStringLiteral("signed"), o.isSigned},
            {QStringLiteral("author"), o.authorName},
            {QStringLiteral("signature"), signatureJson(o.signature)}};
}

QJsonObject recordJson(const CaseRecord& r)
{
    QJsonArray lines;
    for (const auto& l : r.therapyLines)
        lines << QJsonObject{{QStringLiteral("line"), l.lineNumber},
                             {QStringLiteral("regimen"), l.regimen},
                             {QStringLiteral("classes"), QJsonArray::fromStringList(l.drugClasses)},
                             {QStringLiteral("start"), l.startDate.toString()},
                             {QStringLiteral("end"), l.endDate.toString()},
                             {QStringLiteral("best_response"), l.bestResponse},
                             {QStringLiteral("refractory"), l.refractory},
                             {QStringLiteral("lenalidomide_refractory"), l.lenalidomideRefractory}};
    QJsonArray transplants;
    for (const auto& t : r.transplants)
        transplants << QJsonObject{{QStringLiteral("kind"), t.kind},
                                   {QStringLiteral("date"), t.date.toString()},
                                   {QStringLiteral("notes"), t.notes}};
    QJsonArray observations;
    for (const auto& o : r.observations)
        observations << QJsonObject{{QStringLiteral("code"), o.code},
                                    {QStringLiteral("value"), o.value ? QJsonValue(*o.value) : QJsonValue()},
                                    {QStringLiteral("value_text"), o.valueText},
                                    {QStringLiteral("unit"), o.unit},
                                    {QStringLiteral("observed_on"), o.observedOn.toString(Qt::ISODate)}};
    const Patient& p = r.patient;
    return {{QStringLiteral("case_id"), QString::number(r.id)},
            {QStringLiteral("patient"),
             QJsonObject{{QStringLiteral("mrn"), p.mrn},
                         {QStringLiteral("family_name"), p.familyName},
                         {QStringLiteral("given_name"), p.givenName},
                         {QStringLiteral("sex"), toId(p.sex)},
                         {QStringLiteral("birth_date"), p.birthDate.toString(Qt::ISODate)}}},
            {QStringLiteral("indication"), toId(r.indication)},
            {QStringLiteral("intended_product"), r.intendedProduct},
            {QStringLiteral("referrer"), r.referrer},
            {QStringLiteral("referrer_question"), r.referrerQuestion},
            {QStringLiteral("referral_date"), r.referralDate.toString(Qt::ISODate)},
            {QStringLiteral("state"), toId(r.state)},
            {QStringLiteral("close_reason"), r.closeReason ? toId(*r.closeReason) : QString()},
            {QStringLiteral("close_detail"), r.closeDetail},
            {QStringLiteral("diagnosis"), r.diagnosis},
            {QStringLiteral("diagnosis_date"), r.diagnosisDate.toString()},
            {QStringLiteral("staging"), r.staging},
            {QStringLiteral("cytogenetic_risk"), r.cytogeneticRisk},
            {QStringLiteral("extramedullary_disease"), r.extramedullaryDisease},
            {QStringLiteral("extramedullary_sites"), r.extramedullarySites},
            {QStringLiteral("cns_disease"), r.cnsDisease},
            {QStringLiteral("therapy_lines"), lines},
            {QStringLiteral("transplants"), transplants},
            {QStringLiteral("observations"), observations}};
}

QJsonObject decisionJson(const Decision& d)
{
    QJsonArray dissents;
    for (const auto& x : d.dissents)
        dissents << QJsonObject{{QStringLiteral("member"), x.memberName},
                                {QStringLiteral("discipline"), x.discipline},
                                {QStringLiteral("text"), x.text},
                                {QStringLiteral("at"), toIsoUtc(x.createdAt)}};
    QJsonArray actions;
    for (const auto& a : d.actions)
        actions << QJsonObject{{QStringLiteral("description"), a.description},
                               {QStringLiteral("owner"), a.owner},
                               {QStringLiteral("due"), a.dueDate.toString(Qt::ISODate)},
                               {QStringLiteral("status"), a.status}};
    QJsonArray communications;
    for (const auto& c : d.communications)
        communications << QJsonObject{{QStringLiteral("sent_at"), toIsoUtc(c.sentAt)},
                                      {QStringLiteral("sent_by"), c.sentBy},
                                      {QStringLiteral("method"), c.method}};
    return {{QStringLiteral("content"), QString::fromUtf8(d.signedContent())},
            {QStringLiteral("signed"), d.isSigned},
            {QStringLiteral("signature"), signatureJson(d.signature)},
            {QStringLiteral("dissents"), dissents},
            {QStringLiteral("actions"), actions},
            {QStringLiteral("communications"), communications}};
}

} // namespace

bool CaseDossier::isFinal() const
{
    if (!decision || !decision->isSigned || !quorumMet || !missingSignatures.isEmpty())
        return false;
    for (const auto& o : opinions)
        if (o.required && (!o.opinion || !o.opinion->isSigned))
            return false;
    return true;
}

QByteArray CaseDossier::canonicalJson() const
{
    QJsonArray ops;
    for (const auto& o : opinions) {
        QJsonArray earlier;
        for (const auto& v : o.earlierVersions)
            earlier << opinionJson(v);
        ops << QJsonObject{
            {QStringLiteral("discipline"), toId(o.discipline)},
            {QStringLiteral("required"), o.required},
            {QStringLiteral("current"), o.opinion ? QJsonValue(opinionJson(*o.opinion)) : QJsonValue()},
            {QStringLiteral("earlier_versions"), earlier}};
    }
    QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("cellboard-case-dossier-1")},
        {QStringLiteral("institution"), institution},
        {QStringLiteral("case"), recordJson(record)},
        {QStringLiteral("opinions"), ops},
        {QStringLiteral("decision"), decision ? QJsonValue(decisionJson(*decision)) : QJsonValue()}};
    if (treatment) // only for a treated patient, so an untreated case's fingerprint is unchanged
        root.insert(QStringLiteral("treatment"), treatment->toJson());
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString CaseDossier::sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace cb::core
