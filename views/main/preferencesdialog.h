#pragma once

#include <QDialog>

class QComboBox;

namespace akdesk {

/// Application preferences: the user interface language, saved to the settings and used from
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

    void accept() override;

private:
    QComboBox *m_language;
};

} // namespace akdesk
