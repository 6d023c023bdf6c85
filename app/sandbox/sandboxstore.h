#pragma once

#include "app/sandbox/sandboxreply.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace akdesk {
class SchemaRegistry;
struct ResourceDescriptor;
}

namespace akdesk::sandbox {

class ListCache;
class PolicyResources;

/// The pbm_uuid of the PolicyBindingModel row behind a flow or binding with primary key `pk`.
QString policyBindingModelId(const QString &pk);

/// The sandbox's data: stages of every kind, flows, bindings and sources, kept as authentik's JSON
/// and validated with the schema's descriptors plus authentik's own rules.
class SandboxStore final
{
public:
    explicit SandboxStore(std::shared_ptr<const SchemaRegistry> schema);
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    const SchemaRegistry &schema() const { return *m_schema; }
    /// settings.DEBUG: the Dummy stage is offered in /stages/all/types/ only then.
    void setDebug(bool debug) { m_debug = debug; }
    /// A valid enterprise licence; without one enterprise objects cannot be created or changed.
    void setLicensed(bool licensed) { m_licensed = licensed; }
    bool isLicensed() const { return m_licensed; }

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
    Reply writeBinding(const QString &pk, const QJsonObject &body, bool partial);  ///< pk empty = create
    Reply deleteBinding(const QString &pk);
    Reply bindingUsedBy(const QString &pk) const;

    Reply listSources(const QUrlQuery &query) const;
    Reply getSource(const QString &slug) const;
    /// Read-only lists that stage fields point at ("prompts", "policies", "certificates").
    Reply listRecords(const QString &key, const QUrlQuery &query) const;

    // Policies ("kind" is "policies/<kind>" or "policies/all"), policy bindings, users, groups
    // (sandboxpolicystore.cpp, after authentik/policies/api/ and authentik/core/api/).
    Reply listPolicies(const QString &kind, const QUrlQuery &query) const;
    Reply getPolicy(const QString &kind, const QString &pk) const;
    Reply writePolicy(const QString &kind, const QString &pk, const QJsonObject &body, bool partial);  ///< pk empty = create
    Reply deletePolicy(const QString &kind, const QString &pk);
    Reply policyUsedBy(const QString &kind, const QString &pk) const;
    Reply policyTypes() const;
    Reply testPolicy(const QString &pk, const QJsonObject &body) const;
    Reply listPolicyBindings(const QUrlQuery &query) const;
    Reply getPolicyBinding(const QString &pk) const;
    Reply writePolicyBinding(const QString &pk, const QJsonObject &body, bool partial);  ///< pk empty = create
    Reply deletePolicyBinding(const QString &pk);
    Reply policyBindingUsedBy(const QString &pk) const;
    Reply listUsers(const QUrlQuery &query) const;
    Reply getUser(const QString &pk, const QUrlQuery &query) const;
    Reply deleteUser(const QString &pk);
    Reply userUsedBy(const QString &pk) const;
    Reply listGroups(const QUrlQuery &query) const;
    Reply getGroup(const QString &pk, const QUrlQuery &query) const;
    Reply deleteGroup(const QString &pk);
    Reply groupUsedBy(const QString &pk) const;
    Reply listReputationScores(const QUrlQuery &query) const;
    /// The policy kinds' descriptors and those of bindings, users and groups.
    const PolicyResources &policyResources() const { return *m_policyResources; }

    // Direct access for seeding and tests (no validation).
    QString addStage(const QString &kind, const QJsonObject &fields);
    QString addFlow(const QJsonObject &fields);
    /// `fields` sets binding attributes a blueprint gives (evaluate_on_plan, re_evaluate_policies).
    QString addBinding(const QString &flowPk, const QString &stagePk, int order, const QJsonObject &fields = {});
    void addSource(const QJsonObject &source);
    void addRecord(const QString &key, const QJsonObject &record);
    /// `fields` may carry a stable "pk"; returns the policy's pk.
    QString addPolicy(const QString &kind, const QJsonObject &fields);
    /// Binds to a flow or a flow-stage binding given by its own pk (flow_uuid, fsb_uuid) or its
    /// policybindingmodel_ptr_id; `fields` names policy, group or user, order and the options.
    QString addPolicyBinding(const QString &target, const QJsonObject &fields);
    int addUser(const QJsonObject &fields);      ///< "pk" required (authentik's integer id)
    QString addGroup(const QJsonObject &fields);  ///< "pk" optional; "users" lists user pks
    void addReputation(const QJsonObject &score);
    QString policyPkByName(const QString &name) const;
    int policyCount() const { return int(m_policyOrder.size()); }
    int stageCount() const { return int(m_stageOrder.size()); }
    QString stagePkByName(const QString &name) const { return m_stageByName.value(name); }
    QString flowPkBySlug(const QString &slug) const;

private:
    struct Stage
    {
        const ResourceDescriptor *kind = nullptr;
        QJsonObject fields;  ///< pk + the kind's writable fields
    };

