// SandboxStore, continued: policies of every kind, policy bindings, users and groups.

#include "app/sandbox/sandboxstore.h"
#include "models/records/record.h"

#include "app/sandbox/sandboxfields.h"
#include "app/sandbox/sandboxkinds.h"
#include "app/sandbox/sandboxlists.h"
#include "app/sandbox/sandboxpolicies.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QMap>
#include <QUuid>

#include <cmath>

namespace akdesk::sandbox {

namespace {

using akdesk::records::textOf;

const QString kAllPolicies = QStringLiteral("policies/all");
const QString kPolicyBindings = QStringLiteral("policies/bindings");
const QString kUsers = QStringLiteral("core/users");
const QString kGroups = QStringLiteral("core/groups");

QJsonObject refused(const QString &message)
{
    return {{QStringLiteral("non_field_errors"), QJsonArray{message}}};
}

/// Python's type(value).__name__, as DRF names it in "Incorrect type" messages.
QString pythonType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return QStringLiteral("bool");
    case QJsonValue::Double: return value.toDouble() == std::floor(value.toDouble()) ? QStringLiteral("int") : QStringLiteral("float");
    case QJsonValue::String: return QStringLiteral("str");
    case QJsonValue::Array: return QStringLiteral("list");
    case QJsonValue::Object: return QStringLiteral("dict");
    default: return QStringLiteral("NoneType");
    }
}

/// A DRF error text quoting a Python value as str() writes it.
QString pythonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    if (value.isDouble())
        return value.toDouble() == std::floor(value.toDouble()) ? QString::number(qint64(value.toDouble())) : QString::number(value.toDouble());
    return value.toVariant().toString();
}

/// Copies of rows for a list built on the fly, and the pointers listPage() takes.
struct Rows
{
    QList<QJsonObject> rows;
    std::function<QList<const QJsonObject *>()> pointers()
    {
        return [this] {
            QList<const QJsonObject *> out;
            out.reserve(rows.size());
            for (const QJsonObject &row : rows)
                out.append(&row);
            return out;
        };
    }
};

/// Helper keys a list row carries for filters and search only, never rendered.
const QStringList kRowHelpers{QStringLiteral("policy__name"), QStringLiteral("policy__isnull"), QStringLiteral("bindings__isnull"),
                              QStringLiteral("promptstage__isnull"), QStringLiteral("groups_by_pk"), QStringLiteral("groups_by_name"),
                              QStringLiteral("members_by_pk"), QStringLiteral("members_by_username"), QStringLiteral("target_in")};

QJsonObject withoutHelpers(QJsonObject row)
{
    for (const QString &key : kRowHelpers)
        row.remove(key);
    return row;
}

/// A boolean query parameter as BooleanField/BooleanWidget reads it; `fallback` when absent.
bool queryFlag(const QUrlQuery &query, const char *name, bool fallback)
{
    const QString value = query.queryItemValue(QLatin1String(name)).toLower();
    if (value == QLatin1String("true") || value == QLatin1String("1"))
        return true;
    if (value == QLatin1String("false") || value == QLatin1String("0"))
        return false;
    return fallback;
}

} // namespace

const ResourceDescriptor &SandboxStore::policyResource(const QString &key) const
{
    const ResourceDescriptor *found = m_policyResources->resource(key);
    Q_ASSERT_X(found, "SandboxStore", "a policy resource the bundled schema does not describe");
    return *found;
}

// ---------------------------------------------------------------- policies

QString SandboxStore::policyPkByName(const QString &name) const
{
    for (const QString &pk : m_policyOrder) {
        if (textOf(m_policies.constFind(pk)->fields, "name") == name)
            return pk;
    }
    return {};
}

int SandboxStore::boundTo(const QString &policyPk) const
{
    // PolicySerializer.get_bound_to: obj.bindings.count() + obj.promptstage_set.count()
    // (authentik/policies/api/policies.py).
    int count = 0;
    for (const QString &pk : m_policyBindingOrder) {
        if (textOf(*m_policyBindings.constFind(pk), "policy") == policyPk)
            ++count;
    }
    for (const QString &pk : m_stageOrder) {
        const Stage &stage = *m_stages.constFind(pk);
        if (stage.kind->key == QLatin1String("stages/prompt/stages")
            && stage.fields.value(QLatin1String("validation_policies")).toArray().contains(QJsonValue(policyPk)))
            ++count;
    }
    return count;
}

QJsonObject SandboxStore::renderPolicy(const Policy &policy) const
{
    // PolicySerializer.to_representation resolves the subclass and renders it with its own
    // serializer, in /policies/all/ too: the Policy fields plus the kind's.
    const PolicyKind *kind = policyKindForModel(policy.kind->modelName);
    QJsonObject out = policy.fields;
    out.insert(QStringLiteral("component"), QLatin1String(kind->component));
    out.insert(QStringLiteral("verbose_name"), QLatin1String(kind->verboseName));
    out.insert(QStringLiteral("verbose_name_plural"), QLatin1String(kind->verboseNamePlural));
    out.insert(QStringLiteral("meta_model_name"), policy.kind->modelName);
    out.insert(QStringLiteral("bound_to"), boundTo(textOf(policy.fields, "pk")));
    if (policy.kind->key == QLatin1String("policies/geoip")) {
        // GeoIPPolicySerializer.countries_obj: code and name of each country (django-countries'
        // names; Qt's territory names stand in for them).
        QJsonArray countries;
        for (const QJsonValue &code : policy.fields.value(QLatin1String("countries")).toArray()) {
            const QLocale::Territory territory = QLocale::codeToTerritory(code.toString());
            countries.append(QJsonObject{{QStringLiteral("code"), code},
                                         {QStringLiteral("name"), territory == QLocale::AnyTerritory ? code.toString()
                                                                                                      : QLocale::territoryToString(territory)}});
        }
        out.insert(QStringLiteral("countries_obj"), countries);
    }
    return out;
}

