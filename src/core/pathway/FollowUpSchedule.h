#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace cb::core {

// One planned follow-up visit: its stable id (day_28 … year_15), day after infusion and due date.
struct PlannedVisit
{
    QString visit;
    int day = 0;
    QDate due;
};

enum class VisitStatus { Scheduled, Due, Overdue, Done };
QString toId(VisitStatus s);
QString label(VisitStatus s);

// The long-term follow-up schedule (DESIGN.md §2, SPEC §5 steps 11-14): visits on given days
// after infusion, then yearly up to a number of years, each with a window either side of its due
// date. Written as a setting: "28,90,180,365;yearly_to=15;window=14" (the default).
class FollowUpSchedule
{
    Q_DECLARE_TR_FUNCTIONS(cb::core::FollowUpSchedule)
public:
    static QString defaultText() { return QStringLiteral("28,90,180,365;yearly_to=15;window=14"); }
    static Result<FollowUpSchedule> parse(const QString& text);
    static FollowUpSchedule standard();

    QString toText() const;
    // The schedule in the reader's words: "days 28, 90, 180 and 365 after the infusion, then
    // yearly to year 15; each visit within ±14 days".
    QString describe() const;
    QList<int> days() const { return m_days; }
    int yearlyToYears() const { return m_yearlyTo; }
    int windowDays() const { return m_window; }

    // The visits for an infusion on `infusion`, in order. Yearly visits fall on the anniversary.
    QList<PlannedVisit> visits(const QDate& infusion) const;
    // Done when done; overdue once the window after the due date has passed; due inside the
    // window around the due date; scheduled before it.
    VisitStatus status(const QDate& due, const QDate& done, const QDate& today) const;

    static QString visitLabel(const QString& visitId); // "Day 28", "Year 2"

private:
    QList<int> m_days{28, 90, 180, 365};
    int m_yearlyTo = 15;
    int m_window = 14;
};

} // namespace cb::core
