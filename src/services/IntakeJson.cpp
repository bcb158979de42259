#include "services/IntakeJson.h"

#include "core/Clock.h"
#include "core/IntakeRules.h"

#include <QJsonArray>

namespace cb::services {

namespace {

Result<QString> readText(const QJsonObject& o, const char* key, const QString& field,
                         const QString& fallback = {})
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isString())
        return Error::badInput(IntakeJson::tr("%1 must be text.").arg(field));
    return v.toString().trimmed();
}

QString keyOf(const QString& prefix, const char* key)
{
    return prefix.isEmpty() ? QString::fromLatin1(key) : prefix + QLatin1Char('.') + QString::fromLatin1(key);
}

// Reads `key` of `o` into `out` when present; an error names the field.
#define CB_READ_TEXT(obj, key, prefix, out)                                                                  \
    do {                                                                                                     \
        auto r_ = readText(obj, key, keyOf(prefix, key), out);                                               \
        if (!r_.ok())                                                                                        \
            return r_.error();                                                                               \
        out = *r_;                                                                                           \
    } while (false)

} // namespace

Result<core::PartialDate> IntakeJson::readDate(const QJsonValue& v, const QString& field)
{
    if (v.isUndefined() || v.isNull())
        return core::PartialDate();
    QString text;
    bool estimated = false;
    if (v.isString()) {
        text = v.toString();
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        text = o.value(QStringLiteral("value")).toString();
        estimated = o.value(QStringLiteral("estimated")).toBool();
    } else if (v.isDouble()) {
        text = QString::number(v.toInt());
    } else {
        return Error::badInput(tr("%1 must be a date (YYYY, YYYY-MM or YYYY-MM-DD).").arg(field));
    }
    if (text.trimmed().isEmpty())
        return core::PartialDate();
    auto d = core::PartialDate::parseInput(text);
    if (!d)
        return Error::badInput(
            tr("%1: \"%2\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD).").arg(field, text.left(40)));
    if (estimated)
        d->setEstimated(true);
    return *d;
}

QJsonValue IntakeJson::dateJson(const core::PartialDate& d)
{
    if (d.isNull())
        return QJsonValue();
    QString value = d.toString();
    if (value.endsWith(QLatin1Char('~')))
        value.chop(1);
    return QJsonObject{{QStringLiteral("value"), value},
                       {QStringLiteral("precision"), d.precisionId()},
                       {QStringLiteral("estimated"), d.isEstimated()}};
}

QJsonObject IntakeJson::identifierJson(const core::PatientIdentifier& id)
{
    QJsonObject o{{QStringLiteral("authority"), id.authority},
                  {QStringLiteral("type"), id.type},
                  {QStringLiteral("value"), id.value}};
    if (id.alias)
        o.insert(QStringLiteral("alias"), true);
    return o;
}

Result<core::Patient> IntakeJson::readPatient(const QJsonObject& o)
{
    core::Patient p;
    const QJsonValue ids = o.value(QStringLiteral("identifiers"));
    if (!ids.isUndefined() && !ids.isArray())
        return Error::badInput(tr("patient.identifiers must be a list of {authority, type, value}."));
    int i = 0;
    for (const QJsonValue& v : ids.toArray()) {
        const QString prefix = QStringLiteral("identifiers[%1]").arg(i++);
        if (!v.isObject())
            return Error::badInput(tr("%1 must be an object {authority, type, value}.").arg(prefix));
        core::PatientIdentifier id;
        CB_READ_TEXT(v.toObject(), "authority", prefix, id.authority);
        CB_READ_TEXT(v.toObject(), "type", prefix, id.type);
        CB_READ_TEXT(v.toObject(), "value", prefix, id.value);
        id.type = id.type.toUpper() == QLatin1String("OTHER") ? QStringLiteral("other") : id.type.toUpper();
        p.identifiers << id;
    }
    CB_READ_TEXT(o, "family_name", QString(), p.familyName);
    CB_READ_TEXT(o, "given_name", QString(), p.givenName);
    CB_READ_TEXT(o, "name_zh", QString(), p.nameZh);
    QString sex;
    CB_READ_TEXT(o, "sex", QString(), sex);
    if (sex.isEmpty())
        return Error::badInput(tr("sex is required (female, male, other or unknown)."));
    auto s = core::fromId(core::sexes(), sex.toLower());
    if (!s)
        return Error::badInput(tr("sex: \"%1\" is not female, male, other or unknown.").arg(sex.left(20)));
    p.sex = *s;
    auto birth = readDate(o.value(QStringLiteral("birth_date")), QStringLiteral("birth_date"));
    if (!birth.ok())
        return birth.error();
    p.birth = *birth;
    p.birthDate = birth->earliest();
    if (!p.identifiers.isEmpty())
        p.mrn = p.identifiers.first().value;
    return p;
}

