#include "app/sandbox/sandboxserver.h"

#include "app/sandbox/sandboximport.h"
#include "app/sandbox/sandboxpolicies.h"
#include "app/sandbox/sandboxseed.h"
#include "app/sandbox/sandboxstore.h"
#include "models/schema/schemaregistry.h"

#include <QFile>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

namespace akdesk::sandbox {

namespace {

using Method = QHttpServerRequest::Method;

const QString kPrefix = QStringLiteral("/api/v3");

QByteArray methodName(Method method)
{
    switch (method) {
    case Method::Get: return QByteArrayLiteral("GET");
    case Method::Post: return QByteArrayLiteral("POST");
    case Method::Put: return QByteArrayLiteral("PUT");
    case Method::Patch: return QByteArrayLiteral("PATCH");
    case Method::Delete: return QByteArrayLiteral("DELETE");
    case Method::Head: return QByteArrayLiteral("HEAD");
    case Method::Options: return QByteArrayLiteral("OPTIONS");
    default: return QByteArrayLiteral("UNKNOWN");
    }
}

// DRF's exception handler (rest_framework/views.py) writes {"detail": ...} and nothing else.
Reply notAllowed(Method method)
{
    return Reply::detail(405, QStringLiteral("Method \"%1\" not allowed.").arg(QString::fromLatin1(methodName(method))));
}

/// DRF's NotFound default: a route that does not exist, or a pk that is not one (DRF's
/// get_object_or_404 turns the ValueError/ValidationError into a bare Http404).
Reply notFound()
{
    return Reply::detail(404, QStringLiteral("Not found."));
}

/// Whether a detail route's id can be a uuid primary key at all.
bool isUuid(const QString &id)
{
    return !QUuid::fromString(id).isNull();
}

/// One collection-or-detail route: "", "<id>/", "<id>/<action>/".
struct Tail
{
    QString id;
    QString action;
    bool valid = true;
};

Tail splitTail(const QString &rest)
{
    Tail tail;
    const QStringList parts = rest.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() > 2 || (!rest.isEmpty() && !rest.endsWith(QLatin1Char('/'))))
        tail.valid = false;
    tail.id = parts.value(0);
    tail.action = parts.value(1);
    return tail;
}

void write(QHttpServerResponder &responder, const Reply &reply)
{
    if (reply.headers.isEmpty()) {
        const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
        if (reply.status == 204)
            responder.write(status);
        else
            responder.write(reply.body, reply.contentType, status);
        return;
    }
    // Extra headers (a download's Content-Disposition): written one by one, with the length so
    // that the connection stays usable.
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    for (const auto &header : std::as_const(reply.headers))
        responder.writeHeader(header.first, header.second);
    responder.writeBody(reply.body);
}

} // namespace

