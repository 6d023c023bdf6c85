#pragma once

#include "models/schema/resourcedescriptor.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace akdesk::sandbox {

/// What authentik's model class says about one policy kind (authentik/policies/<kind>/models.py):
/// its API path, serializer schema, model, `component`, Meta.verbose_name(_plural), docstring.
struct PolicyKind
{
    const char *key;        ///< "policies/dummy"
    const char *schema;     ///< "DummyPolicy"
    const char *model;      ///< "authentik_policies_dummy.dummypolicy"
    const char *component;  ///< "ak-policy-dummy-form"
    const char *verboseName;
    const char *verboseNamePlural;
    const char *docstring;
    bool enterprise = false;
    bool debugOnly = false;  ///< `__debug_only__`: offered in types/ only with DEBUG
};

/// Every policy kind the 2026.8.3 schema lists, in the order of their API paths.
const QList<PolicyKind> &policyKinds();
const PolicyKind *policyKind(const QString &key);
const PolicyKind *policyKindForModel(const QString &modelName);

/// Descriptors the sandbox builds itself from the bundled schema for what akdesk's registry does
/// not describe (yet): each policy kind, "policies/all", "policies/bindings", "core/users",
/// "core/groups". The sandbox validates and lists with them like with the stages' descriptors.
class PolicyResources final
{
public:
    /// Built once from the bundled schema and shared.
    static std::shared_ptr<const PolicyResources> bundled();

    const ResourceDescriptor *resource(const QString &key) const;
    QStringList keys() const { return m_order; }

private:
    QHash<QString, ResourceDescriptor> m_resources;
    QStringList m_order;
    friend struct PolicyResourcesBuilder;
};

/// A model's defaults for the fields a request may leave out (the Django model's `default=`),
/// which the schema does not carry.
QJsonObject policyModelDefaults(const QString &key);

/// The test result of a policy the sandbox can evaluate without Python, as PolicyProcess.execute
/// and the kind's passes() give it (authentik/policies/process.py, <kind>/models.py).
struct PolicyOutcome
{
    bool evaluated = false;  ///< false: the sandbox cannot evaluate this kind
    bool passing = false;
    QStringList messages;
    QList<QJsonObject> logs;  ///< LogEvent records (authentik/events/logs.py)
};

/// What one test request knows: the user (as /core/users/ renders it), the context sent, the
/// reputation scores and the client's address (the API request's, 127.0.0.1 here).
struct PolicyTestInput
{
    QJsonObject user;
    QJsonObject context;
    QList<QJsonObject> reputations;
    QString clientIp = QStringLiteral("127.0.0.1");
    QString policyName;  ///< str(policy), for the log attributes
};

PolicyOutcome evaluatePolicy(const QString &kindKey, const QJsonObject &policy, const PolicyTestInput &input);

/// A LogEvent as LogEventSerializer writes it.
QJsonObject logEvent(const QString &level, const QString &logger, const QString &event, const QJsonObject &attributes);

} // namespace akdesk::sandbox