QJsonObject IntakeJson::patientJson(const core::Patient& p)
{
    QJsonArray ids;
    for (const auto& id : p.identifiers)
        ids.append(identifierJson(id));
    QJsonObject o{{QStringLiteral("id"), p.id},
                  {QStringLiteral("display_name"), p.displayName()},
                  {QStringLiteral("family_name"), p.familyName},
                  {QStringLiteral("given_name"), p.givenName},
                  {QStringLiteral("name_zh"), p.nameZh},
                  {QStringLiteral("sex"), core::toId(p.sex)},
                  {QStringLiteral("birth_date"),
                   dateJson(p.birth.isNull() ? core::PartialDate::fromDate(p.birthDate) : p.birth)},
                  {QStringLiteral("identifiers"), ids},
                  {QStringLiteral("row_version"), p.rowVersion}};
    if (!p.birthDate.isValid())
        o.insert(QStringLiteral("birth_date"), QJsonValue());
    if (p.mergedInto)
        o.insert(QStringLiteral("merged_into"), p.mergedInto);
    return o;
}

Result<core::CaseRecord> IntakeJson::readReferral(const QJsonObject& o)
{
    core::CaseRecord r;
    QString indication;
    CB_READ_TEXT(o, "indication", QString(), indication);
    if (indication.isEmpty())
        return Error::badInput(
            tr("indication is required (e.g. multiple_myeloma, large_b_cell_lymphoma, b_all)."));
    auto ind =
        core::fromId(core::indications(), indication.toLower().replace(QLatin1Char('-'), QLatin1Char('_')));
    if (!ind)
        return Error::badInput(tr("indication: \"%1\" is not a known indication.").arg(indication.left(40)));
    r.indication = *ind;
    CB_READ_TEXT(o, "subtype", QString(), r.subtype);
    CB_READ_TEXT(o, "intended_product", QString(), r.intendedProduct);
    QString referral;
    CB_READ_TEXT(o, "referral_date", QString(), referral);
    r.referralDate = QDate::fromString(referral, Qt::ISODate);
    if (!referral.isEmpty() && !r.referralDate.isValid())
        return Error::badInput(
            tr("referral_date: \"%1\" is not a date (YYYY-MM-DD).").arg(referral.left(40)));
    CB_READ_TEXT(o, "urgency", QString(), r.urgency);
    r.urgency = r.urgency.toLower();
    if (r.urgency.isEmpty())
        r.urgency = QStringLiteral("routine");
    const QJsonValue ref = o.value(QStringLiteral("referrer"));
    if (ref.isString()) {
        r.referrerDetail.name = ref.toString().trimmed();
    } else if (ref.isObject()) {
        CB_READ_TEXT(ref.toObject(), "name", QStringLiteral("referrer"), r.referrerDetail.name);
        CB_READ_TEXT(ref.toObject(), "institution", QStringLiteral("referrer"), r.referrerDetail.institution);
        CB_READ_TEXT(ref.toObject(), "contact", QStringLiteral("referrer"), r.referrerDetail.contact);
    } else if (!ref.isUndefined() && !ref.isNull()) {
        return Error::badInput(tr("referrer must be an object {name, institution, contact}."));
    }
    r.referrer = r.referrerDetail.name;
    CB_READ_TEXT(o, "funding_reference", QString(), r.fundingReference);
    CB_READ_TEXT(o, "question", QString(), r.referrerQuestion);
    return r;
}

