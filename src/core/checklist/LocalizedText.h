#pragma once

#include <QString>

namespace cb::core {

// A text in every language CellBoard ships: English and Simplified Chinese. Checklist templates and
// product label data carry both, because lupdate cannot read JSON (DESIGN.md §6).
struct LocalizedText
{
    QString en;
    QString zhCN;

    // The text for a language or locale name ("en", "zh_CN", "zh-Hans", "zh_CN.UTF-8" ...); English
    // when the language is not Chinese or the Chinese text is missing.
    QString text(const QString& language) const;

    bool isEmpty() const { return en.isEmpty() && zhCN.isEmpty(); }
    bool isComplete() const { return !en.trimmed().isEmpty() && !zhCN.trimmed().isEmpty(); }
    bool operator==(const LocalizedText&) const = default;
};

} // namespace cb::core
