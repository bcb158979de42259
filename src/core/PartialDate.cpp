#include "core/PartialDate.h"

#include <QRegularExpression>

namespace cb::core {

std::optional<PartialDate> PartialDate::parseInput(const QString& text)
{
    QString t = text.trimmed();
    bool estimated = false;
    if (t.endsWith(QLatin1Char('~')) || t.endsWith(QLatin1Char('?'))) {
        estimated = true;
        t.chop(1);
    }
    auto d = parse(t);
    if (d)
        d->m_estimated = d->m_estimated || estimated;
    return d;
}

QString PartialDate::precisionId() const
{
    switch (m_precision) {
    case Precision::Year:
        return QStringLiteral("year");
    case Precision::Month:
        return QStringLiteral("month");
    case Precision::Day:
        return QStringLiteral("day");
    }
    return {};
}

std::optional<PartialDate> PartialDate::parse(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(~?)$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    PartialDate d;
    d.m_year = m.captured(1).toInt();
    if (d.m_year < 1900 || d.m_year > 2999)
        return std::nullopt;
    d.m_precision = Precision::Year;
    if (m.capturedLength(2) > 0) {
        d.m_month = m.captured(2).toInt();
        if (d.m_month < 1 || d.m_month > 12)
            return std::nullopt;
        d.m_precision = Precision::Month;
    }
    if (m.capturedLength(3) > 0) {
        d.m_day = m.captured(3).toInt();
        if (!QDate(d.m_year, d.m_month, d.m_day).isValid())
            return std::nullopt;
        d.m_precision = Precision::Day;
    }
    d.m_estimated = m.capturedLength(4) > 0;
    return d;
}

PartialDate PartialDate::fromDate(const QDate& date)
{
    PartialDate d;
    d.m_year = date.year();
    d.m_month = date.month();
    d.m_day = date.day();
    d.m_precision = Precision::Day;
    return d;
}

QString PartialDate::toString() const
{
    if (isNull())
        return {};
    const QString mark = m_estimated ? QStringLiteral("~") : QString();
    switch (m_precision) {
    case Precision::Year:
        return QString::number(m_year) + mark;
    case Precision::Month:
        return QStringLiteral("%1-%2")
                   .arg(m_year, 4, 10, QLatin1Char('0'))
                   .arg(m_month, 2, 10, QLatin1Char('0')) +
               mark;
    case Precision::Day:
        return QDate(m_year, m_month, m_day).toString(Qt::ISODate) + mark;
    }
    return {};
}

QDate PartialDate::earliest() const
{
    if (isNull())
        return {};
    return QDate(m_year, m_month ? m_month : 1, m_day ? m_day : 1);
}

QDate PartialDate::latest() const
{
    if (isNull())
        return {};
    if (m_precision == Precision::Year)
        return QDate(m_year, 12, 31);
    if (m_precision == Precision::Month) {
        const QDate first(m_year, m_month, 1);
        return first.addDays(first.daysInMonth() - 1);
    }
    return QDate(m_year, m_month, m_day);
}

} // namespace cb::core
