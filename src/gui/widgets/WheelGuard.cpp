#include "gui/widgets/WheelGuard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QPointer>

namespace cb::gui {

namespace {

QPointer<WheelGuard> g_guard;

QWidget* guarded(QObject* o)
{
    if (qobject_cast<QComboBox*>(o) || qobject_cast<QAbstractSpinBox*>(o) ||
        qobject_cast<QAbstractSlider*>(o))
        return static_cast<QWidget*>(o);
    return nullptr;
}

} // namespace

void WheelGuard::install(QCoreApplication& app)
{
    if (g_guard)
        return;
    g_guard = new WheelGuard(&app);
    app.installEventFilter(g_guard);
}

bool WheelGuard::installed()
{
    return !g_guard.isNull();
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Polish) {
        // the wheel no longer gives the focus: a click or Tab does
        if (QWidget* w = guarded(watched); w && w->focusPolicy() == Qt::WheelFocus)
            w->setFocusPolicy(Qt::StrongFocus);
    } else if (event->type() == QEvent::Wheel) {
        if (QWidget* w = guarded(watched); w && !w->hasFocus()) {
            // not consumed: the application hands it on to the parent (the form scrolls)
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cb::gui
