#include "models/api/apireply.h"

#include <QJsonParseError>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QTimer>

#include <cmath>
#include <limits>

Q_LOGGING_CATEGORY(lcApiReply, "akdesk.api", QtWarningMsg)

namespace akdesk {

namespace {

/// Pagination numbers are declared as `number`, so servers may send 2.0; read them as ints.
int number(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    double d = 0;
    if (value.isDouble())
        d = value.toDouble();
    else if (value.isString())
        d = value.toString().toDouble();
    if (!std::isfinite(d))
        return 0;
    if (d >= std::numeric_limits<int>::max())
        return std::numeric_limits<int>::max();
    if (d <= std::numeric_limits<int>::min())
        return std::numeric_limits<int>::min();
    return static_cast<int>(std::lround(d));
}

Pagination parsePagination(const QJsonObject &object, qsizetype resultCount)
{
    Pagination page;
    const QJsonValue value = object.value(QLatin1String("pagination"));
    if (!value.isObject()) {
        // A list endpoint without pagination returns everything at once.
        page.count = int(resultCount);
        page.current = 1;
        page.totalPages = 1;
        page.startIndex = resultCount > 0 ? 1 : 0;
        page.endIndex = int(resultCount);
        return page;
    }
    const QJsonObject p = value.toObject();
    page.next = number(p, "next");
    page.previous = number(p, "previous");
    page.count = number(p, "count");
    page.current = number(p, "current");
    page.totalPages = number(p, "total_pages");
    page.startIndex = number(p, "start_index");
    page.endIndex = number(p, "end_index");
    return page;
}

bool idempotentRetryable(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Transport)
        return error.networkError == QNetworkReply::ConnectionRefusedError
            || error.networkError == QNetworkReply::RemoteHostClosedError
            || error.networkError == QNetworkReply::TemporaryNetworkFailureError;
    return error.kind == ApiError::Kind::Server
        && (error.status == 502 || error.status == 503 || error.status == 504);
}

void scrub(QString &text, const QString &secret)
{
    text.replace(secret, QStringLiteral("[token]"));
}

} // namespace

ApiReply::ApiReply(const QString &method, const QString &path, QObject *parent)
    : QObject(parent)
    , m_method(method)
    , m_path(path)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        ApiError error = ApiError::timeout(m_timeoutMs);
        error.host = m_host;
        fail(error);
    });
}

ApiReply::~ApiReply()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiReply::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    ApiError error = ApiError::cancelled();
    error.host = m_host;
    fail(error);
}

void ApiReply::attach(QNetworkReply *reply, int timeoutMs)
{
    m_reply = reply;
    m_timeoutMs = timeoutMs;
    // Our own timer, restarted on progress like Qt's transfer timeout, so a slow but moving
    // download of the whole schema is not cut off while a silent server is.
    auto restart = [this] {
        if (!m_finished && m_timeoutMs > 0)
            m_timer->start(m_timeoutMs);
    };
    connect(reply, &QNetworkReply::finished, this, &ApiReply::complete);
    connect(reply, &QNetworkReply::downloadProgress, this, restart);
    connect(reply, &QNetworkReply::uploadProgress, this, restart);
    restart();
}

void ApiReply::complete()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_timer->stop();
    disconnect(reply, nullptr, this, nullptr);
    m_reply = nullptr;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QNetworkReply::NetworkError networkError = reply->error();
    const bool httpFailure = status != 0 && (status < 200 || status >= 300);
    qCDebug(lcApiReply) << m_method << reply->url().toDisplayString() << status << networkError;

    ApiError error;
    if (httpFailure) {
        error = ApiError::fromHttp(status, body);
    } else if (networkError == QNetworkReply::OperationCanceledError && !m_cancelled) {
        // Qt's own transfer timeout aborts with OperationCanceled; we did not cancel, so it timed out.
        error = ApiError::timeout(m_timeoutMs);
        error.host = m_host;
    } else if (networkError != QNetworkReply::NoError) {
        error = ApiError::fromNetwork(networkError, reply->errorString(), m_host);
    } else if (status == 0) {
        error = ApiError::badResponse(QStringLiteral("no HTTP status in the answer"));
    }

    if (error.isError()) {
        if (retryLater(error))
            return;
        m_result.status = status;
        m_result.body = body;
        fail(error);
        return;
    }
    acceptBody(status, body);
    finish();
}

void ApiReply::acceptBody(int status, const QByteArray &body)
{
    m_result.status = status;
    m_result.body = body;
    if (m_expect == Expect::Raw)
        return;
    if (status == 204 || (m_expect == Expect::OptionalJson && body.trimmed().isEmpty()))
        return;

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || document.isNull()) {
        const QString why = body.trimmed().isEmpty()
            ? QStringLiteral("the answer to %1 %2 was empty, JSON was expected").arg(m_method, m_path)
            : QStringLiteral("the answer to %1 %2 is not JSON (%3 at byte %4)")
                  .arg(m_method, m_path, parseError.errorString())
                  .arg(parseError.offset);
        m_result.error = ApiError::badResponse(why);
        m_result.error.status = status;
        return;
    }
    if (m_expect == Expect::Page) {
        const QJsonObject object = document.object();
        if (!document.isObject() || !object.value(QLatin1String("results")).isArray()) {
            m_result.error = ApiError::badResponse(
                QStringLiteral("the answer to GET %1 is not a paged list (no \"results\")").arg(m_path));
            m_result.error.status = status;
            return;
        }
        m_result.pagination = parsePagination(object, object.value(QLatin1String("results")).toArray().size());
    }
    m_result.json = document;
}

bool ApiReply::retryLater(const ApiError &error)
{
    if (m_retriesLeft <= 0 || !m_start || !idempotentRetryable(error))
        return false;
    --m_retriesLeft;
    const int delay = m_retryDelayMs;
    m_retryDelayMs *= 2;
    qCDebug(lcApiReply) << "retrying" << m_method << m_path << "in" << delay << "ms:" << error.message();
    QTimer::singleShot(delay, this, [this] {
        if (!m_finished)
            attach(m_start(), m_timeoutMs);
    });
    return true;
}

void ApiReply::fail(const ApiError &error)
{
    if (m_finished)
        return;
    if (m_fallback && error.neverReachedServer()) {
        if (const std::optional<CachedBody> cached = m_fallback()) {
            useCached(cached->body, cached->fetchedAt);
            return;
        }
    }
    m_result.error = error;
    if (m_result.error.status == 0)
        m_result.error.status = m_result.status;
    finish();
}

void ApiReply::useCached(const QByteArray &body, const QDateTime &fetchedAt)
{
    m_result = ApiResult();
    acceptBody(200, body);
    m_result.cachedAt = fetchedAt;
    finish();
}

void ApiReply::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
    m_start = nullptr;
    if (m_secret.size() >= 4) {
        ApiError &error = m_result.error;
        scrub(error.detail, m_secret);
        scrub(error.code, m_secret);
        for (QString &message : error.nonFieldErrors)
            scrub(message, m_secret);
        for (QStringList &messages : error.fieldErrors) {
            for (QString &message : messages)
                scrub(message, m_secret);
        }
    }
    Q_EMIT finished(this);
    deleteLater();
}

} // namespace akdesk
