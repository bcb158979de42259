#include "gui/widgets/Theme.h"

#include "gui/widgets/CellBoardStyle.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>

namespace cb::gui {

namespace {

const char* kStyleSheet = R"(
QLabel#errorLabel { color: #b3261e; }
QLabel#errorLabel[tone="info"] { color: #1d3557; }
QLabel#titleLabel { font-size: 20pt; font-weight: 600; color: #1d3557; }
QLabel#lockTitleLabel { font-size: 18pt; font-weight: 600; color: #1d3557; }
QLabel#patientNameLabel { font-size: 17pt; font-weight: 600; color: #1d3557; }
QLabel[role="muted"] { color: #5b6675; }
QLabel[role="caption"] { color: #5b6675; }
QLabel[role="backupWarning"] { color: #8a5a00; font-weight: 600; }
QLabel[role="demoBadge"] {
    background: #f6b100; color: #1a1a1a; font-weight: 700;
    padding: 1px 10px; border-radius: 4px;
}
QLabel[role="demoNotice"] {
    background: #fff4d1; color: #5c4100; border: 1px solid #f6b100;
    padding: 6px 10px; border-radius: 4px;
}
QLabel[role="notice"] {
    background: #eef3fb; color: #1d3557; border: 1px solid #c5d5ee;
    padding: 8px 12px; border-radius: 4px;
}
QLabel#historyTitleLabel { font-size: 11pt; font-weight: 600; color: #1d3557; padding-left: 8px; }
QScrollArea#historyScroll, QWidget#historyContents { background: transparent; }
QFrame#caseHeader, QFrame#historyPanel, QFrame#lockCard {
    background: #ffffff; border: 1px solid #d5dbe3; border-radius: 6px;
}
QStatusBar QLabel { padding: 0 6px; }
)";

} // namespace

void Theme::apply(QApplication& app)
{
    app.setStyle(new CellBoardStyle);
    QFont font = app.font();
    if (font.pointSizeF() < 10)
        font.setPointSizeF(10);
    font.setFamilies({font.family(), QStringLiteral("Noto Sans CJK SC")});
    app.setFont(font);

    QPalette pal = app.style()->standardPalette();
    pal.setColor(QPalette::Window, QColor(0xf4, 0xf6, 0xf9));
    pal.setColor(QPalette::AlternateBase, QColor(0xf3, 0xf6, 0xfa));
    pal.setColor(QPalette::Highlight, QColor(0x2f, 0x5d, 0x9e));
    pal.setColor(QPalette::HighlightedText, Qt::white);
    app.setPalette(pal);
    app.setStyleSheet(QString::fromLatin1(kStyleSheet));
}

Theme::ChipColors Theme::stateColors(core::CaseState state)
{
    using core::CaseState;
    switch (state) {
    case CaseState::Referred:
        return {QColor("#e3ecfa"), QColor("#9db7e3"), QColor("#1e4b8f")};
    case CaseState::WorkUp:
        return {QColor("#dff3f1"), QColor("#8fcfc7"), QColor("#0f5e56")};
    case CaseState::InReview:
        return {QColor("#ece6fb"), QColor("#b6a5e6"), QColor("#4b2c91")};
    case CaseState::ReadyForBoard:
        return {QColor("#fff1d6"), QColor("#f0c069"), QColor("#744700")};
    case CaseState::Decided:
        return {QColor("#fde4ec"), QColor("#eba3bb"), QColor("#8a1c43")};
    case CaseState::Treatment:
        return {QColor("#ffe6dc"), QColor("#f2a98d"), QColor("#8f2d0c")};
    case CaseState::FollowUp:
        return {QColor("#e2f4e3"), QColor("#9fd3a5"), QColor("#1f6a2a")};
    case CaseState::Closed:
        return {QColor("#eceff1"), QColor("#b8c2c8"), QColor("#455a64")};
    }
    return {QColor("#eceff1"), QColor("#b8c2c8"), QColor("#455a64")};
}

QString Theme::chipStyleSheet(core::CaseState state)
{
    const ChipColors c = stateColors(state);
    return QStringLiteral("QLabel { background: %1; border: 1px solid %2; color: %3; border-radius: 10px; "
                          "padding: 2px 10px; font-weight: 600; }")
        .arg(c.fill.name(), c.border.name(), c.text.name());
}

QColor Theme::demoColor()
{
    return QColor("#f6b100");
}

} // namespace cb::gui
