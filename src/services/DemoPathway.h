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

// Applies resources/demo/demo_pathway.json through the real services: the treated demo cases get
// their pathway steps (coordinator), two weeks of monitoring (nursing) and follow-up visits
// (hematology), dated relative to each case's infusion.
class DemoPathway
{
    Q_DECLARE_TR_FUNCTIONS(cb::services::DemoPathway)
public:
    explicit DemoPathway(Workspace& ws);

    static Result<QJsonObject> load(); // the embedded file

    // caseIds: demo key → case id (cases not in the file are left alone).
    Status apply(const QHash<QString, qint64>& caseIds);

private:
    Status applyCase(const QString& key, qint64 caseId, const QJsonObject& plan, const QJsonObject& file);

    Workspace& m_ws;
    DemoUsers m_users;
};

} // namespace cb::services