QString SandboxStore::addPolicy(const QString &kind, const QJsonObject &fields)
{
    Policy policy{&policyResource(kind), withDefaults(policyResource(kind))};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        policy.fields.insert(it.key(), it.value());
    QString pk = textOf(fields, "pk");
    if (pk.isEmpty())
        pk = QUuid::createUuid().toString(QUuid::WithoutBraces);
    policy.fields.insert(QStringLiteral("pk"), pk);
    m_policies.insert(pk, policy);
    m_policyOrder.append(pk);
    changed();
    return pk;
}

Reply SandboxStore::listPolicies(const QString &kind, const QUrlQuery &query) const
{
    const bool all = kind == kAllPolicies;
    // PolicyViewSet.filterset_fields: bindings__isnull, promptstage__isnull.
    auto rows = std::make_shared<Rows>();
    for (const QString &pk : m_policyOrder) {
        const Policy &policy = *m_policies.constFind(pk);
        if (!all && policy.kind->key != kind)
            continue;
        QJsonObject row = policy.fields;
        bool bound = false;
        for (const QString &bindingPk : m_policyBindingOrder)
            bound = bound || textOf(*m_policyBindings.constFind(bindingPk), "policy") == pk;
        bool prompt = false;
        for (const QString &stagePk : m_stageOrder) {
            const Stage &stage = *m_stages.constFind(stagePk);
            prompt = prompt || stage.fields.value(QLatin1String("validation_policies")).toArray().contains(QJsonValue(pk));
        }
        row.insert(QStringLiteral("bindings__isnull"), !bound);
        row.insert(QStringLiteral("promptstage__isnull"), !prompt);
        rows->rows.append(row);
    }
    ListSource source;
    source.exists = [this](const QString &key, const QString &pk) { return referenceExists(key, pk); };
    source.resource = &policyResource(kind);
    source.rows = rows->pointers();
    source.render = [this](const QJsonObject &row) { return renderPolicy(*m_policies.constFind(textOf(row, "pk"))); };
    return listPage(source, query, nullptr);
}

Reply SandboxStore::getPolicy(const QString &kind, const QString &pk) const
{
    const auto it = m_policies.constFind(pk);
    if (it == m_policies.constEnd() || (kind != kAllPolicies && it->kind->key != kind))
        return Reply::detail(404, QStringLiteral("No %1 matches the given query.").arg(policyResource(kind).schemaName));
    return Reply::json(200, renderPolicy(*it));
}

Reply SandboxStore::writePolicy(const QString &kind, const QString &pk, const QJsonObject &body, bool partial)
{
    const ResourceDescriptor &resource = policyResource(kind);
    const bool creating = pk.isEmpty();
    const auto it = m_policies.constFind(pk);
    if (!creating && (it == m_policies.constEnd() || it->kind->key != kind))
        return getPolicy(kind, pk);
    QJsonObject clean;
    QJsonObject errors = checkBody(resource, body, creating || !partial,
                                   [this](const QString &key, const QString &ref) { return referenceExists(key, ref); }, &clean);
    if (clean.contains(QLatin1String("name"))) {
        // Policy.name is unique (authentik/policies/models.py); DRF's UniqueValidator message
        // with Policy's verbose_name.
        const QString existing = policyPkByName(clean.value(QLatin1String("name")).toString());
        if (!existing.isEmpty() && existing != pk)
            errors.insert(QStringLiteral("name"), QJsonArray{QStringLiteral("Policy with this name already exists.")});
    }
    if (kind == QLatin1String("policies/geoip") && clean.value(QLatin1String("countries")).toArray().size() > 249)
        errors.insert(QStringLiteral("countries"), QJsonArray{QStringLiteral("Ensure this field has no more than 249 elements.")});
    if (!errors.isEmpty())
        return Reply::json(400, errors);
    if (!m_licensed && resource.requiresEnterprise)
        return Reply::json(400, refused(QStringLiteral("Enterprise is required to create/update this object.")));  // authentik/enterprise/api.py
    QJsonObject merged = creating ? withDefaults(resource) : it->fields;
    for (auto field = clean.begin(); field != clean.end(); ++field)
        merged.insert(field.key(), field.value());
    if (kind == QLatin1String("policies/event_matcher")) {
        // EventMatcherPolicySerializer.validate (authentik/policies/event_matcher/api.py).
        bool any = false;
        for (const char *criterion : {"action", "client_ip", "app", "model", "query"}) {
            const QJsonValue value = merged.value(QLatin1String(criterion));
            any = any || (value.isString() && !value.toString().isEmpty());
        }
        if (!any)
            return Reply::json(400, refused(QStringLiteral("At least one criteria must be set.")));
    }
    if (kind == QLatin1String("policies/dummy") && merged.value(QLatin1String("wait_min")).toInt() > merged.value(QLatin1String("wait_max")).toInt()) {
        // Not refused by authentik's serializer either; randrange() fails later, when the policy runs.
    }
    // ExpressionPolicySerializer.validate_expression compiles the Python code; the sandbox runs
    // no Python and accepts any expression that is not blank (a real server refuses syntax errors).
    if (creating)
        return Reply::json(201, renderPolicy(*m_policies.constFind(addPolicy(kind, clean))));
    m_policies[pk].fields = merged;
    changed();
    return Reply::json(200, renderPolicy(m_policies.value(pk)));
}

Reply SandboxStore::deletePolicy(const QString &kind, const QString &pk)
{
    const auto it = m_policies.constFind(pk);
    if (it == m_policies.constEnd() || (kind != kAllPolicies && it->kind->key != kind))
        return getPolicy(kind, pk);
    // PolicyBinding.policy on_delete=CASCADE; PromptStage.validation_policies loses it.
    removePolicyBindingsWhere([&pk](const QJsonObject &binding) { return textOf(binding, "policy") == pk; });
    m_policies.remove(pk);
    m_policyOrder.removeAll(pk);
    forgetReferences(pk);
    changed();
    return Reply::noContent();
}

