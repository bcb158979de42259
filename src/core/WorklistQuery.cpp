#include "core/WorklistQuery.h"

namespace cb::core {

namespace {

bool isHan(QChar c)
{
    return QChar::script(c.unicode()) == QChar::Script_Han;
}

// Without diacritics, and compatibility forms as their plain letters: "Müller" is "Muller",
// a full-width "３" is "3".
QString fold(const QString& text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    return out;
}

// Lower-cases, splits Han characters apart and keeps letters and digits; everything else
// separates tokens.
QString segment(const QString& text)
{
    QString out;
    out.reserve(text.size() * 2);
    for (const QChar c : text) {
        if (isHan(c)) {
            out += QLatin1Char(' ');
            out += c;
            out += QLatin1Char(' ');
        } else if (c.isLetterOrNumber()) {
            out += c.toLower();
        } else {
            out += QLatin1Char(' ');
        }
    }
    return out.simplified();
}

} // namespace

QString searchTextOf(const QStringList& parts)
{
    return segment(fold(parts.join(QLatin1Char(' '))));
}

QStringList searchTokensOf(const QString& userInput)
{
    // Each whitespace-separated word of the input is one token group; a run of Han characters
    // stays one group (a phrase), so "张伟" matches the adjacent tokens "张 伟".
    QStringList groups;
    for (const QString& word : fold(userInput).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString current;
        bool han = false;
        for (const QChar c : word) {
            const bool h = isHan(c);
            if (!c.isLetterOrNumber() && !h) {
                if (!current.isEmpty())
                    groups << segment(current);
                current.clear();
                continue;
            }
            if (!current.isEmpty() && h != han) {
                groups << segment(current);
                current.clear();
            }
            han = h;
            current += c;
        }
        if (!current.isEmpty())
            groups << segment(current);
    }
    return groups;
}

} // namespace cb::core
