#include "core/checklist/labels/LabelAssessment.h"

namespace cb::core {

bool LabelAssessment::allMet() const
{
    return indication.check == LabelCheck::Met && priorLines.check == LabelCheck::Met &&
           exposures.check == LabelCheck::Met;
}

} // namespace cb::core
