#include "core/grading/GradingOptionsJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <array>

namespace cb::core {

namespace {

const QString kVasopressin = QStringLiteral("vasopressin_alone_grade");
const QString kInotropes = QStringLiteral("inotropes_count_as_vasopressors");
const QString kTies = QStringLiteral("hematotox_ties");
const QString kHigher = QStringLiteral("higher_risk");
const QString kLower = QStringLiteral("lower_risk");

struct TieField
{
    const char* key;
    TieBin HematotoxTies::*member;
};

const std::array<TieField, 7> kTieFields{{
    {"platelets_at_75", &HematotoxTies::plateletsAt75},
    {"platelets_at_175", &HematotoxTies::plateletsAt175},
    {"anc_at_1200", &HematotoxTies::ancAt1200},
    {"hemoglobin_at_9", &HematotoxTies::hemoglobinAt9},
    {"crp_at_3", &HematotoxTies::crpAt3},
    {"ferritin_at_650", &HematotoxTies::ferritinAt650},
    {"ferritin_at_2000", &HematotoxTies::ferritinAt2000},
}};

} // namespace

Result<GradingOptions> GradingOptionsJson::parse(const QString& text)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error::badInput(
            tr("The grading conventions must be one JSON object, e.g. "
               "{\"vasopressin_alone_grade\": 3, \"inotropes_count_as_vasopressors\": false}."));
    return fromJson(doc.object());
}

Result<GradingOptions> GradingOptionsJson::fromJson(const QJsonObject& json)
{
    GradingOptions o;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString& key = it.key();
        const QJsonValue v = it.value();
        if (key == kVasopressin) {
            const int g = v.toInt(-1);
            if (!v.isDouble() || v.toDouble() != g || (g != 2 && g != 3))
                return Error::badInput(tr("%1: give 2 or 3 (the CRS grade when vasopressin is the only "
                                          "vasopressor; SPEC default 3).")
                                           .arg(key));
            o.vasopressinAloneGrade = g;
        } else if (key == kInotropes) {
            if (!v.isBool())
                return Error::badInput(tr("%1: give true or false (SPEC default false).").arg(key));
            o.countInotropesAsVasopressors = v.toBool();
        } else if (key == kTies) {
            if (!v.isObject())
                return Error::badInput(
                    tr("%1: give an object of cut-offs, each \"higher_risk\" or \"lower_risk\".").arg(key));
            const QJsonObject ties = v.toObject();
            for (auto t = ties.begin(); t != ties.end(); ++t) {
                const TieField* field = nullptr;
                for (const TieField& f : kTieFields)
                    if (t.key() == QLatin1String(f.key))
                        field = &f;
                QStringList names;
                for (const TieField& f : kTieFields)
                    names << QString::fromLatin1(f.key);
                if (!field)
                    return Error::badInput(tr("%1.%2: unknown cut-off; expected one of %3.")
                                               .arg(key, t.key(), names.join(QStringLiteral(", "))));
                const QString bin = t.value().toString();
                if (bin != kHigher && bin != kLower)
                    return Error::badInput(
                        tr("%1.%2: give \"higher_risk\" or \"lower_risk\".").arg(key, t.key()));
                o.hematotoxTies.*(field->member) = bin == kHigher ? TieBin::HigherRisk : TieBin::LowerRisk;
            }
        } else {
            return Error::badInput(tr("%1: unknown grading convention; expected %2, %3 or %4.")
                                       .arg(key, kVasopressin, kInotropes, kTies));
        }
    }
    return o;
}

QJsonObject GradingOptionsJson::tiesToJson(const HematotoxTies& ties)
{
    QJsonObject t;
    for (const TieField& f : kTieFields)
        t.insert(QString::fromLatin1(f.key), ties.*(f.member) == TieBin::HigherRisk ? kHigher : kLower);
    return t;
}

QJsonObject GradingOptionsJson::toJson(const GradingOptions& options)
{
    return {{kVasopressin, options.vasopressinAloneGrade},
            {kInotropes, options.countInotropesAsVasopressors},
            {kTies, tiesToJson(options.hematotoxTies)}};
}

QString GradingOptionsJson::toText(const GradingOptions& options)
{
    return QString::fromUtf8(QJsonDocument(toJson(options)).toJson(QJsonDocument::Compact));
}

} // namespace cb::core
