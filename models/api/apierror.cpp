#include "models/api/apierror.h"

#include "models/records/displaytext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace akdesk {

namespace {

const QLatin1String kNonFieldErrors("non_field_errors");
const QLatin1String kDetail("detail");
const QLatin1String kCode("code");

/// What a server sent, cut to the excerpt limit (marked) and breakable where it runs on without
/// a space ("[[[[…" from a 400 nested 10,000 deep): a label wraps it instead of growing its window.
QString excerpt(const QString &text)
{
    return display::breakable(display::capped(text, ApiError::MaxExcerpt));
}

/// Turns an HTML error page (reverse proxies, Django debug pages) into its visible words.
QString plainText(const QByteArray &body)
{
    // Huge bodies: only the head can end up in an excerpt, so do not scan a megabyte of it.
    QString text = QString::fromUtf8(body.left(64 * 1024));
    static const QRegularExpression hidden(
        QStringLiteral("<(script|style|head)\\b[^>]*>.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression title(QStringLiteral("<title\\b[^>]*>(.*?)</title\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    if (text.contains(QLatin1Char('<')) && text.contains(QLatin1Char('>'))) {
        // A page's title usually names the error better than its body ("502 Bad Gateway").
        const QRegularExpressionMatch titled = title.match(text);
        const QString heading = titled.hasMatch() ? titled.captured(1).simplified() : QString();
        text.remove(hidden);
        text.replace(tag, QStringLiteral(" "));
        text = text.simplified();
        if (!heading.isEmpty() && !text.startsWith(heading))
            text = text.isEmpty() ? heading : heading + QStringLiteral(": ") + text;
    }
    text.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&nbsp;"), QLatin1String(" "))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    // Control characters from binary garbage would break a status bar.
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return excerpt(text.simplified());
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return QString();
    }
}

QString joinPath(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
}

/// Flattens DRF's nested error structure: lists of strings are messages, objects and lists of
/// objects are nested serializers ("flow_set.0.slug").
void collect(const QString &path, const QJsonValue &value, QHash<QString, QStringList> &out,
             QStringList &nonField)
{
    auto add = [&](const QString &message) {
        if (message.isEmpty())
            return;
        // A nested serializer's own non_field_errors belong to the nested object's path.
        if (path.isEmpty() || path == kNonFieldErrors)
            nonField.append(message);
        else
            out[path].append(message);
    };
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key() == kNonFieldErrors && !path.isEmpty() ? path : joinPath(path, it.key());
            collect(key, it.value(), out, nonField);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue item = array.at(i);
            if (item.isObject() || item.isArray()) {
                // Empty objects stand for list items without errors; only their index matters.
                collect(joinPath(path, QString::number(i)), item, out, nonField);
            } else {
                add(scalarText(item));
            }
        }
    } else {
        add(scalarText(value));
    }
}

/// 403s that mean "no valid token" rather than "not allowed". DRF's exception handler writes
/// only `detail` (rest_framework/views.py), so the texts of authentik's TokenAuthentication
/// (authentik/api/authentication.py) and of DRF's NotAuthenticated tell them apart; `code` is
/// read too, for servers that send one.
bool isAuthenticationFailure(const QString &code, const QString &detail)
{
    static const QStringList details{QStringLiteral("Authentication credentials were not provided."),
                                     QStringLiteral("Token invalid/expired"), QStringLiteral("Malformed header"),
                                     QStringLiteral("Unsupported authentication type")};
    return code == QLatin1String("not_authenticated") || code == QLatin1String("authentication_failed") || details.contains(detail);
}

ApiError::Kind kindForStatus(int status, const QString &code, const QString &detail = {})
{
    if (status >= 200 && status < 300)
        return ApiError::Kind::None;
    switch (status) {
    case 400:
        return ApiError::Kind::Validation;
    case 401:
        return ApiError::Kind::Unauthorized;
    case 403:
        return isAuthenticationFailure(code, detail)
            ? ApiError::Kind::Unauthorized
            : ApiError::Kind::Forbidden;
    case 404:
        return ApiError::Kind::NotFound;
    case 409:
    case 412:
        return ApiError::Kind::Conflict;
    case 429:
        return ApiError::Kind::RateLimited;
    default:
        return status >= 500 && status < 600 ? ApiError::Kind::Server : ApiError::Kind::Http;
    }
}

