#include "app/sandbox/sandboxstore.h"
#include "models/records/record.h"

#include "app/sandbox/sandboxfields.h"
#include "app/sandbox/sandboxkinds.h"
#include "app/sandbox/sandboxlists.h"
#include "app/sandbox/sandboxpolicies.h"
#include "models/schema/schemaregistry.h"

#include <QMap>
#include <QUuid>

namespace akdesk::sandbox {

namespace {

using akdesk::records::textOf;

const QString kAll = QStringLiteral("stages/all");

} // namespace

SandboxStore::SandboxStore(std::shared_ptr<const SchemaRegistry> schema)
    : m_schema(std::move(schema))
    , m_cache(std::make_unique<ListCache>())
{
    m_policyResources = PolicyResources::bundled();
}

SandboxStore::~SandboxStore() = default;

const ResourceDescriptor &SandboxStore::resource(const QString &key) const
{
    const ResourceDescriptor *found = m_schema->resource(key);
    Q_ASSERT_X(found, "SandboxStore", "a resource the schema does not describe");
    return *found;
}

Reply SandboxStore::notFound(const QString &key) const
{
    // DRF's Http404 from get_object_or_404 names the model class.
    return Reply::detail(404, QStringLiteral("No %1 matches the given query.").arg(resource(key).schemaName));
}

void SandboxStore::changed()
{
    m_cache->clear();
}

/// str(stage) as the kind's model writes it ("Stage <name>" unless the kind overrides __str__).
static QString strOfStage(const QString &modelName)
{
    const QString prefix = kindFacts(modelName).strPrefix;
    return prefix.isEmpty() ? QStringLiteral("Stage") : prefix;
}

QString policyBindingModelId(const QString &pk)
{
    // Flow and FlowStageBinding inherit PolicyBindingModel (multi-table): their own pk
    // (flow_uuid, fsb_uuid) and the parent row's pbm_uuid are two different uuids.
    static const QUuid space = QUuid::fromString(QStringLiteral("{0c1f6a8e-2b7d-4e59-9d3a-5f4e1c2b7a90}"));
    return QUuid::createUuidV5(space, pk).toString(QUuid::WithoutBraces);
}

QJsonObject SandboxStore::usedByEntry(const QString &modelName, const QString &pk, const QString &name, const QString &action)
{
    return {{QStringLiteral("app"), modelName.section(QLatin1Char('.'), 0, 0)},
            {QStringLiteral("model_name"), modelName.section(QLatin1Char('.'), 1)},
            {QStringLiteral("pk"), pk},
            {QStringLiteral("name"), name},
            {QStringLiteral("action"), action}};
}

// ---------------------------------------------------------------- rendering

QJsonObject SandboxStore::renderFlowSet(const QJsonObject &flow) const
{
    const QString pk = textOf(flow, "pk");
    return {{QStringLiteral("pk"), pk},
            {QStringLiteral("policybindingmodel_ptr_id"), policyBindingModelId(pk)},
            {QStringLiteral("name"), flow.value(QLatin1String("name"))},
            {QStringLiteral("slug"), flow.value(QLatin1String("slug"))},
            {QStringLiteral("title"), flow.value(QLatin1String("title"))},
            {QStringLiteral("designation"), flow.value(QLatin1String("designation"))},
            {QStringLiteral("background_url"), QStringLiteral("/static/dist/assets/images/flow_background.jpg")},
            {QStringLiteral("policy_engine_mode"), flow.value(QLatin1String("policy_engine_mode"))},
            {QStringLiteral("compatibility_mode"), flow.value(QLatin1String("compatibility_mode"))},
            {QStringLiteral("export_url"), QStringLiteral("/api/v3/flows/instances/%1/export/").arg(textOf(flow, "slug"))},
            {QStringLiteral("layout"), flow.value(QLatin1String("layout"))},
            {QStringLiteral("denied_action"), flow.value(QLatin1String("denied_action"))}};
}

QJsonObject SandboxStore::renderStage(const Stage &stage, bool summary) const
{
    QJsonArray flowSet;
    QStringList seen;
    for (const QJsonObject &binding : bindingsOfStage(textOf(stage.fields, "pk"))) {
        const QString flowPk = textOf(binding, "target");
        if (!seen.contains(flowPk) && m_flows.contains(flowPk)) {
            seen.append(flowPk);
            flowSet.append(renderFlowSet(m_flows.value(flowPk)));
        }
    }
    // The Stage serializer's fields; a kind's own serializer adds the kind's fields.
    QJsonObject out = summary ? QJsonObject{{QStringLiteral("pk"), stage.fields.value(QLatin1String("pk"))},
                                            {QStringLiteral("name"), stage.fields.value(QLatin1String("name"))}}
                              : stage.fields;
    out.insert(QStringLiteral("component"), stage.kind->component);
    // MetaNameSerializer: the model's Meta.verbose_name(_plural) (sandboxkinds.cpp).
    const KindFacts facts = kindFacts(stage.kind->modelName);
    out.insert(QStringLiteral("verbose_name"), facts.verboseName.isEmpty() ? stage.kind->label : facts.verboseName);
    out.insert(QStringLiteral("verbose_name_plural"), facts.verboseName.isEmpty() ? stage.kind->labelPlural : facts.verboseNamePlural);
    out.insert(QStringLiteral("meta_model_name"), stage.kind->modelName);
    out.insert(QStringLiteral("flow_set"), flowSet);
    if (!summary) {
        // Read-only fields of the kind the sandbox does not compute (e.g. the *_obj expansions).
        for (const FieldDescriptor &field : stage.kind->fields) {
            if (field.readOnly && !out.contains(field.name))
                out.insert(field.name, defaultFor(field));
        }
    }
    return out;
}

// ---------------------------------------------------------------- lookups

QList<QJsonObject> SandboxStore::bindingsOfFlow(const QString &flowPk) const
{
    QList<QJsonObject> list;
    for (const QString &pk : m_bindingOrder) {
        const QJsonObject &binding = *m_bindings.constFind(pk);
        if (textOf(binding, "target") == flowPk)
            list.append(binding);
    }
    std::stable_sort(list.begin(), list.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("order")).toInt() < b.value(QLatin1String("order")).toInt();
    });
    return list;
}

