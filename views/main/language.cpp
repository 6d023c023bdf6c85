#include "views/main/language.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace akdesk {

QList<Language> availableLanguages()
{
    // Native names are not translated: a user who cannot read the current language still finds theirs.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
    };
}

QString languageSettingsKey()
{
    return QStringLiteral("ui/language");
}

QString matchLanguage(const QStringList &uiLanguages)
{
    const QList<Language> shipped = availableLanguages();
    for (const QString &name : uiLanguages) {
        // "de-CH", "de_DE" and "de" all mean German for a translation that is not regional.
        const QString code = QLocale(name).name().section(QLatin1Char('_'), 0, 0);
        for (const Language &language : shipped) {
            if (language.code == code)
                return code;
        }
    }
    return QStringLiteral("en");
}

QString resolveLanguage(const QString &setting)
{
    const QList<Language> shipped = availableLanguages();
    for (const Language &language : shipped) {
        if (language.code == setting)
            return setting;
    }
    return matchLanguage(QLocale::system().uiLanguages());
}

QString installTranslations(QCoreApplication &app)
{
    return installLanguage(app, QSettings().value(languageSettingsKey()).toString());
}

QString installLanguage(QCoreApplication &app, const QString &requested)
{
    const QString code = resolveLanguage(requested);

    // Qt's own texts (standard buttons, file dialogs, context menus); English needs none.
    if (code != QLatin1String("en")) {
        auto *qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    // English is loaded too: it holds the plural forms ("1 stage", "2 stages").
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral("akdesk_") + code, QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    return code;
}

} // namespace akdesk
