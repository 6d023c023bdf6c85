#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace akdesk::test {

/// A tiny HTTP server that answers every request with whatever the test scripts, to play a
/// hostile or broken server: answers can be held back (`setDelay`) or trickled a byte at a time
/// (`setTrickle`). Remembers the head of every request.
class ScriptedServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedServer)

public:
    /// The whole HTTP answer (status line, headers, body) to a request for `path` (with its query).
    using Answer = std::function<QByteArray(const QByteArray &method, const QByteArray &path)>;

    explicit ScriptedServer(Answer answer, QObject *parent = nullptr);
    ~ScriptedServer() override;

    QUrl url() const;
    /// Each answer leaves this long after its request came in.
    void setDelay(int milliseconds) { m_delayMs = milliseconds; }
    /// Each answer's body leaves one byte every `milliseconds` after its head (0: at once).
    void setTrickle(int milliseconds) { m_trickleMs = milliseconds; }
    bool sawToken(const QByteArray &token) const;
    /// Requests whose path starts with `prefix`.
    int requestsFor(const QByteArray &prefix) const;

    /// 200 with a JSON body.
    static QByteArray json(const QByteArray &body, int status = 200);
    static QByteArray redirectTo(const QByteArray &location, int status = 302);
    /// A used_by body naming `count` flow-stage bindings (pk 0, 1, ...), as authentik lists them.
    static QByteArray usedByBindings(int count);

    QList<QByteArray> requests;

private:
    void send(QTcpSocket *socket, const QByteArray &answer);
    void trickle(QTcpSocket *socket, QByteArray rest);

    Answer m_answer;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_delayMs = 0;
    int m_trickleMs = 0;
};

} // namespace akdesk::test
