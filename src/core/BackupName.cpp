#include "core/BackupName.h"

#include <QRegularExpression>

namespace cb::core {

namespace {

const char* kTimeFormat = "yyyyMMdd-HHmmss";

QString baseName(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? path : path.mid(slash + 1);
}

QString timeText(const QDateTime& atUtc)
{
    return atUtc.toUTC().toString(QString::fromLatin1(kTimeFormat));
}

} // namespace

QString BackupName::stemOf(const QString& databaseFile)
{
    const QString name = baseName(databaseFile);
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? name.left(dot) : name;
}

QString BackupName::fileName(const QString& databaseFile, const QDateTime& atUtc, const QString& note)
{
    QString name = stemOf(databaseFile) + QLatin1Char('-') + timeText(atUtc);
    if (!note.isEmpty())
        name += QLatin1Char('-') + note;
    return name + QStringLiteral(".backup.sqlite");
}

std::optional<BackupName> BackupName::parse(const QString& fileName)
{
    static const QRegularExpression re(
        QStringLiteral("^(.+)-(\\d{8}-\\d{6})(?:-([a-z0-9-]+))?\\.backup\\.sqlite$"));
    const auto m = re.match(baseName(fileName));
    if (!m.hasMatch())
        return std::nullopt;
    QDateTime at = QDateTime::fromString(m.captured(2), QString::fromLatin1(kTimeFormat));
    if (!at.isValid())
        return std::nullopt;
    at.setTimeSpec(Qt::UTC);
    return BackupName{m.captured(1), at, m.captured(3)};
}

bool BackupName::isBackupOf(const QString& fileName, const QString& databaseFile)
{
    const auto parsed = parse(fileName);
    return parsed && parsed->stem == stemOf(databaseFile);
}

QString BackupName::replacedName(const QString& databaseFile, const QDateTime& atUtc)
{
    return stemOf(databaseFile) + QStringLiteral(".replaced-") + timeText(atUtc) + QStringLiteral(".sqlite");
}

} // namespace cb::core
