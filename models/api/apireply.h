#pragma once

#include "models/api/apierror.h"
#include "models/api/listquery.h"
#include "models/api/responsecache.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QPointer>

#include <functional>
#include <optional>

class QNetworkReply;
class QTimer;

namespace akdesk {

/// What one finished request produced, as a value that outlives the ApiReply.
struct ApiResult
{
    ApiError error;
    int status = 0;
    QByteArray body;      ///< the whole body as received (e.g. export YAML)
    QJsonDocument json;   ///< the body parsed as JSON (null for 204 or non-JSON bodies)
    Pagination pagination; ///< for list calls
    /// Set when the server could not be reached and the body is the one cached at this time.
    QDateTime cachedAt;

    bool ok() const { return !error.isError(); }
    QJsonObject object() const { return json.object(); }
    QJsonArray results() const { return json.object().value(QLatin1String("results")).toArray(); }
};

/// One running API request. Emits finished() exactly once (success, error, timeout or cancel),
/// then deletes itself later (deleteLater): copy result() in the slot, do not keep the pointer.
class ApiReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiReply)

public:
    ~ApiReply() override;

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_result.ok(); }
    const ApiError &error() const { return m_result.error; }
    int status() const { return m_result.status; }
    const ApiResult &result() const { return m_result; }
    QByteArray body() const { return m_result.body; }
    QJsonDocument json() const { return m_result.json; }
    QJsonObject object() const { return m_result.json.object(); }
    QJsonArray results() const { return m_result.results(); }
    Pagination pagination() const { return m_result.pagination; }
    /// Valid when the answer came from the cache because the server could not be reached.
    QDateTime cachedAt() const { return m_result.cachedAt; }
    QString method() const { return m_method; }
    QString path() const { return m_path; }

    /// Aborts the request; finished() is emitted with Kind::Cancelled before cancel() returns,
    /// unless the reply had already finished (then nothing happens).
    void cancel();

    /// Same scheme, host and port: where the token may be sent.
    static bool sameOrigin(const QUrl &a, const QUrl &b);

Q_SIGNALS:
    void finished(akdesk::ApiReply *reply);

private:
    friend class ApiClient;

    /// What a 2xx body must be for the call to count as a success.
    enum class Expect {
        Json,         ///< a JSON document (object or array)
        Page,         ///< a paged list: an object with `results` and `pagination`
        OptionalJson, ///< JSON when there is a body (DELETE answers 204 without one)
        Raw,          ///< any bytes (flow export YAML)
    };

    ApiReply(const QString &method, const QString &path, QObject *parent);
    void attach(QNetworkReply *reply, int timeoutMs);
    void complete();
    void fail(const ApiError &error);
    void finish();
    bool retryLater(const ApiError &error);
    bool mayRetry(const ApiError &error) const;
    void armTimer();
    /// Finishes successfully with a body from the cache (the server could not be reached).
    void useCached(const QByteArray &body, const QDateTime &fetchedAt);
    void acceptBody(int status, const QByteArray &body);

    QString m_method;
    QString m_path;
    QString m_host;
    QString m_secret;              ///< the token, scrubbed from anything an error may echo
    QUrl m_origin;                 ///< scheme, host and port the token may go to
    QUrl m_refusedRedirect;        ///< a redirect elsewhere, not followed
    int m_redirects = 0;           ///< hops followed for this attempt
    bool m_redirectLoop = false;   ///< more hops than kMaxRedirects: not followed further
    static constexpr int kMaxRedirects = 5;
    Expect m_expect = Expect::Json;
    std::function<QNetworkReply *()> m_start; ///< sends the request (again, for a retry)
    /// GETs: the cached answer to use when the server cannot be reached.
    std::function<std::optional<CachedBody>()> m_fallback;
    int m_timeoutMs = 0;
    int m_deadlineMs = 0;          ///< for the whole of one attempt, however steadily bytes trickle; 0 = none
    int m_connectTimeoutMs = 0;    ///< until the first answer bytes; 0 = the idle timeout
    qint64 m_maxBytes = 0;         ///< largest answer accepted; 0 = no limit
    bool m_answering = false;      ///< the server began to answer (headers arrived)
    int m_retriesLeft = 0;
    int m_retryDelayMs = 200;
    int m_attempt = 0;
    int m_maxRetryWaitMs = 30000;  ///< a Retry-After longer than this is not waited for
    QStringList m_sslErrors;
    QByteArray m_certificatePem;
    QString m_certificateText;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer = nullptr;
    QTimer *m_deadline = nullptr;
    bool m_finished = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    ApiResult m_result;
};

} // namespace akdesk
