#pragma once

#include <QString>
#include <spdlog/spdlog.h>

namespace cb::platform {

// spdlog with a rotating file in Paths::logDir(). Log ids and codes only: never names,
// MRNs or free text (DESIGN.md §6).
class Logging
{
public:
    // level: trace, debug, info, warn, error, off. CELLBOARD_LOG_LEVEL overrides it.
    // alsoToStderr: the CLI keeps stdout clean, so its messages go to stderr.
    static void init(const QString& appName, const QString& level = QStringLiteral("info"),
                     bool alsoToStderr = false);
    static QString logFile(const QString& appName);
    // Sends Qt's own messages (qWarning …) to the log instead of the terminal, so the CLI's
    // standard error holds only its one-line messages.
    static void captureQtMessages();
    static void shutdown();
};

} // namespace cb::platform

// Convenience: CB_LOG_INFO("case {} opened by user {}", caseId, userId);
#define CB_LOG_TRACE(...) SPDLOG_TRACE(__VA_ARGS__)
#define CB_LOG_DEBUG(...) ::spdlog::debug(__VA_ARGS__)
#define CB_LOG_INFO(...) ::spdlog::info(__VA_ARGS__)
#define CB_LOG_WARN(...) ::spdlog::warn(__VA_ARGS__)
#define CB_LOG_ERROR(...) ::spdlog::error(__VA_ARGS__)