QList<QJsonObject> SandboxStore::bindingsOfStage(const QString &stagePk) const
{
    QList<QJsonObject> list;
    for (const QString &pk : m_bindingOrder) {
        const QJsonObject &binding = *m_bindings.constFind(pk);
        if (textOf(binding, "stage") == stagePk)
            list.append(binding);
    }
    return list;
}

void SandboxStore::removeBindings(const QList<QJsonObject> &bindings)
{
    for (const QJsonObject &binding : bindings) {
        // PolicyBinding.target on_delete=CASCADE (authentik/policies/models.py): the binding's
        // PolicyBindingModel row goes with it, and so do the policy bindings on it.
        const QString pbm = policyBindingModelId(textOf(binding, "pk"));
        removePolicyBindingsWhere([&pbm](const QJsonObject &policyBinding) { return textOf(policyBinding, "target") == pbm; });
        m_bindings.remove(textOf(binding, "pk"));
        m_bindingOrder.removeAll(textOf(binding, "pk"));
    }
}

void SandboxStore::forgetReferences(const QString &pk)
{
    for (auto stage = m_stages.begin(); stage != m_stages.end(); ++stage) {
        for (auto it = stage->fields.begin(); it != stage->fields.end(); ++it) {
            if (it.key() != QLatin1String("pk") && it.value().isString() && it.value().toString() == pk) {
                it.value() = QJsonValue::Null;
            } else if (it.value().isArray() && it.value().toArray().contains(QJsonValue(pk))) {
                QJsonArray kept;
                for (const QJsonValue &v : it.value().toArray()) {
                    if (v.toString() != pk)
                        kept.append(v);
                }
                it.value() = kept;
            }
        }
    }
}

bool SandboxStore::referenceExists(const QString &resourceKey, const QString &pk) const
{
    if (resourceKey == QLatin1String("flows"))
        return m_flows.contains(pk);
    if (resourceKey == QLatin1String("sources"))
        return std::any_of(m_sources.begin(), m_sources.end(), [&pk](const QJsonObject &s) { return textOf(s, "pk") == pk; });
    if (resourceKey == kAll)
        return m_stages.contains(pk);
    if (resourceKey == QLatin1String("policies") || resourceKey == QLatin1String("policies/all"))
        return m_policies.contains(pk);
    if (resourceKey.startsWith(QLatin1String("policies/"))) {
        const auto it = m_policies.constFind(pk);
        return it != m_policies.constEnd() && it->kind->key == resourceKey;
    }
    if (resourceKey == QLatin1String("core/groups") || resourceKey == QLatin1String("groups"))
        return findGroup(pk) != nullptr;
    if (resourceKey == QLatin1String("pbm")) {
        // A PolicyBindingModel row by its pbm_uuid: a flow's or a flow-stage binding's.
        const QString target = policyTargetPk(pk);
        return !target.isEmpty() && policyBindingModelId(target) == pk;
    }
    if (resourceKey.startsWith(QLatin1String("stages/"))) {
        const auto it = m_stages.constFind(pk);
        return it != m_stages.constEnd() && it->kind->key == resourceKey;
    }
    // A resource the sandbox holds none of (prompts, connectors, certificates): like a server
    // without such objects, no pk names one, so that no *_obj is ever left unrendered.
    return false;
}

