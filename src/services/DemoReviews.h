#pragma once

#include "core/Result.h"
#include "core/UserIdentity.h"
#include "services/DemoUsers.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace cb::services {

class Workspace;

// Applies resources/demo/demo_reviews.json through the real services: each demo user records
// and signs their opinion, the chair records and signs the verdict, dissent and actions are
// added, and the case then moves on to its demo state (treatment, follow-up, closed …).
class DemoReviews
{
    Q_DECLARE_TR_FUNCTIONS(cb::services::DemoReviews)
public:
    DemoReviews(Workspace& ws, QString password);

    // The state a reviewed case is inserted in before its review is replayed.
    static QString startState() { return QStringLiteral("in_review"); }
    static Result<QJsonObject> load(); // the embedded file's "cases" object

    // caseIds: demo key → case id; finalStates: demo key → the case's state in demo_program.json
    Status apply(const QJsonObject& cases, const QHash<QString, qint64>& caseIds,
                 const QHash<QString, QJsonObject>& demoCases);

private:
    Status applyCase(const QString& key, qint64 caseId, const QJsonObject& review,
                     const QJsonObject& demoCase);

    Workspace& m_ws;
    QString m_password;
    DemoUsers m_users;
};

} // namespace cb::services
