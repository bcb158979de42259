#pragma once

#include <QDateTime>

namespace cb::core {

// The one source of "now". Production uses SystemClock; tests inject a ManualClock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    QDate todayUtc() const { return nowUtc().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime now) : m_now(now.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now.toUTC(); }
    void advanceSeconds(qint64 s) { m_now = m_now.addSecs(s); }

private:
    QDateTime m_now;
};

// UTC timestamps are stored as ISO-8601 text with milliseconds and a trailing Z.
QString toIsoUtc(const QDateTime& t);
QDateTime fromIsoUtc(const QString& text);

} // namespace cb::core
