#include "core/TextLimits.h"

#include <QCoreApplication>

namespace cb::core {

QString TextLimits::tooLong(const QString& field, qsizetype length, qsizetype limit)
{
    return QCoreApplication::translate("cb::core",
                                       "%1: %2 characters, more than the %3 allowed; shorten the text.")
        .arg(field)
        .arg(length)
        .arg(limit);
}

QString TextLimits::quoted(const QString& text, qsizetype max)
{
    if (text.size() <= max)
        return text;
    qsizetype cut = max;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut; // never half a character
    return text.left(cut) + QChar(0x2026);
}

Status TextLimits::check(const QString& field, const QString& text, qsizetype limit)
{
    if (text.size() > limit)
        return Error::badInput(tooLong(field, text.size(), limit)).atField(field);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            return Error::badInput(QCoreApplication::translate("cb::core",
                                                               "%1: a control character (U+%2) at position "
                                                               "%3; remove it.")
                                       .arg(field)
                                       .arg(int(c), 4, 16, QLatin1Char('0'))
                                       .arg(i + 1))
                .atField(field);
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c))
            return Error::badInput(QCoreApplication::translate("cb::core",
                                                               "%1: a broken character (half of a UTF-16 "
                                                               "pair) at position %2; type the text again.")
                                       .arg(field)
                                       .arg(i + 1))
                .atField(field);
    }
    return {};
}

Status TextLimits::check(std::initializer_list<Text> texts)
{
    for (const Text& t : texts)
        if (auto st = check(QString::fromLatin1(t.field), t.text, t.limit); !st.ok())
            return st;
    return {};
}

} // namespace cb::core
