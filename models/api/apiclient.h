#pragma once

#include "models/api/apireply.h"
#include "models/api/listquery.h"
#include "models/api/responsecache.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QList>
#include <QSslCertificate>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkRequest;
class QTimer;

namespace akdesk {

/// Talks to authentik's REST API v3. Owns the one QNetworkAccessManager; never blocks.
/// Every call returns an ApiReply whose finished() carries the result or one decoded ApiError.
/// Paths are relative to /api/v3 ("/stages/dummy/"); the client adds the prefix and the token.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    /// Server root, e.g. https://auth.example.com or http://127.0.0.1:9000 (no /api/v3).
    void setServerUrl(const QUrl &url);
    QUrl serverUrl() const { return m_serverUrl; }
    void setToken(const QString &token);
    bool hasToken() const { return !m_token.isEmpty(); }
    /// Transfer timeout per request in milliseconds (default 30000).
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }
    /// Longest time one attempt of a request may take as a whole, however steadily its answer
    /// trickles in; 0 (the default) means four times timeout().
    void setDeadline(int milliseconds) { m_deadlineMs = qMax(0, milliseconds); }
    int deadline() const { return m_deadlineMs > 0 ? m_deadlineMs : 4 * m_timeoutMs; }
    /// Extra attempts after a failure that is safe to repeat: for GET/PUT/DELETE connection
    /// refused/reset and 502/503/504; for every method 429 (after its Retry-After) and connection
    /// refused (nothing was sent). Waits delay, 2 x delay, ... with jitter. A POST or PATCH whose
    /// outcome is unknown is never repeated: callers re-read (ApiError::outcomeUnknown()).
    void setRetries(int retries, int baseDelayMs = 200);
    int retries() const { return m_retries; }
    /// Limit until the server starts answering (connect, TLS, first byte), in milliseconds.
    void setConnectTimeout(int milliseconds) { m_connectTimeoutMs = qMax(0, milliseconds); }
    int connectTimeout() const { return m_connectTimeoutMs; }
    /// Largest answer accepted (default 64 MiB); a larger one fails instead of filling memory.
    void setMaxResponseBytes(qint64 bytes) { m_maxBytes = bytes; }
    /// Certificate authorities to trust besides the system's (a profile's CA file).
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    /// Allows plain http to a host that is not this computer (the user's remembered exception).
    void setAllowPlainHttp(bool allow) { m_allowPlainHttp = allow; }
    bool allowsPlainHttp() const { return m_allowPlainHttp; }

    /// Where GET answers are kept (not owned; may be null; set null before it goes away, which also
    /// writes the answers still waiting). While the server cannot be reached, a
    /// GET finishes with the cached answer (ApiReply::cachedAt() tells) instead of failing.
    void setCache(ResponseCache *cache)
    {
        flushCache();  // what waits belongs to the cache set before
        m_cache = cache;
    }
    ResponseCache *cache() const { return m_cache; }
    /// The cached answer to a GET, if any, without asking the server.
    std::optional<CachedBody> cached(const QString &path, const QUrlQuery &query = {}) const;
    /// Writes the answers still waiting for the cache now. They wait while requests run (a list
    /// loading page after page), so that writing them never holds up the next page; cached()
    /// already sees them.
    void flushCache();
    static QString cacheKey(const QString &path, const QUrlQuery &query);

    /// Working offline by choice: nothing is sent; GETs answer from the cache, the rest fail with
    /// ApiError::Kind::Offline.
    void setWorkOffline(bool offline);
    bool isWorkingOffline() const { return m_workOffline; }
    /// False after a request could not reach the server, until one does again (a probe asks
    /// every probeInterval() while unreachable).
    bool isReachable() const { return m_reachable; }
    /// Not working offline and the server reachable.
    bool isOnline() const { return !m_workOffline && m_reachable; }
    /// Reachable, but the last few requests in a row were all refused (401, 403, 429, 5xx: a
    /// token revoked, a proxy refusing everything): "online" would mislead. lastRefusal() says why.
    bool isRefusing() const { return m_refusedInARow >= RefusalsToSay; }
    ApiError lastRefusal() const { return m_lastRefusal; }
    static constexpr int RefusalsToSay = 3;
    void setProbeInterval(int milliseconds);
    int probeInterval() const { return m_probeMs; }
    /// While online, asks the server for its version when nothing was heard from it for this
    /// long, so that losing it is noticed within seconds, not at the next click (0: off, the
    /// default; the window turns it on).
    void setHeartbeatInterval(int milliseconds);

    /// Full URL of an API path with an optional query. The server URL may carry a sub-path and a
    /// trailing slash; a missing leading or trailing slash on `path` is added; '+' is encoded.
    QUrl urlFor(const QString &path, const QUrlQuery &query = {}) const;

    ApiReply *list(const QString &path, const ListQuery &query = {});
    ApiReply *get(const QString &path, const QUrlQuery &query = {});
    ApiReply *create(const QString &path, const QJsonObject &body);   ///< POST
    ApiReply *replace(const QString &path, const QJsonObject &body);  ///< PUT
    ApiReply *update(const QString &path, const QJsonObject &body);   ///< PATCH (send only changes)
    ApiReply *remove(const QString &path);                            ///< DELETE
    /// GET <detailPath>used_by/
    ApiReply *usedBy(const QString &detailPath);
    ApiReply *flowDiagram(const QString &slug);
    ApiReply *flowExport(const QString &slug);
    /// POSTs a blueprint as authentik's import actions take it: multipart/form-data with the YAML
    /// as `file` (authentik/blueprints/api.py import_, authentik/flows/api/flows.py import_flow).
    ApiReply *uploadBlueprint(const QString &path, const QByteArray &yaml);
    /// The server's own OpenAPI document as JSON.
    ApiReply *schema();
    ApiReply *currentUser();  ///< /core/users/me/
    ApiReply *serverVersion();  ///< /admin/version/
    /// The authentik version a serverVersion() reply names (`version_current`); empty if none.
    static QString versionOf(const ApiReply *reply);

    /// Requests started and not yet finished.
    int pendingCount() const { return m_pending; }
    /// Cancels every running request.
    void cancelAll();

