#pragma once

#include "core/Vocabulary.h"

#include <QColor>

class QApplication;

namespace cb::gui {

// The calm clinical look in one place: style, fonts (with the CJK fallback), the colours of
// the state chips and the demo badge, and the application style sheet.
class Theme
{
public:
    struct ChipColors
    {
        QColor fill;
        QColor border;
        QColor text;
    };

    // Fusion style (with roomier cells), a 10 pt font whose families end in "Noto Sans CJK SC" (a C locale
    // would otherwise pick Japanese glyph forms for Chinese names), and the style sheet.
    static void apply(QApplication& app);
    static ChipColors stateColors(core::CaseState state);
    static QString chipStyleSheet(core::CaseState state);
    static QColor demoColor();
};

} // namespace cb::gui
