#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace cb::cli {

// A JSON object read from a file named on the command line (--file F); "-" reads nothing here
// (standard input carries the password). Errors are bad input (exit 2) naming the file.
inline Result<QJsonObject> readJsonFile(const QString& path)
{
    if (path.isEmpty())
        return Error::badInput(QCoreApplication::translate("cb::cli", "Give the JSON file with --file F."));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::badInput(
            QCoreApplication::translate("cb::cli", "Cannot read %1: %2").arg(path, f.errorString()));
    if (f.size() > 16 * 1024 * 1024)
        return Error::badInput(QCoreApplication::translate("cb::cli", "%1 is larger than 16 MB.").arg(path));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (doc.isNull())
        return Error::badInput(
            QCoreApplication::translate("cb::cli", "%1 is not valid JSON: %2 (at byte %3).")
                .arg(path, err.errorString())
                .arg(err.offset));
    if (!doc.isObject())
        return Error::badInput(
            QCoreApplication::translate("cb::cli", "%1 must hold one JSON object.").arg(path));
    return doc.object();
}

} // namespace cb::cli
