#pragma once

#include "core/intake/DrugVocabulary.h"
#include "core/intake/ObservationCatalog.h"

namespace cb::services {

// The intake vocabularies embedded from resources/intake/ (observation codes with their units and
// ranges, the drug vocabulary), parsed once. A file that does not parse is logged and leaves an
// empty catalogue, which then refuses every code and knows no drug.
class IntakeCatalog
{
public:
    static const core::ObservationCatalog& observations();
    static const core::DrugVocabulary& drugs();
};

} // namespace cb::services
