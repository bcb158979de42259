#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>
#include <optional>

namespace cb::core {

// An HL7 v2 DTM/TS value: YYYY[MM[DD[HH[MM[SS[.S[S[S[S]]]]]]]]][+/-ZZZZ], as precise as sent. A
// value without an offset is a local time of the sender (INTAKE.md §8): toUtc() needs the sending
// facility's zone then, never assumes UTC.
struct Hl7Time
{
    Q_DECLARE_TR_FUNCTIONS(cb::core::Hl7Time)

public:
    enum class Precision { None, Year, Month, Day, Hour, Minute, Second };

    QString raw;
    Precision precision = Precision::None;
    QDate date;                       // the first day of the year or month when less precise
    QTime time;                       // 00:00 when not given
    std::optional<int> offsetSeconds; // east of UTC

    bool isNull() const { return precision == Precision::None; }
    bool hasTimeOfDay() const { return precision >= Precision::Hour; }
    // A time of day without an offset: only the sender's zone says which instant it is.
    bool needsZone() const { return hasTimeOfDay() && !offsetSeconds; }

    // Parses the value; the empty string is a null time. A malformed value is BadInput naming it.
    static Result<Hl7Time> parse(const QString& text);
    // The instant in UTC: with its own offset, else in `zone` (the sending facility's). A time
    // without an offset and an invalid zone is BadInput. Only for values with a time of day.
    Result<QDateTime> toUtc(const QTimeZone& zone) const;
    // The observation date CellBoard records: "YYYY-MM-DD" for a day, an ISO UTC date-time
    // ("2026-03-01T07:30:00Z") when the time of day is known. Less than a day is BadInput.
    Result<QString> observationDate(const QTimeZone& zone) const;
};

QString hl7PrecisionId(Hl7Time::Precision p);

} // namespace cb::core
