#include "tests/support/scriptedserver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace akdesk::test {

ScriptedServer::ScriptedServer(Answer answer, QObject *parent)
    : QObject(parent)
    , m_answer(std::move(answer))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                QByteArray &buffer = m_buffers[socket];
                buffer += socket->readAll();
                // Bodies are not read: the answers depend on the request line only.
                while (buffer.contains("\r\n\r\n")) {
                    const qsizetype end = buffer.indexOf("\r\n\r\n") + 4;
                    const QByteArray head = buffer.left(end);
                    qsizetype length = 0;
                    for (const QByteArray &line : head.split('\n')) {
                        if (line.trimmed().toLower().startsWith("content-length:"))
                            length = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
                    }
                    if (buffer.size() < end + length)
                        return;
                    buffer.remove(0, end + length);
                    requests.append(head);
                    const QList<QByteArray> words = head.left(head.indexOf("\r\n")).split(' ');
                    send(socket, m_answer(words.value(0), words.value(1)));
                }
            });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
    m_server.listen(QHostAddress::LocalHost, 0);
}

ScriptedServer::~ScriptedServer()
{
    // The sockets go with m_server, after m_buffers: they must not tell us they disconnected.
    const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        disconnect(socket, nullptr, this, nullptr);
}

QUrl ScriptedServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void ScriptedServer::send(QTcpSocket *socket, const QByteArray &answer)
{
    QPointer<QTcpSocket> peer(socket);
    auto write = [this, peer, answer] {
        if (!peer)
            return;
        if (m_trickleMs > 0) {
            // The head at once (the server "answers"), then the body a byte at a time.
            const qsizetype head = answer.indexOf("\r\n\r\n") + 4;
            peer->write(answer.left(head));
            trickle(peer, answer.mid(head));
        } else {
            peer->write(answer);
        }
    };
    if (m_delayMs > 0)
        QTimer::singleShot(m_delayMs, this, write);
    else
        write();
}

void ScriptedServer::trickle(QTcpSocket *socket, QByteArray rest)
{
    if (rest.isEmpty())
        return;
    socket->write(rest.left(1));
    QPointer<QTcpSocket> peer(socket);
    QTimer::singleShot(m_trickleMs, this, [this, peer, rest = rest.mid(1)] {
        if (peer && peer->state() == QAbstractSocket::ConnectedState)
            trickle(peer, rest);
    });
}

bool ScriptedServer::sawToken(const QByteArray &token) const
{
    for (const QByteArray &request : requests) {
        if (request.contains(token))
            return true;
    }
    return false;
}

int ScriptedServer::requestsFor(const QByteArray &prefix) const
{
    int count = 0;
    for (const QByteArray &request : requests) {
        if (request.split(' ').value(1).startsWith(prefix))
            ++count;
    }
    return count;
}

QByteArray ScriptedServer::json(const QByteArray &body, int status)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\nContent-Type: application/json\r\nContent-Length: "
         + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray ScriptedServer::redirectTo(const QByteArray &location, int status)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Moved\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n";
}

QByteArray ScriptedServer::usedByBindings(int count)
{
    QByteArray body = "[";
    for (int i = 0; i < count; ++i) {
        body += (i ? "," : "") + QByteArray(R"({"app":"authentik_flows","model_name":"flowstagebinding","pk":")")
              + QByteArray::number(i) + R"(","name":"Flow-stage binding #)" + QByteArray::number(i) + R"(","action":"cascade"})";
    }
    return body + "]";
}

} // namespace akdesk::test
