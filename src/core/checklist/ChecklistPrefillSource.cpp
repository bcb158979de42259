#include "core/checklist/ChecklistPrefillSource.h"

namespace cb::core {

QString ChecklistPrefillSource::id() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Observation:
        return QStringLiteral("observation:") + code;
    case Kind::Fact:
        return QStringLiteral("fact:") + code;
    case Kind::Exposure:
        return QStringLiteral("exposure:") + code;
    }
    return {};
}

} // namespace cb::core
