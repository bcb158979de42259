#pragma once

#include "core/CaseRecord.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace cb::core {

// The checks of intake (INTAKE.md §1–5) that do not need the database: required fields, dates
// that cannot be in the future or before birth, the closed vocabularies of the record. Each
// refusal is BadInput naming the field, in the user's language.
class IntakeRules
{
    Q_DECLARE_TR_FUNCTIONS(cb::core::IntakeRules)
public:
    // The patient at registration: at least one identifier (authority, type and value each
    // given), a family or given name (or a Chinese name), the sex (unknown is a value), the
    // birth date to at least the year, not in the future.
    static Status checkPatient(const Patient& patient, const QDate& today);
    static Status checkIdentifier(const PatientIdentifier& id);
    // The referral part of a case: indication, referral date (not in the future, not before
    // birth), urgency, referrer's name.
    static Status checkReferral(const CaseRecord& referral, const QDate& today);
    static Status checkHistory(const DiseaseHistory& history, const QDate& today);
    static Status checkTherapyLine(const TherapyLine& line, const QDate& today);
    static Status checkTransplant(const Transplant& transplant, const QDate& today);
    // A date of the record: not in the future; `field` names it in the message.
    static Status checkPastDate(const PartialDate& date, const QDate& today, const QString& field);

    static const QStringList& urgencies(); // routine, urgent, emergency
    static const QStringList&
    reasonsStopped(); // progression, toxicity, completed, patient_choice, other, unknown
    static const QStringList& responseSchemes(); // imwg, lugano, all
    static const QStringList& responses(const QString& scheme);
    static const QStringList& intents(); // induction, consolidation, maintenance, salvage, bridging, unknown
    static const QStringList& transplantKinds(); // autologous, allogeneic
    static const QStringList& donorTypes();
    static const QStringList& gvhdStates();
    static const QStringList& cytogeneticMarkers(); // del17p, t4_14, t14_16, gain1q, tp53, none, unknown
    static const QStringList& identifierTypes();    // MR, NH, NI, PPN, PI, other
};

} // namespace cb::core
