#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

namespace akdesk::test {

/// One HTTP answer as it came over the wire.
struct RawAnswer
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray disposition;
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QJsonArray results() const { return object().value(QLatin1String("results")).toArray(); }
    QJsonObject pagination() const { return object().value(QLatin1String("pagination")).toObject(); }
    int count() const { return pagination().value(QLatin1String("count")).toInt(-1); }
    /// The first message of a field's error list.
    QString error(const QString &field) const { return object().value(field).toArray().first().toString(); }
};

/// Raw HTTP to /api/v3 of a server (the sandbox, or a real authentik given AKDESK_TEST_URL and
/// AKDESK_TEST_TOKEN), without akdesk's client in between: the rule tests see what authentik
/// answers, byte for byte.
class RawApi final
{
public:
    RawApi(const QUrl &server, const QString &token) : m_server(server), m_token(token) {}

    /// `authorization` empty = "Bearer <token>"; "-" = no header at all.
    RawAnswer call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                   const QByteArray &authorization = {}, const QByteArray &contentType = "application/json");
    RawAnswer get(const QString &path) { return call("GET", path); }
    RawAnswer post(const QString &path, const QJsonObject &body) { return call("POST", path, json(body)); }
    RawAnswer patch(const QString &path, const QJsonObject &body) { return call("PATCH", path, json(body)); }
    RawAnswer remove(const QString &path) { return call("DELETE", path); }

    static QByteArray json(const QJsonObject &object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }
    static QStringList names(const QJsonArray &records);

private:
    QUrl m_server;
    QString m_token;
    QNetworkAccessManager m_nam;
};

} // namespace akdesk::test
