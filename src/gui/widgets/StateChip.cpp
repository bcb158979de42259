#include "gui/widgets/StateChip.h"

#include "gui/widgets/Theme.h"

namespace cb::gui {

StateChip::StateChip(QWidget* parent) : QLabel(parent)
{
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void StateChip::setState(core::CaseState state)
{
    setText(core::label(state));
    setStyleSheet(Theme::chipStyleSheet(state));
    setAccessibleName(tr("State: %1").arg(core::label(state)));
}

} // namespace cb::gui