QString durationText(int milliseconds)
{
    if (milliseconds < 1000)
        return QStringLiteral("%1 ms").arg(milliseconds);
    if (milliseconds % 1000 == 0)
        return QStringLiteral("%1 s").arg(milliseconds / 1000);
    return QStringLiteral("%1 s").arg(milliseconds / 1000.0, 0, 'f', 1);
}

QString hostOrServer(const QString &host)
{
    return host.isEmpty() ? QCoreApplication::translate("akdesk::ApiError", "the server") : host;
}

/// Appends detail as a clause, leaving the sentence alone when there is none.
QString withDetail(const QString &sentence, const QString &detail)
{
    return detail.isEmpty() ? sentence : sentence + QLatin1Char('\n') + excerpt(detail);
}

} // namespace

ApiError ApiError::fromHttp(int status, const QByteArray &body)
{
    ApiError error;
    error.status = status;

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || document.isNull()) {
        error.detail = plainText(body);
        error.kind = kindForStatus(status, QString());
        return error;
    }

    if (document.isArray()) {
        // DRF answers `raise ValidationError("msg")` with a bare list of messages.
        QHash<QString, QStringList> ignored;
        collect(QString(), document.array(), ignored, error.nonFieldErrors);
        for (auto it = ignored.begin(); it != ignored.end(); ++it)
            error.fieldErrors.insert(it.key(), it.value());
        error.kind = kindForStatus(status, QString());
        if (error.kind != Kind::Validation)
            error.detail = excerpt(error.nonFieldErrors.join(QLatin1Char(' ')));
        return error;
    }

    QJsonObject object = document.object();
    // `code` and `detail` are GenericError's; in a ValidationError a *list* under those names is a field.
    if (object.value(kCode).isString()) {
        error.code = object.value(kCode).toString();
        object.remove(kCode);
    }
    if (object.value(kDetail).isString()) {
        error.detail = object.value(kDetail).toString();
        object.remove(kDetail);
    }
    error.kind = kindForStatus(status, error.code, error.detail);
    if (error.kind == Kind::Validation)
        collect(QString(), object, error.fieldErrors, error.nonFieldErrors);
    else if (error.detail.isEmpty() && !object.isEmpty())
        error.detail = excerpt(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    return error;
}

ApiError ApiError::fromNetwork(QNetworkReply::NetworkError networkError, const QString &errorString,
                               const QString &host)
{
    ApiError error;
    error.networkError = networkError;
    error.host = host;
    error.detail = errorString;
    switch (networkError) {
    case QNetworkReply::NoError:
        error.kind = Kind::None;
        break;
    case QNetworkReply::OperationCanceledError:
        error.kind = Kind::Cancelled;
        break;
    case QNetworkReply::TimeoutError:
        error.kind = Kind::Timeout;
        break;
    default:
        error.kind = Kind::Transport;
        break;
    }
    return error;
}

ApiError ApiError::timeout(int milliseconds)
{
    ApiError error;
    error.kind = Kind::Timeout;
    error.timeoutMs = milliseconds;
    error.networkError = QNetworkReply::TimeoutError;
    return error;
}

ApiError ApiError::cancelled()
{
    ApiError error;
    error.kind = Kind::Cancelled;
    error.networkError = QNetworkReply::OperationCanceledError;
    return error;
}

ApiError ApiError::offline()
{
    ApiError error;
    error.kind = Kind::Offline;
    return error;
}

bool ApiError::neverReachedServer() const
{
    if (kind == Kind::Offline)
        return true;
    if (kind != Kind::Transport)
        return false;
    switch (networkError) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return true;
    default:
        return false;
    }
}

