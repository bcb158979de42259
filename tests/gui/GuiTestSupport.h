#pragma once

// Test data and small drivers shared by the GUI tests.

#include "core/Clock.h"
#include "gui/session/LoginDialog.h"
#include "services/AuditService.h"
#include "services/AuthService.h"
#include "services/DemoProgram.h"
#include "services/Workspace.h"

#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace cb::test {

// GIVEN the demo program (as `cellboard-cli init --demo` loads it) in a temporary folder, on a
// fixed clock, optionally with synthetic cases for scale.
class DemoDatabase
{
public:
    static QString password() { return QStringLiteral("cellboard-demo-pw"); }
    static QDateTime now() { return QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC); }

    explicit DemoDatabase(qint64 syntheticCases = 0, bool loadDemo = true)
    {
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary folder");
            return;
        }
        m_clock = std::make_shared<core::ManualClock>(now());
        auto ws = services::Workspace::open(path(), services::Workspace::OpenMode::CreateIfMissing, m_clock);
        if (!ws.ok()) {
            m_error = ws.error().message;
            return;
        }
        m_ws = std::move(ws).value();
        if (!loadDemo)
            return;
        if (auto st = services::DemoProgram(*m_ws).load(password()); !st.ok()) {
            m_error = st.error().message;
            return;
        }
        if (syntheticCases > 0)
            if (auto n = services::DemoProgram(*m_ws).addSynthetic(syntheticCases); !n.ok())
                m_error = n.error().message;
    }

    bool ok() const { return m_ws && m_error.isEmpty(); }
    QByteArray error() const { return m_error.toUtf8(); }
    QString path() const { return m_dir.filePath(QStringLiteral("cellboard.sqlite")); }
    services::Workspace& workspace() { return *m_ws; }

    core::UserIdentity logIn(const QString& username)
    {
        auto r = m_ws->auth().login(username, password());
        return r.ok() ? r->user : core::UserIdentity{};
    }

    // The audit actions recorded after sequence number `afterSeq`, oldest first.
    QStringList auditActionsAfter(qint64 afterSeq)
    {
        QStringList actions;
        const qint64 head = headSeq();
        for (qint64 seq = afterSeq + 1; seq <= head; ++seq)
            if (auto e = m_ws->audit().entry(seq); e.ok() && e->has_value())
                actions << (*e)->action;
        return actions;
    }

    qint64 headSeq()
    {
        auto v = m_ws->audit().verify();
        return v.ok() ? v->headSeq : 0;
    }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<core::ManualClock> m_clock;
    std::unique_ptr<services::Workspace> m_ws;
    QString m_error;
};

// Types text as a user would: key by key for Latin text, and through the input method (as
// Chinese is typed with an IME) for anything else; QTest::keyClicks takes Latin-1 only.
inline void typeText(QWidget* widget, const QString& text)
{
    bool latin1 = true;
    for (const QChar c : text)
        latin1 = latin1 && c.unicode() < 0x80;
    if (latin1) {
        QTest::keyClicks(widget, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(widget, &commit);
}

// Types the credentials into the login window by objectName and presses Log in (or Return).
inline bool typeLogin(gui::LoginDialog* login, const QString& username, const QString& password,
                      bool pressReturn = false)
{
    auto* user = login->findChild<QLineEdit*>(QStringLiteral("usernameEdit"));
    auto* pass = login->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    auto* button = login->findChild<QPushButton*>(QStringLiteral("loginButton"));
    if (!user || !pass || !button)
        return false;
    user->clear();
    QTest::keyClicks(user, username);
    pass->clear();
    QTest::keyClicks(pass, password);
    if (pressReturn)
        QTest::keyClick(pass, Qt::Key_Return);
    else
        QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

} // namespace cb::test
