#include "gui/widgets/UnsavedChanges.h"

#include "gui/widgets/MessageBox.h"

namespace cb::gui {

bool UnsavedChanges::mayClose(QWidget* form, bool changed, const QString& what,
                              const std::function<bool()>& save)
{
    if (!changed)
        return true;
    const auto buttons = save ? QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel
                              : QMessageBox::Discard | QMessageBox::Cancel;
    const auto answer = MessageBox::question(
        form, tr("Unsaved changes"),
        save ? tr("%1 has changes that are not saved. Save them before closing?").arg(what)
             : tr("%1 has changes that are not saved. Discard them?").arg(what),
        buttons, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard)
        return true;
    if (answer == QMessageBox::Save && save)
        return save();
    return false;
}

} // namespace cb::gui
