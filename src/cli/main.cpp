#include "cli/CliApp.h"
#include "platform/Language.h"
#include "platform/LocalSettings.h"
#include "platform/Logging.h"
#include "platform/Paths.h"

#include <QGuiApplication>

int main(int argc, char* argv[])
{
    cb::platform::Paths::keepNewFilesPrivate();
    // Headless by default: the CLI renders PDFs without any display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication::setApplicationName(QStringLiteral("cellboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CELLBOARD_VERSION));
    cb::platform::Logging::init(QStringLiteral("cellboard-cli"));
    cb::platform::Logging::captureQtMessages();
    QGuiApplication app(argc, argv);
    // messages for people follow the workstation's language; JSON keys and ids stay English
    using cb::platform::LocalSettings;
    cb::platform::Language::install(LocalSettings().value(LocalSettings::Key::Language).toString());
    const int code = cb::cli::CliApp().run(app.arguments().mid(1));
    cb::platform::Logging::shutdown();
    return code;
}