Q_SIGNALS:
    /// Emitted for every finished request that failed (for status bars and logs), before any
    /// other receiver of the reply's finished(). Cancelled requests are not failures: not reported.
    void requestFailed(const akdesk::ApiError &error, const QString &method, const QString &path);
    /// isOnline() changed: the server became (un)reachable, or offline work was switched.
    void onlineChanged(bool online);
    /// isRefusing() changed.
    void refusingChanged(bool refusing);

private:
    /// The answer kept under a cache key: one still waiting to be written, else the cache's.
    std::optional<CachedBody> cachedByKey(const QString &key) const;
    ApiReply *send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                   const QByteArray &body, ApiReply::Expect expect = ApiReply::Expect::Json,
                   const QByteArray &contentType = QByteArrayLiteral("application/json"));
    QNetworkRequest request(const QUrl &url, bool hasBody, ApiReply::Expect expect,
                            const QByteArray &contentType = QByteArrayLiteral("application/json")) const;
    void setReachable(bool reachable);
    /// Counts refusals in a row (a success or an answer about the request itself ends the run).
    void noteRefusal(const ApiError &error);
    void storeOneWhileIdle();
    void probe();

    QNetworkAccessManager *m_nam = nullptr;
    QUrl m_serverUrl;
    QString m_token;
    int m_timeoutMs = 30000;
    int m_deadlineMs = 0;
    int m_pending = 0;
    int m_retries = 2;
    int m_retryDelayMs = 200;
    ResponseCache *m_cache = nullptr;
    int m_connectTimeoutMs = 10000;
    qint64 m_maxBytes = qint64(64) * 1024 * 1024;
    QList<QSslCertificate> m_extraCas;
    bool m_allowPlainHttp = false;
    bool m_workOffline = false;
    bool m_reachable = true;
    int m_refusedInARow = 0;
    ApiError m_lastRefusal;
    int m_probeMs = 5000;
    QTimer *m_probe = nullptr;
    QTimer *m_heartbeat = nullptr;
    QElapsedTimer m_sinceAnswer;  ///< since the server last answered anything
    /// GET answers not yet written to m_cache (see flushCache()), by cache key.
    QHash<QString, CachedBody> m_unstored;
    QTimer *m_storeLater = nullptr;
};

} // namespace akdesk
