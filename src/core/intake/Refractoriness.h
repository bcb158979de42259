#pragma once

#include "core/CaseRecord.h"

#include <QString>
#include <optional>

namespace cb::core {

// What the app proposes for the refractoriness of a line's drugs; the clinician confirms or
// overrides it (INTAKE.md §5).
enum class Proposal { Refractory, NotRefractory, Unknown };

// The IMWG rule: refractory = no response on therapy (best response SD or PD; Lugano NMR or PMD;
// ALL refractory), progression on therapy (`ongoing` with a progression date, or progression
// before the last dose), or progression within 60 days of the last dose (`endDate`). Conservative
// with partial dates (INTAKE.md §3): "within 60 days" holds only when it holds for every day the
// dates could be, "not within" only when it fails for every day; otherwise Unknown. Without a
// progression date (and a response that says nothing) the proposal is Unknown.
Proposal proposeRefractory(const TherapyLine& line);

// The days from the last dose to progression as the partial dates allow: {fewest, most}; empty
// when either date is missing.
std::optional<std::pair<int, int>> daysFromLastDoseToProgression(const TherapyLine& line);

// Why proposeRefractory() proposes what it does, for the GUI (translated).
QString proposalReason(const TherapyLine& line);

// The line's drugs with the proposal filled in where refractoriness is not yet known (Refractory →
// true, NotRefractory → false, Unknown → left unknown); a value the clinician set is kept.
QList<LineDrug> withProposedRefractoriness(const TherapyLine& line);

// The stable id of a proposal: refractory, not_refractory, unknown.
QString toId(Proposal proposal);

} // namespace cb::core