QString SandboxStore::flowPkBySlug(const QString &slug) const
{
    for (const QString &pk : m_flowOrder) {
        if (textOf(*m_flows.constFind(pk), "slug") == slug)
            return pk;
    }
    return {};
}

// ---------------------------------------------------------------- validation

QJsonObject SandboxStore::validate(const ResourceDescriptor &resource, const QJsonObject &body, bool creating,
                                   const QJsonObject &current, QJsonObject *clean) const
{
    // DRF's Serializer.run_validation: the fields first, with their validators (UniqueValidator on
    // a unique model field); only when every field passed, the serializer's validators
    // (UniqueTogetherValidator) and then validate(), whose first failure is the only error.
    QJsonObject errors = checkBody(resource, body, creating,
                                   [this](const QString &key, const QString &pk) { return referenceExists(key, pk); }, clean);
    const QString pk = textOf(current, "pk");
    if (resource.category == ResourceDescriptor::Category::Stage && clean->contains(QLatin1String("name"))) {
        // Stage.name is unique on the one stage table (authentik/flows/models.py); Stage's
        // verbose name is "stage" (DRF's get_unique_error_message).
        const QString existing = stagePkByName(clean->value(QLatin1String("name")).toString());
        if (!existing.isEmpty() && existing != pk)
            errors.insert(QStringLiteral("name"), QJsonArray{QStringLiteral("stage with this name already exists.")});
    }
    if (resource.category == ResourceDescriptor::Category::Flow && clean->contains(QLatin1String("slug"))) {
        // Flow.slug unique; Flow's verbose name is "Flow".
        const QString existing = flowPkBySlug(clean->value(QLatin1String("slug")).toString());
        if (!existing.isEmpty() && existing != pk)
            errors.insert(QStringLiteral("slug"), QJsonArray{QStringLiteral("Flow with this slug already exists.")});
    }
    if (resource.key == QLatin1String("stages/source") && clean->value(QLatin1String("source")).isString()) {
        // SourceStageSerializer.validate_source (authentik/enterprise/stages/source/api.py): the
        // source needs a ui_login_button, which the built-in, LDAP and SCIM sources lack.
        static const QStringList noLoginButton{QString(), QStringLiteral("ak-source-ldap-form"), QStringLiteral("ak-source-scim-form")};
        const QString sourcePk = clean->value(QLatin1String("source")).toString();
        for (const QJsonObject &source : m_sources) {
            if (textOf(source, "pk") == sourcePk && noLoginButton.contains(textOf(source, "component")))
                errors.insert(QStringLiteral("source"), QJsonArray{QStringLiteral("Invalid source selected, only web-based sources are supported.")});
        }
    }
    if (!errors.isEmpty())
        return errors;

    auto refused = [](const QString &message) { return QJsonObject{{QStringLiteral("non_field_errors"), QJsonArray{message}}}; };
    if (resource.category == ResourceDescriptor::Category::Binding) {
        // UniqueTogetherValidator over FlowStageBinding.Meta.unique_together, with the stored
        // values for the fields a PATCH leaves out.
        QJsonObject merged = current;
        for (auto it = clean->begin(); it != clean->end(); ++it)
            merged.insert(it.key(), it.value());
        for (const QString &other : m_bindingOrder) {
            const QJsonObject &b = *m_bindings.constFind(other);
            if (other != pk && textOf(b, "target") == textOf(merged, "target") && textOf(b, "stage") == textOf(merged, "stage")
                && b.value(QLatin1String("order")).toInt() == merged.value(QLatin1String("order")).toInt())
                return refused(QStringLiteral("The fields target, stage, order must make a unique set."));
        }
    }
    if (!m_licensed && kindFacts(resource.modelName).enterprise) {
        // EnterpriseRequiredMixin.validate (authentik/enterprise/api.py), before the serializer's
        // own validate(): without a valid licence nothing is created or changed.
        return refused(QStringLiteral("Enterprise is required to create/update this object."));
    }
    if (resource.category == ResourceDescriptor::Category::Binding) {
        // FlowStageBindingSerializer.validate (authentik/flows/api/bindings.py), on what was sent:
        // evaluate_on_plan defaults to off, re_evaluate_policies to on.
        if (!clean->value(QLatin1String("evaluate_on_plan")).toBool(false) && !clean->value(QLatin1String("re_evaluate_policies")).toBool(true))
            return refused(QStringLiteral("Either evaluation on plan or evaluation on run must be enabled"));
    }
    if (resource.key == QLatin1String("stages/identification")) {
        // IdentificationStageSerializer.validate() (authentik/stages/identification/api.py) looks
        // at what was sent, not at the merged record, so a PATCH must carry user_fields or sources.
        if (clean->value(QLatin1String("user_fields")).toArray().isEmpty()
            && clean->value(QLatin1String("sources")).toArray().isEmpty())
            return refused(QStringLiteral("When no user fields are selected, at least one source must be selected"));
    }
    return {};
}

