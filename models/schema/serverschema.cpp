#include "models/schema/serverschema.h"

#include "models/api/apiclient.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace akdesk {

ServerSchema::ServerSchema(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

ServerSchema::~ServerSchema() = default;

void ServerSchema::resolve()
{
    ApiReply *reply = m_client->get(QStringLiteral("/admin/version/"));
    connect(reply, &ApiReply::finished, this, [this](ApiReply *finished) {
        const auto bundled = SchemaRegistry::bundled();
        const QString version = finished->object().value(QLatin1String("version_current")).toString();
        if (!finished->ok()) {
            Q_EMIT resolved(bundled, tr("bundled schema %1 (server version unknown: %2)")
                                         .arg(bundled->apiVersion(), finished->error().message()));
            return;
        }
        if (version == bundled->apiVersion()) {
            Q_EMIT resolved(bundled, tr("schema %1").arg(version));
            return;
        }
        fetchDocument(version);
    });
}

std::shared_ptr<const SchemaRegistry> ServerSchema::fromCache(QString *origin) const
{
    const std::optional<CachedBody> answer = m_client->cached(QStringLiteral("/admin/version/"));
    const auto bundled = SchemaRegistry::bundled();
    if (!answer || QJsonDocument::fromJson(answer->body).object().value(QLatin1String("version_current")).toString()
                       != bundled->apiVersion())
        return nullptr;
    *origin = tr("schema %1").arg(bundled->apiVersion());
    return bundled;
}

void ServerSchema::fetchDocument(const QString &serverVersion)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("format"), QStringLiteral("json"));
    ApiReply *reply = m_client->get(QStringLiteral("/schema/"), query);
    connect(reply, &ApiReply::finished, this, [this, serverVersion](ApiReply *finished) {
        const auto bundled = SchemaRegistry::bundled();
        QString error = finished->ok() ? QString() : finished->error().message();
        std::shared_ptr<const SchemaRegistry> own;
        if (finished->ok())
            own = SchemaRegistry::fromDocument(finished->object(), &error);
        if (own && !own->stageKinds().isEmpty()) {
            Q_EMIT resolved(own, tr("the server's own schema %1").arg(serverVersion));
            return;
        }
        Q_EMIT resolved(bundled, tr("bundled schema %1 (the server's %2 did not load: %3)")
                                     .arg(bundled->apiVersion(), serverVersion, error));
    });
}

} // namespace akdesk
