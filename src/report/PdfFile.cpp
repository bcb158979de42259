#include "report/PdfFile.h"

#include "report/ReportText.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace cb::report {

Status PdfFile::write(const QString& path, const QByteArray& bytes)
{
    if (path.trimmed().isEmpty())
        return Error::badInput(text::tr("Give the name of the file to write."));
    const QFileInfo info(path);
    if (info.isDir())
        return Error::badInput(text::tr("\"%1\" is a folder; give a file name.").arg(path));
    if (!info.absoluteDir().exists())
        return Error::badInput(text::tr("The folder of \"%1\" does not exist.").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::failure(text::tr("\"%1\" cannot be written: %2").arg(path, file.errorString()));
    // owner-only before any byte lands, so the temporary file never is readable by others either
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return Error::failure(
            text::tr("The permissions of \"%1\" cannot be restricted to its owner.").arg(path));
    }
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return Error::failure(text::tr("\"%1\" cannot be written: %2").arg(path, file.errorString()));
    }
    if (!file.commit())
        return Error::failure(text::tr("\"%1\" cannot be saved: %2").arg(path, file.errorString()));
    return {};
}

} // namespace cb::report
