#pragma once

#include "models/api/apierror.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

namespace akdesk {

class ApiClient;
class RecordWriter;
class Workspace;
class SchemaRegistry;

/// Clones a flow in one guided step: a new flow with a new slug and name and the same settings,
/// then a copy of every binding (same stages, orders and options). If a step fails, what was
/// made is removed again (the flow's deletion takes its bindings along) and the step is named.
class FlowCloner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowCloner)

public:
    /// Its writes go through the workspace's writer, so every list hears of them.
    explicit FlowCloner(Workspace *workspace, QObject *parent = nullptr);
    ~FlowCloner() override;

    void clone(const QString &sourceSlug, const QString &newSlug, const QString &newName);

Q_SIGNALS:
    void progress(int done, int total, const QString &step);
    void cloned(const QJsonObject &flow);
    /// `step` names what failed; `rolledBack` says whether the half-made flow is gone again.
    void failed(const QString &step, const akdesk::ApiError &error, bool rolledBack);

private:
    /// Reads the source flow's bindings page after page, then creates the copy.
    void readBindings(const QJsonObject &original, const QString &newSlug, const QString &newName, int page);
    void copyBinding(int index);
    void rollBack(const QString &step, const ApiError &error);

    ApiClient *m_client;
    RecordWriter *m_writer;
    std::shared_ptr<const SchemaRegistry> m_schema;
    QJsonObject m_newFlow;
    QList<QJsonObject> m_bindings;
};

} // namespace akdesk
