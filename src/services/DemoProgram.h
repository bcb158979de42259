#pragma once

#include "core/Result.h"
#include "core/UserIdentity.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace cb::services {

class Workspace;

// The demo program of `cellboard-cli init --demo`: users, and invented cases in every state
// (resources/demo/demo_program.json, dates relative to today), plus synthetic cases for scale.
class DemoProgram
{
    Q_DECLARE_TR_FUNCTIONS(cb::services::DemoProgram)
public:
    static QString defaultPassword() { return QStringLiteral("cellboard-demo"); }

    explicit DemoProgram(Workspace& ws) : m_ws(ws) {}

    // Loads the embedded demo program into an empty database. Refuses a database that already
    // holds users or cases.
    Status load(const QString& password);
    Status load(const QByteArray& json, const QString& password);
    // Whether the database already has users: then generated data needs an administrator.
    Result<bool> hasUsers();
    // Adds n generated cases (with histories and observations) in large transactions, credited
    // to `actor`, who must be an administrator (a refusal is audited). Without an actor (a new
    // database, in the run that created it) they are credited to the demo administrator if any.
    Result<qint64> addSynthetic(qint64 n, const core::UserIdentity& actor = {}, quint32 seed = 20261125);

private:
    Workspace& m_ws;
};

} // namespace cb::services
