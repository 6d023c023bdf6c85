#pragma once

#include "models/connection/connectionprofile.h"
#include "models/connection/tokenvault.h"

#include <QObject>
#include <QSettings>
#include <QUrl>

#include <memory>

namespace akdesk {

class ApiClient;
class DraftStore;
class MainWindow;
class SchemaRegistry;
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

private:
    QString loadToken(const QString &profile);
    void trustCertificate(const QByteArray &pem);
    void close();

    std::shared_ptr<const SchemaRegistry> m_bundled;
    QSettings m_settings;
    ProfileStore m_profiles;
    TokenVault m_vault;
    Target m_target;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<DraftStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace akdesk
