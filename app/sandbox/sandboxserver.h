#pragma once

#include "app/sandbox/sandboxcost.h"
#include "app/sandbox/sandboxreply.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QFile>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QString>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace akdesk {
class SchemaRegistry;
}

namespace akdesk::sandbox {

class SandboxStore;

/// An authentik API v3 server on loopback, for akdesk --sandbox, akdesk-sandbox and the tests.
/// It answers with the schema's shapes and status codes, checks the Bearer token, and validates
/// like authentik does. One router (handleRequest) serves every path and method.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    struct Options
    {
        QString token = QStringLiteral("akdesk-sandbox-token");
        int seedStages = 0;  ///< extra generated stages for scale work
        /// Schema whose descriptors drive validation; the bundled one when null.
        std::shared_ptr<const SchemaRegistry> schema;
        /// Version /admin/version/ reports; the schema's when empty (tests pretend to be newer).
        QString reportedVersion;
        /// A file that gets one line per request: path, method, and whether it carried the token
        /// (`token`, `no-token`, `other-credentials`); the token itself is never written.
        QString accessLog;
        /// A valid enterprise licence (LicenseKey.cached_summary().status.is_valid): enterprise
        /// objects such as the source stage may be created and changed. Off = `--no-license`.
        bool licensed = true;
        /// Runs as authentik does with DEBUG on: the Dummy stage is offered among the types.
        bool debug = false;
        /// What each answer costs (latency, requests at once); free by default.
        ServerCost cost;
    };

    explicit SandboxServer(const Options &options, QObject *parent = nullptr);
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    /// Listens on 127.0.0.1; port 0 picks a free one. Returns the port, or 0 on failure.
    quint16 start(quint16 port = 0);
    quint16 port() const { return m_port; }
    /// Stops listening and drops every open connection, as a server that went away; start()
    /// with the same port brings it back with its data.
    void stop();
    /// Server root, e.g. http://127.0.0.1:41234 (the API is under /api/v3/).
    QUrl url() const;
    QString token() const { return m_options.token; }

    SandboxStore &store() { return *m_store; }
    /// Requests received so far, answered or still held back by the cost (tests use it to prove
    /// lazy paging).
    int requestCount() const { return m_requestCount; }
    /// Requests answered so far whose path starts with `pathPrefix` (relative to /api/v3).
    int requestCount(const QString &pathPrefix) const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    /// An answer decided and not yet sent: it waits for a worker, then for its delay.
    struct Pending
    {
        std::unique_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
        Reply reply;
    };
    /// Sends `reply` now, or after its cost when the options give one.
    void answer(const QHttpServerRequest &request, QTcpSocket *socket, Reply reply);
    /// Hands waiting answers to free workers; each sends its answer when its delay is over.
    void serveWaiting();
    /// Everything after authentication and the body's parsing: the REST routes, also for the
    /// blueprint import, which writes through them as the importer's serializers do.
    Reply route(QHttpServerRequest::Method method, const QString &path, const QUrlQuery &query, const QJsonObject &body);

    Options m_options;
    std::unique_ptr<SandboxStore> m_store;
    quint16 m_port = 0;
    int m_requestCount = 0;
    QHash<QString, int> m_pathCounts;
    QList<QPointer<QTcpSocket>> m_sockets;  ///< connections that sent requests, for stop()
    bool m_stopped = false;
    std::unique_ptr<QFile> m_accessLog;
    QQueue<std::shared_ptr<Pending>> m_waiting;  ///< answers no worker has taken yet
    int m_serving = 0;                           ///< answers taken by a worker, in their delay
};

} // namespace akdesk::sandbox
