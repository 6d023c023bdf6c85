#pragma once

#include "models/connection/connectionprofile.h"
#include "models/connection/tokenvault.h"

#include <QDialog>
#include <QSslCertificate>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace akdesk {

class ApiClient;
class ConnectionTester;

/// Manages connection profiles: server URL, token (kept by the TokenVault, never in settings),
/// CA file, timeout; tests a profile before it is used and connects to it.
class ConnectionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsDialog)

public:
    ConnectionsDialog(ProfileStore *profiles, TokenVault *vault, QWidget *parent = nullptr);
    ~ConnectionsDialog() override;

    /// The profile the form shows now (unsaved edits included; no token).
    ConnectionProfile formProfile() const;
    void select(const QString &name);
    QString tokenText() const;
    /// After Connect: the profile chosen (its token is tokenText()); empty otherwise.
    QString chosenProfile() const { return m_chosen; }

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *urlField() const { return m_url; }
    QLineEdit *tokenField() const { return m_token; }
    QLineEdit *caField() const { return m_ca; }
    QCheckBox *plainHttpBox() const { return m_plainHttp; }
    QTreeWidget *testResults() const { return m_results; }
    QLabel *status() const { return m_status; }
    QPushButton *button(const QString &name) const;

    /// Loads a PEM file of certificates; an error text (empty when it is fine).
    static QString loadCertificates(const QString &file, QList<QSslCertificate> *out);

public Q_SLOTS:
    void addProfile();
    void removeProfile();
    void saveProfile();
    void testConnection();

Q_SIGNALS:
    /// Connect: the profile is saved and its token stored.
    void connectRequested(const QString &profile);

private:
    void reloadList();
    void showProfile(const ConnectionProfile &profile);
    void updateState();
    /// Connect: saves the profile, waits until the token typed is kept, then connects.
    void connectToProfile();
    void tokenStored(const QString &profile, akdesk::TokenVault::Storage where, const QString &message);
    void finishConnect(const QString &profile);
    /// An ApiClient set up from the form (for Test connection).
    void configure(ApiClient *client) const;

    ProfileStore *m_profiles;
    TokenVault *m_vault;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_token;
    QLineEdit *m_ca;
    QSpinBox *m_timeout;
    QCheckBox *m_plainHttp;
    QCheckBox *m_tokenFile;
    QTreeWidget *m_results;
    QLabel *m_status;
    QList<QPushButton *> m_buttons;
    ApiClient *m_testClient = nullptr;
    ConnectionTester *m_tester = nullptr;
    QString m_loadedToken;  ///< the stored token of the selected profile (never shown)
    QString m_chosen;          ///< the profile Connect was pressed for
    QString m_connectPending;  ///< Connect waits for the vault to keep this profile's token
    QString m_shownProblem;    ///< the form problem the status line shows, cleared once fixed
    bool m_urlTouched = true;  ///< false for a new profile until its address is typed
};

} // namespace akdesk
