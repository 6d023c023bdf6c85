#pragma once

#include "models/connection/connectionprofile.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace akdesk {

/// Asks for a profile's API token when none is stored (it was kept for one session only, or the
/// keychain lost it): connect with it, or work offline instead.
class TokenPrompt final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenPrompt)

public:
    /// `keychainProblem`: why the keychain could not be used (empty when it works).
    TokenPrompt(const ConnectionProfile &profile, const QString &keychainProblem, QWidget *parent = nullptr);
    ~TokenPrompt() override;

    QString token() const;
    /// Without a keychain: the user allowed a file readable only by them.
    bool keepInFile() const;
    bool choseOffline() const { return m_offline; }

    QLineEdit *tokenField() const { return m_token; }
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *offlineButton() const { return m_offlineButton; }

private:
    QLineEdit *m_token;
    QCheckBox *m_file;
    QPushButton *m_connect;
    QPushButton *m_offlineButton;
    bool m_offline = false;
};

} // namespace akdesk
