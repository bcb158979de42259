#pragma once

#include <QObject>
#include <QTimer>

namespace cb::gui {

// Watches the whole application for user input (keys, mouse, wheel, touch) and says when
// none came for the timeout. Installed as an application event filter while running.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setTimeoutMs(int ms);
    int timeoutMs() const { return m_timer.interval(); }
    void start();
    void stop();
    bool isRunning() const { return m_running; }

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    bool m_running = false;
};

} // namespace cb::gui
