#include "models/api/apiclient.h"

#include "models/connection/connectionprofile.h"
#include "models/connection/redaction.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>
#include <QUuid>

#include <cstring>
#include <utility>

namespace akdesk {

namespace {

const QLatin1String kApiPrefix("/api/v3");

QByteArray jsonBody(const QJsonObject &body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

/// A request body that can be read once and not rewound (see send()). Not a QBuffer: Qt reads
/// a QBuffer's bytes directly and could send them again.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data)
        : m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_position >= m_data.size() && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, qint64(m_data.size()) - m_position);
        if (count <= 0)
            return m_position >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_probe(new QTimer(this))
{
    ApiError::registerMetaType();
    m_probe->setInterval(m_probeMs);
    connect(m_probe, &QTimer::timeout, this, &ApiClient::probe);
    m_heartbeat = new QTimer(this);
    connect(m_heartbeat, &QTimer::timeout, this, [this] {
        if (!isOnline() || m_pending > 0 || (m_sinceAnswer.isValid() && m_sinceAnswer.elapsed() < m_heartbeat->interval()))
            return;
        ApiReply *beat = send("GET", QStringLiteral("/admin/version/"), {}, {});
        beat->m_retriesLeft = 0;  // one miss is enough to say so; the probe then asks again
    });
    // Answers are written to the cache once no request runs, or after a second at the latest.
    m_storeLater = new QTimer(this);
    m_storeLater->setSingleShot(true);
    m_storeLater->setInterval(1000);
    connect(m_storeLater, &QTimer::timeout, this, &ApiClient::flushCache);
}

ApiClient::~ApiClient()
{
    // Every reply promised one finished(); give it before the replies go with us.
    cancelAll();
    // Not flushed here: the cache may already be gone. Whoever set it flushes by setCache(nullptr).
}

void ApiClient::storeOneWhileIdle()
{
    // One answer per turn of the event loop: writing twenty pages at once would hold the UI
    // for tens of milliseconds. A new request puts the rest off until it is done.
    if (m_pending > 0 || m_unstored.isEmpty() || !m_cache)
        return;
    const auto first = m_unstored.begin();
    const QString key = first.key();
    const QByteArray body = first.value().body;
    m_unstored.erase(first);
    m_cache->storeResponse(key, body);
    if (m_unstored.isEmpty())
        m_storeLater->stop();
    else
        QMetaObject::invokeMethod(this, &ApiClient::storeOneWhileIdle, Qt::QueuedConnection);
}

void ApiClient::flushCache()
{
    m_storeLater->stop();
    const QHash<QString, CachedBody> unstored = std::exchange(m_unstored, {});
    if (!m_cache)
        return;
    for (auto it = unstored.begin(); it != unstored.end(); ++it)
        m_cache->storeResponse(it.key(), it.value().body);
}

void ApiClient::setServerUrl(const QUrl &url)
{
    m_serverUrl = url;
}

void ApiClient::setToken(const QString &token)
{
    m_token = token.trimmed();
    redaction::addSecret(m_token);
}

void ApiClient::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraCas = certificates;
}

void ApiClient::setTimeout(int milliseconds)
{
    m_timeoutMs = qMax(0, milliseconds);
}

void ApiClient::setRetries(int retries, int baseDelayMs)
{
    m_retries = qMax(0, retries);
    m_retryDelayMs = qMax(0, baseDelayMs);
}

QString ApiClient::cacheKey(const QString &path, const QUrlQuery &query)
{
    QString key = path;
    if (!key.endsWith(QLatin1Char('/')))
        key.append(QLatin1Char('/'));
    const QString encoded = query.toString(QUrl::FullyEncoded);
    if (!encoded.isEmpty())
        key += QLatin1Char('?') + encoded;
    return key;
}

std::optional<CachedBody> ApiClient::cached(const QString &path, const QUrlQuery &query) const
{
    return cachedByKey(cacheKey(path, query));
}

std::optional<CachedBody> ApiClient::cachedByKey(const QString &key) const
{
    if (!m_cache)
        return std::nullopt;
    if (const auto it = m_unstored.constFind(key); it != m_unstored.constEnd())
        return *it;  // fetched, not yet written
    return m_cache->cachedResponse(key);
}

void ApiClient::setWorkOffline(bool offline)
{
    const bool wasOnline = isOnline();
    m_workOffline = offline;
    if (!offline) {
        m_reachable = true;  // the next request tells
        m_probe->stop();
    }
    if (wasOnline != isOnline())
        Q_EMIT onlineChanged(isOnline());
}

void ApiClient::setProbeInterval(int milliseconds)
{
    m_probeMs = qMax(50, milliseconds);
    m_probe->setInterval(m_probeMs);
}

void ApiClient::setHeartbeatInterval(int milliseconds)
{
    if (milliseconds <= 0) {
        m_heartbeat->stop();
        return;
    }
    m_heartbeat->start(milliseconds);
}

void ApiClient::setReachable(bool reachable)
{
    if (m_reachable == reachable)
        return;
    const bool wasOnline = isOnline();
    m_reachable = reachable;
    if (reachable || m_workOffline)
        m_probe->stop();
    else
        m_probe->start();
    if (wasOnline != isOnline())
        Q_EMIT onlineChanged(isOnline());
}

void ApiClient::noteRefusal(const ApiError &error)
{
    // Refusals of the server as a whole, not answers about one request (400, 404, 409 say the
    // server works).
    const bool refused = error.kind == ApiError::Kind::Unauthorized || error.kind == ApiError::Kind::Forbidden
                         || error.kind == ApiError::Kind::RateLimited || error.kind == ApiError::Kind::Server;
    const bool wasRefusing = isRefusing();
    if (refused) {
        ++m_refusedInARow;
        m_lastRefusal = error;
    } else if (!error.isError() || error.kind == ApiError::Kind::Validation || error.kind == ApiError::Kind::NotFound
               || error.kind == ApiError::Kind::Conflict) {
        m_refusedInARow = 0;
    }
    if (wasRefusing != isRefusing())
        Q_EMIT refusingChanged(isRefusing());
}

void ApiClient::probe()
{
    if (m_workOffline || m_reachable)
        return;
    // Any answer at all, even an error status, proves the server is there again.
    send("GET", QStringLiteral("/admin/version/"), {}, {});
}

QUrl ApiClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QString relative = path;
    if (!relative.startsWith(QLatin1Char('/')))
        relative.prepend(QLatin1Char('/'));
    if (relative.startsWith(kApiPrefix + QLatin1Char('/')))
        relative.remove(0, kApiPrefix.size());
    // Django routes end in '/', and its slash-appending redirect does not keep a POST body.
    if (!relative.endsWith(QLatin1Char('/')))
        relative.append(QLatin1Char('/'));

