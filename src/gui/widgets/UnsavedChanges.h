#pragma once

#include <QCoreApplication>
#include <functional>

class QWidget;

namespace cb::gui {

// Unsaved work is never lost silently: before a form with changes closes, ask (through
// gui::MessageBox, so tests answer it) whether to save them, discard them or stay.
class UnsavedChanges
{
    Q_DECLARE_TR_FUNCTIONS(cb::gui::UnsavedChanges)
public:
    // True when the form may close: nothing changed, or she discarded the changes, or `save`
    // (when given) saved them. False: she stays (Cancel, or the save was refused).
    static bool mayClose(QWidget* form, bool changed, const QString& what,
                         const std::function<bool()>& save = {});
};

} // namespace cb::gui
