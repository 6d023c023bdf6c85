#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace akdesk::test {

/// An HTTP proxy for tests between akdesk and the sandbox that misbehaves on request: it can
/// delay, drop the connection before or after the server handled the request, reset in the
/// middle of the answer, truncate it, answer 500/502/503/429 itself, or send garbage.
class FaultProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultProxy)

public:
    enum class Fault {
        None,
        Delay,            ///< forward after `delayMs`
        DropBefore,       ///< close without forwarding: the server never sees the request
        DropAfter,        ///< forward, let the server act, close without answering
        ResetMidBody,     ///< forward, send half the answer, reset
        Truncate,         ///< forward, send the answer cut short with its full Content-Length, close
        Status,           ///< answer `status` itself (with Retry-After when `retryAfter` >= 0)
        Garbage,          ///< answer 200 with bytes that are not JSON
    };
    struct Rule
    {
        Fault fault = Fault::None;
        QByteArray method;        ///< empty = any
        QString pathPrefix;       ///< under /api/v3; empty = any
        int times = 1;            ///< how many matching requests it hits
        int delayMs = 0;
        int status = 503;
        int retryAfter = -1;
        QByteArray body;          ///< Status: the body answered (empty: a short JSON `detail`)
        int skip = 0;             ///< matching requests let through untouched before it hits
        /// Runs once the fault is done (for None and Delay: once the server's answer went back),
        /// e.g. to play another administrator changing the record between two requests.
        std::function<void()> then;
    };

    FaultProxy(const QHostAddress &upstreamHost, quint16 upstreamPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    quint16 port() const;
    void addRule(const Rule &rule) { m_rules.append(rule); }
    void clearRules() { m_rules.clear(); }
    /// Requests that a rule hit.
    int faulted() const { return m_faulted; }
    int forwarded() const { return m_forwarded; }
    /// The request line of every request received ("GET /api/v3/...?... HTTP/1.1"), in order.
    QList<QByteArray> requestLines() const { return m_requestLines; }
    /// Requests received with this method whose path (under /api/v3) starts with `pathPrefix`.
    int requests(const QByteArray &method, const QString &pathPrefix) const;

private:
    struct Exchange;
    void onConnection();
    void onClientData(QTcpSocket *client);
    void handle(QTcpSocket *client, const QByteArray &request, const QByteArray &method, const QString &path);
    void forward(QTcpSocket *client, const QByteArray &request, Fault fault, const std::function<void()> &then = {});
    Rule takeRule(const QByteArray &method, const QString &path);

    QTcpServer *m_server;
    QHostAddress m_upstreamHost;
    quint16 m_upstreamPort;
    QList<Rule> m_rules;
    int m_faulted = 0;
    int m_forwarded = 0;
    QList<QByteArray> m_requestLines;
};

} // namespace akdesk::test
