#include "cli/CliFixture.h"

#include "services/Workspace.h"
#include "support/TestUsers.h"

#include <QFile>
#include <QJsonDocument>

namespace cb::test {

QString demoPassword()
{
    return QStringLiteral("demo-password-for-tests");
}

QByteArray passwordLine(const QString& password)
{
    return password.toUtf8() + '\n';
}

QJsonArray demoCases()
{
    static const QJsonArray cases = [] {
        QFile f(QStringLiteral(CB_SOURCE_DIR "/resources/demo/demo_program.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read demo_program.json");
        return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("cases")).toArray();
    }();
    return cases;
}

int demoCaseCount(const QString& state)
{
    int n = 0;
    for (const QJsonValue& v : demoCases())
        if (v.toObject().value(QStringLiteral("state")).toString() == state)
            ++n;
    return n;
}

bool initDemo(const TestDatabase& db, QString* why)
{
    const CliRun r = CliRunner::run(db.url(), {},
                                    {QStringLiteral("init"), QStringLiteral("--demo"),
                                     QStringLiteral("--demo-password"), demoPassword()});
    if (r.finished && r.exitCode == 0)
        return true;
    *why = QStringLiteral("init --demo: ") + r.describe();
    return false;
}

bool initEmpty(const TestDatabase& db, QString* why)
{
    const CliRun r = CliRunner::run(db.url(), {}, {QStringLiteral("init")});
    if (r.finished && r.exitCode == 0)
        return true;
    *why = QStringLiteral("init: ") + r.describe();
    return false;
}

core::UserIdentity seedUserInDatabase(const QString& url, const QString& username,
                                      const QList<core::Role>& roles,
                                      const QList<core::Discipline>& disciplines)
{
    auto ws = services::Workspace::open(url, services::Workspace::OpenMode::MustExist);
    if (!ws.ok()) {
        qWarning("seedUserInDatabase: %s", qPrintable(ws.error().message));
        return {};
    }
    return seedUser((*ws)->database(), username, roles, disciplines);
}

TestDatabase* BackendDatabases::get(const QString& backend,
                                    const std::function<QString(TestDatabase&)>& prepare)
{
    if (auto it = m_dbs.find(backend); it != m_dbs.end())
        return it->second.get();
    if (m_failures.count(backend))
        return nullptr;
    auto db = std::make_unique<TestDatabase>(backend);
    if (!db->available())
        return nullptr;
    const QString problem = prepare(*db);
    if (!problem.isEmpty()) {
        qWarning("preparing the %s database failed: %s", qPrintable(backend), qPrintable(problem));
        m_failures[backend] = problem;
        return nullptr;
    }
    return m_dbs.emplace(backend, std::move(db)).first->second.get();
}

} // namespace cb::test