Result<core::DiseaseHistory> IntakeJson::readHistory(const QJsonObject& o, const core::DiseaseHistory& base)
{
    static const QStringList known{
        QStringLiteral("diagnosis"),    QStringLiteral("diagnosis_date"),    QStringLiteral("staging"),
        QStringLiteral("cytogenetics"), QStringLiteral("cytogenetics_note"), QStringLiteral("extramedullary"),
        QStringLiteral("cns"),          QStringLiteral("target_antigen"),    QStringLiteral("row_version")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return Error::badInput(
                tr("Unknown key \"%1\" (known: %2).").arg(it.key(), known.join(QStringLiteral(", "))));
    core::DiseaseHistory h = base;
    CB_READ_TEXT(o, "diagnosis", QString(), h.diagnosis);
    if (o.contains(QStringLiteral("diagnosis_date"))) {
        auto d = readDate(o.value(QStringLiteral("diagnosis_date")), QStringLiteral("diagnosis_date"));
        if (!d.ok())
            return d.error();
        h.diagnosisDate = *d;
    }
    const QJsonValue st = o.value(QStringLiteral("staging"));
    if (st.isObject()) {
        const QJsonObject s = st.toObject();
        const QString p = QStringLiteral("staging");
        CB_READ_TEXT(s, "iss", p, h.staging.iss);
        CB_READ_TEXT(s, "r_iss", p, h.staging.riss);
        CB_READ_TEXT(s, "ann_arbor", p, h.staging.annArbor);
        CB_READ_TEXT(s, "bulky", p, h.staging.bulky);
        CB_READ_TEXT(s, "cns_status", p, h.staging.cnsStatus);
        CB_READ_TEXT(s, "ph_status", p, h.staging.phStatus);
        CB_READ_TEXT(s, "text", p, h.staging.text);
        h.staging.bulky = h.staging.bulky.toLower();
        h.staging.cnsStatus = h.staging.cnsStatus.toLower();
        h.staging.phStatus = h.staging.phStatus.toLower();
    } else if (st.isString()) {
        h.staging.text = st.toString().trimmed();
    } else if (!st.isUndefined() && !st.isNull()) {
        return Error::badInput(
            tr("staging must be an object {iss, r_iss, ann_arbor, bulky, cns_status, ph_status}."));
    }
    const QJsonValue cyto = o.value(QStringLiteral("cytogenetics"));
    if (cyto.isArray()) {
        h.cytogenetics.clear();
        for (const QJsonValue& m : cyto.toArray())
            h.cytogenetics << m.toString().trimmed().toLower();
    } else if (!cyto.isUndefined() && !cyto.isNull()) {
        return Error::badInput(
            tr("cytogenetics must be a list of markers (del17p, t4_14, t14_16, gain1q, tp53)."));
    }
    CB_READ_TEXT(o, "cytogenetics_note", QString(), h.cytogeneticsNote);
    const QJsonValue emd = o.value(QStringLiteral("extramedullary"));
    if (emd.isObject()) {
        CB_READ_TEXT(emd.toObject(), "status", QStringLiteral("extramedullary"), h.extramedullary);
        CB_READ_TEXT(emd.toObject(), "sites", QStringLiteral("extramedullary"), h.extramedullarySites);
    } else if (emd.isBool()) {
        h.extramedullary = emd.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    } else if (emd.isString()) {
        h.extramedullary = emd.toString().trimmed().toLower();
    } else if (!emd.isUndefined() && !emd.isNull()) {
        return Error::badInput(tr("extramedullary must be {status: yes|no|unknown, sites}."));
    }
    CB_READ_TEXT(o, "cns", QString(), h.cnsDisease);
    h.cnsDisease = h.cnsDisease.toLower();
    const QJsonValue ag = o.value(QStringLiteral("target_antigen"));
    if (ag.isObject()) {
        const QJsonObject a = ag.toObject();
        const QString p = QStringLiteral("target_antigen");
        CB_READ_TEXT(a, "antigen", p, h.targetAntigen);
        CB_READ_TEXT(a, "status", p, h.targetAntigenStatus);
        CB_READ_TEXT(a, "method", p, h.targetAntigenMethod);
        if (a.contains(QStringLiteral("date"))) {
            auto d = readDate(a.value(QStringLiteral("date")), QStringLiteral("target_antigen.date"));
            if (!d.ok())
                return d.error();
            h.targetAntigenDate = *d;
        }
        h.targetAntigen = h.targetAntigen.toLower();
        h.targetAntigenStatus = h.targetAntigenStatus.toLower();
    } else if (!ag.isUndefined() && !ag.isNull()) {
        return Error::badInput(tr("target_antigen must be {antigen, status, date, method}."));
    }
    if (o.contains(QStringLiteral("row_version")))
        h.rowVersion = o.value(QStringLiteral("row_version")).toInteger();
    return h;
}

QJsonObject IntakeJson::historyJson(const core::DiseaseHistory& h)
{
    QJsonArray cyto;
    for (const QString& m : h.cytogenetics)
        cyto.append(m);
    return {{QStringLiteral("diagnosis"), h.diagnosis},
            {QStringLiteral("diagnosis_date"), dateJson(h.diagnosisDate)},
            {QStringLiteral("staging"), QJsonObject{{QStringLiteral("iss"), h.staging.iss},
                                                    {QStringLiteral("r_iss"), h.staging.riss},
                                                    {QStringLiteral("ann_arbor"), h.staging.annArbor},
                                                    {QStringLiteral("bulky"), h.staging.bulky},
                                                    {QStringLiteral("cns_status"), h.staging.cnsStatus},
                                                    {QStringLiteral("ph_status"), h.staging.phStatus},
                                                    {QStringLiteral("text"), h.staging.text}}},
            {QStringLiteral("cytogenetics"), cyto},
            {QStringLiteral("cytogenetics_note"), h.cytogeneticsNote},
            {QStringLiteral("extramedullary"), QJsonObject{{QStringLiteral("status"), h.extramedullary},
                                                           {QStringLiteral("sites"), h.extramedullarySites}}},
            {QStringLiteral("cns"), h.cnsDisease},
            {QStringLiteral("target_antigen"),
             QJsonObject{{QStringLiteral("antigen"), h.targetAntigen},
                         {QStringLiteral("status"), h.targetAntigenStatus},
                         {QStringLiteral("date"), dateJson(h.targetAntigenDate)},
                         {QStringLiteral("method"), h.targetAntigenMethod}}},
            {QStringLiteral("row_version"), h.rowVersion}};
}

Result<core::TherapyLine> IntakeJson::readTherapyLine(const QJsonObject& o)
{
    core::TherapyLine l;
    const QJsonValue n = o.value(QStringLiteral("line_number"));
    if (!n.isDouble() || n.toDouble() != double(n.toInt()))
        return Error::badInput(tr("line_number is required, a whole number (1 for the first line)."));
    l.lineNumber = n.toInt();
    CB_READ_TEXT(o, "regimen", QString(), l.regimen);
    const QJsonValue drugs = o.value(QStringLiteral("drugs"));
    if (!drugs.isUndefined() && !drugs.isArray())
        return Error::badInput(tr("drugs must be a list of {name, class, refractory}."));
    int i = 0;
    for (const QJsonValue& v : drugs.toArray()) {
        const QString prefix = QStringLiteral("drugs[%1]").arg(i++);
        core::LineDrug d;
        if (v.isString()) {
            d.name = v.toString().trimmed();
        } else if (v.isObject()) {
            CB_READ_TEXT(v.toObject(), "name", prefix, d.name);
            CB_READ_TEXT(v.toObject(), "class", prefix, d.drugClass);
            const QJsonValue r = v.toObject().value(QStringLiteral("refractory"));
            if (r.isBool())
                d.refractory = r.toBool();
            else if (!r.isUndefined() && !r.isNull())
                return Error::badInput(tr("%1.refractory must be true, false or null.").arg(prefix));
        } else {
            return Error::badInput(tr("%1 must be a drug name or {name, class, refractory}.").arg(prefix));
        }
        if (d.name.isEmpty())
            return Error::badInput(tr("%1.name is required.").arg(prefix));
        l.drugs << d;
    }
    for (const auto& [key, out] : std::initializer_list<std::pair<const char*, core::PartialDate*>>{
             {"start", &l.startDate}, {"stop", &l.endDate}, {"progression_date", &l.progressionDate}}) {
        auto d = readDate(o.value(QLatin1String(key)), QString::fromLatin1(key));
        if (!d.ok())
            return d.error();
        *out = *d;
    }
    l.ongoing = o.value(QStringLiteral("ongoing")).toBool();
    CB_READ_TEXT(o, "reason_stopped", QString(), l.reasonStopped);
    CB_READ_TEXT(o, "best_response", QString(), l.bestResponse);
    CB_READ_TEXT(o, "response_scheme", QString(), l.responseScheme);
    CB_READ_TEXT(o, "intent", QString(), l.intent);
    l.reasonStopped = l.reasonStopped.toLower();
    l.responseScheme = l.responseScheme.toLower();
    l.intent = l.intent.toLower();
    // "vgpr" or "cr" from a script is the scheme's own spelling ("VGPR", "CR", "MRD_negative")
    for (const QString& known : core::IntakeRules::responses(l.responseScheme))
        if (l.bestResponse.compare(known, Qt::CaseInsensitive) == 0)
            l.bestResponse = known;
    return l;
}

void IntakeJson::entryJson(const core::RecordEntryState& e, QJsonObject& o)
{
    o.insert(QStringLiteral("case_id"), e.caseId);
    o.insert(QStringLiteral("voided"), e.voidedAt.isValid());
    if (e.voidedAt.isValid())
        o.insert(QStringLiteral("void_reason"), e.voidReason);
    o.insert(QStringLiteral("supersedes"), e.supersedes ? QJsonValue(e.supersedes) : QJsonValue());
    o.insert(QStringLiteral("superseded_by"), e.supersededBy ? QJsonValue(e.supersededBy) : QJsonValue());
    if (!e.correctionReason.isEmpty())
        o.insert(QStringLiteral("correction_reason"), e.correctionReason);
    if (e.createdAt.isValid())
        o.insert(QStringLiteral("recorded_at"), core::toIsoUtc(e.createdAt));
}

QJsonObject IntakeJson::therapyLineJson(const core::TherapyLine& l)
{
    QJsonArray drugs;
    for (const auto& d : l.drugs)
        drugs.append(QJsonObject{
            {QStringLiteral("name"), d.name},
            {QStringLiteral("class"), d.drugClass},
            {QStringLiteral("refractory"), d.refractory ? QJsonValue(*d.refractory) : QJsonValue()}});
    QJsonArray classes;
    for (const QString& c : l.drugClasses)
        classes.append(c);
    QJsonObject o{{QStringLiteral("id"), l.id},
                  {QStringLiteral("line_number"), l.lineNumber},
                  {QStringLiteral("regimen"), l.regimen},
                  {QStringLiteral("drugs"), drugs},
                  {QStringLiteral("drug_classes"), classes},
                  {QStringLiteral("start"), dateJson(l.startDate)},
                  {QStringLiteral("stop"), dateJson(l.endDate)},
                  {QStringLiteral("ongoing"), l.ongoing},
                  {QStringLiteral("reason_stopped"), l.reasonStopped},
                  {QStringLiteral("best_response"), l.bestResponse},
                  {QStringLiteral("response_scheme"), l.responseScheme},
                  {QStringLiteral("intent"), l.intent},
                  {QStringLiteral("progression_date"), dateJson(l.progressionDate)},
                  {QStringLiteral("refractory"), l.refractory},
                  {QStringLiteral("row_version"), l.rowVersion}};
    entryJson(l.entry, o);
    return o;
}

Result<core::Transplant> IntakeJson::readTransplant(const QJsonObject& o)
{
    core::Transplant t;
    CB_READ_TEXT(o, "kind", QString(), t.kind);
    t.kind = t.kind.toLower();
    auto d = readDate(o.value(QStringLiteral("date")), QStringLiteral("date"));
    if (!d.ok())
        return d.error();
    t.date = *d;
    CB_READ_TEXT(o, "conditioning", QString(), t.conditioning);
    CB_READ_TEXT(o, "donor", QString(), t.donor);
    CB_READ_TEXT(o, "gvhd", QString(), t.gvhd);
    CB_READ_TEXT(o, "notes", QString(), t.notes);
    t.donor = t.donor.toLower();
    t.gvhd = t.gvhd.toLower();
    return t;
}

QJsonObject IntakeJson::transplantJson(const core::Transplant& t)
{
    QJsonObject o{{QStringLiteral("id"), t.id},
                  {QStringLiteral("kind"), t.kind},
                  {QStringLiteral("date"), dateJson(t.date)},
                  {QStringLiteral("conditioning"), t.conditioning},
                  {QStringLiteral("donor"), t.donor},
                  {QStringLiteral("gvhd"), t.gvhd},
                  {QStringLiteral("notes"), t.notes},
                  {QStringLiteral("row_version"), t.rowVersion}};
    entryJson(t.entry, o);
    return o;
}

QJsonObject IntakeJson::observationJson(const core::Observation& ob)
{
    QJsonObject o{
        {QStringLiteral("id"), ob.id},
        {QStringLiteral("code"), ob.code},
        {QStringLiteral("value"), ob.value ? QJsonValue(*ob.value) : QJsonValue(ob.valueText)},
        {QStringLiteral("comparator"), ob.comparator},
        {QStringLiteral("unit"), ob.unit},
        {QStringLiteral("entered_value"), ob.enteredValue ? QJsonValue(*ob.enteredValue) : QJsonValue()},
        {QStringLiteral("entered_unit"), ob.enteredUnit},
        {QStringLiteral("date"),
         ob.observedAt.isValid() ? core::toIsoUtc(ob.observedAt) : ob.observedOn.toString(Qt::ISODate)},
        {QStringLiteral("source"), ob.source},
        {QStringLiteral("provenance"), ob.provenance},
        {QStringLiteral("row_version"), ob.rowVersion}};
    entryJson(ob.entry, o);
    return o;
}

} // namespace cb::services
