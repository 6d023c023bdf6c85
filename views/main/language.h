#pragma once

#include <QList>
#include <QString>

class QCoreApplication;
class QSettings;

namespace akdesk {

/// A language akdesk ships a translation for: its code (as in `akdesk_<code>.qm`) and its own name.
struct Language
{
    QString code;        ///< e.g. "de"
    QString nativeName;  ///< e.g. "Deutsch": shown as is, so users find their language in any UI language
};

/// The languages akdesk ships, English first.
QList<Language> availableLanguages();

/// The QSettings key holding the chosen language code; empty means "follow the system".
QString languageSettingsKey();

/// The code of the shipped language that best matches `uiLanguages` (as from
/// QLocale::uiLanguages(), most preferred first); "en" when none matches.
QString matchLanguage(const QStringList &uiLanguages);

/// The language akdesk shows for a setting: the setting if it is shipped, else the system's.
QString resolveLanguage(const QString &setting);

/// Loads Qt's own and akdesk's translations for the language chosen in the settings (or the
/// system's) into `app`. Call once, before any widget is created and before the schema is loaded
/// (its field labels are translated as it loads). Returns the language code used.
QString installTranslations(QCoreApplication &app);

/// The same for a given language code (e.g. for screenshots in one language); an unshipped code
/// falls back to the system's language. Returns the language code used.
QString installLanguage(QCoreApplication &app, const QString &code);

} // namespace akdesk
