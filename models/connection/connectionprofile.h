#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

class QSettings;

namespace akdesk {

/// One server akdesk talks to. The token is not here: it lives in the keychain (TokenVault).
struct ConnectionProfile
{
    QString name;
    QUrl serverUrl;
    QString caFile;            ///< PEM file of extra certificate authorities to trust (empty: system's)
    int timeoutSeconds = 30;   ///< idle transfer timeout
    /// The user confirmed plain http to this non-loopback host (remembered exception).
    bool allowPlainHttp = false;
    /// The user allowed the token in a file readable only by them when no keychain is available.
    bool tokenFileAllowed = false;

    bool isSandbox() const { return name == sandboxName(); }
    static QString sandboxName() { return QStringLiteral("sandbox"); }
    /// What is wrong with the profile for people, or empty.
    QString problem() const;
    /// http to a host that is not a loopback address (needs the user's explicit exception).
    bool isInsecure() const;
    static bool isLoopback(const QUrl &url);
};

/// The profiles in the settings (QSettings group "profiles"), and which one was used last.
class ProfileStore final
{
public:
    explicit ProfileStore(QSettings *settings);

    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString &name) const;
    void save(const ConnectionProfile &profile);
    void remove(const QString &name);
    QString lastUsed() const;
    void setLastUsed(const QString &name);

private:
    QSettings *m_settings;
};

} // namespace akdesk
