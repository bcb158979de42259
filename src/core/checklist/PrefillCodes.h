#pragma once

#include "core/checklist/ChecklistItemType.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace cb::core {

// The observation and case-fact codes the rest of CellBoard uses, with the units and answer
// types a checklist item must have to be prefilled from them.
class PrefillCodes
{
public:
    // ecog, lvef, spo2, bilirubin, ast_uln, alt_uln, crcl, anc, platelets, hemoglobin, alc, crp,
    // ferritin, marrow_plasma_cells, troponin, nt_probnp, igg, ice_baseline,
    // life_expectancy_weeks, hematotox.
    static QStringList observationCodes();
    static bool isObservationCode(const QString& code);
    // The unit the app stores the observation in ("%", "µmol/L" ...); empty for ECOG.
    static QString canonicalUnit(const QString& code);

    // indication, prior_lines, lenalidomide_refractory, extramedullary_disease, cns_disease,
    // last_allo_transplant_date.
    static QStringList factCodes();
    static bool isFactCode(const QString& code);
    static std::optional<ChecklistItemType> factType(const QString& code);
};

} // namespace cb::core
