// The translations: every committed .ts file is complete and consistent, stays complete when lupdate
// scans today's sources (so a new tr() without a translation fails here), and the compiled
// translations embedded in akdesk really turn the UI German.
#include "views/main/language.h"
#include "views/main/preferencesdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace akdesk;

namespace {

/// One <message> of a .ts file.
struct Entry
{
    QString context;
    QString source;
    QString type;          ///< the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList forms;     ///< one for a plain message, the numerus forms otherwise
};

struct TsFile
{
    QString language;      ///< the TS element's language attribute, e.g. "de_DE"
    QList<Entry> entries;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1").arg(path);
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            entry = Entry{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}};
        } else if (name == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            if (entry.numerus) {
                while (xml.readNextStartElement())
                    entry.forms.append(xml.readElementText());
            } else {
                entry.forms.append(xml.readElementText());
            }
            ts.entries.append(entry);
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return ts;
}

/// The placeholders a text uses (%1…%99, %L1, %n), sorted, each once.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString one = it.next().captured(1);
        if (!found.contains(one))
            found.append(one);
    }
    found.sort();
    return found;
}

/// True when the text has a mnemonic: '&' before a character other than '&' or a space.
bool hasMnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            return true;
    }
    return false;
}

/// How many plural forms Qt's lrelease expects for a language (qtbase's numerus rules).
int pluralForms(const QString &language)
{
    const QString code = language.section(QLatin1Char('_'), 0, 0);
    if (code == QLatin1String("en") || code == QLatin1String("de") || code == QLatin1String("fr"))
        return 2;
    return -1;  // a new language: add its count here (Qt Linguist shows it)
}

QString where(const Entry &entry)
{
    return QStringLiteral("[%1] \"%2\"").arg(entry.context, entry.source);
}

/// Every problem in one .ts file, one line each, naming context and source.
QStringList problemsIn(const TsFile &ts)
{
    QStringList problems;
    const int forms = pluralForms(ts.language);
    if (forms < 0)
        problems.append(QStringLiteral("unknown language \"%1\": add its plural form count").arg(ts.language));
    for (const Entry &entry : ts.entries) {
        if (entry.type == QLatin1String("vanished") || entry.type == QLatin1String("obsolete"))
            continue;  // not compiled; update_translations drops them
        if (entry.type == QLatin1String("unfinished")) {
            problems.append(QStringLiteral("unfinished: %1").arg(where(entry)));
            continue;
        }
        if (entry.numerus && forms > 0 && entry.forms.size() != forms) {
            problems.append(QStringLiteral("%1 plural forms instead of %2: %3").arg(entry.forms.size()).arg(forms).arg(where(entry)));
        }
        const QStringList expected = placeholders(entry.source);
        for (const QString &form : entry.forms) {
            if (form.trimmed().isEmpty()) {
                problems.append(QStringLiteral("empty translation: %1").arg(where(entry)));
                continue;
            }
            if (placeholders(form) != expected) {
                problems.append(QStringLiteral("placeholders %1 instead of %2 in \"%3\": %4")
                                    .arg(placeholders(form).join(QLatin1Char(',')), expected.join(QLatin1Char(',')), form,
                                         where(entry)));
            }
            if (hasMnemonic(entry.source) && !hasMnemonic(form))
                problems.append(QStringLiteral("no keyboard mnemonic (&) in \"%1\": %2").arg(form, where(entry)));
        }
    }
    return problems;
}

QStringList tsFiles()
{
    return QDir(QStringLiteral(AKDESK_TS_DIR)).entryList({QStringLiteral("akdesk_*.ts")}, QDir::Files, QDir::Name);
}

const Entry *findEntry(const TsFile &ts, const QString &context, const QString &source)
{
    for (const Entry &entry : ts.entries) {
        if (entry.context == context && entry.source == source)
            return &entry;
    }
    return nullptr;
}

