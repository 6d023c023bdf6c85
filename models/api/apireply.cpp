#include "models/api/apireply.h"

#include "models/api/pagination.h"

#include <QCoreApplication>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>


Q_LOGGING_CATEGORY(lcApiReply, "akdesk.api", QtWarningMsg)

namespace akdesk {

namespace {

bool isIdempotent(const QString &method)
{
    return method == QLatin1String("GET") || method == QLatin1String("PUT") || method == QLatin1String("DELETE")
        || method == QLatin1String("HEAD");
}

/// Seconds from a Retry-After header: a number of seconds or an HTTP date; -1 when absent or unreadable.
int retryAfterSeconds(const QByteArray &header)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok)
        return seconds < 0 ? -1 : seconds;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(qBound(qint64(0), QDateTime::currentDateTimeUtc().secsTo(when), qint64(24 * 3600)));
}

QString describeCertificate(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QCoreApplication::translate("akdesk::ApiReply", "%1, issued by %2, valid %3 to %4, SHA-256 %5")
        .arg(certificate.subjectDisplayName(), certificate.issuerDisplayName(),
             certificate.effectiveDate().toString(Qt::ISODate), certificate.expiryDate().toString(Qt::ISODate),
             QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')));
}

void scrub(QString &text, const QString &secret)
{
    text.replace(secret, QStringLiteral("[token]"));
}

} // namespace

bool ApiReply::sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto port = [](const QUrl &url) { return url.port(url.scheme() == QLatin1String("https") ? 443 : 80); };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && port(a) == port(b);
}

ApiReply::ApiReply(const QString &method, const QString &path, QObject *parent)
    : QObject(parent)
    , m_method(method)
    , m_path(path)
    , m_timer(new QTimer(this))
    , m_deadline(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        ApiError error = ApiError::timeout(m_timeoutMs);
        error.host = m_host;
        fail(error);
    });
    // The idle limit restarts on every byte: a server that trickles one byte a second would hold
    // the request (and whatever waits for it) for ever without this second, fixed limit.
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        ApiError error = ApiError::timeout(m_deadlineMs);
        error.wholeAnswer = true;
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

void ApiReply::armTimer()
{
    if (m_finished)
        return;
    // Until the server starts answering, the (shorter) connect limit applies; then the idle one,
    // restarted on progress, so a slow but moving download is not cut off while a silent server is.
    const int limit = !m_answering && m_connectTimeoutMs > 0 ? qMin(m_connectTimeoutMs, m_timeoutMs > 0 ? m_timeoutMs : m_connectTimeoutMs)
                                                           : m_timeoutMs;
    if (limit > 0)
        m_timer->start(limit);
}

void ApiReply::attach(QNetworkReply *reply, int timeoutMs)
{
    m_reply = reply;
    m_timeoutMs = timeoutMs;
    m_answering = false;
    connect(reply, &QNetworkReply::finished, this, &ApiReply::complete);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        m_answering = true;
        armTimer();
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received) {
        m_answering = true;
        if (m_maxBytes > 0 && received > m_maxBytes) {
            fail(ApiError::tooLarge(m_maxBytes));
            return;
        }
        armTimer();
    });
    connect(reply, &QNetworkReply::uploadProgress, this, &ApiReply::armTimer);
    // Qt copies the request's headers, the token among them, to every hop of a redirect. Only a
    // hop to the same origin (scheme, host, port) is followed, which also keeps https from turning
    // into plain http; anything else ends the request and says where the server pointed.
    // Hops are counted here too: a circle is stopped after kMaxRedirects.
    m_redirects = 0;
    connect(reply, &QNetworkReply::redirected, this, [this, reply](const QUrl &target) {
        if (!sameOrigin(target, m_origin)) {
            m_refusedRedirect = target;
            reply->abort();
            return;
        }
        if (++m_redirects > kMaxRedirects) {
            m_redirectLoop = true;
            reply->abort();
            return;
        }
        Q_EMIT reply->redirectAllowed();
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        // Never ignored: the request fails and the user sees why and which certificate it was.
        m_sslErrors.clear();
        for (const QSslError &error : errors)
            m_sslErrors.append(error.errorString() + QLatin1Char('.'));
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        m_certificatePem = peer.toPem();
        m_certificateText = describeCertificate(peer);
    });
    armTimer();
    if (m_deadlineMs > 0)
        m_deadline->start(m_deadlineMs);
}

