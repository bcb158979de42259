#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>
#include <span>

namespace cb::core {

// A row of an enumeration's table: the value, its stable English snake_case id (used in the
// database, JSON and CLI arguments whatever the interface language) and its display label
// (a translatable source string in the "cb::core" context).
template <typename E> struct StableIdEntry
{
    E value;
    const char* id;
    const char* label;
};

// Normalises user input for an id: case-insensitive, hyphens and spaces accepted for underscores.
inline QString normaliseId(const QString& text)
{
    QString s = text.trimmed().toLower();
    s.replace(QLatin1Char('-'), QLatin1Char('_'));
    s.replace(QLatin1Char(' '), QLatin1Char('_'));
    return s;
}

template <typename E> QString idOf(std::span<const StableIdEntry<E>> table, E value)
{
    for (const auto& e : table)
        if (e.value == value)
            return QString::fromLatin1(e.id);
    return {};
}

template <typename E> QString labelOf(std::span<const StableIdEntry<E>> table, E value)
{
    for (const auto& e : table)
        if (e.value == value)
            return QCoreApplication::translate("cb::core", e.label);
    return {};
}

template <typename E> std::optional<E> fromId(std::span<const StableIdEntry<E>> table, const QString& text)
{
    const QString key = normaliseId(text);
    for (const auto& e : table)
        if (key == QLatin1String(e.id))
            return e.value;
    return std::nullopt;
}

template <typename E> QStringList allIds(std::span<const StableIdEntry<E>> table)
{
    QStringList ids;
    for (const auto& e : table)
        ids << QString::fromLatin1(e.id);
    return ids;
}

} // namespace cb::core
