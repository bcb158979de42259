#pragma once

#include "core/Vocabulary.h"

#include <QLabel>

namespace cb::gui {

// A case state as a rounded chip: the state's name on its colour, never colour alone.
class StateChip : public QLabel
{
    Q_OBJECT
public:
    explicit StateChip(QWidget* parent = nullptr);
    void setState(core::CaseState state);
};

} // namespace cb::gui
