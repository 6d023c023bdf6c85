#pragma once

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>
#include <QStringList>

namespace akdesk {

/// The one error value every API call reports: decoded from authentik's 400 ValidationError,
/// 401/403 GenericError, 404, any other status, or a transport failure. message() is ready to
/// show to a person as it is.
struct ApiError
{
    enum class Kind {
        None,
        Validation,   ///< 400: fieldErrors / nonFieldErrors
        Unauthorized, ///< 401 or 403 without a valid token (detail, code)
        Forbidden,    ///< 403 with a token that lacks permission
        NotFound,     ///< 404
        Conflict,     ///< 409 / 412
        RateLimited,  ///< 429
        Server,       ///< 5xx
        Http,         ///< any other non-2xx status
        Timeout,      ///< no answer within the configured time
        Transport,    ///< connection refused, DNS, TLS, reset ...
        Cancelled,    ///< cancelled by akdesk or the user
        BadResponse,  ///< 2xx whose body is not the JSON expected
        Offline,      ///< akdesk works offline (by choice): nothing was sent
    };

    Kind kind = Kind::None;
    int status = 0;               ///< HTTP status, 0 when no response arrived
    QString code;                 ///< authentik's `code`, if any
    QString detail;               ///< authentik's `detail`, or the transport error text
    QStringList nonFieldErrors;   ///< 400 `non_field_errors`
    /// 400 per-field messages; nested fields use dotted paths ("flow_set.0.slug").
    QHash<QString, QStringList> fieldErrors;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError; ///< transport failures only
    QString host;                 ///< the server's host name, for transport messages
    int timeoutMs = 0;            ///< Kind::Timeout: the limit that passed
    bool wholeAnswer = false;     ///< Kind::Timeout: the answer kept coming, too slowly to finish in timeoutMs
    int retryAfterSeconds = -1;   ///< 429/503: the server's Retry-After, -1 when it sent none
    QStringList sslErrors;        ///< TLS failures: what was wrong with the certificate
    QByteArray certificatePem;    ///< TLS failures: the server's certificate, for the user to inspect
    QString certificateText;      ///< TLS failures: subject, issuer, validity and SHA-256 fingerprint

    /// Longest excerpt of a body or message kept in `detail` or shown by message().
    static constexpr int MaxExcerpt = 300;

    bool isError() const { return kind != Kind::None; }
    /// True when the request certainly did not reach the server (working offline, connection
    /// refused, host not found, no network): replaying it later cannot duplicate anything.
    bool neverReachedServer() const;
    /// True when a POST or PATCH may or may not have been carried out: the request went out but
    /// no answer came (timeout, connection closed, a proxy's 502/504). Re-read before retrying.
    bool outcomeUnknown() const;
    /// A sentence for people, naming the fields or the cause.
    QString message() const;
    /// Messages for one field, including those DRF nests under it ("user_fields.1" for the
    /// second item of a list).
    QStringList errorsFor(const QString &field) const
    {
        QStringList messages = fieldErrors.value(field);
        for (auto it = fieldErrors.begin(); it != fieldErrors.end(); ++it) {
            if (it.key().startsWith(field + QLatin1Char('.')))
                messages += it.value();
        }
        return messages;
    }

    /// The messages of a list field's items, by item index: DRF's ListField nests each bad item's
    /// errors under its index ({"user_fields": {"1": ["\"phone\" is not a valid choice."]}}), so
    /// that a form can show each at its item. Empty when no item failed.
    QMap<int, QStringList> itemErrorsFor(const QString &field) const
    {
        QMap<int, QStringList> items;
        const QString prefix = field + QLatin1Char('.');
        for (auto it = fieldErrors.begin(); it != fieldErrors.end(); ++it) {
            if (!it.key().startsWith(prefix))
                continue;
            bool ok = false;
            const int index = it.key().mid(prefix.size()).section(QLatin1Char('.'), 0, 0).toInt(&ok);
            if (ok)
                items[index] += it.value();
        }
        return items;
    }

    /// Decodes an HTTP answer. `body` may be empty or not JSON at all.
    static ApiError fromHttp(int status, const QByteArray &body);
    static ApiError fromNetwork(QNetworkReply::NetworkError error, const QString &errorString,
                                const QString &host = QString());
    static ApiError timeout(int milliseconds);
    static ApiError cancelled();
    static ApiError badResponse(const QString &why);
    static ApiError offline();
    /// Plain http to a host other than this computer, without the user's exception.
    static ApiError insecure(const QString &host);
    /// The server redirected to another origin; not followed, so the token stays where it was.
    static ApiError redirectRefused(const QUrl &target, const QString &host);
    /// The server's redirects go round in a circle.
    static ApiError redirectLoop(const QString &host);
    /// The answer was larger than akdesk accepts.
    static ApiError tooLarge(qint64 limitBytes);
    /// A compressed answer (Content-Encoding) that could not be unpacked: damaged, or a
    /// decompression bomb that Qt's safety check stopped.
    static ApiError badCompression(const QByteArray &encoding);
    /// Lets ApiError travel through queued connections; ApiClient calls it, calling it again is harmless.
    static void registerMetaType();
};

} // namespace akdesk

Q_DECLARE_METATYPE(akdesk::ApiError)
