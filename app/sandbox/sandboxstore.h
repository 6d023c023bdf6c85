#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <memory>

namespace akdesk {
class SchemaRegistry;
struct ResourceDescriptor;
}

namespace akdesk::sandbox {

/// One answer of the sandbox: status, body and its content type.
struct Reply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");

    static Reply json(int status, const QJsonObject &object);
    static Reply json(int status, const QJsonArray &array);
    static Reply detail(int status, const QString &detail, const QString &code = {});
    static Reply noContent();
};

/// The sandbox's data: stages of every kind, flows, bindings and sources, kept as authentik's JSON
/// and validated with the schema's descriptors plus authentik's own rules.
class SandboxStore final
{
public:
    explicit SandboxStore(std::shared_ptr<const SchemaRegistry> schema);
    ~SandboxStore();

    const SchemaRegistry &schema() const { return *m_schema; }

    // Stages ("kind" is a resource key such as "stages/identification"; "stages/all" reads every kind).
    Reply listStages(const QString &kind, const QUrlQuery &query) const;
    Reply getStage(const QString &kind, const QString &pk) const;
    Reply writeStage(const QString &kind, const QString &pk, const QJsonObject &body, bool partial);  ///< pk empty = create
    Reply deleteStage(const QString &kind, const QString &pk);
    Reply stageUsedBy(const QString &kind, const QString &pk) const;
    Reply stageTypes() const;

    Reply listFlows(const QUrlQuery &query) const;
    Reply getFlow(const QString &slug) const;
    Reply writeFlow(const QString &slug, const QJsonObject &body, bool partial);  ///< slug empty = create
    Reply deleteFlow(const QString &slug);
    Reply flowUsedBy(const QString &slug) const;
    Reply flowDiagram(const QString &slug) const;
    Reply flowExport(const QString &slug) const;

    Reply listBindings(const QUrlQuery &query) const;
    Reply getBinding(const QString &pk) const;
    Reply writeBinding(const QString &pk, const QJsonObject &body, bool partial);
    Reply deleteBinding(const QString &pk);
    Reply bindingUsedBy(const QString &pk) const;

    Reply listSources(const QUrlQuery &query) const;
    Reply getSource(const QString &slug) const;

    // Direct access for seeding and tests.
    QString addStage(const QString &kind, const QJsonObject &fields);
    QString addFlow(const QJsonObject &fields);
    QString addBinding(const QString &flowPk, const QString &stagePk, int order);
    void addSource(const QJsonObject &source);
    int stageCount() const { return int(m_stageOrder.size()); }
    QString stagePkByName(const QString &name) const;
    QString flowPkBySlug(const QString &slug) const;

private:
    struct Stage
    {
        QString kind;
        QJsonObject fields;  ///< writable fields + pk + name
    };

    QJsonObject renderStage(const Stage &stage) const;
    QJsonObject renderFlow(const QJsonObject &flow) const;
    QJsonObject renderFlowSet(const QJsonObject &flow) const;
    QJsonObject renderBinding(const QJsonObject &binding) const;
    QJsonObject stageSummary(const Stage &stage) const;

    /// Checks `body` against the descriptor; fills *clean with the accepted writable fields.
    QJsonObject validate(const ResourceDescriptor &resource, const QJsonObject &body, bool creating,
                         const QJsonObject &current, QJsonObject *clean) const;
    bool referenceExists(const QString &resourceKey, const QString &pk) const;
    QList<QJsonObject> bindingsOfFlow(const QString &flowPk) const;
    QList<QJsonObject> bindingsOfStage(const QString &stagePk) const;
    QJsonArray usedByStage(const QString &pk) const;

    std::shared_ptr<const SchemaRegistry> m_schema;
    QHash<QString, Stage> m_stages;
    QList<QString> m_stageOrder;
    QHash<QString, QJsonObject> m_flows;  ///< by pk
    QList<QString> m_flowOrder;
    QHash<QString, QJsonObject> m_bindings;  ///< by pk
    QList<QString> m_bindingOrder;
    QList<QJsonObject> m_sources;
};

} // namespace akdesk::sandbox
