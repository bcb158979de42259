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

Status TextLimits::check(const QString& field, const QString& text, qsizetype limit)
{
    if (text.size() <= limit)
        return {};
    return Error::badInput(tooLong(field, text.size(), limit)).atField(field);
}

Status TextLimits::check(std::initializer_list<Text> texts)
{
    for (const Text& t : texts)
        if (auto st = check(QString::fromLatin1(t.field), t.text, t.limit); !st.ok())
            return st;
    return {};
}

} // namespace cb::core
