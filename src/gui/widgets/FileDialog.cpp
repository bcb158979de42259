#include "gui/widgets/FileDialog.h"

#include <QFileDialog>
#include <optional>

namespace cb::gui {

namespace {

std::optional<QString> g_next;
QString g_lastCaption;
QString g_lastProposed;
int g_askedCount = 0;

std::optional<QString> answered(const QString& caption, const QString& dir)
{
    g_lastCaption = caption;
    g_lastProposed = dir;
    ++g_askedCount;
    std::optional<QString> answer;
    std::swap(answer, g_next);
    return answer;
}

} // namespace

void FileDialog::setNextFileName(const QString& path)
{
    g_next = path;
}

QString FileDialog::lastCaption()
{
    return g_lastCaption;
}

QString FileDialog::lastProposed()
{
    return g_lastProposed;
}

int FileDialog::askedCount()
{
    return g_askedCount;
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& dir,
                                    const QString& filter)
{
    if (auto answer = answered(caption, dir))
        return *answer;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& dir,
                                    const QString& filter)
{
    if (auto answer = answered(caption, dir))
        return *answer;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getExistingDirectory(QWidget* parent, const QString& caption, const QString& dir)
{
    if (auto answer = answered(caption, dir))
        return *answer;
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

} // namespace cb::gui
