#include "platform/Logging.h"

#include "platform/Paths.h"

#include <QtGlobal>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <vector>

namespace cb::platform {

QString Logging::logFile(const QString& appName)
{
    return Paths::logDir() + QLatin1Char('/') + appName + QStringLiteral(".log");
}

void Logging::init(const QString& appName, const QString& level, bool alsoToStderr)
{
    std::vector<spdlog::sink_ptr> sinks;
    try {
        sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(logFile(appName).toStdString(),
                                                                               5 * 1024 * 1024, 5));
    } catch (const spdlog::spdlog_ex&) {
        // an unwritable log directory must not stop the application; stderr still works
    }
    if (alsoToStderr)
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    auto logger = std::make_shared<spdlog::logger>(appName.toStdString(), sinks.begin(), sinks.end());
    QString lvl = qEnvironmentVariable("CELLBOARD_LOG_LEVEL", level);
    logger->set_level(spdlog::level::from_str(lvl.toStdString()));
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%l] %v");
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
}

namespace {
void qtMessageToLog(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("qt: {}", text);
        break;
    case QtInfoMsg:
        spdlog::info("qt: {}", text);
        break;
    case QtWarningMsg:
        spdlog::warn("qt: {}", text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        spdlog::error("qt: {}", text);
        break;
    }
}
} // namespace

void Logging::captureQtMessages()
{
    qInstallMessageHandler(qtMessageToLog);
}

void Logging::shutdown()
{
    spdlog::shutdown();
}

} // namespace cb::platform
