#pragma once

#include "models/api/apierror.h"

#include <QJsonObject>
#include <QObject>

namespace akdesk {

class ApiClient;
class RecordWriter;
class Workspace;
struct ResourceDescriptor;
class SchemaRegistry;

/// Duplicates a stage or a policy of any kind: its writable fields under the first free name of
/// "<name> (copy)", "<name> (copy 2)", ... (names are unique across all kinds of a family).
class Duplicator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Duplicator)

public:
    /// Its writes go through the workspace's writer, so every list hears of them.
    explicit Duplicator(Workspace *workspace, QObject *parent = nullptr);
    ~Duplicator() override;

    /// `stage` may be a list row; the whole record is read first.
    void duplicate(const QJsonObject &stage);
    static QString candidateName(const QString &name, int attempt);

Q_SIGNALS:
    void duplicated(const QJsonObject &copy);
    void failed(const akdesk::ApiError &error);

private:
    void tryName(const ResourceDescriptor *kind, const QJsonObject &payload, const QString &original, int attempt);

    ApiClient *m_client;
    RecordWriter *m_writer;
    std::shared_ptr<const SchemaRegistry> m_schema;
};

} // namespace akdesk
