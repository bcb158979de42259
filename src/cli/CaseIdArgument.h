#pragma once

#include <QRegularExpression>
#include <QString>
#include <optional>

namespace cb::cli {

// A case id on the command line: a positive number, anything else is bad input (exit 2).
inline std::optional<qint64> parseCaseId(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^[1-9][0-9]{0,17}$"));
    if (!re.match(text).hasMatch())
        return std::nullopt;
    return text.toLongLong();
}

} // namespace cb::cli