    QUrl url = m_serverUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + kApiPrefix + relative);
    url.setFragment(QString());

    // Re-encode every pair: QUrlQuery keeps '+' as is, which the server would read as a space.
    QByteArray encoded;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    if (encoded.isEmpty())
        url.setQuery(QString());
    else
        url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    return url;
}

QNetworkRequest ApiClient::request(const QUrl &url, bool hasBody, ApiReply::Expect expect, const QByteArray &contentType) const
{
    QNetworkRequest request(url);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    // Export answers YAML; everything else is JSON.
    request.setRawHeader("Accept", expect == ApiReply::Expect::Raw
                                        ? QByteArrayLiteral("application/yaml, application/json;q=0.9, */*;q=0.8")
                                        : QByteArrayLiteral("application/json"));
    if (hasBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("akdesk/" AKDESK_VERSION));
    // Accept-Encoding stays unset so Qt asks for gzip and decompresses it itself.
    request.setTransferTimeout(m_timeoutMs);
    // Each hop is checked in ApiReply (same origin only): the token never goes to another server.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(20);  // ApiReply stops a circle after fewer
    if (url.scheme() == QLatin1String("https") && !m_extraCas.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCas);
        request.setSslConfiguration(tls);
    }
    return request;
}

ApiReply *ApiClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                          const QByteArray &body, ApiReply::Expect expect, const QByteArray &contentType)
{
    auto *reply = new ApiReply(QString::fromLatin1(method), path, this);
    reply->m_expect = expect;
    reply->m_host = m_serverUrl.host();
    reply->m_origin = m_serverUrl;
    reply->m_secret = m_token;
    // Known unreachable: fail (or answer from the cache) at once instead of retrying.
    reply->m_retriesLeft = m_reachable ? m_retries : 0;
    reply->m_retryDelayMs = m_retryDelayMs;
    reply->m_connectTimeoutMs = m_connectTimeoutMs;
    reply->m_deadlineMs = deadline();
    reply->m_maxBytes = m_maxBytes;
    const bool cacheable = method == "GET" && m_cache && expect != ApiReply::Expect::Raw
                           && !path.startsWith(QLatin1String("/schema"));
    const QString key = cacheable ? cacheKey(path, query) : QString();
    if (cacheable)
        reply->m_fallback = [this, key] { return cachedByKey(key); };

    ++m_pending;
    // Connected before anyone else can connect, so pendingCount() is current in their slots.
    connect(reply, &ApiReply::finished, this, [this, key](ApiReply *finished) {
        --m_pending;
        const ApiError &error = finished->error();
        if (finished->cachedAt().isValid() || (error.neverReachedServer() && error.kind != ApiError::Kind::Offline))
            setReachable(false);
        else if (finished->status() > 0)
            setReachable(true);
        if (finished->status() > 0 && !finished->cachedAt().isValid()) {
            m_sinceAnswer.start();
            noteRefusal(finished->ok() ? ApiError() : error);
        }
        if (!key.isEmpty() && finished->ok() && !finished->cachedAt().isValid() && m_cache) {
            m_unstored.insert(key, {finished->body(), QDateTime::currentDateTimeUtc()});
            if (!m_storeLater->isActive())
                m_storeLater->start();
        }
        if (m_pending == 0 && !m_unstored.isEmpty()) {
            // After the receivers of this answer: the rows first, then the disk.
            QMetaObject::invokeMethod(this, &ApiClient::storeOneWhileIdle, Qt::QueuedConnection);
        }
        if (error.isError() && error.kind != ApiError::Kind::Cancelled)
            Q_EMIT requestFailed(error, finished->method(), finished->path());
    });

    if (m_workOffline) {
        QMetaObject::invokeMethod(reply, [reply] { reply->fail(ApiError::offline()); }, Qt::QueuedConnection);
        return reply;
    }
    if (m_serverUrl.scheme() == QLatin1String("http") && !m_allowPlainHttp && !ConnectionProfile::isLoopback(m_serverUrl)) {
        const ApiError refused = ApiError::insecure(m_serverUrl.host());
        QMetaObject::invokeMethod(reply, [reply, refused] { reply->fail(refused); }, Qt::QueuedConnection);
        return reply;
    }

    const QUrl url = urlFor(path, query);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
        // Finish later: callers connect to finished() after this returns.
        ApiError error = ApiError::fromNetwork(QNetworkReply::ProtocolUnknownError,
                                               QCoreApplication::translate("akdesk::ApiClient", "no valid server address is set"));
        QMetaObject::invokeMethod(reply, [reply, error] { reply->fail(error); }, Qt::QueuedConnection);
        return reply;
    }

    const bool hasBody = method == "POST" || method == "PUT" || method == "PATCH";
    const QNetworkRequest networkRequest = request(url, hasBody, expect, contentType);
    reply->m_start = [this, networkRequest, method, body, hasBody]() -> QNetworkReply * {
        if (method == "GET")
            return m_nam->get(networkRequest);
        if (method == "DELETE")
            return m_nam->deleteResource(networkRequest);
        if (method == "POST" || method == "PATCH") {
            // Qt quietly sends a request again when a kept-alive connection closes before any
            // answer, even a POST the server may have carried out. A body Qt cannot rewind stops
            // that: the failure comes to us, and we check the server instead.
            QNetworkRequest once = networkRequest;
            once.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            once.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
            auto *device = new OneShotBody(body);
            QNetworkReply *sent = m_nam->sendCustomRequest(once, method, device);
            device->setParent(sent);
            return sent;
        }
        return m_nam->sendCustomRequest(networkRequest, method, hasBody ? body : QByteArray());
    };
    reply->attach(reply->m_start(), m_timeoutMs);
    return reply;
}