SandboxServer::SandboxServer(const Options &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
{
    if (!m_options.schema)
        m_options.schema = SchemaRegistry::bundled();
    m_store = std::make_unique<SandboxStore>(m_options.schema);
    m_store->setDebug(m_options.debug);
    m_store->setLicensed(m_options.licensed);
    seedDefaults(*m_store, m_options.seedStages);
    if (!m_options.accessLog.isEmpty()) {
        m_accessLog = std::make_unique<QFile>(m_options.accessLog);
        if (!m_accessLog->open(QIODevice::WriteOnly | QIODevice::Append))
            m_accessLog.reset();
    }
}

SandboxServer::SandboxServer(QObject *parent)
    : SandboxServer(Options(), parent)
{
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::start(quint16 port)
{
    m_stopped = false;
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

void SandboxServer::stop()
{
    m_stopped = true;
    for (QTcpServer *server : servers())
        server->close();
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
        if (socket)
            socket->abort();
    }
    m_sockets.clear();
    m_waiting.clear();  // their connections are gone; the workers in a delay finish on their own
}

void SandboxServer::answer(const QHttpServerRequest &request, QTcpSocket *socket, Reply reply)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    if (m_options.cost.isFree()) {
        write(responder, reply);
        return;
    }
    // The responder writes to the socket alone (it keeps no use of the request), so it can wait
    // while the event loop serves other connections.
    m_waiting.enqueue(std::make_shared<Pending>(
        Pending{std::make_unique<QHttpServerResponder>(std::move(responder)), socket, std::move(reply)}));
    serveWaiting();
}

void SandboxServer::serveWaiting()
{
    const int workers = m_options.cost.workers;
    while (!m_waiting.isEmpty() && (workers == 0 || m_serving < workers)) {
        std::shared_ptr<Pending> pending = m_waiting.dequeue();
        ++m_serving;
        // A timer, never a sleep: the other connections are read and queued meanwhile.
        QTimer::singleShot(m_options.cost.delayMs(pending->reply.body), Qt::PreciseTimer, this, [this, pending] {
            --m_serving;
            if (pending->socket && pending->socket->state() == QAbstractSocket::ConnectedState)
                write(*pending->responder, pending->reply);
            serveWaiting();
        });
    }
}

QUrl SandboxServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

int SandboxServer::requestCount(const QString &pathPrefix) const
{
    int count = 0;
    for (auto it = m_pathCounts.begin(); it != m_pathCounts.end(); ++it) {
        if (it.key().startsWith(pathPrefix))
            count += it.value();
    }
    return count;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_requestCount;
    if (!m_stopped && !m_sockets.contains(socket)) {
        m_sockets.removeAll(nullptr);
        m_sockets.append(socket);
    }
    // The responder writes status line, headers and body separately; without TCP_NODELAY, Nagle
    // and the client's delayed ACK hold each answer back about 40 ms.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QString path = request.url().path();
    const Method method = request.method();
    Reply reply;
    auto respond = [&] {
        answer(request, socket, std::move(reply));
        return true;
    };

    if (!path.startsWith(kPrefix + QLatin1Char('/'))) {
        reply = notFound();
        return respond();
    }
    path = path.mid(kPrefix.size());
    m_pathCounts[path] += 1;

    // authentik/api/authentication.py (TokenAuthentication, validate_auth): only a "Bearer"
    // header is looked at; none, or any other scheme, is no credentials at all. DRF then answers
    // 403 (no authenticate_header): NotAuthenticated, or AuthenticationFailed for a bad token.
    const QByteArray authorization = request.value(QByteArrayLiteral("Authorization")).trimmed();
    if (m_accessLog) {
        // For tests that watch a client from outside: whether each request carried the token
        // (never the token itself).
        const QByteArray carried = authorization.isEmpty()                                   ? "no-token"
                                 : authorization == "Bearer " + m_options.token.toUtf8() ? "token"
                                                                                         : "other-credentials";
        m_accessLog->write(request.url().path(QUrl::FullyEncoded).toUtf8() + ' ' + methodName(method) + ' ' + carried + '\n');
        m_accessLog->flush();
    }
    const qsizetype space = authorization.indexOf(' ');
    const bool bearer = space > 0 && authorization.left(space).toLower() == "bearer";
    const QByteArray credentials = bearer ? authorization.mid(space + 1) : QByteArray();
    if (bearer && credentials != m_options.token.toUtf8()) {
        reply = Reply::detail(403, credentials.isEmpty() ? QStringLiteral("Malformed header") : QStringLiteral("Token invalid/expired"));
        return respond();
    }
    // The schema (SpectacularAPIView, SERVE_PERMISSIONS AllowAny) and /root/config/ (ConfigView,
    // AllowAny; authentik/api/v3/config.py) answer without a token; everything else needs one.
    const bool open = path == QLatin1String("/schema/") || path == QLatin1String("/root/config/");
    if (!bearer && !open) {
        reply = Reply::detail(403, QStringLiteral("Authentication credentials were not provided."));
        return respond();
    }

    if (method == Method::Post && isImportPath(path)) {
        // The import actions parse multipart/form-data alone (parser_classes=(MultiPartParser,)).
        const QByteArray contentType = request.value(QByteArrayLiteral("Content-Type"));
        if (!contentType.trimmed().toLower().startsWith("multipart/form-data")) {
            reply = Reply::detail(415, QStringLiteral("Unsupported media type \"%1\" in request.").arg(QString::fromLatin1(contentType)));
            return respond();
        }
        const std::optional<QByteArray> file = multipartFile(contentType, request.body());
        reply = importBlueprint(file, *m_options.schema, [this](Method m, const QString &p, const QUrlQuery &q, const QJsonObject &b) { return route(m, p, q, b); });
        return respond();
    }
    QJsonObject body;
    if ((method == Method::Post || method == Method::Put || method == Method::Patch) && !request.body().isEmpty()) {
        // REST_FRAMEWORK's DEFAULT_PARSER_CLASSES is the JSON parser alone (authentik/root/
        // settings.py): another media type is 415. An empty body is no data at all.
        const QByteArray contentType = request.value(QByteArrayLiteral("Content-Type"));
        const QByteArray mediaType = contentType.split(';').first().trimmed().toLower();
        if (mediaType != "application/json" && mediaType != "application/*" && mediaType != "*/*") {
            reply = Reply::detail(415, QStringLiteral("Unsupported media type \"%1\" in request.").arg(QString::fromLatin1(contentType)));
            return respond();
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &error);
        if (error.error != QJsonParseError::NoError) {
            reply = Reply::detail(400, QStringLiteral("JSON parse error - %1").arg(error.errorString()));
            return respond();
        }
        if (!doc.isObject()) {
            reply = Reply::json(400, QJsonObject{{QStringLiteral("non_field_errors"),
                                                  QJsonArray{QStringLiteral("Invalid data. Expected a dictionary, but got list.")}}});
            return respond();
        }
        body = doc.object();
    }
    reply = route(method, path, QUrlQuery(request.url()), body);
    return respond();
}

Reply SandboxServer::route(Method method, const QString &path, const QUrlQuery &query, const QJsonObject &body)
{
    Reply reply;
    const bool partial = method == Method::Patch;
    const bool write = method == Method::Put || method == Method::Patch;

    if (path == QLatin1String("/schema/")) {
        QFile schema(QStringLiteral(":/akdesk/schema/authentik-2026.8.3.json"));
        reply = method != Method::Get || !schema.open(QIODevice::ReadOnly) ? notAllowed(method)
                                                                            : Reply{200, schema.readAll(), QByteArrayLiteral("application/json"), {}};
        return reply;
    }
    if (path == QLatin1String("/root/config/")) {
        // ConfigView.get: the capabilities this instance has and the cache timeouts.
        QJsonArray capabilities{QStringLiteral("can_save_media"), QStringLiteral("can_impersonate")};
        if (m_options.licensed)
            capabilities.append(QStringLiteral("is_enterprise"));
        const QJsonObject config{{QStringLiteral("error_reporting"), QJsonObject{{QStringLiteral("enabled"), false},
                                                                                 {QStringLiteral("sentry_dsn"), QString()},
                                                                                 {QStringLiteral("environment"), QStringLiteral("customer")},
                                                                                 {QStringLiteral("send_pii"), false},
                                                                                 {QStringLiteral("traces_sample_rate"), 0.1}}},
                                 {QStringLiteral("capabilities"), capabilities},
                                 {QStringLiteral("cache_timeout"), 300},
                                 {QStringLiteral("cache_timeout_flows"), 300},
                                 {QStringLiteral("cache_timeout_policies"), 300}};
        reply = method == Method::Get ? Reply::json(200, config) : notAllowed(method);
        return reply;
    }
    if (path == QLatin1String("/core/users/me/")) {
        const QJsonObject user{{QStringLiteral("pk"), 1},
                               {QStringLiteral("username"), QStringLiteral("akadmin")},
                               {QStringLiteral("name"), QStringLiteral("authentik Default Admin")},
                               {QStringLiteral("is_active"), true},
                               {QStringLiteral("is_superuser"), true},
                               {QStringLiteral("is_current"), true},
                               {QStringLiteral("groups"), QJsonArray()},
                               {QStringLiteral("roles"), QJsonArray()},
                               {QStringLiteral("email"), QStringLiteral("admin@sandbox.invalid")},
                               {QStringLiteral("avatar"), QString()},
                               {QStringLiteral("uid"), QStringLiteral("akdesk-sandbox-akadmin")},
                               {QStringLiteral("settings"), QJsonObject()},
                               {QStringLiteral("type"), QStringLiteral("internal")},
                               {QStringLiteral("system_permissions"), QJsonArray()}};
        reply = method == Method::Get ? Reply::json(200, QJsonObject{{QStringLiteral("user"), user}, {QStringLiteral("users"), QJsonArray{user}}})
                                      : notAllowed(method);
        return reply;
    }
    if (path == QLatin1String("/admin/version/")) {
        const QString version = m_options.reportedVersion.isEmpty() ? m_options.schema->apiVersion() : m_options.reportedVersion;
        reply = method != Method::Get ? notAllowed(method) : Reply::json(200, QJsonObject{{QStringLiteral("version_current"), version},
                                             {QStringLiteral("version_latest"), version},
                                             {QStringLiteral("version_latest_valid"), true},
                                             {QStringLiteral("build_hash"), QStringLiteral("akdesk-sandbox")},
                                             {QStringLiteral("outdated"), false},
                                             {QStringLiteral("outpost_outdated"), false}});
        return reply;
    }
    SandboxStore &store = *m_store;

    if (path.startsWith(QLatin1String("/flows/instances/"))) {
        const Tail tail = splitTail(path.mid(int(qstrlen("/flows/instances/"))));
        if (!tail.valid)
            reply = notFound();
        // FlowViewSet's list actions (authentik/flows/api/flows.py): the flow plan cache. The
        // sandbox plans no flows, so nothing is ever cached.
        else if (tail.action.isEmpty() && tail.id == QLatin1String("cache_info"))
            reply = method == Method::Get ? Reply::json(200, QJsonObject{{QStringLiteral("count"), 0}}) : notAllowed(method);
        else if (tail.action.isEmpty() && tail.id == QLatin1String("cache_clear"))
            reply = method == Method::Post ? Reply::noContent() : notAllowed(method);
        else if (tail.id.isEmpty())
            reply = method == Method::Get ? store.listFlows(query) : method == Method::Post ? store.writeFlow({}, body, false) : notAllowed(method);
        else if (tail.action.isEmpty())
            reply = method == Method::Get ? store.getFlow(tail.id)
                  : write                 ? store.writeFlow(tail.id, body, partial)
                  : method == Method::Delete ? store.deleteFlow(tail.id)
                                             : notAllowed(method);
        else if (method != Method::Get)
            reply = notAllowed(method);
        else if (tail.action == QLatin1String("diagram"))
            reply = store.flowDiagram(tail.id);
        else if (tail.action == QLatin1String("export"))
            reply = store.flowExport(tail.id);
        else if (tail.action == QLatin1String("used_by"))
            reply = store.flowUsedBy(tail.id);
        else
            reply = notFound();
        return reply;
    }
    if (path.startsWith(QLatin1String("/flows/bindings/"))) {
        const Tail tail = splitTail(path.mid(int(qstrlen("/flows/bindings/"))));
        if (!tail.valid)
            reply = notFound();
        else if (tail.id.isEmpty())
            reply = method == Method::Get ? store.listBindings(query) : method == Method::Post ? store.writeBinding({}, body, false) : notAllowed(method);
        else if (!isUuid(tail.id))
            reply = notFound();
        else if (tail.action.isEmpty())
            reply = method == Method::Get ? store.getBinding(tail.id)
                  : write                 ? store.writeBinding(tail.id, body, partial)
                  : method == Method::Delete ? store.deleteBinding(tail.id)
                                             : notAllowed(method);
        else if (tail.action == QLatin1String("used_by") && method == Method::Get)
            reply = store.bindingUsedBy(tail.id);
        else
            reply = notFound();
        return reply;
    }
    if (path.startsWith(QLatin1String("/sources/all/"))) {
        const Tail tail = splitTail(path.mid(int(qstrlen("/sources/all/"))));
        if (!tail.valid || !tail.action.isEmpty())
            reply = notFound();
        else if (method != Method::Get)
            reply = notAllowed(method);
        else
            reply = tail.id.isEmpty() ? store.listSources(query) : store.getSource(tail.id);
        return reply;
    }
    // What prompt stages point at: listed for their pickers, not edited.
    for (const auto &[listPath, key] : {std::pair{"/stages/prompt/prompts/", "prompts"}, std::pair{"/crypto/certificatekeypairs/", "certificates"}}) {
        if (path == QLatin1String(listPath)) {
            reply = method == Method::Get ? store.listRecords(QLatin1String(key), query) : notAllowed(method);
            return reply;
        }
    }
    if (path.startsWith(QLatin1String("/policies/all/"))) {
        // PolicyViewSet (authentik/policies/api/policies.py): list, retrieve, destroy, used_by,
        // types, cache_info, cache_clear and test; no create or update on the base class.
        const Tail tail = splitTail(path.mid(int(qstrlen("/policies/all/"))));
        const QString all = QStringLiteral("policies/all");
        if (!tail.valid)
            reply = notFound();
        else if (tail.id.isEmpty())
            reply = method == Method::Get ? store.listPolicies(all, query) : notAllowed(method);
        else if (tail.action.isEmpty() && tail.id == QLatin1String("types"))
            reply = method == Method::Get ? store.policyTypes() : notAllowed(method);
        // The policy result cache: the sandbox caches no results, so it is always empty.
        else if (tail.action.isEmpty() && tail.id == QLatin1String("cache_info"))
            reply = method == Method::Get ? Reply::json(200, QJsonObject{{QStringLiteral("count"), 0}}) : notAllowed(method);
        else if (tail.action.isEmpty() && tail.id == QLatin1String("cache_clear"))
            reply = method == Method::Post ? Reply::noContent() : notAllowed(method);
        else if (!isUuid(tail.id))
            reply = notFound();
        else if (tail.action.isEmpty())
            reply = method == Method::Get ? store.getPolicy(all, tail.id) : method == Method::Delete ? store.deletePolicy(all, tail.id) : notAllowed(method);
        else if (tail.action == QLatin1String("used_by"))
            reply = method == Method::Get ? store.policyUsedBy(all, tail.id) : notAllowed(method);
        else if (tail.action == QLatin1String("test"))
            reply = method == Method::Post ? store.testPolicy(tail.id, body) : notAllowed(method);
        else
            reply = notFound();
        return reply;
    }
    if (path.startsWith(QLatin1String("/policies/bindings/"))) {
        const Tail tail = splitTail(path.mid(int(qstrlen("/policies/bindings/"))));
        if (!tail.valid)
            reply = notFound();
        else if (tail.id.isEmpty())
            reply = method == Method::Get ? store.listPolicyBindings(query) : method == Method::Post ? store.writePolicyBinding({}, body, false) : notAllowed(method);
        else if (!isUuid(tail.id))
            reply = notFound();
        else if (tail.action.isEmpty())
            reply = method == Method::Get ? store.getPolicyBinding(tail.id)
                  : write                 ? store.writePolicyBinding(tail.id, body, partial)
                  : method == Method::Delete ? store.deletePolicyBinding(tail.id)
                                             : notAllowed(method);
        else if (tail.action == QLatin1String("used_by"))
            reply = method == Method::Get ? store.policyBindingUsedBy(tail.id) : notAllowed(method);
        else
            reply = notFound();
        return reply;
    }
    if (path == QLatin1String("/policies/reputation/scores/")) {
        reply = method == Method::Get ? store.listReputationScores(query) : notAllowed(method);
        return reply;
    }
    if (path.startsWith(QLatin1String("/policies/"))) {
        // One kind's ModelViewSet with UsedByMixin: "/policies/<kind>/[<uuid>/[used_by/]]".
        const QString rest = path.mid(int(qstrlen("/policies/")));
        const QString kind = QStringLiteral("policies/") + rest.section(QLatin1Char('/'), 0, 0);
        const Tail tail = splitTail(rest.section(QLatin1Char('/'), 1));
        if (!store.policyResources().resource(kind) || kind == QLatin1String("policies/bindings") || !tail.valid
            || !rest.contains(QLatin1Char('/')) || (!tail.id.isEmpty() && !isUuid(tail.id)))
            reply = notFound();
        else if (tail.id.isEmpty())
            reply = method == Method::Get ? store.listPolicies(kind, query) : method == Method::Post ? store.writePolicy(kind, {}, body, false) : notAllowed(method);
        else if (tail.action.isEmpty())
            reply = method == Method::Get ? store.getPolicy(kind, tail.id)
                  : write                 ? store.writePolicy(kind, tail.id, body, partial)
                  : method == Method::Delete ? store.deletePolicy(kind, tail.id)
                                             : notAllowed(method);
        else if (tail.action == QLatin1String("used_by"))
            reply = method == Method::Get ? store.policyUsedBy(kind, tail.id) : notAllowed(method);
        else
            reply = notFound();
        return reply;
    }
    for (const bool users : {true, false}) {
        // UserViewSet and GroupViewSet (authentik/core/api/users.py, groups.py), read and delete
        // only: the sandbox keeps a few seeded users and groups to bind.
        const QString prefix = users ? QStringLiteral("/core/users/") : QStringLiteral("/core/groups/");
        if (!path.startsWith(prefix))
            continue;
        const Tail tail = splitTail(path.mid(prefix.size()));
        if (!tail.valid)
            reply = notFound();
        else if (tail.id.isEmpty())
            reply = method == Method::Get ? (users ? store.listUsers(query) : store.listGroups(query)) : notAllowed(method);
        else if (users ? !QRegularExpression(QStringLiteral("^[0-9]+$")).match(tail.id).hasMatch() : !isUuid(tail.id))
            reply = notFound();
        else if (tail.action.isEmpty())
            reply = method == Method::Get      ? (users ? store.getUser(tail.id, query) : store.getGroup(tail.id, query))
                  : method == Method::Delete ? (users ? store.deleteUser(tail.id) : store.deleteGroup(tail.id))
                                             : notAllowed(method);
        else if (tail.action == QLatin1String("used_by"))
            reply = method == Method::Get ? (users ? store.userUsedBy(tail.id) : store.groupUsedBy(tail.id)) : notAllowed(method);
        else
            reply = notFound();
        return reply;
    }
    if (path == QLatin1String("/stages/all/types/")) {
        reply = method == Method::Get ? store.stageTypes() : notAllowed(method);
        return reply;
    }
    if (path.startsWith(QLatin1String("/stages/"))) {
        // The kind whose list path is the longest prefix ("/stages/prompt/stages/" before "/stages/").
        const ResourceDescriptor *kind = nullptr;
        for (const ResourceDescriptor *candidate : m_options.schema->resources()) {
            if (candidate->category == ResourceDescriptor::Category::Stage && path.startsWith(candidate->listPath)
                && (!kind || candidate->listPath.size() > kind->listPath.size()))
                kind = candidate;
        }
        const Tail tail = kind ? splitTail(path.mid(kind->listPath.size())) : Tail{{}, {}, false};
        const bool all = kind && kind->key == QLatin1String("stages/all");
        if (!kind || !tail.valid)
            reply = notFound();
        else if (!tail.id.isEmpty() && !isUuid(tail.id))
            reply = notFound();
        else if (tail.id.isEmpty())
            reply = method == Method::Get                ? store.listStages(kind->key, query)
                  : method == Method::Post && !all       ? store.writeStage(kind->key, {}, body, false)
                                                         : notAllowed(method);
        else if (tail.action.isEmpty())
            reply = method == Method::Get               ? store.getStage(kind->key, tail.id)
                  : write && !all                       ? store.writeStage(kind->key, tail.id, body, partial)
                  : method == Method::Delete            ? store.deleteStage(kind->key, tail.id)
                                                        : notAllowed(method);
        else if (tail.action == QLatin1String("used_by") && method == Method::Get)
            reply = store.stageUsedBy(kind->key, tail.id);
        else
            reply = notFound();
        return reply;
    }
    reply = notFound();
    return reply;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(notFound().body, QByteArrayLiteral("application/json"), QHttpServerResponder::StatusCode::NotFound);
}

} // namespace akdesk::sandbox
