#pragma once

#include "core/PartialDate.h"

#include <QString>

namespace cb::core {

// Where a label entry comes from: the document read (a regulator's notice, the maker's press
// release, a journal table), its address when it has one, and the date it was published (to the
// year, month or day, as the document gives it).
struct LabelSource
{
    QString document;
    QString url; // empty when the document has no address (a printed label)
    PartialDate published;
};

} // namespace cb::core