ApiReply *ApiClient::uploadBlueprint(const QString &path, const QByteArray &yaml)
{
    // A boundary the YAML does not hold (RFC 7578); the file part as browsers send it.
    QByteArray boundary;
    do
        boundary = "akdesk-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    while (yaml.contains(boundary));
    QByteArray body;
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"file\"; filename=\"blueprint.yaml\"\r\n";
    body += "Content-Type: application/x-yaml\r\n\r\n";
    body += yaml;
    body += "\r\n--" + boundary + "--\r\n";
    return send("POST", path, {}, body, ApiReply::Expect::Json, "multipart/form-data; boundary=" + boundary);
}

ApiReply *ApiClient::list(const QString &path, const ListQuery &query)
{
    return send("GET", path, query.toUrlQuery(), {}, ApiReply::Expect::Page);
}

ApiReply *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    return send("GET", path, query, {});
}

ApiReply *ApiClient::create(const QString &path, const QJsonObject &body)
{
    return send("POST", path, {}, jsonBody(body));
}

ApiReply *ApiClient::replace(const QString &path, const QJsonObject &body)
{
    return send("PUT", path, {}, jsonBody(body));
}

ApiReply *ApiClient::update(const QString &path, const QJsonObject &body)
{
    return send("PATCH", path, {}, jsonBody(body));
}

