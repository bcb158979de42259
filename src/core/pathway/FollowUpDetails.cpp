#include "core/pathway/FollowUpDetails.h"

#include "core/TextLimits.h"

#include <QCoreApplication>

namespace cb::core {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("cb::core", s);
}

Error fieldError(const QString& key, const QString& problem)
{
    return Error::badInput(tr("follow-up details, \"%1\": %2").arg(key, problem)).atField(key);
}

enum class Kind { Text, Bool, Number };

struct Field
{
    const char* key;
    Kind kind;
    double max; // a number's maximum, a text's length limit
};

constexpr Field kFields[] = {
    {"cytopenias", Kind::Text, TextLimits::kShort},
    {"igg_mg_dl", Kind::Number, 5000},
    {"cd4_per_ul", Kind::Number, 5000},
    {"infections", Kind::Text, TextLimits::kLong},
    {"secondary_malignancy", Kind::Bool, 0},
    {"secondary_malignancy_detail", Kind::Text, TextLimits::kLong},
    {"b_cell_aplasia", Kind::Bool, 0},
    {"mrd_method", Kind::Text, TextLimits::kShort},
    {"comment", Kind::Text, TextLimits::kLong},
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
            return fieldError(
                it.key(), tr("unknown field; expected one of %1").arg(fields().join(QStringLiteral(", "))));
        const QJsonValue v = it.value();
        if (v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
            continue;
        switch (field->kind) {
        case Kind::Text:
            if (!v.isString())
                return fieldError(it.key(), tr("expected text"));
            if (auto st = TextLimits::check(it.key(), v.toString().trimmed(), qsizetype(field->max));
                !st.ok())
                return st.error();
            out.insert(it.key(), v.toString().trimmed());
            break;
        case Kind::Bool:
            if (!v.isBool())
                return fieldError(it.key(), tr("expected true or false"));
            out.insert(it.key(), v);
            break;
        case Kind::Number:
            if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > field->max)
                return fieldError(it.key(), v.isString()
                                                ? tr("\"%1\" is not a number; expected a number 0-%2")
                                                      .arg(v.toString())
                                                      .arg(field->max)
                                                : tr("expected a number 0-%1").arg(field->max));
            out.insert(it.key(), v);
            break;
        }
    }
    if (out.value(QStringLiteral("secondary_malignancy")).toBool() &&
        out.value(QStringLiteral("secondary_malignancy_detail")).toString().isEmpty())
        return fieldError(QStringLiteral("secondary_malignancy_detail"),
                          tr("say which malignancy was found"));
    return out;
}

} // namespace cb::core
