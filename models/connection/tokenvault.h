#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace akdesk {

/// Keeps each profile's API token in the system keychain (QtKeychain: Secret Service, KWallet,
/// ...). Without a keychain service the token stays in memory for this session only, unless the
/// user allowed a file readable only by them. Tokens never go to settings, logs or drafts.
class TokenVault final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenVault)

public:
    enum class Storage { Keychain, File, Session, None };
    Q_ENUM(Storage)

    explicit TokenVault(QObject *parent = nullptr);
    ~TokenVault() override;

    /// Tests and systems known to have no keychain: skip it (as if no service answered).
    void setKeychainEnabled(bool enabled) { m_keychainEnabled = enabled; }
    /// Where file tokens live (default: the app data folder).
    void setFileFolder(const QString &folder) { m_folder = folder; }
    QString tokenFile(const QString &profile) const;

    /// Reads the token: loaded() follows (an empty token with Storage::None when there is none).
    void load(const QString &profile);
    /// Saves the token: stored() follows, saying where it went and, if not the keychain, why.
    void store(const QString &profile, const QString &token, bool fileAllowed);
    /// Removes the token from everywhere akdesk may have put it.
    void forget(const QString &profile);

    /// Why the keychain could not be used the last time (empty when it worked or was not tried).
    QString keychainProblem() const { return m_keychainProblem; }

    static QString storageText(Storage storage);

Q_SIGNALS:
    void loaded(const QString &profile, const QString &token, akdesk::TokenVault::Storage from);
    void stored(const QString &profile, akdesk::TokenVault::Storage where, const QString &message);

private:
    void storeWithoutKeychain(const QString &profile, const QString &token, bool fileAllowed, const QString &why);
    bool writeFile(const QString &profile, const QString &token);
    QString readFile(const QString &profile) const;

    bool m_keychainEnabled = true;
    QString m_folder;
    QString m_keychainProblem;
    struct Known
    {
        QString token;
        Storage where = Storage::None;
    };
    QHash<QString, Known> m_known;  ///< every token read or stored in this run, and where it is
                                    ///< (a session-only token lives only here)
};

} // namespace akdesk
