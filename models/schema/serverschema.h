#pragma once

#include "models/schema/schemaregistry.h"

#include <QObject>

namespace akdesk {

class ApiClient;

/// Picks the schema to work with for a server: the bundled one when the server runs the same
/// authentik version, else the server's own OpenAPI document (so a newer server's fields and
/// stage kinds appear without a new akdesk), falling back to the bundled one if that fails.
class ServerSchema final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerSchema)

public:
    explicit ServerSchema(ApiClient *client, QObject *parent = nullptr);
    ~ServerSchema() override;

    void resolve();
    /// What resolve() chose the last time, from the version answer cached then, without asking
    /// the server; null when it is not cached (a profile never connected) or the server ran
    /// another version (its own document is not cached: it is large).
    std::shared_ptr<const SchemaRegistry> fromCache(QString *origin) const;

Q_SIGNALS:
    /// `origin` says where the schema came from, for the status bar.
    void resolved(std::shared_ptr<const akdesk::SchemaRegistry> schema, const QString &origin);

private:
    void fetchDocument(const QString &serverVersion);

    ApiClient *m_client;
};

} // namespace akdesk
