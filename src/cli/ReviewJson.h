#pragma once

#include "core/Review.h"
#include "services/ReviewService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cb::cli {

// The JSON shapes of `opinion show --json` and `decision show --json` (stable snake_case ids;
// absent values are null, never missing keys, so scripts can rely on every key).
struct ReviewJson
{
    // One discipline's review: its current version, the items of that version and every version.
    static QJsonObject disciplineReview(const services::DisciplineReview& r);
    // The board's current verdict on a case, with its signature, dissent, actions, communications
    // and the earlier versions' ids.
    static QJsonObject decision(const core::Decision& d, const QList<core::Decision>& all);
    static QJsonValue signature(const std::optional<core::Signature>& s);
    // The checklist items of an opinion version: id, status, value, stale (and reasons).
    static QJsonArray items(const core::Opinion& o);
};

} // namespace cb::cli