void removeTranslators()
{
    const auto translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void shipsEveryLanguage();
    void complete_data();
    void complete();
    void freshAfterLupdate_data();
    void freshAfterLupdate();
    void germanFromResources();
    void englishPlurals();
    void matchesSystemLanguage_data();
    void matchesSystemLanguage();
    void installFollowsSetting();
    void preferencesSaveLanguage();

private:
    QTemporaryDir m_settings;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("akdesk-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
}

void TestTranslations::cleanup()
{
    removeTranslators();
    QSettings().clear();
}

void TestTranslations::shipsEveryLanguage()
{
    // Each language the Preferences dialog offers has a committed .ts file, and the other way round.
    QStringList offered;
    for (const Language &language : availableLanguages())
        offered.append(QStringLiteral("akdesk_%1.ts").arg(language.code));
    offered.sort();
    QCOMPARE(tsFiles(), offered);
}

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : tsFiles())
        QTest::newRow(qPrintable(file)) << file;
}

void TestTranslations::complete()
{
    QFETCH(QString, file);
    const TsFile ts = readTs(QDir(QStringLiteral(AKDESK_TS_DIR)).filePath(file));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(!ts.entries.isEmpty(), qPrintable(file + QStringLiteral(" has no messages")));
    const QStringList problems = problemsIn(ts);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1: %2 problem(s):\n  ").arg(file).arg(problems.size())
                                            + problems.join(QStringLiteral("\n  "))));
}

void TestTranslations::freshAfterLupdate_data()
{
    complete_data();
}

void TestTranslations::freshAfterLupdate()
{
    // What `ninja update_translations` would write: any string in today's sources that the committed
    // file lacks comes back unfinished.
    QFETCH(QString, file);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(file);
    QVERIFY(QFile::copy(QDir(QStringLiteral(AKDESK_TS_DIR)).filePath(file), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QStringList arguments = QStringLiteral(AKDESK_LUPDATE_OPTIONS).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (file == QLatin1String("akdesk_en.ts"))
        arguments << QStringLiteral("-pluralonly");  // the source language: only plural forms
    arguments << QStringLiteral("-I") << QStringLiteral(AKDESK_SOURCE_DIR)
              << QLatin1Char('@') + QStringLiteral(AKDESK_LUPDATE_SOURCES_LIST) << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(AKDESK_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(QString::fromLocal8Bit(lupdate.readAllStandardError())));

    const TsFile ts = readTs(copy);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList missing;
    for (const Entry &entry : ts.entries) {
        if (entry.type == QLatin1String("unfinished"))
            missing.append(where(entry));
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 lacks %2 string(s) from the sources; run `ninja update_translations` and "
                                       "translate them:\n  ")
                            .arg(file)
                            .arg(missing.size())
                        + missing.join(QStringLiteral("\n  "))));
}

void TestTranslations::germanFromResources()
{
    // The compiled German catalogue is embedded in akdesk and says what the committed file says.
    const QString context = QStringLiteral("akdesk::MainWindow");
    const QString menu = QStringLiteral("&File");
    const TsFile ts = readTs(QDir(QStringLiteral(AKDESK_TS_DIR)).filePath(QStringLiteral("akdesk_de.ts")));
    const Entry *entry = findEntry(ts, context, menu);
    QVERIFY2(entry, "akdesk_de.ts has no entry for the File menu");
    QVERIFY(entry->forms.value(0) != menu);

    QCOMPARE(QCoreApplication::translate("akdesk::MainWindow", "&File"), menu);
    auto *german = new QTranslator(qApp);
    QVERIFY(german->load(QStringLiteral("akdesk_de"), QStringLiteral(":/i18n")));
    QVERIFY(QCoreApplication::installTranslator(german));
    QCOMPARE(QCoreApplication::translate("akdesk::MainWindow", "&File"), entry->forms.value(0));
}

