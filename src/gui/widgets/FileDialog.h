#pragma once

#include <QString>

class QWidget;

namespace cb::gui {

// Every QFileDialog of CellBoard goes through here, so a test answers it with setNextFileName()
// instead of a native dialog (KeePassXC's FileDialog seam, like gui::MessageBox).
class FileDialog
{
public:
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& dir = {},
                                   const QString& filter = {});
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& dir = {},
                                   const QString& filter = {});
    static QString getExistingDirectory(QWidget* parent, const QString& caption, const QString& dir = {});

    // Tests: the next dialog is not shown and returns this path (an empty path: cancelled).
    static void setNextFileName(const QString& path);
    // Tests: the caption and proposed path of the last dialog asked for, and how many were asked.
    static QString lastCaption();
    static QString lastProposed();
    static int askedCount();
};

} // namespace cb::gui
