#pragma once

#include "core/CaseRecord.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

namespace cb::services {

// The JSON shapes of intake (DESIGN.md §5): what `patient add`, `case add`, `history set`,
// `line add` and `transplant add` read, what `patient show`, `case show` and `obs list` print,
// and what the audit keeps. Reading names the offending field in a BadInput error.
class IntakeJson
{
    Q_DECLARE_TR_FUNCTIONS(cb::services::IntakeJson)
public:
    // {"value": "2019-03", "precision": "month", "estimated": false}, or a bare "2019-03".
    static Result<core::PartialDate> readDate(const QJsonValue& v, const QString& field);
    static QJsonValue dateJson(const core::PartialDate& d);

    static Result<core::Patient> readPatient(const QJsonObject& o);
    static QJsonObject patientJson(const core::Patient& p);
    static QJsonObject identifierJson(const core::PatientIdentifier& id);

    // The case part of a referral (indication, subtype, intended_product, referral_date, urgency,
    // referrer {name, institution, contact}, funding_reference, question).
    static Result<core::CaseRecord> readReferral(const QJsonObject& o);

    // Keys left out keep the value of `base`.
    static Result<core::DiseaseHistory> readHistory(const QJsonObject& o, const core::DiseaseHistory& base);
    static QJsonObject historyJson(const core::DiseaseHistory& h);

    static Result<core::TherapyLine> readTherapyLine(const QJsonObject& o);
    static QJsonObject therapyLineJson(const core::TherapyLine& l);
    static Result<core::Transplant> readTransplant(const QJsonObject& o);
    static QJsonObject transplantJson(const core::Transplant& t);
    static QJsonObject observationJson(const core::Observation& o);

private:
    static void entryJson(const core::RecordEntryState& e, QJsonObject& o);
};

} // namespace cb::services
