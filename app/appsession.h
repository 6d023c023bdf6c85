#pragma once

#include "app/sandbox/sandboxcost.h"
#include "models/connection/connectionprofile.h"
#include "models/connection/tokenvault.h"

#include <QObject>
#include <QSettings>
#include <QUrl>

#include <memory>

namespace akdesk {

class ApiClient;
class LocalStore;
class MainWindow;
class ProfileLock;
class SchemaRegistry;
class Workspace;
namespace sandbox {
class SandboxServer;
}

/// What akdesk is connected to right now: the client, the profile's drafts, the in-process sandbox
/// when that is the target, and the window. Switching profile closes the window (its editors may
/// ask first) and opens everything again for the other profile.
class AppSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSession)

public:
    struct Target
    {
        QString profile;          ///< whose drafts, cache and token
        bool sandbox = false;     ///< the in-process sandbox
        int seedStages = 0;
        QUrl server;              ///< empty: the saved profile's
        QString token;            ///< empty: from the keychain
        bool offline = false;
        bool noLicense = false;   ///< with sandbox: an unlicensed server
        sandbox::ServerCost cost; ///< with sandbox: what its answers cost
    };

    explicit AppSession(std::shared_ptr<const SchemaRegistry> bundled, QObject *parent = nullptr);
    ~AppSession() override;

    ProfileStore &profiles() { return m_profiles; }
    TokenVault &vault() { return m_vault; }
    /// Opens the target; false (after telling the user) when it cannot.
    bool open(const Target &target);
    /// The first-run choice: connect to a server, the sandbox, or work offline. False if cancelled.
    bool firstRun();
    void showConnections();
    void switchTo(const QString &profile);
    /// Switches with the token the user just typed (used at once, whatever the keychain does).
    void switchTo(const QString &profile, const QString &token);
    /// Closes the window without asking (every edit is already a draft on disk) and ends: for
    /// SIGTERM at logout.
    void terminate();
    MainWindow *window() const { return m_window.get(); }
    /// The last open() failed because offline work had nothing fetched to show.
    bool nothingCachedOffline() const { return m_nothingCached; }
    ApiClient *client() const { return m_client.get(); }

Q_SIGNALS:
    /// The user closed the window or quit: akdesk should end.
    void finished();

private:
    QString loadToken(const QString &profile);
    /// Asks for the token of a profile that has none stored. Empty when the user declined;
    /// `offline` is set when they chose to work offline instead.
    QString promptToken(const ConnectionProfile &profile, bool *offline);
    void trustCertificate(const QByteArray &pem);
    void close();
    /// Another akdesk holds the profile: says so (that window is asked to come forward) and
    /// offers another connection. True when one was opened instead.
    bool openedElsewhere(const QString &profile, const ProfileLock &lock);
    void bringWindowForward();

    std::shared_ptr<const SchemaRegistry> m_bundled;
    QSettings m_settings;
    ProfileStore m_profiles;
    TokenVault m_vault;
    Target m_target;
    bool m_nothingCached = false;  ///< the last open() was offline with nothing fetched before
    bool m_switching = false;  ///< the window closes to open another profile's: not the end
    std::unique_ptr<ProfileLock> m_lock;  ///< this akdesk alone works on the profile
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<Workspace> m_workspace;  ///< what the window works with: client, schema, store, writer, sync
    std::unique_ptr<MainWindow> m_window;
};

} // namespace akdesk
