#pragma once

#include "core/Result.h"
#include "core/pathway/Assessment.h"
#include "core/pathway/FollowUpVisit.h"
#include "core/pathway/MonitoringSummary.h"
#include "core/pathway/PathwayEvent.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace cb::cli {

// The JSON of `pathway show`, `monitor show` and `followup list` (stable snake_case ids), and the
// reading of a --details/--file JSON object.
class PathwayJson
{
    Q_DECLARE_TR_FUNCTIONS(cb::cli::PathwayJson)
public:
    static QJsonObject event(const core::PathwayEvent& e, const QDate& infusionDate);
    static QJsonObject assessment(const core::Assessment& a);
    static QJsonObject day(const core::MonitoringDay& d);
    static QJsonObject visit(const core::FollowUpVisit& v, const QString& status);
    // One JSON object from a file; bad input naming the file and what is wrong otherwise.
    static Result<QJsonObject> readObjectFile(const QString& path, const QString& what);
};

} // namespace cb::cli
