// cellboard [--db URL]: the desktop workspace. Wiring only: the application object, the look,
// logging, the database, and the controller that shows the login window.
#include "gui/session/AppController.h"
#include "gui/session/DatabaseOpener.h"
#include "gui/widgets/Theme.h"
#include "gui/widgets/WheelGuard.h"
#include "platform/Language.h"
#include "platform/LocalSettings.h"
#include "platform/Logging.h"
#include "platform/Paths.h"
#include "services/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    cb::platform::Paths::keepNewFilesPrivate();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CellBoard"));
    QApplication::setApplicationDisplayName(QStringLiteral("CellBoard"));
    QApplication::setApplicationVersion(QStringLiteral(CELLBOARD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.cellboard.CellBoard"));
    // the language chosen in the settings (or the system's); a change applies at the next start
    using cb::platform::LocalSettings;
    cb::platform::Language::install(LocalSettings().value(LocalSettings::Key::Language).toString());
    cb::gui::Theme::apply(app);
    cb::gui::WheelGuard::install(app); // no finding changes under a scrolling mouse

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cb::app", "CellBoard — CAR-T tumor board workspace"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("cb::app",
                                    "Database: a SQLite file or postgresql://user@host:port/dbname "
                                    "(default: the database chosen in the settings, else this "
                                    "workstation's database file)."),
        QStringLiteral("URL"));
    parser.addOption(db);
    parser.process(app);

    cb::platform::Logging::init(QStringLiteral("cellboard"));
    int code = 1;
    if (auto ws = cb::gui::DatabaseOpener::open(parser.value(db), &code)) {
        cb::gui::AppController controller(*ws);
        controller.start();
        code = app.exec();
    }
    cb::platform::Logging::shutdown();
    return code;
}