void TestTranslations::englishPlurals()
{
    // Every count in English reads "1 stage" / "3 stages", never "stage(s)".
    const TsFile ts = readTs(QDir(QStringLiteral(AKDESK_TS_DIR)).filePath(QStringLiteral("akdesk_en.ts")));
    QVERIFY(!ts.entries.isEmpty());
    auto *english = new QTranslator(qApp);
    QVERIFY(english->load(QStringLiteral("akdesk_en"), QStringLiteral(":/i18n")));
    QVERIFY(QCoreApplication::installTranslator(english));
    for (const Entry &entry : ts.entries) {
        QVERIFY2(entry.numerus, qPrintable(where(entry)));
        const QByteArray context = entry.context.toUtf8();
        const QByteArray source = entry.source.toUtf8();
        for (const int n : {1, 3}) {
            const QString text = QCoreApplication::translate(context.constData(), source.constData(), nullptr, n);
            QVERIFY2(!text.contains(QLatin1String("(s)")), qPrintable(text + QLatin1Char(' ') + where(entry)));
        }
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, 1),
                 QString(entry.forms.value(0)).replace(QLatin1String("%n"), QLatin1String("1")));
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, 3),
                 QString(entry.forms.value(1)).replace(QLatin1String("%n"), QLatin1String("3")));
    }
}

void TestTranslations::matchesSystemLanguage_data()
{
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("expected");
    QTest::newRow("German (Switzerland)") << QStringList{QStringLiteral("de-CH"), QStringLiteral("en-US")} << QStringLiteral("de");
    QTest::newRow("French (Canada)") << QStringList{QStringLiteral("fr-CA")} << QStringLiteral("fr");
    QTest::newRow("Japanese, then French") << QStringList{QStringLiteral("ja-JP"), QStringLiteral("fr-FR")} << QStringLiteral("fr");
    QTest::newRow("English (UK)") << QStringList{QStringLiteral("en-GB"), QStringLiteral("de")} << QStringLiteral("en");
    QTest::newRow("unshipped only") << QStringList{QStringLiteral("ja-JP")} << QStringLiteral("en");
    QTest::newRow("nothing") << QStringList() << QStringLiteral("en");
}

void TestTranslations::matchesSystemLanguage()
{
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, expected);
    QCOMPARE(matchLanguage(uiLanguages), expected);
}

void TestTranslations::installFollowsSetting()
{
    // "de" in the settings: akdesk's own menus and Qt's standard buttons come out German.
    QSettings().setValue(languageSettingsKey(), QStringLiteral("de"));
    QCOMPARE(installTranslations(*qApp), QStringLiteral("de"));
    QVERIFY(QCoreApplication::translate("akdesk::MainWindow", "&File") != QLatin1String("&File"));
    // From qtbase_de (Debian's qt6-translations-l10n): what QDialogButtonBox shows.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));

    // A language akdesk does not ship falls back to the system's choice.
    removeTranslators();
    QSettings().setValue(languageSettingsKey(), QStringLiteral("xx"));
    QCOMPARE(installTranslations(*qApp), matchLanguage(QLocale::system().uiLanguages()));
}

void TestTranslations::preferencesSaveLanguage()
{
    QSettings().setValue(languageSettingsKey(), QStringLiteral("fr"));
    PreferencesDialog dialog;
    QComboBox *combo = dialog.languageCombo();
    QCOMPARE(combo->count(), availableLanguages().size() + 1);
    QCOMPARE(combo->currentText(), QStringLiteral("Français"));
    // The first entry follows the system and names what that means.
    QCOMPARE(combo->itemData(0).toString(), QString());
    const QString system = matchLanguage(QLocale::system().uiLanguages());
    QVERIFY2(combo->itemText(0).contains(combo->itemText(combo->findData(system))), qPrintable(combo->itemText(0)));

    combo->setCurrentIndex(combo->findText(QStringLiteral("Deutsch")));
    dialog.accept();
    QCOMPARE(QSettings().value(languageSettingsKey()).toString(), QStringLiteral("de"));

    PreferencesDialog again;
    again.languageCombo()->setCurrentIndex(0);
    again.accept();
    QCOMPARE(QSettings().value(languageSettingsKey()).toString(), QString());
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
