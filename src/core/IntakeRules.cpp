#include "core/IntakeRules.h"

namespace cb::core {

namespace {

Status oneOf(const QString& value, const QStringList& allowed, const QString& field)
{
    if (value.isEmpty() || allowed.contains(value))
        return {};
    return Error::badInput(
        QCoreApplication::translate("cb::core::IntakeRules", "%1: \"%2\" is not one of %3.")
            .arg(field, value, allowed.join(QStringLiteral(", "))));
}

} // namespace

const QStringList& IntakeRules::urgencies()
{
    static const QStringList v{QStringLiteral("routine"), QStringLiteral("urgent"),
                               QStringLiteral("emergency")};
    return v;
}

const QStringList& IntakeRules::reasonsStopped()
{
    static const QStringList v{QStringLiteral("progression"), QStringLiteral("toxicity"),
                               QStringLiteral("completed"),   QStringLiteral("patient_choice"),
                               QStringLiteral("other"),       QStringLiteral("unknown")};
    return v;
}

const QStringList& IntakeRules::responseSchemes()
{
    static const QStringList v{QStringLiteral("imwg"), QStringLiteral("lugano"), QStringLiteral("all")};
    return v;
}

const QStringList& IntakeRules::responses(const QString& scheme)
{
    static const QStringList imwg{QStringLiteral("sCR"), QStringLiteral("CR"),     QStringLiteral("VGPR"),
                                  QStringLiteral("PR"),  QStringLiteral("MR"),     QStringLiteral("SD"),
                                  QStringLiteral("PD"),  QStringLiteral("unknown")};
    static const QStringList lugano{QStringLiteral("CMR"), QStringLiteral("PMR"), QStringLiteral("NMR"),
                                    QStringLiteral("PMD"), QStringLiteral("CR"),  QStringLiteral("PR"),
                                    QStringLiteral("SD"),  QStringLiteral("PD"),  QStringLiteral("unknown")};
    static const QStringList all{QStringLiteral("CR"),           QStringLiteral("CRi"),
                                 QStringLiteral("MRD_negative"), QStringLiteral("refractory"),
                                 QStringLiteral("relapse"),      QStringLiteral("unknown")};
    if (scheme == QLatin1String("lugano"))
        return lugano;
    if (scheme == QLatin1String("all"))
        return all;
    return imwg;
}

const QStringList& IntakeRules::intents()
{
    static const QStringList v{QStringLiteral("induction"),   QStringLiteral("consolidation"),
                               QStringLiteral("maintenance"), QStringLiteral("salvage"),
                               QStringLiteral("bridging"),    QStringLiteral("unknown")};
    return v;
}

const QStringList& IntakeRules::transplantKinds()
{
    static const QStringList v{QStringLiteral("autologous"), QStringLiteral("allogeneic")};
    return v;
}

const QStringList& IntakeRules::donorTypes()
{
    static const QStringList v{QStringLiteral("matched_related"),
                               QStringLiteral("matched_unrelated"),
                               QStringLiteral("mismatched_unrelated"),
                               QStringLiteral("haploidentical"),
                               QStringLiteral("cord"),
                               QStringLiteral("unknown")};
    return v;
}

const QStringList& IntakeRules::gvhdStates()
{
    static const QStringList v{QStringLiteral("none"), QStringLiteral("acute"), QStringLiteral("chronic"),
                               QStringLiteral("unknown")};
    return v;
}

const QStringList& IntakeRules::cytogeneticMarkers()
{
    static const QStringList v{QStringLiteral("del17p"), QStringLiteral("t4_14"), QStringLiteral("t14_16"),
                               QStringLiteral("gain1q"), QStringLiteral("tp53"),  QStringLiteral("none"),
                               QStringLiteral("unknown")};
    return v;
}

const QStringList& IntakeRules::identifierTypes()
{
    static const QStringList v{QStringLiteral("MR"),  QStringLiteral("NH"), QStringLiteral("NI"),
                               QStringLiteral("PPN"), QStringLiteral("PI"), QStringLiteral("other")};
    return v;
}

Status IntakeRules::checkPastDate(const PartialDate& date, const QDate& today, const QString& field)
{
    if (date.isAfter(today))
        return Error::badInput(tr("%1 %2 is in the future.").arg(field, date.toString()));
    return {};
}

Status IntakeRules::checkIdentifier(const PatientIdentifier& id)
{
    if (id.authority.trimmed().isEmpty())
        return Error::badInput(tr("An identifier needs its authority (who issued it, e.g. the hospital)."));
    if (id.type.trimmed().isEmpty())
        return Error::badInput(
            tr("An identifier needs its type (MR for a record number, NH for a national one …)."));
    if (id.value.trimmed().isEmpty())
        return Error::badInput(tr("An identifier needs its value."));
    if (id.value.size() > 64 || id.authority.size() > 64 || id.type.size() > 16)
        return Error::badInput(
            tr("Identifier %1 is too long (64 characters at most).").arg(id.value.left(20)));
    return {};
}

Status IntakeRules::checkPatient(const Patient& p, const QDate& today)
{
    if (p.identifiers.isEmpty())
        return Error::badInput(tr("A patient needs at least one identifier (authority, type and value)."));
    for (const auto& id : p.identifiers)
        if (auto st = checkIdentifier(id); !st.ok())
            return st;
    for (int i = 0; i < p.identifiers.size(); ++i)
        for (int j = i + 1; j < p.identifiers.size(); ++j)
            if (p.identifiers.at(i) == p.identifiers.at(j))
                return Error::badInput(tr("Identifier %1 is given twice.").arg(p.identifiers.at(i).value));
    if (p.familyName.trimmed().isEmpty() && p.givenName.trimmed().isEmpty() && p.nameZh.trimmed().isEmpty())
        return Error::badInput(tr("A patient needs a name (family name, given name or Chinese name)."));
    if (p.familyName.size() > 100 || p.givenName.size() > 100 || p.nameZh.size() > 100)
        return Error::badInput(tr("A name is too long (100 characters at most)."));
    if (p.birth.isNull() && !p.birthDate.isValid())
        return Error::badInput(tr("A patient needs a birth date, at least the year."));
    const PartialDate birth = p.birth.isNull() ? PartialDate::fromDate(p.birthDate) : p.birth;
    if (auto st = checkPastDate(birth, today, tr("Birth date")); !st.ok())
        return st;
    if (birth.year() < today.year() - 120)
        return Error::badInput(tr("Birth date %1 is more than 120 years ago.").arg(birth.toString()));
    return {};
}

Status IntakeRules::checkReferral(const CaseRecord& r, const QDate& today)
{
    if (r.indication == Indication::Other && r.subtype.trimmed().isEmpty())
        return Error::badInput(tr("An indication \"other\" needs the disease named in the subtype."));
    if (!r.referralDate.isValid())
        return Error::badInput(tr("A referral needs its date."));
    if (r.referralDate > today)
        return Error::badInput(
            tr("Referral date %1 is in the future.").arg(r.referralDate.toString(Qt::ISODate)));
    const PartialDate birth =
        r.patient.birth.isNull() ? PartialDate::fromDate(r.patient.birthDate) : r.patient.birth;
    if (!birth.isNull() && birth.earliest() > r.referralDate)
        return Error::badInput(tr("The birth date is after the referral date."));
    if (auto st = oneOf(r.urgency, urgencies(), tr("Urgency")); !st.ok())
        return st;
    const QString referrer = r.referrerDetail.name.isEmpty() ? r.referrer : r.referrerDetail.name;
    if (referrer.trimmed().isEmpty())
        return Error::badInput(tr("A referral needs the referring clinician."));
    for (const QString* s : {&r.referrer, &r.referrerDetail.name, &r.referrerDetail.institution,
                             &r.referrerDetail.contact, &r.fundingReference, &r.subtype, &r.intendedProduct})
        if (s->size() > 200)
            return Error::badInput(tr("A referral field is too long (200 characters at most)."));
    if (r.referrerQuestion.size() > 4000)
        return Error::badInput(tr("The referrer's question is too long (4000 characters at most)."));
    return {};
}

Status IntakeRules::checkHistory(const DiseaseHistory& h, const QDate& today)
{
    if (auto st = checkPastDate(h.diagnosisDate, today, tr("Diagnosis date")); !st.ok())
        return st;
    if (auto st = checkPastDate(h.targetAntigenDate, today, tr("Target antigen date")); !st.ok())
        return st;
    static const QStringList yesNo{QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("unknown")};
    static const QStringList cns{QStringLiteral("none"), QStringLiteral("treated"), QStringLiteral("active"),
                                 QStringLiteral("unknown")};
    static const QStringList stage{QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"),
                                   QStringLiteral("unknown")};
    static const QStringList annArbor{QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"),
                                      QStringLiteral("IV"), QStringLiteral("unknown")};
    static const QStringList cnsStatus{QStringLiteral("cns1"), QStringLiteral("cns2"), QStringLiteral("cns3"),
                                       QStringLiteral("unknown")};
    static const QStringList ph{QStringLiteral("positive"), QStringLiteral("negative"),
                                QStringLiteral("unknown")};
    static const QStringList antigens{QStringLiteral("cd19"), QStringLiteral("bcma"), QStringLiteral("cd22"),
                                      QStringLiteral("gprc5d"), QStringLiteral("cd20")};
    static const QStringList antigenStatus{QStringLiteral("positive"), QStringLiteral("negative"),
                                           QStringLiteral("not_tested"), QStringLiteral("unknown")};
    for (const auto& [value, allowed, field] :
         std::initializer_list<std::tuple<QString, QStringList, QString>>{
             {h.extramedullary, yesNo, tr("Extramedullary disease")},
             {h.cnsDisease, cns, tr("CNS involvement")},
             {h.staging.iss, stage, QStringLiteral("ISS")},
             {h.staging.riss, stage, QStringLiteral("R-ISS")},
             {h.staging.annArbor, annArbor, QStringLiteral("Ann Arbor")},
             {h.staging.bulky, yesNo, tr("Bulky disease")},
             {h.staging.cnsStatus, cnsStatus, tr("CNS status")},
             {h.staging.phStatus, ph, tr("Ph status")},
             {h.targetAntigen, antigens, tr("Target antigen")},
             {h.targetAntigenStatus, antigenStatus, tr("Target antigen status")}})
        if (auto st = oneOf(value, allowed, field); !st.ok())
            return st;
    for (const QString& m : h.cytogenetics)
        if (auto st = oneOf(m, cytogeneticMarkers(), tr("Cytogenetics")); !st.ok())
            return st;
    if (h.diagnosis.size() > 1000 || h.extramedullarySites.size() > 1000 ||
        h.targetAntigenMethod.size() > 200 || h.staging.text.size() > 1000)
        return Error::badInput(tr("A history field is too long (1000 characters at most)."));
    if (h.cytogeneticsNote.size() > 2000)
        return Error::badInput(tr("The cytogenetics note is too long (2000 characters at most)."));
    return {};
}

Status IntakeRules::checkTherapyLine(const TherapyLine& l, const QDate& today)
{
    if (l.lineNumber < 1 || l.lineNumber > 30)
        return Error::badInput(tr("Line number %1 is not between 1 and 30.").arg(l.lineNumber));
    if (l.regimen.trimmed().isEmpty() && l.drugs.isEmpty())
        return Error::badInput(tr("A therapy line needs its regimen or its drugs."));
    if (l.regimen.size() > 300)
        return Error::badInput(tr("The regimen is too long (300 characters at most)."));
    for (const auto& d : l.drugs) {
        if (d.name.trimmed().isEmpty())
            return Error::badInput(tr("A drug of the line has no name."));
        if (d.drugClass.trimmed().isEmpty())
            return Error::badInput(tr("Drug %1 needs its class.").arg(d.name));
    }
    if (l.startDate.isNull())
        return Error::badInput(tr("A therapy line needs its start date, at least the year."));
    if (auto st = checkPastDate(l.startDate, today, tr("Start date")); !st.ok())
        return st;
    if (auto st = checkPastDate(l.endDate, today, tr("Stop date")); !st.ok())
        return st;
    if (auto st = checkPastDate(l.progressionDate, today, tr("Progression date")); !st.ok())
        return st;
    if (!l.endDate.isNull() && l.endDate.latest() < l.startDate.earliest())
        return Error::badInput(
            tr("Stop date %1 is before start date %2.").arg(l.endDate.toString(), l.startDate.toString()));
    if (l.ongoing && !l.endDate.isNull())
        return Error::badInput(tr("A line still being received has no stop date."));
    if (auto st = oneOf(l.reasonStopped, reasonsStopped(), tr("Reason stopped")); !st.ok())
        return st;
    if (auto st = oneOf(l.responseScheme, responseSchemes(), tr("Response scheme")); !st.ok())
        return st;
    if (!l.bestResponse.isEmpty() && !l.responseScheme.isEmpty())
        if (auto st = oneOf(l.bestResponse, responses(l.responseScheme), tr("Best response")); !st.ok())
            return st;
    if (auto st = oneOf(l.intent, intents(), tr("Intent")); !st.ok())
        return st;
    return {};
}

Status IntakeRules::checkTransplant(const Transplant& t, const QDate& today)
{
    if (!transplantKinds().contains(t.kind))
        return Error::badInput(tr("A transplant is autologous or allogeneic (kind)."));
    if (t.date.isNull())
        return Error::badInput(tr("A transplant needs its date, at least the year."));
    if (auto st = checkPastDate(t.date, today, tr("Transplant date")); !st.ok())
        return st;
    if (t.kind == QLatin1String("autologous") && (!t.donor.isEmpty() || !t.gvhd.isEmpty()))
        return Error::badInput(tr("Donor and GVHD are recorded for allogeneic transplants only."));
    if (auto st = oneOf(t.donor, donorTypes(), tr("Donor")); !st.ok())
        return st;
    if (auto st = oneOf(t.gvhd, gvhdStates(), QStringLiteral("GVHD")); !st.ok())
        return st;
    if (t.conditioning.size() > 200 || t.notes.size() > 2000)
        return Error::badInput(tr("A transplant field is too long."));
    return {};
}

} // namespace cb::core
