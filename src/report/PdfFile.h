#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace cb::report {

// Writes a finished document: a temporary file beside the target, then a rename, so a crash
// leaves the old file or none, never a truncated PDF. The file is readable by its owner only.
class PdfFile
{
public:
    static Status write(const QString& path, const QByteArray& bytes);
};

} // namespace cb::report
