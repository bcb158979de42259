#include "core/grading/JsonFieldReader.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <cmath>

namespace cb::core {

struct JsonFieldReader::State
{
    std::optional<Error> error;
    QSet<QString> readPaths;
    QList<QPair<QString, QJsonObject>> objects; // every object opened, with its prefix
};

namespace {

QString describe(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString numberText(double v)
{
    return QString::number(v, 'g', 10);
}

} // namespace

JsonFieldReader::JsonFieldReader(const QJsonObject& object)
    : JsonFieldReader(object, QString(), std::make_shared<State>())
{
}

JsonFieldReader::JsonFieldReader(QJsonObject object, QString prefix, std::shared_ptr<State> state)
    : m_object(std::move(object)), m_prefix(std::move(prefix)), m_state(std::move(state))
{
    m_state->objects.append({m_prefix, m_object});
}

JsonFieldReader JsonFieldReader::object(const QString& key)
{
    const QJsonValue v = take(key);
    QJsonObject inner;
    if (!failed()) {
        if (v.isUndefined() || v.isNull())
            missing(path(key));
        else if (!v.isObject())
            wrongType(path(key), v, QStringLiteral("an object"));
        else
            inner = v.toObject();
    }
    return JsonFieldReader(inner, path(key) + QLatin1Char('.'), m_state);
}

bool JsonFieldReader::has(const QString& key) const
{
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

bool JsonFieldReader::contains(const QString& key) const
{
    return m_object.contains(key);
}

void JsonFieldReader::skip(const QString& key)
{
    take(key);
}

QString JsonFieldReader::path(const QString& key) const
{
    return m_prefix + key;
}

QJsonValue JsonFieldReader::take(const QString& key)
{
    m_state->readPaths.insert(path(key));
    return m_object.value(key);
}

void JsonFieldReader::fail(const QString& where, const QString& problem)
{
    if (!m_state->error)
        m_state->error = Error::badInput(where + QStringLiteral(": ") + problem).atField(where);
}

bool JsonFieldReader::failed() const
{
    return m_state->error.has_value();
}

Error JsonFieldReader::error() const
{
    return m_state->error.value_or(Error{});
}

void JsonFieldReader::missing(const QString& where)
{
    fail(where, QCoreApplication::translate("cb::core", "required field is missing"));
}

void JsonFieldReader::wrongType(const QString& where, const QJsonValue& v, const QString& expected)
{
    fail(where, QStringLiteral("expected %1, got %2").arg(expected, describe(v)));
}

bool JsonFieldReader::inRange(const QString& where, double value, double min, double max, const QString& unit)
{
    if (value >= min && value <= max)
        return true;
    const QString suffix = unit.isEmpty() ? QString() : QLatin1Char(' ') + unit;
    fail(where, QCoreApplication::translate("cb::core", "%1 is not possible; expected %2 to %3%4")
                    .arg(numberText(value), numberText(min), numberText(max), suffix));
    return false;
}

double JsonFieldReader::number(const QString& key, double min, double max, const QString& unit)
{
    if (failed())
        return min;
    if (!has(key)) {
        take(key);
        missing(path(key));
        return min;
    }
    return optionalNumber(key, min, max, unit).value_or(min);
}

std::optional<double> JsonFieldReader::optionalNumber(const QString& key, double min, double max,
                                                      const QString& unit)
{
    const QJsonValue v = take(key);
    if (failed() || v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble()) {
        wrongType(path(key), v, QStringLiteral("a number"));
        return std::nullopt;
    }
    const double value = v.toDouble();
    if (!std::isfinite(value) || !inRange(path(key), value, min, max, unit))
        return std::nullopt;
    return value;
}

int JsonFieldReader::integer(const QString& key, int min, int max)
{
    if (failed())
        return min;
    if (!has(key)) {
        take(key);
        missing(path(key));
        return min;
    }
    return optionalInteger(key, min, max).value_or(min);
}

std::optional<int> JsonFieldReader::optionalInteger(const QString& key, int min, int max)
{
    const QJsonValue v = take(key);
    if (failed() || v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble()) {
        wrongType(path(key), v, QStringLiteral("a whole number"));
        return std::nullopt;
    }
    const double value = v.toDouble();
    if (!std::isfinite(value) || std::floor(value) != value) {
        fail(path(key), QStringLiteral("expected a whole number, got %1").arg(numberText(value)));
        return std::nullopt;
    }
    if (!inRange(path(key), value, min, max, {}))
        return std::nullopt;
    return static_cast<int>(value);
}

bool JsonFieldReader::boolean(const QString& key)
{
    const QJsonValue v = take(key);
    if (failed())
        return false;
    if (v.isUndefined() || v.isNull()) {
        missing(path(key));
        return false;
    }
    if (!v.isBool()) {
        wrongType(path(key), v, QStringLiteral("true or false"));
        return false;
    }
    return v.toBool();
}

bool JsonFieldReader::optionalBoolean(const QString& key)
{
    if (!has(key)) {
        take(key);
        return false;
    }
    return boolean(key);
}

QJsonArray JsonFieldReader::array(const QString& key)
{
    const QJsonValue v = take(key);
    if (failed())
        return {};
    if (v.isUndefined() || v.isNull()) {
        missing(path(key));
        return {};
    }
    if (!v.isArray()) {
        wrongType(path(key), v, QStringLiteral("an array"));
        return {};
    }
    return v.toArray();
}

QStringList JsonFieldReader::unreadFields() const
{
    QStringList unread;
    for (const auto& [prefix, object] : m_state->objects) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString p = prefix + it.key();
            if (!m_state->readPaths.contains(p))
                unread << p;
        }
    }
    unread.sort();
    return unread;
}

} // namespace cb::core