bool ApiError::outcomeUnknown() const
{
    if (kind == Kind::Timeout)
        return true;
    if (kind == Kind::Transport)
        return networkError == QNetworkReply::RemoteHostClosedError || networkError == QNetworkReply::UnknownNetworkError
            || networkError == QNetworkReply::ProxyConnectionClosedError
            // Qt would have sent it again after the connection closed, but was not allowed to.
            || networkError == QNetworkReply::ContentReSendError;
    return kind == Kind::Server && (status == 502 || status == 504);
}

ApiError ApiError::insecure(const QString &host)
{
    ApiError error;
    error.kind = Kind::Transport;
    error.networkError = QNetworkReply::ProtocolFailure;
    error.host = host;
    error.detail = QCoreApplication::translate("akdesk::ApiError", "akdesk does not send the token over plain http to another computer; use https, "
                                  "or confirm the exception in the connection's settings");
    return error;
}

ApiError ApiError::redirectRefused(const QUrl &target, const QString &host)
{
    ApiError error;
    error.kind = Kind::Transport;
    error.networkError = QNetworkReply::InsecureRedirectError;
    error.host = host;
    error.detail = QCoreApplication::translate("akdesk::ApiError",
                                               "the server sent akdesk on to another address (%1); akdesk does not "
                                               "follow it, so that your token goes only to %2. Check the server URL "
                                               "of the connection")
                       .arg(target.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toDisplayString(), host);
    return error;
}

ApiError ApiError::redirectLoop(const QString &host)
{
    ApiError error;
    error.kind = Kind::Transport;
    error.networkError = QNetworkReply::TooManyRedirectsError;
    error.host = host;
    error.detail = QCoreApplication::translate("akdesk::ApiError",
                                               "the server's redirects go round in a circle; check the server URL of the "
                                               "connection and the proxy in front of authentik");
    return error;
}

ApiError ApiError::tooLarge(qint64 limitBytes)
{
    ApiError error;
    error.kind = Kind::BadResponse;
    error.detail = QCoreApplication::translate("akdesk::ApiError", "the answer is larger than %1, more than any answer akdesk expects")
                       .arg(QLocale::c().formattedDataSize(limitBytes));
    return error;
}

ApiError ApiError::badCompression(const QByteArray &encoding)
{
    ApiError error;
    error.kind = Kind::BadResponse;
    error.detail = QCoreApplication::translate("akdesk::ApiError",
                                               "its compressed (%1) answer could not be unpacked: it is damaged, or it "
                                               "would grow far beyond the size it was sent as (a decompression bomb), "
                                               "so akdesk stopped reading it")
                       .arg(QString::fromLatin1(encoding.left(20)));
    return error;
}

ApiError ApiError::badResponse(const QString &why)
{
    ApiError error;
    error.kind = Kind::BadResponse;
    error.detail = why;
    return error;
}

void ApiError::registerMetaType()
{
    qRegisterMetaType<akdesk::ApiError>("akdesk::ApiError");
}

