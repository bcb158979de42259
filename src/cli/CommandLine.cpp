#include "cli/CommandLine.h"

namespace cb::cli {

CommandLine::CommandLine(const QList<QCommandLineOption>& options)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions(options);
}

bool CommandLine::parse(const QStringList& args)
{
    return m_parser.parse(QStringList{QStringLiteral("cellboard-cli")} + args);
}

} // namespace cb::cli
