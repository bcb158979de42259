#include "platform/Language.h"

#include "platform/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace cb::platform {

namespace {

struct Installed
{
    QString language = Language::english();
    QPointer<QTranslator> app;
    QPointer<QTranslator> qt;
};

Installed& installed()
{
    static Installed state;
    return state;
}

void removeTranslator(QPointer<QTranslator>& translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

} // namespace

QString Language::resolve(const QString& choice)
{
    if (choice == english() || choice == chinese())
        return choice;
    // "system": the first interface language the user prefers that CellBoard speaks
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString& tag : preferred) {
        if (tag.startsWith(QLatin1String("zh"), Qt::CaseInsensitive))
            return chinese();
        if (tag.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
            return english();
    }
    return english();
}

QString Language::install(const QString& choice)
{
    Installed& state = installed();
    removeTranslator(state.app);
    removeTranslator(state.qt);

    const QString language = resolve(choice);
    state.language = language;
    const QLocale systemLocale = QLocale::system();
    if (language == chinese()) {
        auto* app = new QTranslator(QCoreApplication::instance());
        if (app->load(QStringLiteral(":/i18n/cellboard_zh_CN.qm"))) {
            QCoreApplication::installTranslator(app);
            state.app = app;
        } else {
            CB_LOG_DEBUG("the Chinese translation is missing from this build");
            delete app;
        }
        auto* qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            state.qt = qt;
        } else {
            CB_LOG_DEBUG("Qt's own Chinese translation (qt6-translations-l10n) is not installed");
            delete qt;
        }
        QLocale::setDefault(systemLocale.language() == QLocale::Chinese
                                ? systemLocale
                                : QLocale(QLocale::Chinese, QLocale::China));
    } else {
        QLocale::setDefault(systemLocale.language() == QLocale::English ? systemLocale
                                                                        : QLocale(QLocale::English));
    }
    return language;
}

QString Language::current()
{
    return installed().language;
}

bool Language::qtTranslationLoaded()
{
    return !installed().qt.isNull();
}

} // namespace cb::platform
