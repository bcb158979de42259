#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace cb::core {

// A date known to the year, the month or the day ("2008", "2008-03", "2008-03-14"), as
// therapy histories often are, possibly estimated (INTAKE.md §3). Stored as that text, with a
// trailing "~" when estimated ("2008-03~"); compared by its earliest possible day. Missing parts
// are never filled in.
class PartialDate
{
public:
    enum class Precision { Year, Month, Day };

    PartialDate() = default;
    static std::optional<PartialDate> parse(const QString& text);
    static PartialDate fromDate(const QDate& d);

    // Also takes the text typed in a form: a trailing "~" or "?" marks it estimated.
    static std::optional<PartialDate> parseInput(const QString& text);

    bool isNull() const { return m_year == 0; }
    bool isEstimated() const { return m_estimated; }
    void setEstimated(bool estimated) { m_estimated = estimated; }
    // "year", "month" or "day" (the JSON form of DESIGN.md §5).
    QString precisionId() const;
    // Whether every day the date could be lies after `today` (a date in the future).
    bool isAfter(const QDate& today) const { return !isNull() && earliest() > today; }
    Precision precision() const { return m_precision; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }
    QString toString() const; // the stored text form
    QDate earliest() const;   // first day the date could be
    QDate latest() const;     // last day the date could be

    friend bool operator==(const PartialDate&, const PartialDate&) = default;

private:
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
    Precision m_precision = Precision::Day;
    bool m_estimated = false;
};

} // namespace cb::core
