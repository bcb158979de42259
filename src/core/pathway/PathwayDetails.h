#pragma once

#include "core/Result.h"
#include "core/grading/GradingOptions.h"
#include "core/pathway/PathwayEvent.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace cb::core {

// The details each pathway step records (SPEC §5), checked field by field:
//  apheresis        washouts_met (bool, required), alc_per_ul, cd3_per_ul, chain_of_identity
//  bridging         regimen (required), cardiotoxic (bool, required), response, end_date
//  product_receipt  lot, chain_of_identity
//  lymphodepletion  hematotox (the pre-LD labs, `grade hematotox` fields, required), labs_date,
//                   regimen, fludarabine_mg_m2, cyclophosphamide_mg_m2, bsa_m2, end_date
//  infusion         lot (required), dose (required), product, premedication
//  discharge        caregiver_confirmed, driving_restriction_until, prophylaxis
// Every step also takes `comment`. Unknown fields are refused, naming them.
class PathwayDetails
{
    Q_DECLARE_TR_FUNCTIONS(cb::core::PathwayDetails)
public:
    struct Checked
    {
        QJsonObject details; // normalised, with computed results (hematotox_result)
        QDate endDate;       // from end_date, when given
        QStringList notes;   // prompts for the team (HT-high prophylaxis)
    };

    // `date` is the step's date (labs_date and end_date are checked against it).
    static Result<Checked> check(PathwayEventType type, const QJsonObject& details, const QDate& date,
                                 const HematotoxTies& ties = {});
    static QStringList fieldsOf(PathwayEventType type);
    static QStringList requiredFieldsOf(PathwayEventType type);
    // The prophylaxis prompt of an HT-high CAR-HEMATOTOX (SPEC §3, S4 Table 3).
    static QString htHighNote(int score);
};

} // namespace cb::core
