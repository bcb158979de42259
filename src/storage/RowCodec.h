#pragma once

// Internal to storage: how lists and flags are written in columns.

#include "core/Vocabulary.h"

#include <QList>
#include <QStringList>

namespace cb::storage {

template <typename E> QString joinIds(const QList<E>& values)
{
    QStringList ids;
    for (const E v : values)
        ids << core::toId(v);
    return ids.join(QLatin1Char(','));
}

template <typename E> QList<E> splitIds(const QString& text, std::span<const core::StableIdEntry<E>> table)
{
    QList<E> out;
    for (const QString& id : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (auto v = core::fromId(table, id))
            out << *v;
    return out;
}

} // namespace cb::storage
