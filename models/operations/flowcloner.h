#pragma once

#include "models/api/apierror.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

namespace akdesk {

class ApiClient;
class RecordWriter;
class Workspace;
class SchemaRegistry;

/// Clones a flow in one guided step: a new flow with a new slug and name and the same settings,
/// then a copy of every binding (same stages, orders and options) and of the policy bindings of
/// the flow and of each stage binding (same policies, groups and users). With `copyStages` the
/// stages are copied too, each under a free "<name> (copy)" name, and the copies are bound. If a
/// step fails, what was made is removed again (the flow's deletion takes its bindings along, the
/// copied stages are deleted one by one) and the step is named.
class FlowCloner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowCloner)

public:
    /// Its writes go through the workspace's writer, so every list hears of them.
    explicit FlowCloner(Workspace *workspace, QObject *parent = nullptr);
    ~FlowCloner() override;

    void clone(const QString &sourceSlug, const QString &newSlug, const QString &newName, bool copyStages = false);

Q_SIGNALS:
    void progress(int done, int total, const QString &step);
    void cloned(const QJsonObject &flow);
    /// `step` names what failed; `rolledBack` says whether the half-made flow is gone again.
    void failed(const QString &step, const akdesk::ApiError &error, bool rolledBack);

private:
    /// Reads the source flow's bindings page after page, then their policy bindings.
    void readBindings(int page);
    void readPolicyBindings();
    void copyStage(int index);
    void createFlow();
    void copyBinding(int index);
    void copyPolicyBinding(int index);
    int total() const;
    void rollBack(const QString &step, const ApiError &error);
    void removeStages(int index, bool allGone, const QString &step, const ApiError &error);

    Workspace *m_workspace;
    ApiClient *m_client;
    RecordWriter *m_writer;
    std::shared_ptr<const SchemaRegistry> m_schema;
    QJsonObject m_original;
    QString m_newSlug;
    QString m_newName;
    bool m_copyStages = false;
    QJsonObject m_newFlow;
    QList<QJsonObject> m_bindings;
    QList<QJsonObject> m_policyBindings;
    QList<QJsonObject> m_stagesToCopy;
    QList<QJsonObject> m_copiedStages;
    QHash<QString, QString> m_stageCopy;  ///< source stage pk → its copy's pk
    QHash<QString, QString> m_targetCopy; ///< source policybindingmodel_ptr_id → the clone's
    int m_done = 0;
};

} // namespace akdesk
