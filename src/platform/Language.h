#pragma once

#include <QString>
#include <QStringList>

namespace cb::platform {

// The interface language of this process. A choice is "system" (follow the locale, the default),
// "en" or "zh_CN"; it comes from LocalSettings::Key::Language. Installing a language loads
// CellBoard's own translation (compiled from resources/translations and embedded at build time)
// and Qt's (qtbase_*.qm from Qt's translations folder, Debian package qt6-translations-l10n) so
// standard buttons and dialogs speak the same language, and makes QLocale follow it.
class Language
{
public:
    static QString system() { return QStringLiteral("system"); }
    static QString english() { return QStringLiteral("en"); }
    static QString chinese() { return QStringLiteral("zh_CN"); }
    // Every choice the settings offer, "system" first.
    static QStringList choices() { return {system(), english(), chinese()}; }

    // The language a choice means on this workstation: "en" or "zh_CN". An unknown choice
    // (a hand-edited settings file) is treated as "system".
    static QString resolve(const QString& choice);
    // Installs the translations for a choice (replacing any installed before) and returns the
    // language now in effect. Needs the QCoreApplication.
    static QString install(const QString& choice);
    // The language installed last ("en" before any install).
    static QString current();
    // Whether Qt's own translation for the current language was found (false for English).
    static bool qtTranslationLoaded();
};

} // namespace cb::platform