Reply SandboxStore::policyUsedBy(const QString &kind, const QString &pk) const
{
    const auto it = m_policies.constFind(pk);
    if (it == m_policies.constEnd() || (kind != kAllPolicies && it->kind->key != kind))
        return getPolicy(kind, pk);
    // UsedByMixin.used_by (authentik/core/api/used_by.py), managers by attribute name:
    // `bindings` (PolicyBindingModel.policies, the many-to-many through PolicyBinding: plain
    // PolicyBindingModel rows, cascade_many), then `promptstage_set` (validation_policies).
    QJsonArray used;
    for (const QString &bindingPk : m_policyBindingOrder) {
        const QJsonObject &binding = *m_policyBindings.constFind(bindingPk);
        if (textOf(binding, "policy") == pk)
            used.append(usedByEntry(QStringLiteral("authentik_policies.policybindingmodel"), textOf(binding, "target"),
                                    QStringLiteral("PolicyBindingModel %1").arg(textOf(binding, "target")), QStringLiteral("cascade_many")));
    }
    for (const QString &stagePk : m_stageOrder) {
        const Stage &stage = *m_stages.constFind(stagePk);
        if (stage.kind->key == QLatin1String("stages/prompt/stages")
            && stage.fields.value(QLatin1String("validation_policies")).toArray().contains(QJsonValue(pk)))
            used.append(usedByEntry(stage.kind->modelName, stagePk, QStringLiteral("Stage %1").arg(textOf(stage.fields, "name")),
                                    QStringLiteral("cascade_many")));
    }
    return Reply::json(200, used);
}

Reply SandboxStore::policyTypes() const
{
    // TypesMixin.types (authentik/core/api/object_types.py) over Policy's subclasses, sorted by
    // name; the Dummy policy (__debug_only__) only with DEBUG.
    QList<QJsonObject> rows;
    for (const PolicyKind &kind : policyKinds()) {
        if (kind.debugOnly && !m_debug)
            continue;
        rows.append({{QStringLiteral("name"), QLatin1String(kind.verboseName)},
                     {QStringLiteral("description"), QLatin1String(kind.docstring)},
                     {QStringLiteral("component"), QLatin1String(kind.component)},
                     {QStringLiteral("model_name"), QString::fromLatin1(kind.model).section(QLatin1Char('.'), 1)},
                     {QStringLiteral("icon_url"), QJsonValue::Null},
                     {QStringLiteral("requires_enterprise"), kind.enterprise},
                     {QStringLiteral("deprecated"), false}});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const QJsonObject &a, const QJsonObject &b) { return textOf(a, "name") < textOf(b, "name"); });
    QJsonArray types;
    for (const QJsonObject &row : std::as_const(rows))
        types.append(row);
    return Reply::json(200, types);
}

Reply SandboxStore::testPolicy(const QString &pk, const QJsonObject &body) const
{
    const auto it = m_policies.constFind(pk);
    if (it == m_policies.constEnd())
        return getPolicy(kAllPolicies, pk);
    // PolicyTestSerializer (authentik/policies/api/exec.py): user a User pk, context a dict.
    QJsonObject errors;
    const QJsonValue userValue = body.value(QLatin1String("user"));
    const QJsonObject *user = nullptr;
    if (userValue.isUndefined()) {
        errors.insert(QStringLiteral("user"), QJsonArray{QStringLiteral("This field is required.")});
    } else if (userValue.isNull()) {
        errors.insert(QStringLiteral("user"), QJsonArray{QStringLiteral("This field may not be null.")});
    } else {
        bool ok = userValue.isDouble() && userValue.toDouble() == std::floor(userValue.toDouble());
        int id = ok ? userValue.toInt() : 0;
        if (userValue.isString())
            id = userValue.toString().trimmed().toInt(&ok);
        if (!ok)
            errors.insert(QStringLiteral("user"), QJsonArray{QStringLiteral("Incorrect type. Expected pk value, received %1.").arg(pythonType(userValue))});
        else if (!(user = findUser(id)))
            errors.insert(QStringLiteral("user"), QJsonArray{QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(pythonText(userValue))});
    }
    const QJsonValue context = body.value(QLatin1String("context"));
    if (!context.isUndefined() && !context.isObject())
        errors.insert(QStringLiteral("context"), QJsonArray{QStringLiteral("Expected a dictionary of items but got type \"%1\".").arg(pythonType(context))});
    if (!errors.isEmpty())
        return Reply::json(400, errors);

    const QString kind = it->kind->key;
    if (kind == QLatin1String("policies/expression"))
        return Reply::detail(400, QStringLiteral("The sandbox does not run Python, so it cannot test the expression policy \"%1\"; "
                                                 "a real authentik server runs it.")
                                      .arg(textOf(it->fields, "name")));
    PolicyTestInput input;
    input.user = renderUser(*user, true);
    input.context = context.toObject();
    input.reputations = m_reputations;
    input.policyName = textOf(it->fields, "name");
    const PolicyOutcome outcome = evaluatePolicy(kind, it->fields, input);
    if (!outcome.evaluated)
        return Reply::detail(400, QStringLiteral("The sandbox cannot evaluate the %1 \"%2\"; a real authentik server can.")
                                      .arg(QLatin1String(policyKindForModel(it->kind->modelName)->verboseName), textOf(it->fields, "name")));
    // PolicyProcess.execute (authentik/policies/process.py) with PolicyBinding(policy=policy):
    // not negated; the PolicyProcess's own log lines are left out of log_messages.
    QJsonArray messages;
    for (const QString &message : outcome.messages)
        messages.append(message);
    QJsonArray logs;
    for (const QJsonObject &log : outcome.logs)
        logs.append(log);
    return Reply::json(200, QJsonObject{{QStringLiteral("passing"), outcome.passing},
                                        {QStringLiteral("messages"), messages},
                                        {QStringLiteral("log_messages"), logs}});
}

Reply SandboxStore::listReputationScores(const QUrlQuery &query) const
{
    Q_UNUSED(query)
    QJsonArray results;
    for (const QJsonObject &score : m_reputations)
        results.append(score);
    return Reply::json(200, results);
}

void SandboxStore::addReputation(const QJsonObject &score)
{
    m_reputations.append(score);
}

// ---------------------------------------------------------------- policy bindings