ApiReply *ApiClient::remove(const QString &path)
{
    return send("DELETE", path, {}, {}, ApiReply::Expect::OptionalJson);
}

ApiReply *ApiClient::usedBy(const QString &detailPath)
{
    QString path = detailPath;
    if (!path.endsWith(QLatin1Char('/')))
        path.append(QLatin1Char('/'));
    return get(path + QStringLiteral("used_by/"));
}

ApiReply *ApiClient::flowDiagram(const QString &slug)
{
    return get(QStringLiteral("/flows/instances/%1/diagram/").arg(slug));
}

ApiReply *ApiClient::flowExport(const QString &slug)
{
    return send("GET", QStringLiteral("/flows/instances/%1/export/").arg(slug), {}, {}, ApiReply::Expect::Raw);
}

ApiReply *ApiClient::schema()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("format"), QStringLiteral("json"));
    return get(QStringLiteral("/schema/"), query);
}

ApiReply *ApiClient::currentUser()
{
    return get(QStringLiteral("/core/users/me/"));
}

ApiReply *ApiClient::serverVersion()
{
    return get(QStringLiteral("/admin/version/"));
}

QString ApiClient::versionOf(const ApiReply *reply)
{
    return reply->object().value(QLatin1String("version_current")).toString();
}

void ApiClient::cancelAll()
{
    // Guarded: a finished() slot may delete other replies while we go through the list.
    QList<QPointer<ApiReply>> replies;
    for (ApiReply *reply : findChildren<ApiReply *>(QString(), Qt::FindDirectChildrenOnly))
        replies.append(reply);
    for (const QPointer<ApiReply> &reply : std::as_const(replies)) {
        if (reply && !reply->isFinished())
            reply->cancel();
    }
}

} // namespace akdesk
