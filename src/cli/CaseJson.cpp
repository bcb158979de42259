#include "cli/CaseJson.h"

#include "core/intake/DerivedFacts.h"
#include "services/IntakeJson.h"

#include <QJsonArray>

namespace cb::cli {

QJsonObject CaseJson::summary(const core::CaseSummary& s)
{
    return {{QStringLiteral("id"), s.caseId},
            {QStringLiteral("state"), core::toId(s.state)},
            {QStringLiteral("indication"), core::toId(s.indication)},
            {QStringLiteral("patient"), s.patientName},
            {QStringLiteral("mrn"), s.mrn},
            {QStringLiteral("referral_date"), s.referralDate.toString(Qt::ISODate)}};
}

QJsonObject CaseJson::record(const core::CaseRecord& r, const QDate& today)
{
    QJsonArray lines;
    for (const auto& l : r.therapyLines)
        lines << QJsonObject{{QStringLiteral("id"), l.id},
                             {QStringLiteral("drugs"),
                              services::IntakeJson::therapyLineJson(l).value(QStringLiteral("drugs"))},
                             {QStringLiteral("line"), l.lineNumber},
                             {QStringLiteral("regimen"), l.regimen},
                             {QStringLiteral("drug_classes"), QJsonArray::fromStringList(l.drugClasses)},
                             {QStringLiteral("start"), l.startDate.toString()},
                             {QStringLiteral("end"), l.endDate.toString()},
                             {QStringLiteral("best_response"), l.bestResponse},
                             {QStringLiteral("refractory"), l.refractory},
                             {QStringLiteral("lenalidomide_refractory"), l.lenalidomideRefractory}};
    QJsonArray transplants;
    for (const auto& t : r.transplants)
        transplants << QJsonObject{
            {QStringLiteral("id"), t.id},       {QStringLiteral("conditioning"), t.conditioning},
            {QStringLiteral("donor"), t.donor}, {QStringLiteral("gvhd"), t.gvhd},
            {QStringLiteral("kind"), t.kind},   {QStringLiteral("date"), t.date.toString()},
            {QStringLiteral("notes"), t.notes}};
    QJsonArray observations;
    for (const auto& o : r.observations) {
        QJsonObject obj{
            {QStringLiteral("id"), o.id},
            {QStringLiteral("comparator"), o.comparator},
            {QStringLiteral("entered_value"), o.enteredValue ? QJsonValue(*o.enteredValue) : QJsonValue()},
            {QStringLiteral("entered_unit"), o.enteredUnit},
            {QStringLiteral("source"), o.source},
            {QStringLiteral("code"), o.code},
            {QStringLiteral("unit"), o.unit},
            {QStringLiteral("date"), o.observedOn.toString(Qt::ISODate)}};
        if (o.value)
            obj.insert(QStringLiteral("value"), *o.value);
        else
            obj.insert(QStringLiteral("value"), o.valueText);
        observations << obj;
    }
    const core::DerivedFacts f = core::deriveFacts(r.therapyLines, r.transplants, today);
    QJsonObject patient = services::IntakeJson::patientJson(r.patient);
    return {
        {QStringLiteral("id"), r.id},
        {QStringLiteral("patient_id"), r.patient.id},
        {QStringLiteral("identifiers"), patient.value(QStringLiteral("identifiers"))},
        {QStringLiteral("subtype"), r.subtype},
        {QStringLiteral("urgency"), r.urgency},
        {QStringLiteral("funding_reference"), r.fundingReference},
        {QStringLiteral("referrer_detail"),
         QJsonObject{{QStringLiteral("name"), r.referrerDetail.name},
                     {QStringLiteral("institution"), r.referrerDetail.institution},
                     {QStringLiteral("contact"), r.referrerDetail.contact}}},
        {QStringLiteral("history"), services::IntakeJson::historyJson(r.history)},
        {QStringLiteral("prior_lines"), f.priorLines},
        {QStringLiteral("triple_class_exposed"), f.tripleClassExposed},
        {QStringLiteral("triple_class_refractory"), f.tripleClassRefractory},
        {QStringLiteral("penta_exposed"), f.pentaExposed},
        {QStringLiteral("penta_refractory"), f.pentaRefractory},
        {QStringLiteral("lenalidomide_refractory"), f.lenalidomideRefractory},
        {QStringLiteral("prior_bcma"), f.priorBcma},
        {QStringLiteral("prior_cd19"), f.priorCd19},
        {QStringLiteral("prior_car_t"), f.priorCarT},
        {QStringLiteral("days_since_allo"), f.daysSinceAllo ? QJsonValue(*f.daysSinceAllo) : QJsonValue()},
        {QStringLiteral("state"), core::toId(r.state)},
        {QStringLiteral("indication"), core::toId(r.indication)},
        {QStringLiteral("patient"), r.patient.displayName()},
        {QStringLiteral("mrn"), r.patient.mrn},
        {QStringLiteral("patient_detail"),
         QJsonObject{{QStringLiteral("id"), r.patient.id},
                     {QStringLiteral("family_name"), r.patient.familyName},
                     {QStringLiteral("given_name"), r.patient.givenName},
                     {QStringLiteral("name_zh"), r.patient.nameZh},
                     {QStringLiteral("sex"), core::toId(r.patient.sex)},
                     {QStringLiteral("birth_date"), r.patient.birthDate.toString(Qt::ISODate)}}},
        {QStringLiteral("intended_product"), r.intendedProduct},
        {QStringLiteral("referrer"), r.referrer},
        {QStringLiteral("referrer_question"), r.referrerQuestion},
        {QStringLiteral("referral_date"), r.referralDate.toString(Qt::ISODate)},
        {QStringLiteral("close_reason"),
         r.closeReason ? QJsonValue(core::toId(*r.closeReason)) : QJsonValue()},
        {QStringLiteral("close_detail"), r.closeDetail},
        {QStringLiteral("diagnosis"), r.diagnosis},
        {QStringLiteral("diagnosis_date"), r.diagnosisDate.toString()},
        {QStringLiteral("staging"), r.staging},
        {QStringLiteral("cytogenetic_risk"), r.cytogeneticRisk},
        {QStringLiteral("extramedullary_disease"), r.extramedullaryDisease},
        {QStringLiteral("extramedullary_sites"), r.extramedullarySites},
        {QStringLiteral("cns_disease"), r.cnsDisease},
        {QStringLiteral("row_version"), r.rowVersion},
        {QStringLiteral("therapy_lines"), lines},
        {QStringLiteral("transplants"), transplants},
        {QStringLiteral("observations"), observations}};
}

} // namespace cb::cli