    const ResourceDescriptor &resource(const QString &key) const;
    Reply notFound(const QString &key) const;
    /// Lists, sorted orders and search texts are cached; every change forgets them.
    void changed();

    QJsonObject renderStage(const Stage &stage, bool summary) const;
    QJsonObject renderFlow(const QJsonObject &flow) const;
    QJsonObject renderFlowSet(const QJsonObject &flow) const;
    QJsonObject renderBinding(const QJsonObject &binding) const;

    /// The descriptor's checks plus authentik's own rules (unique names and slugs, the
    /// identification stage's user fields or sources, unique bindings).
    QJsonObject validate(const ResourceDescriptor &resource, const QJsonObject &body, bool creating,
                         const QJsonObject &current, QJsonObject *clean) const;
    bool referenceExists(const QString &resourceKey, const QString &pk) const;
    QList<QJsonObject> bindingsOfFlow(const QString &flowPk) const;  ///< in binding order
    QList<QJsonObject> bindingsOfStage(const QString &stagePk) const;
    void removeBindings(const QList<QJsonObject> &bindings);
    /// Clears references to a deleted object, as on_delete=SET_NULL and many-to-many removal do.
    void forgetReferences(const QString &pk);
    static QJsonObject usedByEntry(const QString &modelName, const QString &pk, const QString &name, const QString &action);
    /// str() of a flow and of a binding, as their models' __str__ write them.
    static QString flowName(const QJsonObject &flow);
    static QString bindingName(const QJsonObject &binding);

    // Policies, their bindings, users and groups (sandboxpolicystore.cpp).
    struct Policy
    {
        const ResourceDescriptor *kind = nullptr;
        QJsonObject fields;  ///< pk + the kind's writable fields
    };
    const ResourceDescriptor &policyResource(const QString &key) const;
    QJsonObject renderPolicy(const Policy &policy) const;
    QJsonObject renderPolicyBinding(const QJsonObject &binding) const;
    QJsonObject renderUser(const QJsonObject &user, bool includeGroups) const;
    QJsonObject renderPartialUser(const QJsonObject &user) const;
    QJsonObject renderGroup(const QJsonObject &group, const QUrlQuery &query) const;
    QJsonObject renderPartialGroup(const QJsonObject &group) const;
    const QJsonObject *findUser(int pk) const;
    const QJsonObject *findGroup(const QString &pk) const;
    /// The pk (flow_uuid, fsb_uuid) of the flow or flow-stage binding whose PolicyBindingModel
    /// row is `pbm`, or whose own pk it is; empty when there is none.
    QString policyTargetPk(const QString &pbmOrPk) const;
    /// The policy bindings whose target is the PolicyBindingModel of `targetPk`, by order.
    QList<QJsonObject> policyBindingsOf(const QString &targetPk) const;
    /// on_delete=CASCADE of PolicyBinding.target / .policy / .group / .user.
    void removePolicyBindingsWhere(const std::function<bool(const QJsonObject &)> &doomed);
    QString policyBindingName(const QJsonObject &binding) const;
    int boundTo(const QString &policyPk) const;
    /// A PolicyBindingModel's used_by managers: `bindings` (its PolicyBindings, cascade) and
    /// `policies` (the many-to-many through them, cascade_many).
    void addPolicyUsedBy(const QString &targetPk, QMap<QString, QJsonArray> *byManager) const;

    std::shared_ptr<const PolicyResources> m_policyResources;
    QHash<QString, Policy> m_policies;  ///< by pk
    QList<QString> m_policyOrder;
    QHash<QString, QJsonObject> m_policyBindings;  ///< by pk; "target" holds the pbm_uuid
    QList<QString> m_policyBindingOrder;
    QList<QJsonObject> m_users;
    QList<QJsonObject> m_groups;
    QList<QJsonObject> m_reputations;

    std::shared_ptr<const SchemaRegistry> m_schema;
    QHash<QString, Stage> m_stages;
    QList<QString> m_stageOrder;
    QHash<QString, QString> m_stageByName;
    QHash<QString, QJsonObject> m_flows;  ///< by pk
    QList<QString> m_flowOrder;
    QHash<QString, QJsonObject> m_bindings;  ///< by pk
    QList<QString> m_bindingOrder;
    QList<QJsonObject> m_sources;
    QHash<QString, QList<QJsonObject>> m_records;  ///< by resource key: prompts, policies
    std::unique_ptr<ListCache> m_cache;
    bool m_debug = false;
    bool m_licensed = true;
    /// Named in every export's metadata, so that exporting twice gives the same file.
    QDateTime m_started = QDateTime::currentDateTimeUtc();
};

} // namespace akdesk::sandbox
