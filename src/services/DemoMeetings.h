#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QString>

namespace cb::services {

class Workspace;

// Replays resources/demo/demo_meetings.json through MeetingService in two steps around the demo
// reviews: schedule() before the verdicts (so each verdict is taken in its meeting, with its
// attendance), finish() after them (the chair signs past minutes; the next meeting takes the
// suggested cases).
class DemoMeetings
{
    Q_DECLARE_TR_FUNCTIONS(cb::services::DemoMeetings)
public:
    DemoMeetings(Workspace& ws, QString password) : m_ws(ws), m_password(std::move(password)) {}

    Status schedule(const QHash<QString, qint64>& caseIds);
    Status finish();

private:
    Workspace& m_ws;
    QString m_password;
    QJsonArray m_meetings;
    QHash<QString, qint64> m_ids; // demo key → meeting id
};

} // namespace cb::services
