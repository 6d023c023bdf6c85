#include "tests/support/faultproxy.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QScopeGuard>
#include <QTimer>

namespace akdesk::test {

namespace {

/// Length of a complete HTTP message at the start of `buffer` (head + Content-Length body), or -1.
qsizetype messageLength(const QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return -1;
    qsizetype length = 0;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().toLower().startsWith("content-length:"))
            length = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
    }
    const qsizetype total = end + 4 + length;
    return buffer.size() >= total ? total : -1;
}

QByteArray statusAnswer(int status, int retryAfter, const QByteArray &given)
{
    const QByteArray body = given.isEmpty() ? QByteArrayLiteral(R"({"detail":"injected by the fault proxy"})") : given;
    QByteArray answer = "HTTP/1.1 " + QByteArray::number(status) + " Injected\r\nContent-Type: application/json\r\n";
    if (retryAfter >= 0)
        answer += "Retry-After: " + QByteArray::number(retryAfter) + "\r\n";
    answer += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return answer;
}

} // namespace

FaultProxy::FaultProxy(const QHostAddress &upstreamHost, quint16 upstreamPort, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_upstreamHost(upstreamHost)
    , m_upstreamPort(upstreamPort)
{
    m_server->listen(QHostAddress::LocalHost, 0);
    connect(m_server, &QTcpServer::newConnection, this, &FaultProxy::onConnection);
}

FaultProxy::~FaultProxy() = default;

quint16 FaultProxy::port() const
{
    return m_server->serverPort();
}

void FaultProxy::onConnection()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, [this, client] { onClientData(client); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }
}

void FaultProxy::onClientData(QTcpSocket *client)
{
    QByteArray buffer = client->property("buffer").toByteArray() + client->readAll();
    const qsizetype length = messageLength(buffer);
    if (length < 0) {
        client->setProperty("buffer", buffer);
        return;
    }
    const QByteArray request = buffer.left(length);
    client->setProperty("buffer", buffer.mid(length));
    m_requestLines.append(request.left(request.indexOf("\r\n")));
    const QList<QByteArray> requestLine = request.left(request.indexOf("\r\n")).split(' ');
    const QByteArray method = requestLine.value(0);
    QString path = QString::fromLatin1(requestLine.value(1));
    path = path.section(QLatin1Char('?'), 0, 0);
    if (path.startsWith(QLatin1String("/api/v3")))
        path.remove(0, 7);
    handle(client, request, method, path);
}

FaultProxy::Rule FaultProxy::takeRule(const QByteArray &method, const QString &path)
{
    for (Rule &rule : m_rules) {
        if (rule.times <= 0)
            continue;
        if (!rule.method.isEmpty() && rule.method != method)
            continue;
        if (!rule.pathPrefix.isEmpty() && !path.startsWith(rule.pathPrefix))
            continue;
        if (rule.skip > 0) {
            --rule.skip;
            return {};
        }
        --rule.times;
        ++m_faulted;
        return rule;
    }
    return {};
}

void FaultProxy::handle(QTcpSocket *client, const QByteArray &request, const QByteArray &method, const QString &path)
{
    const Rule rule = takeRule(method, path);
    auto done = [&rule] {
        if (rule.then)
            rule.then();
    };
    switch (rule.fault) {
    case Fault::None:
        forward(client, request, Fault::None, rule.then);
        return;
    case Fault::Delay:
        QTimer::singleShot(rule.delayMs, client, [this, client, request, then = rule.then] {
            forward(client, request, Fault::None, then);
        });
        return;
    case Fault::DropBefore:
        client->abort();
        done();
        return;
    case Fault::Status:
        client->write(statusAnswer(rule.status, rule.retryAfter, rule.body));
        done();
        return;
    case Fault::Garbage: {
        const QByteArray body = "\x89PNG\r\n<html>not json at all";
        client->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        done();
        return;
    }
    case Fault::DropAfter:
    case Fault::ResetMidBody:
    case Fault::Truncate:
        forward(client, request, rule.fault, rule.then);
        return;
    }
}

int FaultProxy::requests(const QByteArray &method, const QString &pathPrefix) const
{
    int count = 0;
    for (const QByteArray &line : m_requestLines) {
        const QList<QByteArray> words = line.split(' ');
        QString path = QString::fromLatin1(words.value(1));
        if (path.startsWith(QLatin1String("/api/v3")))
            path.remove(0, 7);
        count += words.value(0) == method && path.startsWith(pathPrefix) ? 1 : 0;
    }
    return count;
}

void FaultProxy::forward(QTcpSocket *client, const QByteArray &request, Fault fault, const std::function<void()> &then)
{
    ++m_forwarded;
    auto *upstream = new QTcpSocket(this);
    QPointer<QTcpSocket> peer(client);
    connect(upstream, &QTcpSocket::connected, upstream, [upstream, request] { upstream->write(request); });
    connect(upstream, &QTcpSocket::readyRead, upstream, [upstream, peer, fault, then] {
        QByteArray answer = upstream->property("answer").toByteArray() + upstream->readAll();
        const qsizetype length = messageLength(answer);
        if (length < 0) {
            upstream->setProperty("answer", answer);
            return;
        }
        answer.truncate(length);
        upstream->disconnectFromHost();
        upstream->deleteLater();
        const auto finish = qScopeGuard([&then] {
            if (then)
                then();
        });
        if (!peer)
            return;
        switch (fault) {
        case Fault::DropAfter:
            peer->abort();
            return;
        case Fault::ResetMidBody:
            peer->write(answer.left(answer.indexOf("\r\n\r\n") + 4 + (answer.size() - answer.indexOf("\r\n\r\n")) / 2));
            peer->flush();
            peer->abort();
            return;
        case Fault::Truncate:
            peer->write(answer.left(answer.size() - qMin<qsizetype>(answer.size() / 3, 200)));
            peer->disconnectFromHost();
            return;
        default:
            peer->write(answer);
            return;
        }
    });
    connect(upstream, &QTcpSocket::errorOccurred, upstream, [upstream, peer] {
        upstream->deleteLater();
        if (peer)
            peer->abort();
    });
    upstream->connectToHost(m_upstreamHost, m_upstreamPort);
}

} // namespace akdesk::test
