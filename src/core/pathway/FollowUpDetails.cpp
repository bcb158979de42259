#include "core/pathway/FollowUpDetails.h"

namespace cb::core {

namespace {

enum class Kind { Text, Bool, Number };

struct Field
{
    const char* key;
    Kind kind;
    double max;
};

constexpr Field kFields[] = {
    {"cytopenias", Kind::Text, 0},
    {"igg_mg_dl", Kind::Number, 5000},
    {"cd4_per_ul", Kind::Number, 5000},
    {"infections", Kind::Text, 0},
    {"secondary_malignancy", Kind::Bool, 0},
    {"secondary_malignancy_detail", Kind::Text, 0},
    {"b_cell_aplasia", Kind::Bool, 0},
    {"mrd_method", Kind::Text, 0},
    {"comment", Kind::Text, 0},
};

} // namespace

QStringList FollowUpDetails::fields()
{
    QStringList out;
    for (const auto& f : kFields)
        out << QString::fromLatin1(f.key);
    return out;
}

Result<QJsonObject> FollowUpDetails::check(const QJsonObject& details)
{
    QJsonObject out;
    for (auto it = details.begin(); it != details.end(); ++it) {
        const Field* field = nullptr;
        for (const auto& f : kFields)
            if (it.key() == QLatin1String(f.key))
                field = &f;
        if (!field)
            return Error::badInput(
                QStringLiteral("follow-up details, \"%1\": unknown field; expected one of %2")
                    .arg(it.key(), fields().join(QStringLiteral(", "))));
        const QJsonValue v = it.value();
        if (v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
            continue;
        switch (field->kind) {
        case Kind::Text:
            if (!v.isString())
                return Error::badInput(
                    QStringLiteral("follow-up details, \"%1\": expected text").arg(it.key()));
            out.insert(it.key(), v.toString().trimmed());
            break;
        case Kind::Bool:
            if (!v.isBool())
                return Error::badInput(
                    QStringLiteral("follow-up details, \"%1\": expected true or false").arg(it.key()));
            out.insert(it.key(), v);
            break;
        case Kind::Number:
            if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > field->max)
                return Error::badInput(QStringLiteral("follow-up details, \"%1\": expected a number 0-%2")
                                           .arg(it.key())
                                           .arg(field->max));
            out.insert(it.key(), v);
            break;
        }
    }
    if (out.value(QStringLiteral("secondary_malignancy")).toBool() &&
        out.value(QStringLiteral("secondary_malignancy_detail")).toString().isEmpty())
        return Error::badInput(QStringLiteral("follow-up details, \"secondary_malignancy_detail\": say which "
                                              "malignancy was found"));
    return out;
}

} // namespace cb::core
