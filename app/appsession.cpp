#include "app/appsession.h"

#include "app/sandbox/sandboxserver.h"
#include "models/api/apiclient.h"
#include "models/storage/localstore.h"
#include "models/storage/profilelock.h"
#include "models/schema/schemaregistry.h"
#include "models/schema/serverschema.h"
#include "models/session/workspace.h"
#include "views/connection/connectionsdialog.h"
#include "views/connection/tokenprompt.h"
#include "views/main/mainwindow.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

namespace akdesk {

AppSession::AppSession(std::shared_ptr<const SchemaRegistry> bundled, QObject *parent)
    : QObject(parent)
    , m_bundled(std::move(bundled))
    , m_profiles(&m_settings)
{
}

AppSession::~AppSession()
{
    close();
}

QString AppSession::loadToken(const QString &profile)
{
    // At start or switch nothing is shown yet; the keychain may ask the user, so wait for it.
    QString token;
    QEventLoop wait;
    connect(&m_vault, &TokenVault::loaded, &wait, [&](const QString &name, const QString &value) {
        if (name == profile) {
            token = value;
            wait.quit();
        }
    });
    QTimer::singleShot(60000, &wait, &QEventLoop::quit);
    m_vault.load(profile);
    wait.exec();
    return token;
}

void AppSession::close()
{
    m_window.reset();
    m_workspace.reset();
    m_store.reset();  // checkpoints and closes the drafts file before the profile is let go
    m_client.reset();
    m_sandbox.reset();
    m_lock.reset();
}

bool AppSession::openedElsewhere(const QString &profile, const ProfileLock &lock)
{
    const bool shown = lock.askHolderToShow();
    // Said on stderr and in the log as well, for a start from a terminal or a script.
    qWarning("akdesk: the profile %s is already open in akdesk process %lld%s", qPrintable(profile), lock.holderPid(),
             shown ? ", whose window was brought forward" : "");
    QMessageBox box(QMessageBox::Information, tr("akdesk"),
                    tr("“%1” is already open in another akdesk (process %2).").arg(profile).arg(lock.holderPid()),
                    QMessageBox::Close);
    box.setInformativeText(
        (shown ? tr("Its window was brought forward.") + QLatin1Char(' ') : QString())
        + tr("One akdesk per connection keeps its drafts from overwriting each other. Work in that window, or open "
             "another connection here."));
    QPushButton *other = box.addButton(tr("Open &another connection…"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() != other)
        return false;
    ConnectionsDialog dialog(&m_profiles, &m_vault);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenProfile().isEmpty())
        return false;
    Target target;
    target.profile = dialog.chosenProfile();
    target.sandbox = target.profile == ConnectionProfile::sandboxName();
    target.token = dialog.tokenText();
    return open(target);
}

void AppSession::bringWindowForward()
{
    if (!m_window)
        return;
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    qInfo("akdesk: another start asked for profile %s; its window was brought forward", qPrintable(m_target.profile));
}

bool AppSession::open(const Target &requested)
{
    Target target = requested;
    std::optional<ConnectionProfile> profile = target.sandbox ? std::nullopt : m_profiles.profile(target.profile);
    if (!target.sandbox && target.server.isEmpty()) {
        if (!profile) {
            QMessageBox::warning(nullptr, tr("akdesk"), tr("There is no connection named “%1”.").arg(target.profile));
            return false;
        }
        target.server = profile->serverUrl;
    }
    close();
    auto lock = std::make_unique<ProfileLock>(QFileInfo(LocalStore::defaultPath(target.profile)).absolutePath());
    if (!lock->tryLock()) {
        if (lock->holderPid() != 0)
            return openedElsewhere(target.profile, *lock);
        // The folder cannot be written: the drafts cannot be either, and opening them says so.
        qWarning("akdesk: %s", qPrintable(lock->errorString()));
    } else {
        m_lock = std::move(lock);
        connect(m_lock.get(), &ProfileLock::showRequested, this, &AppSession::bringWindowForward);
    }
    m_target = target;
    m_client = std::make_unique<ApiClient>();
    m_store = std::make_unique<LocalStore>();
    if (!m_store->open(LocalStore::defaultPath(target.profile))) {
        QMessageBox::warning(nullptr, tr("akdesk"),
                             tr("Drafts cannot be kept on disk (%1). akdesk works, but an edit is only safe once it "
                                "is saved to the server.").arg(m_store->errorString()));
        m_store->open(QStringLiteral(":memory:"));
    } else if (!m_store->openNotice().isEmpty()) {
        QMessageBox::warning(nullptr, tr("akdesk"), m_store->openNotice());
    }
    m_client->setCache(m_store.get());
    m_client->setWorkOffline(target.offline);
    m_client->setHeartbeatInterval(2000);  // a server that went away shows within seconds
    m_nothingCached = false;
    if (target.offline && !m_store->hasResponses()) {
        // Offline shows what was fetched before; with nothing fetched it would be an empty window.
        QMessageBox::information(nullptr, tr("Nothing to show offline yet"),
                                 tr("Working offline shows the lists and records akdesk fetched before from “%1”, "
                                    "and nothing has been fetched yet. Connect to a server or open the sandbox "
                                    "once; after that, akdesk can work offline with what it fetched.")
                                     .arg(target.profile));
        m_nothingCached = true;
        close();
        return false;
    }

    if (target.sandbox) {
        sandbox::SandboxServer::Options options;
        options.seedStages = target.seedStages;
        options.licensed = !target.noLicense;
        options.cost = target.cost;
        options.schema = m_bundled;
        m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
        if (m_sandbox->start(0) == 0) {
            QMessageBox::critical(nullptr, tr("akdesk"), tr("The embedded sandbox could not listen on 127.0.0.1."));
            return false;
        }
        m_client->setServerUrl(m_sandbox->url());
        m_client->setToken(m_sandbox->token());
    } else {
        m_client->setServerUrl(target.server);
        QString token = target.token.isEmpty() ? loadToken(target.profile) : target.token;
        if (token.isEmpty() && !target.offline) {
            // Nothing stored (a session-only token from last time, or a keychain that lost it):
            // ask, instead of sending requests the server can only refuse.
            ConnectionProfile asked = profile.value_or(ConnectionProfile{});
            asked.name = target.profile;
            asked.serverUrl = target.server;
            bool offline = false;
            token = promptToken(asked, &offline);
            if (token.isEmpty() && !offline) {
                close();
                return false;
            }
            target.offline = offline;
            m_target.offline = offline;
            m_client->setWorkOffline(offline);
        }
        m_client->setToken(token);
        m_target.token.clear();  // the vault keeps it; no second copy
        if (profile) {
            m_client->setTimeout(profile->timeoutSeconds * 1000);
            m_client->setAllowPlainHttp(profile->allowPlainHttp);
            QList<QSslCertificate> cas;
            if (const QString error = ConnectionsDialog::loadCertificates(profile->caFile, &cas); !error.isEmpty())
                QMessageBox::warning(nullptr, tr("akdesk"), error);
            m_client->setExtraCaCertificates(cas);
        }
    }

    // The server's own schema when it runs another authentik version (nothing shown yet).
    std::shared_ptr<const SchemaRegistry> active = m_bundled;
    QString origin = tr("bundled schema %1").arg(m_bundled->apiVersion());
    // A profile used before starts on the schema chosen then, so that its cached lists show at once
    // rather than after the server's version answer; the version is still asked for, and a
    // server that changed meanwhile is named in the status bar.
    std::shared_ptr<const SchemaRegistry> cached;
    if (!target.sandbox && !target.offline) {
        auto *check = new ServerSchema(m_client.get(), m_client.get());
        cached = check->fromCache(&origin);
        if (cached) {
            active = cached;
            connect(check, &ServerSchema::resolved, this, [this, check, cached](std::shared_ptr<const SchemaRegistry> resolved) {
                check->deleteLater();
                if (m_window && resolved->apiVersion() != cached->apiVersion())
                    m_window->statusBar()->showMessage(
                        tr("The server now runs authentik %1: open the connection again to use its schema.").arg(resolved->apiVersion()));
            });
            check->resolve();
        } else {
            delete check;
        }
    }
    if (!target.sandbox && !target.offline && !cached) {
        ServerSchema serverSchema(m_client.get());
        QEventLoop wait;
        connect(&serverSchema, &ServerSchema::resolved, &wait,
                [&](std::shared_ptr<const SchemaRegistry> resolved, const QString &from) {
                    active = std::move(resolved);
                    origin = from;
                    wait.quit();
                });
        QTimer::singleShot(8000, &wait, &QEventLoop::quit);
        serverSchema.resolve();
        wait.exec();
    }

    m_workspace = std::make_unique<Workspace>(m_client.get(), active, m_store.get());
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    QStringList names;
    for (const ConnectionProfile &known : m_profiles.profiles())
        names.append(known.name);
    if (!names.contains(ConnectionProfile::sandboxName()))
        names.prepend(ConnectionProfile::sandboxName());
    m_window->setProfiles(names, target.profile);
    connect(m_window.get(), &MainWindow::connectionsRequested, this, &AppSession::showConnections);
    connect(m_window.get(), &MainWindow::switchRequested, this, qOverload<const QString &>(&AppSession::switchTo),
            Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::trustCertificateRequested, this, &AppSession::trustCertificate);
    connect(m_window.get(), &MainWindow::closed, this, [this] {
        if (!m_switching)
            Q_EMIT finished();
    });
    m_window->setWindowTitle(tr("akdesk — %1 (%2)").arg(target.profile, m_client->serverUrl().toDisplayString()));
    // Where the window was, what it showed and what was selected, as the user left it.
    m_window->restoreSettings(m_settings);
    m_window->setSettings(&m_settings);
    if (target.offline)
        m_window->statusBar()->showMessage(tr("Working offline with the lists fetched last (%1)").arg(m_store->cachePath()));
    else
        m_window->statusBar()->showMessage(tr("Connected to %1, using %2").arg(m_client->serverUrl().toDisplayString(), origin));
    m_window->show();
    m_profiles.setLastUsed(target.profile);
    return true;
}

bool AppSession::firstRun()
{
    for (;;) {
        QMessageBox box(QMessageBox::Question, tr("Welcome to akdesk"),
                        tr("akdesk administers the flows and stages of an authentik server."), QMessageBox::Cancel);
        box.setInformativeText(tr("Connect to your server with an API token, try everything on the embedded sandbox "
                                  "(a small authentik on this computer), or work offline."));
        QPushButton *server = box.addButton(tr("&Connect to a server…"), QMessageBox::AcceptRole);
        QPushButton *sandbox = box.addButton(tr("Open the &sandbox"), QMessageBox::AcceptRole);
        QPushButton *offline = box.addButton(tr("Work &offline"), QMessageBox::AcceptRole);
        box.setDefaultButton(server);
        box.exec();
        Target sandboxTarget;
        sandboxTarget.profile = ConnectionProfile::sandboxName();
        sandboxTarget.sandbox = true;
        if (box.clickedButton() == sandbox)
            return open(sandboxTarget);
        if (box.clickedButton() == offline) {
            sandboxTarget.offline = true;
            if (open(sandboxTarget))
                return true;
            if (m_nothingCached)
                continue;  // said why; the user picks again
            return false;
        }
        if (box.clickedButton() != server)
            return false;
        ConnectionsDialog dialog(&m_profiles, &m_vault);
        dialog.addProfile();
        if (dialog.exec() != QDialog::Accepted || dialog.chosenProfile().isEmpty())
            continue;  // back to the welcome choice, not out of akdesk
        Target target;
        target.profile = dialog.chosenProfile();
        target.token = dialog.tokenText();  // the token typed is used at once, whatever the keychain does
        return open(target);
    }
}

void AppSession::showConnections()
{
    ConnectionsDialog dialog(&m_profiles, &m_vault, m_window.get());
    dialog.select(m_target.profile);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenProfile().isEmpty())
        QTimer::singleShot(0, this, [this, chosen = dialog.chosenProfile(), token = dialog.tokenText()] {
            switchTo(chosen, token);
        });
}