QString SandboxStore::policyTargetPk(const QString &pbmOrPk) const
{
    // PolicyBindingModelForeignKey.to_internal_value (authentik/policies/api/bindings.py): the
    // subclass's own pk first, then the PolicyBindingModel's pbm_uuid.
    if (m_flows.contains(pbmOrPk) || m_bindings.contains(pbmOrPk))
        return pbmOrPk;
    for (const QString &pk : m_flowOrder) {
        if (policyBindingModelId(pk) == pbmOrPk)
            return pk;
    }
    for (const QString &pk : m_bindingOrder) {
        if (policyBindingModelId(pk) == pbmOrPk)
            return pk;
    }
    return {};
}

QList<QJsonObject> SandboxStore::policyBindingsOf(const QString &targetPk) const
{
    const QString pbm = policyBindingModelId(targetPk);
    QList<QJsonObject> list;
    for (const QString &pk : m_policyBindingOrder) {
        const QJsonObject &binding = *m_policyBindings.constFind(pk);
        if (textOf(binding, "target") == pbm)
            list.append(binding);
    }
    std::stable_sort(list.begin(), list.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("order")).toInt() < b.value(QLatin1String("order")).toInt();
    });
    return list;
}

void SandboxStore::addPolicyUsedBy(const QString &targetPk, QMap<QString, QJsonArray> *byManager) const
{
    for (const QJsonObject &binding : policyBindingsOf(targetPk)) {
        (*byManager)[QStringLiteral("bindings")].append(usedByEntry(QStringLiteral("authentik_policies.policybinding"), textOf(binding, "pk"),
                                                                    policyBindingName(binding), QStringLiteral("cascade")));
        const auto policy = m_policies.constFind(textOf(binding, "policy"));
        if (policy != m_policies.constEnd())
            (*byManager)[QStringLiteral("policies")].append(usedByEntry(QStringLiteral("authentik_policies.policy"), policy.key(),
                                                                        textOf(policy->fields, "name"), QStringLiteral("cascade_many")));
    }
}

void SandboxStore::removePolicyBindingsWhere(const std::function<bool(const QJsonObject &)> &doomed)
{
    const QList<QString> order = m_policyBindingOrder;
    for (const QString &pk : order) {
        if (doomed(m_policyBindings.value(pk))) {
            m_policyBindings.remove(pk);
            m_policyBindingOrder.removeAll(pk);
        }
    }
}

QString SandboxStore::policyBindingName(const QJsonObject &binding) const
{
    // PolicyBinding.__str__: "Binding from <target> #<order> to <Type> <name>".
    QString suffix = QStringLiteral("Invalid invalid");
    if (!binding.value(QLatin1String("policy")).isNull() && m_policies.contains(textOf(binding, "policy")))
        suffix = QStringLiteral("Policy ") + textOf(m_policies.value(textOf(binding, "policy")).fields, "name");
    else if (const QJsonObject *group = findGroup(textOf(binding, "group")))
        suffix = QStringLiteral("Group ") + textOf(*group, "name");
    else if (const QJsonObject *user = findUser(binding.value(QLatin1String("user")).toInt(-1)))
        suffix = QStringLiteral("User ") + textOf(*user, "name");
    const QString target = policyTargetPk(textOf(binding, "target"));
    const QString targetName = m_flows.contains(target) ? flowName(m_flows.value(target)) : bindingName(m_bindings.value(target));
    return QStringLiteral("Binding from %1 #%2 to %3").arg(targetName).arg(binding.value(QLatin1String("order")).toInt()).arg(suffix);
}

QJsonObject SandboxStore::renderPolicyBinding(const QJsonObject &binding) const
{
    QJsonObject out = withoutHelpers(binding);
    // to_representation of the target: the subclass's pk, not the pbm_uuid.
    out.insert(QStringLiteral("target"), policyTargetPk(textOf(binding, "target")));
    const auto policy = m_policies.constFind(textOf(binding, "policy"));
    out.insert(QStringLiteral("policy_obj"), policy == m_policies.constEnd() ? QJsonValue(QJsonValue::Null) : QJsonValue(renderPolicy(*policy)));
    const QJsonObject *group = findGroup(textOf(binding, "group"));
    out.insert(QStringLiteral("group_obj"), group ? QJsonValue(renderPartialGroup(*group)) : QJsonValue(QJsonValue::Null));
    const QJsonObject *user = binding.value(QLatin1String("user")).isDouble() ? findUser(binding.value(QLatin1String("user")).toInt()) : nullptr;
    out.insert(QStringLiteral("user_obj"), user ? QJsonValue(renderPartialUser(*user)) : QJsonValue(QJsonValue::Null));
    out.insert(QStringLiteral("expires"), QJsonValue::Null);
    out.insert(QStringLiteral("expiring"), false);
    return out;
}

QString SandboxStore::addPolicyBinding(const QString &target, const QJsonObject &fields)
{
    QJsonObject binding = withDefaults(policyResource(kPolicyBindings));
    for (auto it = fields.begin(); it != fields.end(); ++it)
        binding.insert(it.key(), it.value());
    QString pk = textOf(fields, "pk");
    if (pk.isEmpty())
        pk = QUuid::createUuid().toString(QUuid::WithoutBraces);
    binding.insert(QStringLiteral("pk"), pk);
    const QString targetPk = policyTargetPk(target);
    binding.insert(QStringLiteral("target"), policyBindingModelId(targetPk.isEmpty() ? target : targetPk));
    m_policyBindings.insert(pk, binding);
    m_policyBindingOrder.append(pk);
    changed();
    return pk;
}

