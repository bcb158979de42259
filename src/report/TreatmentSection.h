#pragma once

#include "core/CaseDossier.h"

#include <QString>

namespace cb::report {

// What the documents of a treated patient say about the treatment (DESIGN.md §2 Treatment and
// Follow-up, SPEC §5): the pathway dates, the worst CRS and ICANS grades with the day reached and
// what was given, the CAR-HEMATOTOX before lymphodepletion, and the follow-up responses. Both
// give nothing for a patient not yet treated.
class TreatmentSection
{
public:
    // The case summary's section, headed with its number.
    static QString summaryHtml(const core::CaseDossier& d, int number);
    // The outcome letter's paragraphs for the referring physician.
    static QString letterHtml(const core::CaseDossier& d);
};

} // namespace cb::report
