#include "views/main/preferencesdialog.h"

#include "views/common/theme.h"
#include "views/main/language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QVBoxLayout>

namespace akdesk {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox)
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("languageCombo"));

    const QList<Language> languages = availableLanguages();
    const QString systemCode = matchLanguage(QLocale::system().uiLanguages());
    QString systemName;
    for (const Language &language : languages) {
        if (language.code == systemCode)
            systemName = language.nativeName;
    }
    m_language->addItem(tr("System default (%1)").arg(systemName), QString());
    for (const Language &language : languages)
        m_language->addItem(language.nativeName, language.code);
    const int current = m_language->findData(QSettings().value(languageSettingsKey()).toString());
    m_language->setCurrentIndex(current < 0 ? 0 : current);

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Language:"));
    label->setBuddy(m_language);
    form->addRow(label, m_language);

    // The look: the desktop's own, or akdesk's light or dark palette whatever the desktop does.
    m_look = new QComboBox;
    m_look->setObjectName(QStringLiteral("lookCombo"));
    m_look->addItem(tr("Follow the system"), QString());
    m_look->addItem(tr("Light"), QStringLiteral("light"));
    m_look->addItem(tr("Dark"), QStringLiteral("dark"));
    const int look = m_look->findData(QSettings().value(theme::settingsKey()).toString());
    m_look->setCurrentIndex(look < 0 ? 0 : look);
    auto *lookLabel = new QLabel(tr("&Appearance:"));
    lookLabel->setBuddy(m_look);
    form->addRow(lookLabel, m_look);

    auto *note = new QLabel(tr("A new language or appearance is used the next time akdesk starts."));
    note->setObjectName(QStringLiteral("restartNote"));
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept()
{
    QSettings().setValue(languageSettingsKey(), m_language->currentData().toString());
    QSettings().setValue(theme::settingsKey(), m_look->currentData().toString());
    QDialog::accept();
}

} // namespace akdesk