void AppSession::switchTo(const QString &profile)
{
    switchTo(profile, QString());
}

void AppSession::switchTo(const QString &profile, const QString &token)
{
    // The window's editors may keep the user (unsaved changes): then nothing switches.
    m_switching = true;
    if (m_window && !m_window->close()) {
        m_switching = false;
        return;
    }
    const Target previous = m_target;
    Target target;
    target.profile = profile;
    target.sandbox = profile == ConnectionProfile::sandboxName();
    target.token = token;
    bool opened = open(target);
    if (!opened && previous.profile != profile) {
        // Back to where the user was rather than to nothing.
        opened = open(previous);
    }
    m_switching = false;
    if (!opened)
        Q_EMIT finished();
}

void AppSession::terminate()
{
    // A dialog may be open in a nested event loop, its stack frame holding the window: nothing is
    // destroyed here. Leaving the event loops (finished() quits them all) unwinds those frames,
    // and the window goes with the session.
    if (m_window) {
        m_window->saveSettings(m_settings);
        m_window->hide();
    }
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows) {
        if (auto *dialog = qobject_cast<QDialog *>(widget); dialog && dialog->isVisible())
            dialog->reject();
    }
    Q_EMIT finished();
}

QString AppSession::promptToken(const ConnectionProfile &profile, bool *offline)
{
    TokenPrompt prompt(profile, m_vault.keychainProblem());
    if (prompt.exec() != QDialog::Accepted)
        return {};
    if (prompt.choseOffline()) {
        *offline = true;
        return {};
    }
    const QString token = prompt.token();
    ConnectionProfile saved = profile;
    if (prompt.keepInFile() != saved.tokenFileAllowed && m_profiles.profile(profile.name)) {
        saved.tokenFileAllowed = prompt.keepInFile();
        m_profiles.save(saved);
    }
    m_vault.store(profile.name, token, prompt.keepInFile());
    return token;
}

void AppSession::trustCertificate(const QByteArray &pem)
{
    std::optional<ConnectionProfile> profile = m_profiles.profile(m_target.profile);
    if (!profile) {
        ConnectionProfile adHoc;
        adHoc.name = m_target.profile;
        adHoc.serverUrl = m_target.server;
        profile = adHoc;
    }
    const QString folder = QFileInfo(LocalStore::defaultPath(profile->name)).absolutePath();
    QDir().mkpath(folder);
    const QString file = folder + QStringLiteral("/trusted-certificates.pem");
    QFile out(file);
    if (!out.open(QIODevice::Append)) {
        QMessageBox::warning(m_window.get(), tr("akdesk"), tr("Cannot write %1: %2").arg(file, out.errorString()));
        return;
    }
    out.write(pem);
    out.close();
    profile->caFile = file;
    m_profiles.save(*profile);
    QList<QSslCertificate> cas;
    ConnectionsDialog::loadCertificates(file, &cas);
    m_client->setExtraCaCertificates(cas);
    m_window->statusBar()->showMessage(tr("The certificate is trusted for “%1” (%2). Refresh to load again.")
                                           .arg(profile->name, file), 10000);
}

} // namespace akdesk
