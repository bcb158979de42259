#pragma once

#include "core/Result.h"
#include "core/StableId.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <memory>
#include <optional>
#include <span>

namespace cb::core {

// Strict reader for a calculator's JSON input. Each accessor checks type, presence and range;
// the first problem is kept (later reads return defaults) and reported as a bad-input error that
// names the field by its dotted path, e.g. "oxygen.device: unknown value 'x'; expected one of …".
// "Absent" means the key is missing or null.
class JsonFieldReader
{
public:
    explicit JsonFieldReader(const QJsonObject& object);

    // The reader of a required nested object; it shares this reader's error and bookkeeping.
    JsonFieldReader object(const QString& key);

    bool has(const QString& key) const;      // present and not null
    bool contains(const QString& key) const; // present, possibly null
    // Marks a key as understood without reading it (an alternative that was not used).
    void skip(const QString& key);
    QString path(const QString& key) const;

    double number(const QString& key, double min, double max, const QString& unit = {});
    std::optional<double> optionalNumber(const QString& key, double min, double max,
                                         const QString& unit = {});
    int integer(const QString& key, int min, int max);
    std::optional<int> optionalInteger(const QString& key, int min, int max);
    bool boolean(const QString& key);
    bool optionalBoolean(const QString& key); // absent → false
    QJsonArray array(const QString& key);

    template <typename E> E enumValue(const QString& key, std::span<const StableIdEntry<E>> table)
    {
        const QJsonValue v = take(key);
        return enumFrom(v, path(key), table);
    }

    // An enumerated value that is not a direct member (an array element); `where` is its path.
    template <typename E>
    E enumFrom(const QJsonValue& v, const QString& where, std::span<const StableIdEntry<E>> table)
    {
        if (failed())
            return table.front().value;
        if (v.isUndefined())
            return missing(where), table.front().value;
        if (!v.isString())
            return wrongType(where, v, QStringLiteral("a string")), table.front().value;
        if (const auto value = fromId(table, v.toString()))
            return *value;
        fail(where, QStringLiteral("unknown value '%1'; expected one of %2")
                        .arg(v.toString(), allIds(table).join(QStringLiteral(", "))));
        return table.front().value;
    }

    // Records a problem that involves more than one field (the first problem wins).
    void fail(const QString& where, const QString& problem);
    bool failed() const;
    Error error() const;

    // Dotted paths of keys present in the input that no accessor asked for.
    QStringList unreadFields() const;

private:
    struct State;
    JsonFieldReader(QJsonObject object, QString prefix, std::shared_ptr<State> state);

    QJsonValue take(const QString& key);
    void missing(const QString& where);
    void wrongType(const QString& where, const QJsonValue& v, const QString& expected);
    bool inRange(const QString& where, double value, double min, double max, const QString& unit);

    QJsonObject m_object;
    QString m_prefix;
    std::shared_ptr<State> m_state;
};

} // namespace cb::core