Reply SandboxStore::listPolicyBindings(const QUrlQuery &query) const
{
    // PolicyBindingFilter: policy, policy__isnull, target (the pbm_uuid), target_in (pbm_uuids,
    // ModelMultipleChoiceFilter: repeated parameters, each one uuid), enabled, order, timeout;
    // search over policy__name; ordering ["target", "order"].
    auto rows = std::make_shared<Rows>();
    for (const QString &pk : m_policyBindingOrder) {
        QJsonObject row = *m_policyBindings.constFind(pk);
        const bool none = row.value(QLatin1String("policy")).isNull();
        row.insert(QStringLiteral("policy__isnull"), none);
        row.insert(QStringLiteral("policy__name"), none ? QString() : textOf(m_policies.value(textOf(row, "policy")).fields, "name"));
        row.insert(QStringLiteral("target_in"), row.value(QLatin1String("target")));
        rows->rows.append(row);
    }
    ListSource source;
    source.exists = [this](const QString &key, const QString &pk) { return referenceExists(key, pk); };
    source.resource = &policyResource(kPolicyBindings);
    source.rows = rows->pointers();
    source.render = [this](const QJsonObject &row) { return renderPolicyBinding(row); };
    return listPage(source, query, nullptr);
}

Reply SandboxStore::getPolicyBinding(const QString &pk) const
{
    const auto it = m_policyBindings.constFind(pk);
    if (it == m_policyBindings.constEnd())
        return Reply::detail(404, QStringLiteral("No PolicyBinding matches the given query."));
    return Reply::json(200, renderPolicyBinding(*it));
}

Reply SandboxStore::writePolicyBinding(const QString &pk, const QJsonObject &body, bool partial)
{
    const bool creating = pk.isEmpty();
    if (!creating && !m_policyBindings.contains(pk))
        return getPolicyBinding(pk);
    const ResourceDescriptor &resource = policyResource(kPolicyBindings);
    const bool full = creating || !partial;
    // The plain fields by the descriptor; policy, group, user and target below, as their
    // related fields check them.
    QJsonObject plain = body;
    for (const char *name : {"policy", "group", "user", "target"})
        plain.remove(QLatin1String(name));
    QJsonObject clean;
    ResourceDescriptor fieldsOnly = resource;
    fieldsOnly.fields.erase(std::remove_if(fieldsOnly.fields.begin(), fieldsOnly.fields.end(), [](const FieldDescriptor &f) {
                                return f.name == QLatin1String("policy") || f.name == QLatin1String("group") || f.name == QLatin1String("user")
                                    || f.name == QLatin1String("target");
                            }),
                            fieldsOnly.fields.end());
    QJsonObject errors = checkBody(fieldsOnly, plain, full, {}, &clean);

    // policy and group: PrimaryKeyRelatedField on uuids; user: on integers (Django's
    // AutoField: "abc" is a ValueError, DRF's incorrect_type).
    auto related = [&](const char *name, const std::function<bool(const QJsonValue &)> &exists, bool uuid) {
        const QString field = QLatin1String(name);
        if (!body.contains(field))
            return;
        const QJsonValue value = body.value(field);
        if (value.isNull()) {
            clean.insert(field, QJsonValue::Null);
            return;
        }
        if (uuid) {
            if (!value.isString()) {
                errors.insert(field, QJsonArray{QStringLiteral("Incorrect type. Expected pk value, received %1.").arg(pythonType(value))});
                return;
            }
            const QUuid id = QUuid::fromString(value.toString().trimmed());
            if (id.isNull()) {
                errors.insert(field, QJsonArray{QStringLiteral("\u201c%1\u201d is not a valid UUID.").arg(value.toString())});
                return;
            }
            const QString normalized = id.toString(QUuid::WithoutBraces);
            if (!exists(normalized)) {
                errors.insert(field, QJsonArray{QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(value.toString())});
                return;
            }
            clean.insert(field, normalized);
            return;
        }
        bool ok = value.isDouble() && value.toDouble() == std::floor(value.toDouble());
        int id = ok ? value.toInt() : 0;
        if (value.isString())
            id = value.toString().trimmed().toInt(&ok);
        if (!ok) {
            errors.insert(field, QJsonArray{QStringLiteral("Incorrect type. Expected pk value, received %1.").arg(pythonType(value))});
            return;
        }
        if (!exists(id)) {
            errors.insert(field, QJsonArray{QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(pythonText(value))});
            return;
        }
        clean.insert(field, id);
    };
    related("policy", [this](const QJsonValue &id) { return m_policies.contains(id.toString()); }, true);
    related("group", [this](const QJsonValue &id) { return findGroup(id.toString()) != nullptr; }, true);
    related("user", [this](const QJsonValue &id) { return findUser(id.toInt()) != nullptr; }, false);

    // target: PolicyBindingModelForeignKey, required=True: a flow's or a flow-stage binding's
    // own pk, or the pbm_uuid of their PolicyBindingModel row.
    if (!body.contains(QLatin1String("target"))) {
        if (full)
            errors.insert(QStringLiteral("target"), QJsonArray{QStringLiteral("This field is required.")});
    } else {
        const QJsonValue value = body.value(QLatin1String("target"));
        if (value.isNull()) {
            errors.insert(QStringLiteral("target"), QJsonArray{QStringLiteral("This field may not be null.")});
        } else if (value.isString() && QUuid::fromString(value.toString().trimmed()).isNull()) {
            // The fallback get_subclass(pk=...) meets UUIDField.to_python's ValidationError.
            errors.insert(QStringLiteral("target"), QJsonArray{QStringLiteral("\u201c%1\u201d is not a valid UUID.").arg(value.toString())});
        } else {
            const QString text = value.isString() ? QUuid::fromString(value.toString().trimmed()).toString(QUuid::WithoutBraces) : pythonText(value);
            const QString targetPk = policyTargetPk(text);
            if (targetPk.isEmpty())
                errors.insert(QStringLiteral("target"), QJsonArray{QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(pythonText(value))});
            else
                clean.insert(QStringLiteral("target"), policyBindingModelId(targetPk));
        }
    }
    if (!errors.isEmpty())
        return Reply::json(400, errors);

    // UniqueTogetherValidator over Meta.unique_together ("policy", "target", "order"), with the
    // stored values for what a PATCH leaves out; skipped when one of them is None.
    const QJsonObject current = creating ? QJsonObject() : m_policyBindings.value(pk);
    QJsonObject merged = creating ? withDefaults(resource) : current;
    for (auto it = clean.begin(); it != clean.end(); ++it)
        merged.insert(it.key(), it.value());
    if (!merged.value(QLatin1String("policy")).isNull() && merged.contains(QLatin1String("order"))) {
        for (const QString &other : m_policyBindingOrder) {
            const QJsonObject &b = *m_policyBindings.constFind(other);
            if (other != pk && textOf(b, "policy") == textOf(merged, "policy") && textOf(b, "target") == textOf(merged, "target")
                && b.value(QLatin1String("order")).toInt() == merged.value(QLatin1String("order")).toInt())
                return Reply::json(400, refused(QStringLiteral("The fields policy, target, order must make a unique set.")));
        }
    }
    // PolicyBindingSerializer.validate (authentik/policies/api/bindings.py) reads the validated
    // attrs, i.e. what was sent: attrs.get("target").supported_policy_binding_targets() fails
    // with AttributeError (a 500) on a PATCH without target, and the count looks only at the
    // sent policy/group/user. Flow and FlowStageBinding support all three, in this order.
    if (!clean.contains(QLatin1String("target")))
        return Reply::detail(500, QStringLiteral("Server Error (500): PolicyBindingSerializer.validate needs \"target\" in the request "
                                                 "('NoneType' object has no attribute 'supported_policy_binding_targets')."));
    int count = 0;
    for (const char *name : {"policy", "user", "group"}) {
        const QJsonValue value = clean.value(QLatin1String(name));
        count += (value.isString() && !value.toString().isEmpty()) || (value.isDouble() && value.toInt() != 0) ? 1 : 0;
    }
    if (count > 1)
        return Reply::json(400, refused(QStringLiteral("Only one of 'policy', 'user', 'group' can be set.")));
    if (count < 1)
        return Reply::json(400, refused(QStringLiteral("One of 'policy', 'user', 'group' must be set.")));

    const QString target = creating ? addPolicyBinding(policyTargetPk(textOf(clean, "target")), clean) : pk;
    m_policyBindings[target] = creating ? m_policyBindings.value(target) : merged;
    changed();
    return Reply::json(creating ? 201 : 200, renderPolicyBinding(m_policyBindings.value(target)));
}