// ---------------------------------------------------------------- stages

QString SandboxStore::addStage(const QString &kind, const QJsonObject &fields)
{
    Stage stage{&resource(kind), withDefaults(resource(kind))};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        stage.fields.insert(it.key(), it.value());
    QString pk = textOf(fields, "pk");
    if (pk.isEmpty())
        pk = QUuid::createUuid().toString(QUuid::WithoutBraces);
    stage.fields.insert(QStringLiteral("pk"), pk);
    m_stageByName.insert(textOf(stage.fields, "name"), pk);
    m_stages.insert(pk, stage);
    m_stageOrder.append(pk);
    changed();
    return pk;
}

Reply SandboxStore::listStages(const QString &kind, const QUrlQuery &query) const
{
    const bool all = kind == kAll;
    ListSource source;
    source.exists = [this](const QString &key, const QString &pk) { return referenceExists(key, pk); };
    source.resource = &resource(kind);
    source.cacheKey = kind;
    source.rows = [this, &kind, all] {
        QList<const QJsonObject *> rows;
        rows.reserve(m_stageOrder.size());
        for (const QString &pk : m_stageOrder) {
            const Stage &stage = *m_stages.constFind(pk);
            if (all || stage.kind->key == kind)
                rows.append(&stage.fields);
        }
        return rows;
    };
    source.render = [this, all](const QJsonObject &row) { return renderStage(*m_stages.constFind(textOf(row, "pk")), all); };
    return listPage(source, query, m_cache.get());
}

Reply SandboxStore::getStage(const QString &kind, const QString &pk) const
{
    const auto it = m_stages.constFind(pk);
    if (it == m_stages.constEnd() || (kind != kAll && it->kind->key != kind))
        return notFound(kind);
    return Reply::json(200, renderStage(*it, kind == kAll));
}

Reply SandboxStore::writeStage(const QString &kind, const QString &pk, const QJsonObject &body, bool partial)
{
    const bool creating = pk.isEmpty();
    const auto it = m_stages.constFind(pk);
    if (!creating && (it == m_stages.constEnd() || it->kind->key != kind))
        return notFound(kind);
    QJsonObject clean;
    const QJsonObject errors = validate(resource(kind), body, creating || !partial, creating ? QJsonObject() : it->fields, &clean);
    if (!errors.isEmpty())
        return Reply::json(400, errors);
    if (creating) {
        clean.remove(QStringLiteral("pk"));
        return Reply::json(201, renderStage(*m_stages.constFind(addStage(kind, clean)), false));
    }
    Stage &stage = m_stages[pk];
    m_stageByName.remove(textOf(stage.fields, "name"));
    for (auto field = clean.begin(); field != clean.end(); ++field)
        stage.fields.insert(field.key(), field.value());
    m_stageByName.insert(textOf(stage.fields, "name"), pk);
    changed();
    return Reply::json(200, renderStage(stage, false));
}

QString SandboxStore::flowName(const QJsonObject &flow)
{
    // Flow.__str__ (authentik/flows/models.py)
    return QStringLiteral("Flow %1 (%2)").arg(textOf(flow, "name"), textOf(flow, "slug"));
}

QString SandboxStore::bindingName(const QJsonObject &binding)
{
    // FlowStageBinding.__str__: the order and the target flow's pk
    return QStringLiteral("Flow-stage binding #%1 to %2").arg(binding.value(QLatin1String("order")).toInt()).arg(textOf(binding, "target"));
}

