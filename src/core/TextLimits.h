#pragma once

#include "core/Result.h"

#include <QString>
#include <initializer_list>

namespace cb::core {

// How long free text may be, in one place: the services refuse longer text (naming the field and
// the limit), the forms stop typing at the same limit and say so. A 2,000,000-character paste
// never reaches the database or a 300-page PDF.
struct TextLimits
{
    // Comments, rationale, dissent, conditions, reasons, notes, plans: a long paragraph or two.
    static constexpr qsizetype kLong = 4000;
    // One line: a product, a lot, a dose, a regimen, a person's name, a place, a status.
    static constexpr qsizetype kShort = 200;

    // Refuses `text` longer than `limit` characters, or holding a control character other than
    // tab and line breaks (a NUL cuts the text short in other programs) or a broken character
    // (an unpaired UTF-16 surrogate, which has no UTF-8 form); `field` is the key the error
    // names (and a form shows the message beside).
    static Status check(const QString& field, const QString& text, qsizetype limit);
    struct Text
    {
        const char* field;
        const QString& text;
        qsizetype limit;
    };
    // The first text over its limit, in the order given.
    static Status check(std::initializer_list<Text> texts);
    // At most `max` characters of `text` (with "…" when cut), for messages that quote what
    // someone typed: an unknown 100 kB key is not echoed whole.
    static QString quoted(const QString& text, qsizetype max = 60);
    // The message alone, for checks that build their own error.
    static QString tooLong(const QString& field, qsizetype length, qsizetype limit);
};

} // namespace cb::core
