#pragma once

#include <QDialog>

class QComboBox;

namespace akdesk {

/// Application preferences: the user interface language and appearance, saved to the settings and used from
/// the next start on.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    /// The language combo: item data is the code saved to `ui/language` ("" = system default).
    QComboBox *languageCombo() const { return m_language; }

    /// The appearance combo: item data is the look saved to `ui/theme` ("" = the system's).
    QComboBox *lookCombo() const { return m_look; }

    void accept() override;

private:
    QComboBox *m_language;
    QComboBox *m_look = nullptr;
};

} // namespace akdesk