Reply SandboxStore::stageUsedBy(const QString &kind, const QString &pk) const
{
    const auto found = m_stages.constFind(pk);
    if (found == m_stages.constEnd() || (kind != kAll && found->kind->key != kind))
        return notFound(kind);
    // UsedByMixin.used_by (authentik/core/api/used_by.py) walks the object's related managers in
    // the order inspect.getmembers() gives, by attribute name: `flow_set` (Flow.stages, a
    // many-to-many: cascade_many), `flowstagebinding_set` (FlowStageBinding.stage, CASCADE), then
    // every "<model>_set" of another stage's reference to this one.
    QMap<QString, QJsonArray> byManager;
    QStringList flowsSeen;
    for (const QJsonObject &binding : bindingsOfStage(pk)) {
        const QJsonObject flow = m_flows.value(textOf(binding, "target"));
        if (!flow.isEmpty() && !flowsSeen.contains(textOf(flow, "pk"))) {
            flowsSeen.append(textOf(flow, "pk"));
            byManager[QStringLiteral("flow_set")].append(
                usedByEntry(QStringLiteral("authentik_flows.flow"), textOf(flow, "pk"), flowName(flow), QStringLiteral("cascade_many")));
        }
        byManager[QStringLiteral("flowstagebinding_set")].append(usedByEntry(QStringLiteral("authentik_flows.flowstagebinding"),
                                                                            textOf(binding, "pk"), bindingName(binding), QStringLiteral("cascade")));
    }
    // Stages whose reference fields point at this one: a foreign key (on_delete SET_NULL), a
    // many-to-many link (cascade_many).
    for (const QString &otherPk : m_stageOrder) {
        const Stage &other = *m_stages.constFind(otherPk);
        for (const FieldDescriptor &field : other.kind->fields) {
            if (!field.isReference() || !field.reference.startsWith(QLatin1String("stages/")))
                continue;
            const QJsonValue value = other.fields.value(field.name);
            const bool many = value.isArray();
            if (many ? value.toArray().contains(QJsonValue(pk)) : value.toString() == pk)
                byManager[other.kind->modelName.section(QLatin1Char('.'), 1) + QStringLiteral("_set")].append(
                    usedByEntry(other.kind->modelName, otherPk,
                                strOfStage(other.kind->modelName) + QLatin1Char(' ') + textOf(other.fields, "name"),
                                many ? QStringLiteral("cascade_many") : QStringLiteral("set_null")));
        }
    }
    QJsonArray used;
    for (const QJsonArray &entries : std::as_const(byManager)) {
        for (const QJsonValue &entry : entries)
            used.append(entry);
    }
    return Reply::json(200, used);
}

Reply SandboxStore::deleteStage(const QString &kind, const QString &pk)
{
    const auto found = m_stages.constFind(pk);
    if (found == m_stages.constEnd() || (kind != kAll && found->kind->key != kind))
        return notFound(kind);
    m_stageByName.remove(textOf(found->fields, "name"));
    removeBindings(bindingsOfStage(pk));  // and, through them, their policy bindings
    m_stages.remove(pk);
    m_stageOrder.removeAll(pk);
    forgetReferences(pk);
    changed();
    return Reply::noContent();
}

Reply SandboxStore::stageTypes() const
{
    // TypesMixin.types (authentik/core/api/object_types.py): every creatable Stage subclass with
    // its verbose name, docstring, component, model name, icon_url (None for stages) and whether
    // its app is an enterprise one, sorted by name. The Dummy stage is registered only with DEBUG.
    QJsonArray types;
    QList<QJsonObject> rows;
    for (const ResourceDescriptor *kind : m_schema->stageKinds()) {
        if (kind->modelName == QLatin1String("authentik_stages_dummy.dummystage") && !m_debug)
            continue;
        const KindFacts facts = kindFacts(kind->modelName);
        rows.append(QJsonObject{{QStringLiteral("name"), facts.verboseName.isEmpty() ? kind->label : facts.verboseName},
                                {QStringLiteral("description"), facts.docstring.isEmpty() ? kind->description : facts.docstring},
                                {QStringLiteral("component"), kind->component},
                                {QStringLiteral("model_name"), kind->modelName.section(QLatin1Char('.'), 1)},
                                {QStringLiteral("icon_url"), QJsonValue::Null},
                                {QStringLiteral("requires_enterprise"), facts.enterprise},
                                {QStringLiteral("deprecated"), facts.deprecated}});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return textOf(a, "name") < textOf(b, "name");
    });
    for (const QJsonObject &row : std::as_const(rows))
        types.append(row);
    return Reply::json(200, types);
}

} // namespace akdesk::sandbox