Reply SandboxStore::deletePolicyBinding(const QString &pk)
{
    if (!m_policyBindings.remove(pk))
        return getPolicyBinding(pk);
    m_policyBindingOrder.removeAll(pk);
    changed();
    return Reply::noContent();
}

Reply SandboxStore::policyBindingUsedBy(const QString &pk) const
{
    if (!m_policyBindings.contains(pk))
        return getPolicyBinding(pk);
    return Reply::json(200, QJsonArray());  // nothing points at a policy binding
}

// ---------------------------------------------------------------- users and groups

const QJsonObject *SandboxStore::findUser(int pk) const
{
    for (const QJsonObject &user : m_users) {
        if (user.value(QLatin1String("pk")).toInt() == pk)
            return &user;
    }
    return nullptr;
}

const QJsonObject *SandboxStore::findGroup(const QString &pk) const
{
    if (pk.isEmpty())
        return nullptr;
    for (const QJsonObject &group : m_groups) {
        if (textOf(group, "pk") == pk)
            return &group;
    }
    return nullptr;
}

int SandboxStore::addUser(const QJsonObject &fields)
{
    const int pk = fields.value(QLatin1String("pk")).toInt();
    const QString stamp = QStringLiteral("2026-01-05T09:00:00.000000Z");
    QJsonObject user{{QStringLiteral("pk"), pk},
                     {QStringLiteral("username"), QString()},
                     {QStringLiteral("name"), QString()},
                     {QStringLiteral("is_active"), true},
                     {QStringLiteral("last_login"), QJsonValue::Null},
                     {QStringLiteral("date_joined"), stamp},
                     {QStringLiteral("email"), QString()},
                     {QStringLiteral("attributes"), QJsonObject()},
                     {QStringLiteral("path"), QStringLiteral("users")},
                     {QStringLiteral("type"), QStringLiteral("internal")},
                     {QStringLiteral("password_change_date"), stamp},
                     {QStringLiteral("last_updated"), stamp}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        user.insert(it.key(), it.value());
    if (textOf(user, "uuid").isEmpty()) {
        static const QUuid space = QUuid::fromString(QStringLiteral("{4a1d2c9e-7b3f-4d6a-8e5c-2f9b1a0c3d7e}"));
        user.insert(QStringLiteral("uuid"), QUuid::createUuidV5(space, QString::number(pk)).toString(QUuid::WithoutBraces));
    }
    m_users.append(user);
    changed();
    return pk;
}

QString SandboxStore::addGroup(const QJsonObject &fields)
{
    QJsonObject group{{QStringLiteral("name"), QString()},
                      {QStringLiteral("is_superuser"), false},
                      {QStringLiteral("parents"), QJsonArray()},
                      {QStringLiteral("users"), QJsonArray()},
                      {QStringLiteral("attributes"), QJsonObject()}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        group.insert(it.key(), it.value());
    if (textOf(group, "pk").isEmpty())
        group.insert(QStringLiteral("pk"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    int numPk = 1000;
    for (const QJsonObject &other : m_groups)
        numPk = std::max(numPk, other.value(QLatin1String("num_pk")).toInt());
    if (!group.contains(QLatin1String("num_pk")))
        group.insert(QStringLiteral("num_pk"), numPk + 1);
    m_groups.append(group);
    changed();
    return textOf(group, "pk");
}

QJsonObject SandboxStore::renderPartialUser(const QJsonObject &user) const
{
    // PartialUserSerializer (authentik/core/api/groups.py)
    static const char *const fields[] = {"pk", "username", "name", "is_active", "last_login", "email", "attributes"};
    QJsonObject out;
    for (const char *field : fields)
        out.insert(QLatin1String(field), user.value(QLatin1String(field)));
    // User.uid: a hash of the user's id, stable per installation.
    out.insert(QStringLiteral("uid"), QString::fromLatin1(QCryptographicHash::hash("akdesk-sandbox-" + QByteArray::number(user.value(QLatin1String("pk")).toInt()),
                                                                                QCryptographicHash::Sha256).toHex()));
    return out;
}

QJsonObject SandboxStore::renderPartialGroup(const QJsonObject &group) const
{
    // PartialGroupSerializer (authentik/core/api/users.py)
    return {{QStringLiteral("pk"), group.value(QLatin1String("pk"))},
            {QStringLiteral("num_pk"), group.value(QLatin1String("num_pk"))},
            {QStringLiteral("name"), group.value(QLatin1String("name"))},
            {QStringLiteral("is_superuser"), group.value(QLatin1String("is_superuser"))},
            {QStringLiteral("attributes"), group.value(QLatin1String("attributes"))}};
}

QJsonObject SandboxStore::renderUser(const QJsonObject &user, bool includeGroups) const
{
    // UserSerializer (authentik/core/api/users.py): groups_obj only with include_groups (else
    // None); is_superuser when a group of the user is a superuser group.
    QJsonObject out = renderPartialUser(user);
    for (const char *field : {"date_joined", "path", "type", "uuid", "password_change_date", "last_updated"})
        out.insert(QLatin1String(field), user.value(QLatin1String(field)));
    QJsonArray groups;
    QJsonArray groupsObj;
    bool superuser = false;
    for (const QJsonObject &group : m_groups) {
        if (group.value(QLatin1String("users")).toArray().contains(user.value(QLatin1String("pk")))) {
            groups.append(group.value(QLatin1String("pk")));
            groupsObj.append(renderPartialGroup(group));
            superuser = superuser || group.value(QLatin1String("is_superuser")).toBool();
        }
    }
    out.insert(QStringLiteral("is_superuser"), superuser);
    out.insert(QStringLiteral("groups"), groups);
    out.insert(QStringLiteral("groups_obj"), includeGroups ? QJsonValue(groupsObj) : QJsonValue(QJsonValue::Null));
    out.insert(QStringLiteral("roles"), QJsonArray());
    out.insert(QStringLiteral("roles_obj"), QJsonArray());
    out.insert(QStringLiteral("avatar"), QStringLiteral("/static/dist/assets/images/user_default.png"));
    return out;
}

QJsonObject SandboxStore::renderGroup(const QJsonObject &group, const QUrlQuery &query) const
{
    // GroupSerializer (authentik/core/api/groups.py): users_obj with include_users (default on),
    // children_obj / parents_obj / inherited_roles_obj only when asked for (else None).
    QJsonObject out = renderPartialGroup(group);
    const QString pk = textOf(group, "pk");
    auto related = [](const QJsonObject &g) {
        return QJsonObject{{QStringLiteral("pk"), g.value(QLatin1String("pk"))},
                           {QStringLiteral("name"), g.value(QLatin1String("name"))},
                           {QStringLiteral("is_superuser"), g.value(QLatin1String("is_superuser"))},
                           {QStringLiteral("attributes"), g.value(QLatin1String("attributes"))},
                           {QStringLiteral("group_uuid"), g.value(QLatin1String("pk"))}};
    };
    QJsonArray parentsObj;
    for (const QJsonValue &parent : group.value(QLatin1String("parents")).toArray()) {
        if (const QJsonObject *p = findGroup(parent.toString()))
            parentsObj.append(related(*p));
    }
    QJsonArray children;
    QJsonArray childrenObj;
    for (const QJsonObject &other : m_groups) {
        if (other.value(QLatin1String("parents")).toArray().contains(QJsonValue(pk))) {
            children.append(other.value(QLatin1String("pk")));
            childrenObj.append(related(other));
        }
    }
    QJsonArray usersObj;
    for (const QJsonValue &userPk : group.value(QLatin1String("users")).toArray()) {
        if (const QJsonObject *user = findUser(userPk.toInt()))
            usersObj.append(renderPartialUser(*user));
    }
    out.insert(QStringLiteral("parents"), group.value(QLatin1String("parents")));
    out.insert(QStringLiteral("parents_obj"), queryFlag(query, "include_parents", false) ? QJsonValue(parentsObj) : QJsonValue(QJsonValue::Null));
    out.insert(QStringLiteral("users"), group.value(QLatin1String("users")));
    out.insert(QStringLiteral("users_obj"), queryFlag(query, "include_users", true) ? QJsonValue(usersObj) : QJsonValue(QJsonValue::Null));
    out.insert(QStringLiteral("roles"), QJsonArray());
    out.insert(QStringLiteral("roles_obj"), QJsonArray());
    out.insert(QStringLiteral("inherited_roles_obj"), queryFlag(query, "include_inherited_roles", false) ? QJsonValue(QJsonArray()) : QJsonValue(QJsonValue::Null));
    out.insert(QStringLiteral("children"), children);
    out.insert(QStringLiteral("children_obj"), queryFlag(query, "include_children", false) ? QJsonValue(childrenObj) : QJsonValue(QJsonValue::Null));
    return out;
}

Reply SandboxStore::listUsers(const QUrlQuery &query) const
{
    // UsersFilter (authentik/core/api/users.py): the plain fields, groups_by_pk/_by_name
    // (any of), type (any of); include_groups only shapes the answer.
    auto rows = std::make_shared<Rows>();
    for (const QJsonObject &user : m_users) {
        QJsonObject row = user;
        QJsonArray byPk;
        QJsonArray byName;
        bool superuser = false;
        for (const QJsonObject &group : m_groups) {
            if (group.value(QLatin1String("users")).toArray().contains(user.value(QLatin1String("pk")))) {
                byPk.append(group.value(QLatin1String("pk")));
                byName.append(group.value(QLatin1String("name")));
                superuser = superuser || group.value(QLatin1String("is_superuser")).toBool();
            }
        }
        row.insert(QStringLiteral("groups_by_pk"), byPk);
        row.insert(QStringLiteral("groups_by_name"), byName);
        row.insert(QStringLiteral("is_superuser"), superuser);
        rows->rows.append(row);
    }
    const bool includeGroups = queryFlag(query, "include_groups", true);
    ListSource source;
    source.exists = [this](const QString &key, const QString &pk) { return referenceExists(key, pk); };
    source.resource = &policyResource(kUsers);
    source.rows = rows->pointers();
    source.render = [this, includeGroups](const QJsonObject &row) { return renderUser(*findUser(row.value(QLatin1String("pk")).toInt()), includeGroups); };
    return listPage(source, query, nullptr);
}

Reply SandboxStore::getUser(const QString &pk, const QUrlQuery &query) const
{
    bool ok = false;
    const int id = pk.toInt(&ok);
    const QJsonObject *user = ok ? findUser(id) : nullptr;
    if (!user)
        return Reply::detail(404, QStringLiteral("No User matches the given query."));
    return Reply::json(200, renderUser(*user, queryFlag(query, "include_groups", true)));
}

Reply SandboxStore::deleteUser(const QString &pk)
{
    bool ok = false;
    const int id = pk.toInt(&ok);
    if (!ok || !findUser(id))
        return Reply::detail(404, QStringLiteral("No User matches the given query."));
    // PolicyBinding.user on_delete=CASCADE; the user leaves its groups.
    removePolicyBindingsWhere([id](const QJsonObject &binding) { return binding.value(QLatin1String("user")).isDouble() && binding.value(QLatin1String("user")).toInt() == id; });
    m_users.erase(std::remove_if(m_users.begin(), m_users.end(), [id](const QJsonObject &u) { return u.value(QLatin1String("pk")).toInt() == id; }), m_users.end());
    for (QJsonObject &group : m_groups) {
        QJsonArray kept;
        for (const QJsonValue &member : group.value(QLatin1String("users")).toArray()) {
            if (member.toInt() != id)
                kept.append(member);
        }
        group.insert(QStringLiteral("users"), kept);
    }
    changed();
    return Reply::noContent();
}

Reply SandboxStore::userUsedBy(const QString &pk) const
{
    bool ok = false;
    const int id = pk.toInt(&ok);
    if (!ok || !findUser(id))
        return Reply::detail(404, QStringLiteral("No User matches the given query."));
    // `policybinding_set` (PolicyBinding.user, CASCADE), authentik/core/api/used_by.py.
    QJsonArray used;
    for (const QString &bindingPk : m_policyBindingOrder) {
        const QJsonObject &binding = *m_policyBindings.constFind(bindingPk);
        if (binding.value(QLatin1String("user")).isDouble() && binding.value(QLatin1String("user")).toInt() == id)
            used.append(usedByEntry(QStringLiteral("authentik_policies.policybinding"), bindingPk, policyBindingName(binding), QStringLiteral("cascade")));
    }
    return Reply::json(200, used);
}

Reply SandboxStore::listGroups(const QUrlQuery &query) const
{
    // GroupFilter (authentik/core/api/groups.py): name, is_superuser, members_by_pk and
    // members_by_username (any of); the include_* parameters only shape the answer.
    auto rows = std::make_shared<Rows>();
    for (const QJsonObject &group : m_groups) {
        QJsonObject row = group;
        QJsonArray names;
        for (const QJsonValue &member : group.value(QLatin1String("users")).toArray()) {
            if (const QJsonObject *user = findUser(member.toInt()))
                names.append(user->value(QLatin1String("username")));
        }
        row.insert(QStringLiteral("members_by_pk"), group.value(QLatin1String("users")));
        row.insert(QStringLiteral("members_by_username"), names);
        rows->rows.append(row);
    }
    ListSource source;
    source.exists = [this](const QString &key, const QString &pk) { return referenceExists(key, pk); };
    source.resource = &policyResource(kGroups);
    source.rows = rows->pointers();
    source.render = [this, query](const QJsonObject &row) { return renderGroup(*findGroup(textOf(row, "pk")), query); };
    return listPage(source, query, nullptr);
}

Reply SandboxStore::getGroup(const QString &pk, const QUrlQuery &query) const
{
    const QUuid uuid = QUuid::fromString(pk);
    const QJsonObject *group = uuid.isNull() ? nullptr : findGroup(uuid.toString(QUuid::WithoutBraces));
    if (!group)
        return Reply::detail(404, QStringLiteral("No Group matches the given query."));
    return Reply::json(200, renderGroup(*group, query));
}

Reply SandboxStore::deleteGroup(const QString &pk)
{
    const QUuid uuid = QUuid::fromString(pk);
    const QString id = uuid.toString(QUuid::WithoutBraces);
    if (uuid.isNull() || !findGroup(id))
        return Reply::detail(404, QStringLiteral("No Group matches the given query."));
    // PolicyBinding.group on_delete=CASCADE; children lose the parent (many-to-many).
    removePolicyBindingsWhere([&id](const QJsonObject &binding) { return textOf(binding, "group") == id; });
    m_groups.erase(std::remove_if(m_groups.begin(), m_groups.end(), [&id](const QJsonObject &g) { return textOf(g, "pk") == id; }), m_groups.end());
    for (QJsonObject &group : m_groups) {
        QJsonArray kept;
        for (const QJsonValue &parent : group.value(QLatin1String("parents")).toArray()) {
            if (parent.toString() != id)
                kept.append(parent);
        }
        group.insert(QStringLiteral("parents"), kept);
    }
    forgetReferences(id);  // e.g. a user write stage's create_users_group (SET_NULL)
    changed();
    return Reply::noContent();
}

Reply SandboxStore::groupUsedBy(const QString &pk) const
{
    const QUuid uuid = QUuid::fromString(pk);
    const QString id = uuid.toString(QUuid::WithoutBraces);
    if (uuid.isNull() || !findGroup(id))
        return Reply::detail(404, QStringLiteral("No Group matches the given query."));
    QJsonArray used;
    for (const QString &bindingPk : m_policyBindingOrder) {
        const QJsonObject &binding = *m_policyBindings.constFind(bindingPk);
        if (textOf(binding, "group") == id)
            used.append(usedByEntry(QStringLiteral("authentik_policies.policybinding"), bindingPk, policyBindingName(binding), QStringLiteral("cascade")));
    }
    return Reply::json(200, used);
}

} // namespace akdesk::sandbox
