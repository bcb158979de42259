#include "core/pathway/FollowUpSchedule.h"

#include <QCoreApplication>
#include <QStringList>

namespace cb::core {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("cb::core", s);
}

constexpr int kMaxYears = 30;
constexpr int kMaxWindow = 90;

} // namespace

QString toId(VisitStatus s)
{
    switch (s) {
    case VisitStatus::Scheduled:
        return QStringLiteral("scheduled");
    case VisitStatus::Due:
        return QStringLiteral("due");
    case VisitStatus::Overdue:
        return QStringLiteral("overdue");
    case VisitStatus::Done:
        return QStringLiteral("done");
    }
    return {};
}

QString label(VisitStatus s)
{
    switch (s) {
    case VisitStatus::Scheduled:
        return tr("Scheduled");
    case VisitStatus::Due:
        return tr("Due");
    case VisitStatus::Overdue:
        return tr("Overdue");
    case VisitStatus::Done:
        return tr("Done");
    }
    return {};
}

FollowUpSchedule FollowUpSchedule::standard()
{
    return FollowUpSchedule();
}

Result<FollowUpSchedule> FollowUpSchedule::parse(const QString& text)
{
    const QString usage = tr("Write the follow-up schedule as days after infusion, then options, e.g. "
                             "\"28,90,180,365;yearly_to=15;window=14\".");
    FollowUpSchedule s;
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return Error::badInput(usage);
    s.m_days.clear();
    for (const QString& d : parts.first().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int day = d.trimmed().toInt(&ok);
        if (!ok || day < 1 || day > 366 * kMaxYears)
            return Error::badInput(tr("\"%1\" is not a day after infusion (1 or more). ").arg(d.trimmed()) +
                                   usage);
        if (!s.m_days.isEmpty() && day <= s.m_days.last())
            return Error::badInput(
                tr("The visit days must increase (%1 after %2). ").arg(day).arg(s.m_days.last()) + usage);
        s.m_days << day;
    }
    if (s.m_days.isEmpty())
        return Error::badInput(usage);
    for (const QString& option : parts.mid(1)) {
        const QString key = option.section(QLatin1Char('='), 0, 0).trimmed();
        bool ok = false;
        const int value = option.section(QLatin1Char('='), 1).trimmed().toInt(&ok);
        if (key == QLatin1String("yearly_to") && ok && value >= 0 && value <= kMaxYears)
            s.m_yearlyTo = value;
        else if (key == QLatin1String("window") && ok && value >= 0 && value <= kMaxWindow)
            s.m_window = value;
        else
            return Error::badInput(
                tr("Unknown or out-of-range option \"%1\" (yearly_to 0-%2, window 0-%3 days). ")
                    .arg(option.trimmed())
                    .arg(kMaxYears)
                    .arg(kMaxWindow) +
                usage);
    }
    return s;
}

QString FollowUpSchedule::toText() const
{
    QStringList days;
    for (int d : m_days)
        days << QString::number(d);
    return QStringLiteral("%1;yearly_to=%2;window=%3")
        .arg(days.join(QLatin1Char(',')))
        .arg(m_yearlyTo)
        .arg(m_window);
}

QList<PlannedVisit> FollowUpSchedule::visits(const QDate& infusion) const
{
    QList<PlannedVisit> out;
    if (!infusion.isValid())
        return out;
    for (int d : m_days)
        out << PlannedVisit{QStringLiteral("day_%1").arg(d), d, infusion.addDays(d)};
    const int lastDay = m_days.isEmpty() ? 0 : m_days.last();
    for (int year = 1; year <= m_yearlyTo; ++year) {
        const QDate due = infusion.addYears(year);
        const int day = int(infusion.daysTo(due));
        if (day <= lastDay + m_window) // already covered by a day visit (day 365 is year 1)
            continue;
        out << PlannedVisit{QStringLiteral("year_%1").arg(year), day, due};
    }
    return out;
}

VisitStatus FollowUpSchedule::status(const QDate& due, const QDate& done, const QDate& today) const
{
    if (done.isValid())
        return VisitStatus::Done;
    if (today > due.addDays(m_window))
        return VisitStatus::Overdue;
    if (today >= due.addDays(-m_window))
        return VisitStatus::Due;
    return VisitStatus::Scheduled;
}

QString FollowUpSchedule::describe() const
{
    QStringList days;
    for (const int d : m_days)
        days << QString::number(d);
    QString text = tr("days %1 after the infusion").arg(days.join(tr(", ")));
    if (m_yearlyTo > 0)
        text += tr(", then yearly to year %1").arg(m_yearlyTo);
    return text + tr("; each visit within ±%n day(s)", nullptr, m_window);
}

QString FollowUpSchedule::visitLabel(const QString& visitId)
{
    if (visitId.startsWith(QLatin1String("day_")))
        return tr("Day %1").arg(visitId.mid(4));
    if (visitId.startsWith(QLatin1String("year_")))
        return tr("Year %1").arg(visitId.mid(5));
    return visitId;
}

} // namespace cb::core
