#pragma once

#include <QCoreApplication>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cb::gui {

// The forms' side of core::TextLimits: typing stops at the limit the services enforce, and the
// field says so once it is reached (nothing is dropped without a word).
class TextLimit
{
    Q_DECLARE_TR_FUNCTIONS(cb::gui::TextLimit)
public:
    // A one-line field: at most `limit` characters; at the limit its tooltip and a balloon say so.
    static void apply(QLineEdit* edit, qsizetype limit);
    // A paragraph: text past `limit` (a paste) is cut there; the returned label (the caller places
    // it under the field; objectName: the field's + "Limit") counts the characters once near the
    // limit and says when the limit is reached or the paste was cut.
    static QLabel* apply(QPlainTextEdit* edit, qsizetype limit);
};

} // namespace cb::gui
