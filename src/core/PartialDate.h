#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace cb::core {

// A date known to the year, the month or the day ("2008", "2008-03", "2008-03-14"), as
// therapy histories often are. Stored as that text; compared by its earliest possible day.
class PartialDate
{
public:
    enum class Precision { Year, Month, Day };

    PartialDate() = default;
    static std::optional<PartialDate> parse(const QString& text);
    static PartialDate fromDate(const QDate& d);

    bool isNull() const { return m_year == 0; }
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
};

} // namespace cb::core
