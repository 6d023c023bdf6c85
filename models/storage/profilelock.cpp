#include "models/storage/profilelock.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace akdesk {

namespace {

const QByteArray kShow = QByteArrayLiteral("show\n");
const QByteArray kShown = QByteArrayLiteral("shown\n");

QString socketPath(const QString &folder)
{
    return folder + QStringLiteral("/akdesk.socket");
}

} // namespace

ProfileLock::ProfileLock(const QString &folder, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
    , m_lock(folder + QStringLiteral("/akdesk.lock"))
{
    // Stale only when its process is gone (QLockFile checks the pid on this host), never by
    // age: an akdesk may stay open for weeks.
    m_lock.setStaleLockTime(0);
}

ProfileLock::~ProfileLock()
{
    if (m_server)
        m_server->close();  // removes the socket file
    m_lock.unlock();
}

bool ProfileLock::tryLock()
{
    m_holderPid = 0;
    m_error.clear();
    if (!QDir().mkpath(m_folder)) {
        m_error = tr("Cannot create the profile folder %1.").arg(m_folder);
        return false;
    }
    if (!m_lock.tryLock(0)) {
        if (m_lock.error() == QLockFile::LockFailedError) {
            QString host;
            QString application;
            m_lock.getLockInfo(&m_holderPid, &host, &application);
        } else {
            m_error = tr("Cannot write the lock file in %1.").arg(m_folder);
        }
        return false;
    }
    listen();
    return true;
}

void ProfileLock::listen()
{
    // The socket of a killed holder may still be there; the lock says nobody uses it now.
    QLocalServer::removeServer(socketPath(m_folder));
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(socketPath(m_folder))) {
        // A path longer than a socket name may be (about 100 bytes): the profile is still
        // locked; a second start then says it is open without bringing this window forward.
        qWarning("akdesk: no instance socket at %s: %s", qPrintable(socketPath(m_folder)),
                 qPrintable(m_server->errorString()));
        return;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                if (socket->readLine() == kShow) {
                    Q_EMIT showRequested();
                    socket->write(kShown);
                    socket->flush();
                }
                socket->disconnectFromServer();
            });
        }
    });
}

bool ProfileLock::askHolderToShow(int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(socketPath(m_folder));
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kShow);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine() == kShown;
}

} // namespace akdesk
