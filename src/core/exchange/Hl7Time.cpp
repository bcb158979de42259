#include "core/exchange/Hl7Time.h"

#include <QRegularExpression>

namespace cb::core {

QString hl7PrecisionId(Hl7Time::Precision p)
{
    switch (p) {
    case Hl7Time::Precision::None:
        return {};
    case Hl7Time::Precision::Year:
        return QStringLiteral("year");
    case Hl7Time::Precision::Month:
        return QStringLiteral("month");
    case Hl7Time::Precision::Day:
        return QStringLiteral("day");
    case Hl7Time::Precision::Hour:
        return QStringLiteral("hour");
    case Hl7Time::Precision::Minute:
        return QStringLiteral("minute");
    case Hl7Time::Precision::Second:
        return QStringLiteral("second");
    }
    return {};
}

Result<Hl7Time> Hl7Time::parse(const QString& text)
{
    Hl7Time t;
    t.raw = text.trimmed();
    if (t.raw.isEmpty())
        return t;
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4})(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(?:\\.(\\d{1,4}))?([+-]\\d{4})?$"));
    const auto m = re.match(t.raw);
    const auto bad = [&t]() -> Error {
        return Error::badInput(tr("\"%1\" is not an HL7 date and time (YYYYMMDDHHMMSS with an optional "
                                  "+/-ZZZZ offset).")
                                   .arg(t.raw.left(40)));
    };
    if (!m.hasMatch())
        return bad();
    // parts must come in order: a day without a month, or seconds without minutes, cannot match
    // the pattern above anyway; fractions need seconds
    if (!m.captured(7).isEmpty() && m.captured(6).isEmpty())
        return bad();
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
    const int day = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
    const int hour = m.captured(4).isEmpty() ? 0 : m.captured(4).toInt();
    const int minute = m.captured(5).isEmpty() ? 0 : m.captured(5).toInt();
    const int second = m.captured(6).isEmpty() ? 0 : m.captured(6).toInt();
    const int ms =
        m.captured(7).isEmpty() ? 0 : int(m.captured(7).left(3).leftJustified(3, QLatin1Char('0')).toInt());
    t.date = QDate(year, month, day);
    t.time = QTime(hour, minute, second, ms);
    if (!t.date.isValid() || !t.time.isValid())
        return bad();
    if (!m.captured(6).isEmpty())
        t.precision = Precision::Second;
    else if (!m.captured(5).isEmpty())
        t.precision = Precision::Minute;
    else if (!m.captured(4).isEmpty())
        t.precision = Precision::Hour;
    else if (!m.captured(3).isEmpty())
        t.precision = Precision::Day;
    else if (!m.captured(2).isEmpty())
        t.precision = Precision::Month;
    else
        t.precision = Precision::Year;
    if (const QString off = m.captured(8); !off.isEmpty()) {
        const int hh = off.mid(1, 2).toInt();
        const int mm = off.mid(3, 2).toInt();
        if (hh > 14 || mm > 59)
            return bad();
        t.offsetSeconds = (off.at(0) == QLatin1Char('-') ? -1 : 1) * (hh * 3600 + mm * 60);
    }
    return t;
}

Result<QDateTime> Hl7Time::toUtc(const QTimeZone& zone) const
{
    if (offsetSeconds)
        return QDateTime(date, time, QTimeZone(*offsetSeconds)).toUTC();
    if (!zone.isValid())
        return Error::badInput(tr("%1 has no time zone offset, and the sending facility's time zone is not "
                                  "known.")
                                   .arg(raw));
    return QDateTime(date, time, zone).toUTC();
}

Result<QString> Hl7Time::observationDate(const QTimeZone& zone) const
{
    if (precision < Precision::Day)
        return Error::badInput(tr("%1 does not give the day.").arg(raw.isEmpty() ? tr("The time") : raw));
    if (!hasTimeOfDay())
        return date.toString(Qt::ISODate);
    auto at = toUtc(zone);
    if (!at.ok())
        return at.error();
    return at->toString(Qt::ISODate);
}

} // namespace cb::core
