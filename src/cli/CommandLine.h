#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace cb::cli {

// Parses a subcommand's own arguments with QCommandLineParser; positional arguments and
// options may be mixed. Returns false with errorText() on an unknown option or a missing value.
class CommandLine
{
public:
    explicit CommandLine(const QList<QCommandLineOption>& options);
    bool parse(const QStringList& args);
    QString errorText() const { return m_parser.errorText(); }
    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }
    QStringList values(const QString& name) const { return m_parser.values(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }

private:
    QCommandLineParser m_parser;
};

} // namespace cb::cli
