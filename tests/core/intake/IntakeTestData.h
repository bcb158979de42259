#pragma once

// The shipped intake vocabularies, read from the source tree (core tests do not link the
// services' resources).

#include <QFile>
#include <QString>

namespace cb::test {

inline QByteArray intakeResource(const QString& name)
{
    QFile f(QStringLiteral(CB_SOURCE_DIR "/resources/intake/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace cb::test