QString ApiError::message() const
{
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Validation: {
        QStringList lines;
        if (!nonFieldErrors.isEmpty())
            lines.append(QCoreApplication::translate("akdesk::ApiError", "The server rejected the request: %1")
                             .arg(excerpt(nonFieldErrors.join(QLatin1Char(' ')))));
        QStringList fields = fieldErrors.keys();
        std::sort(fields.begin(), fields.end());
        for (const QString &field : std::as_const(fields))
            lines.append(QStringLiteral("%1: %2").arg(excerpt(field), excerpt(fieldErrors.value(field).join(QLatin1Char(' ')))));
        if (lines.isEmpty()) {
            return detail.isEmpty() ? QCoreApplication::translate("akdesk::ApiError", "The server rejected the request (HTTP %1).").arg(status)
                                    : QCoreApplication::translate("akdesk::ApiError", "The server rejected the request: %1").arg(excerpt(detail));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case Kind::Unauthorized:
        return detail.isEmpty() ? QCoreApplication::translate("akdesk::ApiError", "Not signed in: the token was refused (HTTP %1).").arg(status)
                                : QCoreApplication::translate("akdesk::ApiError", "Not signed in: the token was refused (%1)").arg(excerpt(detail));
    case Kind::Forbidden:
        return detail.isEmpty() ? QCoreApplication::translate("akdesk::ApiError", "Not allowed (HTTP %1).").arg(status)
                                : QCoreApplication::translate("akdesk::ApiError", "Not allowed: %1").arg(excerpt(detail));
    case Kind::NotFound:
        return detail.isEmpty() ? QCoreApplication::translate("akdesk::ApiError", "Not found (HTTP 404).")
                                : QCoreApplication::translate("akdesk::ApiError", "Not found: %1").arg(excerpt(detail));
    case Kind::Conflict:
        return withDetail(QCoreApplication::translate("akdesk::ApiError", "The object was changed or already exists on the server (HTTP %1).").arg(status),
                          detail);
    case Kind::RateLimited:
        return withDetail(QCoreApplication::translate("akdesk::ApiError", "The server is receiving too many requests; try again later (HTTP 429)."),
                          detail);
    case Kind::Server:
        if (status == 502 || status == 504)
            return withDetail(QCoreApplication::translate("akdesk::ApiError", "The proxy in front of the server got no answer from it (HTTP %1).")
                                  .arg(status), detail);
        if (status == 503)
            return withDetail(QCoreApplication::translate("akdesk::ApiError", "The server is unavailable at the moment (HTTP 503)."), detail);
        return withDetail(QCoreApplication::translate("akdesk::ApiError", "The server had an internal error (HTTP %1).").arg(status), detail);
    case Kind::Http:
        return withDetail(QCoreApplication::translate("akdesk::ApiError", "The server answered with HTTP %1.").arg(status), detail);
    case Kind::Timeout:
        if (wholeAnswer)
            return QCoreApplication::translate("akdesk::ApiError", "The server's answer came too slowly: it had not arrived completely after %1.")
                .arg(durationText(timeoutMs));
        return timeoutMs > 0 ? QCoreApplication::translate("akdesk::ApiError", "The server did not answer within %1.").arg(durationText(timeoutMs))
                             : QCoreApplication::translate("akdesk::ApiError", "The server did not answer in time.");
    case Kind::Transport: {
        const QString where = hostOrServer(host);
        switch (networkError) {
        case QNetworkReply::ConnectionRefusedError:
            return QCoreApplication::translate("akdesk::ApiError", "Could not connect to %1: connection refused").arg(where);
        case QNetworkReply::HostNotFoundError:
            return QCoreApplication::translate("akdesk::ApiError", "Could not connect to %1: host not found").arg(where);
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::ContentReSendError:
            return QCoreApplication::translate("akdesk::ApiError", "The connection to %1 was closed before the answer arrived").arg(where);
        case QNetworkReply::SslHandshakeFailedError:
            if (!sslErrors.isEmpty())
                return QCoreApplication::translate("akdesk::ApiError", "Could not connect securely to %1: %2 Nothing was sent. Certificate: %3")
                    .arg(where, excerpt(sslErrors.join(QLatin1Char(' '))), certificateText);
            return QCoreApplication::translate("akdesk::ApiError", "Could not connect securely to %1: %2").arg(where, excerpt(detail));
        case QNetworkReply::InsecureRedirectError:
        case QNetworkReply::TooManyRedirectsError:
            return QCoreApplication::translate("akdesk::ApiError", "Redirect not followed: %1.").arg(detail);
        default:
            return detail.isEmpty() ? QCoreApplication::translate("akdesk::ApiError", "Could not reach %1.").arg(where)
                                    : QCoreApplication::translate("akdesk::ApiError", "Could not reach %1: %2").arg(where, excerpt(detail));
        }
    }
    case Kind::Cancelled:
        return QCoreApplication::translate("akdesk::ApiError", "The request was cancelled.");
    case Kind::Offline:
        return QCoreApplication::translate("akdesk::ApiError", "akdesk is working offline; nothing was sent to the server.");
    case Kind::BadResponse:
        return detail.isEmpty() ? QCoreApplication::translate("akdesk::ApiError", "The server sent an answer akdesk could not read.")
                                : QCoreApplication::translate("akdesk::ApiError", "The server sent an answer akdesk could not read: %1").arg(excerpt(detail));
    }
    return QString();
}

} // namespace akdesk