void ApiReply::complete()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_timer->stop();
    m_deadline->stop();
    disconnect(reply, nullptr, this, nullptr);
    m_reply = nullptr;
    reply->deleteLater();

    const bool redirectEnded = !m_refusedRedirect.isEmpty() || m_redirectLoop;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = redirectEnded ? QByteArray() : reply->readAll();
    const QNetworkReply::NetworkError networkError = reply->error();
    const bool httpFailure = status != 0 && (status < 200 || status >= 300);
    qCDebug(lcApiReply) << m_method << reply->url().toDisplayString() << status << networkError;

    ApiError error;
    if (!m_refusedRedirect.isEmpty()) {
        error = ApiError::redirectRefused(m_refusedRedirect, m_host);
        m_refusedRedirect.clear();
    } else if (m_redirectLoop || networkError == QNetworkReply::TooManyRedirectsError
               || (m_redirects > 0 && (status < 200 || (status >= 300 && status < 400)))) {
        // (Qt 6.4 ends a long chain of verified redirects with "HTTP 100" and no error.)
        m_redirectLoop = false;
        error = ApiError::redirectLoop(m_host);
    } else if (httpFailure) {
        error = ApiError::fromHttp(status, body);
        error.retryAfterSeconds = retryAfterSeconds(reply->rawHeader("Retry-After"));
    } else if (networkError != QNetworkReply::NoError && !reply->rawHeader("Content-Encoding").isEmpty()
               && (networkError == QNetworkReply::ProtocolFailure || networkError == QNetworkReply::UnknownContentError
                   || networkError == QNetworkReply::ProtocolInvalidOperationError)) {
        // Qt reports a bomb (and a damaged stream) as a failure to reach the server; it answered.
        error = ApiError::badCompression(reply->rawHeader("Content-Encoding"));
        error.status = status;
    } else if (networkError == QNetworkReply::OperationCanceledError && !m_cancelled) {
        // Qt's own transfer timeout aborts with OperationCanceled; we did not cancel, so it timed out.
        error = ApiError::timeout(m_timeoutMs);
        error.host = m_host;
    } else if (networkError != QNetworkReply::NoError) {
        error = ApiError::fromNetwork(networkError, reply->errorString(), m_host);
        if (!m_sslErrors.isEmpty()) {
            error.networkError = QNetworkReply::SslHandshakeFailedError;
            error.sslErrors = m_sslErrors;
            error.certificatePem = m_certificatePem;
            error.certificateText = m_certificateText;
        }
    } else if (status == 0) {
        error = ApiError::badResponse(QCoreApplication::translate("akdesk::ApiReply", "no HTTP status in the answer"));
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
            ? QCoreApplication::translate("akdesk::ApiReply", "the answer to %1 %2 was empty, JSON was expected").arg(m_method, m_path)
            : QCoreApplication::translate("akdesk::ApiReply", "the answer to %1 %2 is not JSON (%3 at byte %4)")
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
                QCoreApplication::translate("akdesk::ApiReply", "the answer to GET %1 is not a paged list (no \"results\")").arg(m_path));
            m_result.error.status = status;
            return;
        }
        m_result.pagination = paging::parse(object, object.value(QLatin1String("results")).toArray().size());
    }
    m_result.json = document;
}

bool ApiReply::mayRetry(const ApiError &error) const
{
    // 429: the server refused before doing anything; safe for every method.
    if (error.kind == ApiError::Kind::RateLimited)
        return true;
    // POST and PATCH only when the request surely never reached the server.
    if (!isIdempotent(m_method))
        return error.neverReachedServer() && error.kind != ApiError::Kind::Offline;
    if (error.kind == ApiError::Kind::Transport)
        return error.networkError == QNetworkReply::ConnectionRefusedError
            || error.networkError == QNetworkReply::RemoteHostClosedError
            || error.networkError == QNetworkReply::TemporaryNetworkFailureError
            || error.networkError == QNetworkReply::UnknownNetworkError;
    return error.kind == ApiError::Kind::Server
        && (error.status == 502 || error.status == 503 || error.status == 504);
}

bool ApiReply::retryLater(const ApiError &error)
{
    if (m_retriesLeft <= 0 || !m_start || m_cancelled || !mayRetry(error))
        return false;
    // Exponential backoff with jitter (0.5x to 1.5x), so many clients do not come back in step;
    // the server's Retry-After, when longer, wins, unless it asks for longer than we wait.
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble();
    int delay = int(double(m_retryDelayMs) * double(1 << qMin(m_attempt, 10)) * jitter);
    if (error.retryAfterSeconds >= 0) {
        const qint64 asked = qint64(error.retryAfterSeconds) * 1000;
        if (asked > m_maxRetryWaitMs)
            return false;
        delay = int(qMax<qint64>(delay, asked));
    }
    delay = qMin(delay, m_maxRetryWaitMs);
    --m_retriesLeft;
    ++m_attempt;
    qCDebug(lcApiReply) << "retrying" << m_method << m_path << "in" << delay << "ms:" << error.message();
    QTimer::singleShot(delay, this, [this] {
        if (!m_finished) {
            m_sslErrors.clear();
            attach(m_start(), m_timeoutMs);
        }
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
    m_deadline->stop();
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
