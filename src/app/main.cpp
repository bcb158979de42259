// cellboard [--db URL]: the desktop workspace. Wiring only: the application object, the look,
// logging, the database, and the controller that shows the login window.
#include "gui/AppController.h"
#include "gui/DatabaseOpener.h"
#include "gui/Theme.h"
#include "platform/Logging.h"
#include "services/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CellBoard"));
    QApplication::setApplicationDisplayName(QStringLiteral("CellBoard"));
    QApplication::setApplicationVersion(QStringLiteral(CELLBOARD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.cellboard.CellBoard"));
    cb::gui::Theme::apply(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CellBoard — CAR-T tumor board workspace"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QStringLiteral("Database: a SQLite file or postgresql://user@host:port/dbname "
                       "(default: this workstation's database file)."),
        QStringLiteral("URL"));
    parser.addOption(db);
    parser.process(app);

    cb::platform::Logging::init(QStringLiteral("cellboard"));
    int code = 1;
    if (auto ws = cb::gui::DatabaseOpener::open(parser.value(db))) {
        cb::gui::AppController controller(*ws);
        controller.start();
        code = app.exec();
    }
    cb::platform::Logging::shutdown();
    return code;
}
