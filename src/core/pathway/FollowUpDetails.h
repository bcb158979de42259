#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace cb::core {

// The late-effects details of a follow-up visit (SPEC §5 step 13, S21), checked field by field:
// cytopenias (text), igg_mg_dl (0-5000), cd4_per_ul (0-5000), infections (text),
// secondary_malignancy (bool), secondary_malignancy_detail (text), b_cell_aplasia (bool),
// mrd_method (text), comment (text). Unknown fields are refused, naming them.
class FollowUpDetails
{
    Q_DECLARE_TR_FUNCTIONS(cb::core::FollowUpDetails)
public:
    static Result<QJsonObject> check(const QJsonObject& details);
    static QStringList fields();
};

} // namespace cb::core
