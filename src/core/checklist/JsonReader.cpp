#include "core/checklist/JsonReader.h"

#include <cmath>

namespace cb::core {

JsonReader::JsonReader(QString document) : m_document(std::move(document)) {}

void JsonReader::fail(const QString& where, const QString& problem)
{
    if (!m_problem.isEmpty())
        return; // keep the first problem: later ones are often its consequences
    m_problem = where.isEmpty() ? m_document + QStringLiteral(": ") + problem
                                : m_document + QStringLiteral(", ") + where + QStringLiteral(": ") + problem;
}

cb::Error JsonReader::error() const
{
    cb::Error e = cb::Error::badInput(m_problem);
    e.detail = m_problem;
    return e;
}

void JsonReader::allowOnly(const QJsonObject& o, const QStringList& allowed, const QString& where)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key()))
            fail(where, QStringLiteral("unknown key \"%1\"").arg(it.key()));
}

QString JsonReader::string(const QJsonObject& o, const QString& key, const QString& where)
{
    const auto s = optionalString(o, key, where);
    if (!s || s->trimmed().isEmpty()) {
        if (s || !o.contains(key))
            fail(where, QStringLiteral("\"%1\" is missing or empty").arg(key));
        return {};
    }
    return *s;
}

std::optional<QString> JsonReader::optionalString(const QJsonObject& o, const QString& key,
                                                  const QString& where)
{
    if (!o.contains(key))
        return std::nullopt;
    if (!o.value(key).isString()) {
        fail(where, QStringLiteral("\"%1\" must be a string").arg(key));
        return std::nullopt;
    }
    return o.value(key).toString();
}

double JsonReader::number(const QJsonObject& o, const QString& key, const QString& where)
{
    const auto n = optionalNumber(o, key, where);
    if (!n) {
        if (!o.contains(key))
            fail(where, QStringLiteral("\"%1\" is missing").arg(key));
        return 0.0;
    }
    return *n;
}

std::optional<double> JsonReader::optionalNumber(const QJsonObject& o, const QString& key,
                                                 const QString& where)
{
    if (!o.contains(key))
        return std::nullopt;
    if (!o.value(key).isDouble()) {
        fail(where, QStringLiteral("\"%1\" must be a number").arg(key));
        return std::nullopt;
    }
    return o.value(key).toDouble();
}

std::optional<int> JsonReader::optionalInteger(const QJsonObject& o, const QString& key, const QString& where)
{
    const auto n = optionalNumber(o, key, where);
    if (!n)
        return std::nullopt;
    if (std::floor(*n) != *n || *n < 0 || *n > 100000) {
        fail(where, QStringLiteral("\"%1\" must be a whole number from 0 to 100000").arg(key));
        return std::nullopt;
    }
    return static_cast<int>(*n);
}

bool JsonReader::boolean(const QJsonObject& o, const QString& key, const QString& where, bool fallback)
{
    if (!o.contains(key))
        return fallback;
    if (!o.value(key).isBool()) {
        fail(where, QStringLiteral("\"%1\" must be true or false").arg(key));
        return fallback;
    }
    return o.value(key).toBool();
}

QDate JsonReader::date(const QJsonObject& o, const QString& key, const QString& where)
{
    const QString s = string(o, key, where);
    if (s.isEmpty())
        return {};
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid() || s.size() != 10)
        fail(where, QStringLiteral("\"%1\" must be a date written YYYY-MM-DD, not \"%2\"").arg(key, s));
    return d;
}

LocalizedText JsonReader::textValue(const QJsonValue& v, const QString& where)
{
    if (!v.isObject()) {
        fail(where, QStringLiteral("a text must be an object {\"en\": ..., \"zh_CN\": ...}"));
        return {};
    }
    const QJsonObject o = v.toObject();
    allowOnly(o, {QStringLiteral("en"), QStringLiteral("zh_CN")}, where);
    LocalizedText t;
    t.en = o.value(QLatin1String("en")).toString();
    t.zhCN = o.value(QLatin1String("zh_CN")).toString();
    if (t.en.trimmed().isEmpty())
        fail(where, QStringLiteral("the English text (\"en\") is missing"));
    else if (t.zhCN.trimmed().isEmpty())
        fail(where, QStringLiteral("the Simplified Chinese text (\"zh_CN\") is missing"));
    return t;
}

LocalizedText JsonReader::text(const QJsonObject& o, const QString& key, const QString& where)
{
    if (!o.contains(key)) {
        fail(where, QStringLiteral("\"%1\" is missing").arg(key));
        return {};
    }
    return textValue(o.value(key), where + QStringLiteral(", ") + key);
}

std::optional<LocalizedText> JsonReader::optionalText(const QJsonObject& o, const QString& key,
                                                      const QString& where)
{
    if (!o.contains(key))
        return std::nullopt;
    return textValue(o.value(key), where + QStringLiteral(", ") + key);
}

QJsonArray JsonReader::array(const QJsonObject& o, const QString& key, const QString& where, bool required)
{
    if (!o.contains(key)) {
        if (required)
            fail(where, QStringLiteral("\"%1\" is missing").arg(key));
        return {};
    }
    if (!o.value(key).isArray()) {
        fail(where, QStringLiteral("\"%1\" must be an array").arg(key));
        return {};
    }
    return o.value(key).toArray();
}

QJsonObject JsonReader::object(const QJsonObject& o, const QString& key, const QString& where)
{
    if (!o.value(key).isObject()) {
        fail(where, QStringLiteral("\"%1\" must be an object").arg(key));
        return {};
    }
    return o.value(key).toObject();
}

QStringList JsonReader::stringList(const QJsonObject& o, const QString& key, const QString& where)
{
    QStringList list;
    for (const QJsonValue& v : array(o, key, where, false)) {
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            fail(where, QStringLiteral("\"%1\" must hold non-empty strings").arg(key));
            return {};
        }
        list << v.toString();
    }
    return list;
}

QString JsonReader::evidence(const QJsonObject& o, const QString& where, bool* unverified)
{
    static const QStringList kTags{QStringLiteral("V"), QStringLiteral("V2"), QStringLiteral("U"),
                                   QStringLiteral("CONV")};
    const QString tag = string(o, QStringLiteral("evidence"), where);
    if (!tag.isEmpty() && !kTags.contains(tag))
        fail(where, QStringLiteral("evidence must be one of V, V2, U, CONV, not \"%1\"").arg(tag));
    const bool marked = boolean(o, QStringLiteral("unverified"), where, false);
    if (tag == QLatin1String("U") && !marked)
        fail(where, QStringLiteral("an item or rule tagged [U] must carry \"unverified\": true"));
    if (unverified)
        *unverified = marked;
    return tag;
}

} // namespace cb::core
