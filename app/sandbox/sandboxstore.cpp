#include "app/sandbox/sandboxstore.h"

#include "app/sandbox/sandboxlists.h"
#include "models/schema/schemaregistry.h"
#include "models/validation/validation.h"

#include <QJsonDocument>
#include <QUuid>

namespace akdesk::sandbox {

namespace {

QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }

QString newPk()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// What a new record holds for a field the request did not send.
QJsonValue defaultFor(const FieldDescriptor &field)
{
    if (!field.defaultValue.isUndefined())
        return field.defaultValue;
    if (field.nullable)
        return QJsonValue::Null;
    switch (field.type) {
    case FieldType::Boolean: return false;
    case FieldType::Array: return QJsonArray();
    case FieldType::Object: return QJsonObject();
    case FieldType::Integer:
    case FieldType::Number: return 0;
    case FieldType::Enum: return field.enumValues.value(0);
    default:
        break;
    }
    if (field.minLength.value_or(0) > 0) {
        // Text that may not be blank: authentik's model defaults where akdesk knows them.
        static const QHash<QString, QString> known{
            {QStringLiteral("host"), QStringLiteral("localhost")},
            {QStringLiteral("subject"), QStringLiteral("authentik")},
            {QStringLiteral("template"), QStringLiteral("email/password_reset.html")},
            {QStringLiteral("token_expiry"), QStringLiteral("minutes=30")},
            {QStringLiteral("recovery_cache_timeout"), QStringLiteral("minutes=5")},
            {QStringLiteral("from_address"), QStringLiteral("system@authentik.local")},
        };
        return known.value(field.name, field.type == FieldType::Duration ? QStringLiteral("minutes=5") : field.name);
    }
    return QString();
}

/// DRF turns "true"/"1" into booleans and "5" into numbers; the stored value is the parsed one.
QJsonValue normalized(const FieldDescriptor &field, const QJsonValue &value)
{
    if (field.type == FieldType::Boolean && value.isString()) {
        const QString v = value.toString().toLower();
        return v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("yes") || v == QLatin1String("on");
    }
    if (field.type == FieldType::Boolean && value.isDouble())
        return value.toDouble() != 0;
    if (field.type == FieldType::Integer && value.isString())
        return value.toString().trimmed().toLongLong();
    if (field.type == FieldType::String && value.isDouble())
        return QString::number(value.toDouble());
    if (field.type == FieldType::Uuid && value.isString())
        return QUuid::fromString(value.toString()).isNull() ? value : QJsonValue(QUuid::fromString(value.toString()).toString(QUuid::WithoutBraces));
    return value;
}

const QString kIdentification = QStringLiteral("stages/identification");

} // namespace

Reply Reply::json(int status, const QJsonObject &object)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json")};
}

Reply Reply::json(int status, const QJsonArray &array)
{
    return {status, QJsonDocument(array).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json")};
}

Reply Reply::detail(int status, const QString &detail, const QString &code)
{
    QJsonObject body{{QStringLiteral("detail"), detail}};
    if (!code.isEmpty())
        body.insert(QStringLiteral("code"), code);
    return json(status, body);
}

Reply Reply::noContent()
{
    return {204, {}, {}};
}

SandboxStore::SandboxStore(std::shared_ptr<const SchemaRegistry> schema)
    : m_schema(std::move(schema))
{
}

SandboxStore::~SandboxStore() = default;

// ---------------------------------------------------------------- rendering

QJsonObject SandboxStore::renderFlowSet(const QJsonObject &flow) const
{
    const QString pk = str(flow, "pk");
    return {{QStringLiteral("pk"), pk},
            {QStringLiteral("policybindingmodel_ptr_id"), pk},
            {QStringLiteral("name"), flow.value(QLatin1String("name"))},
            {QStringLiteral("slug"), flow.value(QLatin1String("slug"))},
            {QStringLiteral("title"), flow.value(QLatin1String("title"))},
            {QStringLiteral("designation"), flow.value(QLatin1String("designation"))},
            {QStringLiteral("background_url"), QStringLiteral("/static/dist/assets/images/flow_background.jpg")},
            {QStringLiteral("policy_engine_mode"), flow.value(QLatin1String("policy_engine_mode"))},
            {QStringLiteral("compatibility_mode"), flow.value(QLatin1String("compatibility_mode"))},
            {QStringLiteral("export_url"), QStringLiteral("/api/v3/flows/instances/%1/export/").arg(str(flow, "slug"))},
            {QStringLiteral("layout"), flow.value(QLatin1String("layout"))},
            {QStringLiteral("denied_action"), flow.value(QLatin1String("denied_action"))}};
}

QJsonObject SandboxStore::stageSummary(const Stage &stage) const
{
    const ResourceDescriptor *kind = m_schema->resource(stage.kind);
    QJsonArray flowSet;
    QStringList seen;
    for (const QJsonObject &binding : bindingsOfStage(str(stage.fields, "pk"))) {
        const QString flowPk = str(binding, "target");
        if (!seen.contains(flowPk) && m_flows.contains(flowPk)) {
            seen.append(flowPk);
            flowSet.append(renderFlowSet(m_flows.value(flowPk)));
        }
    }
    return {{QStringLiteral("pk"), stage.fields.value(QLatin1String("pk"))},
            {QStringLiteral("name"), stage.fields.value(QLatin1String("name"))},
            {QStringLiteral("component"), kind->component},
            {QStringLiteral("verbose_name"), kind->label},
            {QStringLiteral("verbose_name_plural"), kind->labelPlural},
            {QStringLiteral("meta_model_name"), kind->modelName},
            {QStringLiteral("flow_set"), flowSet}};
}

QJsonObject SandboxStore::renderStage(const Stage &stage) const
{
    QJsonObject out = stage.fields;
    const QJsonObject summary = stageSummary(stage);
    for (auto it = summary.begin(); it != summary.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QJsonObject SandboxStore::renderFlow(const QJsonObject &flow) const
{
    QJsonObject out = flow;
    const QString pk = str(flow, "pk");
    QJsonArray stages;
    for (const QJsonObject &binding : bindingsOfFlow(pk))
        stages.append(binding.value(QLatin1String("stage")));
    out.insert(QStringLiteral("policybindingmodel_ptr_id"), pk);
    out.insert(QStringLiteral("background_url"), QStringLiteral("/static/dist/assets/images/flow_background.jpg"));
    out.insert(QStringLiteral("background_themed_urls"), QJsonValue::Null);
    out.insert(QStringLiteral("stages"), stages);
    out.insert(QStringLiteral("policies"), QJsonArray());
    out.insert(QStringLiteral("cache_count"), 0);
    out.insert(QStringLiteral("export_url"), QStringLiteral("/api/v3/flows/instances/%1/export/").arg(str(flow, "slug")));
    return out;
}

QJsonObject SandboxStore::renderBinding(const QJsonObject &binding) const
{
    QJsonObject out = binding;
    out.insert(QStringLiteral("policybindingmodel_ptr_id"), binding.value(QLatin1String("pk")));
    const auto stage = m_stages.constFind(str(binding, "stage"));
    out.insert(QStringLiteral("stage_obj"), stage == m_stages.constEnd() ? QJsonObject() : stageSummary(*stage));
    return out;
}

// ---------------------------------------------------------------- lookups

QList<QJsonObject> SandboxStore::bindingsOfFlow(const QString &flowPk) const
{
    QList<QJsonObject> list;
    for (const QString &pk : m_bindingOrder) {
        const QJsonObject &binding = m_bindings[pk];
        if (str(binding, "target") == flowPk)
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
        const QJsonObject &binding = m_bindings[pk];
        if (str(binding, "stage") == stagePk)
            list.append(binding);
    }
    return list;
}

bool SandboxStore::referenceExists(const QString &resourceKey, const QString &pk) const
{
    if (resourceKey == QLatin1String("flows"))
        return m_flows.contains(pk);
    if (resourceKey == QLatin1String("sources"))
        return std::any_of(m_sources.begin(), m_sources.end(), [&pk](const QJsonObject &s) { return str(s, "pk") == pk; });
    if (resourceKey == QLatin1String("stages/all"))
        return m_stages.contains(pk);
    if (resourceKey.startsWith(QLatin1String("stages/"))) {
        const auto it = m_stages.constFind(pk);
        return it != m_stages.constEnd() && it->kind == resourceKey;
    }
    return true;  // a resource the sandbox does not hold (prompts, connectors): any uuid goes
}

QString SandboxStore::stagePkByName(const QString &name) const
{
    for (const QString &pk : m_stageOrder) {
        if (str(m_stages[pk].fields, "name") == name)
            return pk;
    }
    return {};
}

QString SandboxStore::flowPkBySlug(const QString &slug) const
{
    for (const QString &pk : m_flowOrder) {
        if (str(m_flows[pk], "slug") == slug)
            return pk;
    }
    return {};
}

// ---------------------------------------------------------------- validation

QJsonObject SandboxStore::validate(const ResourceDescriptor &resource, const QJsonObject &body, bool creating,
                                   const QJsonObject &current, QJsonObject *clean) const
{
    QJsonObject errors;
    for (const FieldDescriptor &field : resource.fields) {
        if (field.readOnly)
            continue;  // sent or not, the server ignores it
        if (!body.contains(field.name)) {
            if (creating && field.required)
                errors.insert(field.name, QJsonArray{QStringLiteral("This field is required.")});
            continue;
        }
        const QJsonValue value = body.value(field.name);
        const validation::Result result = validation::checkField(field, value, creating);
        if (!result.ok()) {
            errors.insert(field.name, QJsonArray{result.reason});
            continue;
        }
        const QJsonValue accepted = normalized(field, value);
        if (field.isReference() && !accepted.isNull()) {
            const QJsonArray ids = accepted.isArray() ? accepted.toArray() : QJsonArray{accepted};
            QJsonArray missing;
            for (const QJsonValue &id : ids) {
                if (!referenceExists(field.reference, id.toString()))
                    missing.append(QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(id.toString()));
            }
            if (!missing.isEmpty()) {
                errors.insert(field.name, missing);
                continue;
            }
        }
        clean->insert(field.name, accepted);
    }
    if (!errors.isEmpty())
        return errors;

    // authentik's own rules.
    const QString pk = str(current, "pk");
    if (resource.category == ResourceDescriptor::Category::Stage && clean->contains(QLatin1String("name"))) {
        const QString existing = stagePkByName(clean->value(QLatin1String("name")).toString());
        if (!existing.isEmpty() && existing != pk)
            errors.insert(QStringLiteral("name"), QJsonArray{QStringLiteral("stage with this name already exists.")});
    }
    if (resource.category == ResourceDescriptor::Category::Flow && clean->contains(QLatin1String("slug"))) {
        const QString existing = flowPkBySlug(clean->value(QLatin1String("slug")).toString());
        if (!existing.isEmpty() && existing != pk)
            errors.insert(QStringLiteral("slug"), QJsonArray{QStringLiteral("flow with this slug already exists.")});
    }
    if (resource.key == kIdentification) {
        // Like IdentificationStageSerializer.validate: it looks at what was sent, not at the merged
        // record, so a PATCH must carry user_fields or sources.
        if (clean->value(QLatin1String("user_fields")).toArray().isEmpty()
            && clean->value(QLatin1String("sources")).toArray().isEmpty())
            errors.insert(QStringLiteral("non_field_errors"),
                          QJsonArray{QStringLiteral("When no user fields are selected, at least one source must be selected")});
    }
    if (resource.category == ResourceDescriptor::Category::Binding) {
        QJsonObject merged = current;
        for (auto it = clean->begin(); it != clean->end(); ++it)
            merged.insert(it.key(), it.value());
        for (const QString &other : m_bindingOrder) {
            const QJsonObject &b = m_bindings[other];
            if (other != pk && str(b, "target") == str(merged, "target") && str(b, "stage") == str(merged, "stage")
                && b.value(QLatin1String("order")).toInt() == merged.value(QLatin1String("order")).toInt())
                errors.insert(QStringLiteral("non_field_errors"),
                              QJsonArray{QStringLiteral("The fields target, stage, order must make a unique set.")});
        }
    }
    return errors;
}

// ---------------------------------------------------------------- stages

QString SandboxStore::addStage(const QString &kind, const QJsonObject &fields)
{
    const ResourceDescriptor *resource = m_schema->resource(kind);
    Stage stage{kind, {}};
    for (const FieldDescriptor &field : resource->fields) {
        if (!field.readOnly)
            stage.fields.insert(field.name, defaultFor(field));
    }
    for (auto it = fields.begin(); it != fields.end(); ++it)
        stage.fields.insert(it.key(), it.value());
    QString pk = str(fields, "pk");
    if (pk.isEmpty())
        pk = newPk();
    stage.fields.insert(QStringLiteral("pk"), pk);
    m_stages.insert(pk, stage);
    m_stageOrder.append(pk);
    return pk;
}

Reply SandboxStore::listStages(const QString &kind, const QUrlQuery &query) const
{
    const ResourceDescriptor *resource = m_schema->resource(kind);
    const bool all = kind == QLatin1String("stages/all");
    QList<QJsonObject> rows;
    rows.reserve(m_stageOrder.size());
    for (const QString &pk : m_stageOrder) {
        const Stage &stage = m_stages[pk];
        if (all || stage.kind == kind)
            rows.append(stage.fields);
    }
    return listPage(rows, query, *resource, [this, all](const QJsonObject &row) {
        const Stage &stage = m_stages[str(row, "pk")];
        return all ? stageSummary(stage) : renderStage(stage);
    });
}

Reply SandboxStore::getStage(const QString &kind, const QString &pk) const
{
    const auto it = m_stages.constFind(pk);
    if (it == m_stages.constEnd() || (kind != QLatin1String("stages/all") && it->kind != kind))
        return Reply::detail(404, QStringLiteral("No %1 matches the given query.").arg(m_schema->resource(kind)->label));
    return Reply::json(200, kind == QLatin1String("stages/all") ? stageSummary(*it) : renderStage(*it));
}

Reply SandboxStore::writeStage(const QString &kind, const QString &pk, const QJsonObject &body, bool partial)
{
    const ResourceDescriptor *resource = m_schema->resource(kind);
    const bool creating = pk.isEmpty();
    if (!creating) {
        const auto it = m_stages.constFind(pk);
        if (it == m_stages.constEnd() || it->kind != kind)
            return Reply::detail(404, QStringLiteral("No %1 matches the given query.").arg(resource->label));
    }
    QJsonObject clean;
    const QJsonObject current = creating ? QJsonObject() : m_stages.value(pk).fields;
    const QJsonObject errors = validate(*resource, body, creating || !partial, current, &clean);
    if (!errors.isEmpty())
        return Reply::json(400, errors);
    if (creating) {
        const QString created = addStage(kind, clean);
        return Reply::json(201, renderStage(m_stages.value(created)));
    }
    Stage &stage = m_stages[pk];
    for (auto it = clean.begin(); it != clean.end(); ++it)
        stage.fields.insert(it.key(), it.value());
    return Reply::json(200, renderStage(stage));
}

QJsonArray SandboxStore::usedByStage(const QString &pk) const
{
    QJsonArray used;
    for (const QJsonObject &binding : bindingsOfStage(pk)) {
        const QJsonObject flow = m_flows.value(str(binding, "target"));
        used.append(QJsonObject{{QStringLiteral("app"), QStringLiteral("authentik_flows")},
                                {QStringLiteral("model_name"), QStringLiteral("flowstagebinding")},
                                {QStringLiteral("pk"), str(binding, "pk")},
                                {QStringLiteral("name"), QStringLiteral("Flow-stage binding #%1 to %2")
                                                             .arg(binding.value(QLatin1String("order")).toInt())
                                                             .arg(str(flow, "slug"))},
                                {QStringLiteral("action"), QStringLiteral("cascade")}});
    }
    // Stages whose reference fields point at this one.
    for (const QString &otherPk : m_stageOrder) {
        const Stage &other = m_stages[otherPk];
        const ResourceDescriptor *kind = m_schema->resource(other.kind);
        for (const FieldDescriptor &field : kind->fields) {
            if (!field.isReference() || !field.reference.startsWith(QLatin1String("stages/")))
                continue;
            const QJsonValue value = other.fields.value(field.name);
            const bool many = value.isArray();
            const bool hit = many ? value.toArray().contains(QJsonValue(pk)) : value.toString() == pk;
            if (!hit)
                continue;
            used.append(QJsonObject{{QStringLiteral("app"), kind->modelName.section(QLatin1Char('.'), 0, 0)},
                                    {QStringLiteral("model_name"), kind->modelName.section(QLatin1Char('.'), 1)},
                                    {QStringLiteral("pk"), otherPk},
                                    {QStringLiteral("name"), str(other.fields, "name")},
                                    {QStringLiteral("action"), many ? QStringLiteral("cascade_many") : QStringLiteral("set_null")}});
        }
    }
    return used;
}

Reply SandboxStore::stageUsedBy(const QString &kind, const QString &pk) const
{
    const Reply found = getStage(kind, pk);
    if (found.status != 200)
        return found;
    return Reply::json(200, usedByStage(pk));
}

Reply SandboxStore::deleteStage(const QString &kind, const QString &pk)
{
    const Reply found = getStage(kind, pk);
    if (found.status != 200)
        return found;
    for (const QJsonObject &binding : bindingsOfStage(pk)) {
        m_bindings.remove(str(binding, "pk"));
        m_bindingOrder.removeAll(str(binding, "pk"));
    }
    for (const QString &otherPk : m_stageOrder) {
        Stage &other = m_stages[otherPk];
        for (auto it = other.fields.begin(); it != other.fields.end(); ++it) {
            if (it.value().isString() && it.value().toString() == pk && it.key() != QLatin1String("pk"))
                it.value() = QJsonValue::Null;
            else if (it.value().isArray() && it.value().toArray().contains(QJsonValue(pk))) {
                QJsonArray kept;
                for (const QJsonValue &v : it.value().toArray()) {
                    if (v.toString() != pk)
                        kept.append(v);
                }
                it.value() = kept;
            }
        }
    }
    m_stages.remove(pk);
    m_stageOrder.removeAll(pk);
    return Reply::noContent();
}

Reply SandboxStore::stageTypes() const
{
    static const QStringList enterprise{QStringLiteral("stages/source"), QStringLiteral("stages/account_lockdown"),
                                        QStringLiteral("stages/authenticator/endpoint_gdtc"), QStringLiteral("stages/mtls"),
                                        QStringLiteral("stages/endpoints")};
    QJsonArray types;
    for (const ResourceDescriptor *kind : m_schema->stageKinds()) {
        types.append(QJsonObject{{QStringLiteral("name"), kind->label},
                                 {QStringLiteral("description"), kind->description},
                                 {QStringLiteral("component"), kind->component},
                                 {QStringLiteral("model_name"), kind->modelName.section(QLatin1Char('.'), 1)},
                                 {QStringLiteral("icon_url"), QString()},
                                 {QStringLiteral("requires_enterprise"), enterprise.contains(kind->key)},
                                 {QStringLiteral("deprecated"), false}});
    }
    return Reply::json(200, types);
}

// ---------------------------------------------------------------- flows

QString SandboxStore::addFlow(const QJsonObject &fields)
{
    const ResourceDescriptor *resource = m_schema->resource(QStringLiteral("flows"));
    QJsonObject flow;
    for (const FieldDescriptor &field : resource->fields) {
        if (!field.readOnly)
            flow.insert(field.name, defaultFor(field));
    }
    for (auto it = fields.begin(); it != fields.end(); ++it)
        flow.insert(it.key(), it.value());
    QString pk = str(fields, "pk");
    if (pk.isEmpty())
        pk = newPk();
    flow.insert(QStringLiteral("pk"), pk);
    m_flows.insert(pk, flow);
    m_flowOrder.append(pk);
    return pk;
}

Reply SandboxStore::listFlows(const QUrlQuery &query) const
{
    QList<QJsonObject> rows;
    for (const QString &pk : m_flowOrder)
        rows.append(m_flows[pk]);
    return listPage(rows, query, *m_schema->resource(QStringLiteral("flows")),
                    [this](const QJsonObject &row) { return renderFlow(row); });
}

Reply SandboxStore::getFlow(const QString &slug) const
{
    const QString pk = flowPkBySlug(slug);
    if (pk.isEmpty())
        return Reply::detail(404, QStringLiteral("No Flow matches the given query."));
    return Reply::json(200, renderFlow(m_flows.value(pk)));
}

Reply SandboxStore::writeFlow(const QString &slug, const QJsonObject &body, bool partial)
{
    const ResourceDescriptor *resource = m_schema->resource(QStringLiteral("flows"));
    const bool creating = slug.isEmpty();
    const QString pk = creating ? QString() : flowPkBySlug(slug);
    if (!creating && pk.isEmpty())
        return Reply::detail(404, QStringLiteral("No Flow matches the given query."));
    QJsonObject clean;
    const QJsonObject errors = validate(*resource, body, creating || !partial, creating ? QJsonObject() : m_flows.value(pk), &clean);
    if (!errors.isEmpty())
        return Reply::json(400, errors);
    if (creating)
        return Reply::json(201, renderFlow(m_flows.value(addFlow(clean))));
    QJsonObject &flow = m_flows[pk];
    for (auto it = clean.begin(); it != clean.end(); ++it)
        flow.insert(it.key(), it.value());
    return Reply::json(200, renderFlow(flow));
}

Reply SandboxStore::flowUsedBy(const QString &slug) const
{
    const QString pk = flowPkBySlug(slug);
    if (pk.isEmpty())
        return Reply::detail(404, QStringLiteral("No Flow matches the given query."));
    QJsonArray used;
    for (const QJsonObject &binding : bindingsOfFlow(pk)) {
        const auto stage = m_stages.constFind(str(binding, "stage"));
        used.append(QJsonObject{{QStringLiteral("app"), QStringLiteral("authentik_flows")},
                                {QStringLiteral("model_name"), QStringLiteral("flowstagebinding")},
                                {QStringLiteral("pk"), str(binding, "pk")},
                                {QStringLiteral("name"), QStringLiteral("Flow-stage binding #%1 to %2")
                                                             .arg(binding.value(QLatin1String("order")).toInt())
                                                             .arg(slug)
                                                         + (stage == m_stages.constEnd() ? QString() : QStringLiteral(" (%1)").arg(str(stage->fields, "name")))},
                                {QStringLiteral("action"), QStringLiteral("cascade")}});
    }
    for (const QString &stagePk : m_stageOrder) {
        const Stage &stage = m_stages[stagePk];
        const ResourceDescriptor *kind = m_schema->resource(stage.kind);
        for (const FieldDescriptor &field : kind->fields) {
            if (field.reference == QLatin1String("flows") && str(stage.fields, qPrintable(field.name)) == pk)
                used.append(QJsonObject{{QStringLiteral("app"), kind->modelName.section(QLatin1Char('.'), 0, 0)},
                                        {QStringLiteral("model_name"), kind->modelName.section(QLatin1Char('.'), 1)},
                                        {QStringLiteral("pk"), stagePk},
                                        {QStringLiteral("name"), str(stage.fields, "name")},
                                        {QStringLiteral("action"), QStringLiteral("set_null")}});
        }
    }
    return Reply::json(200, used);
}

Reply SandboxStore::deleteFlow(const QString &slug)
{
    const QString pk = flowPkBySlug(slug);
    if (pk.isEmpty())
        return Reply::detail(404, QStringLiteral("No Flow matches the given query."));
    for (const QJsonObject &binding : bindingsOfFlow(pk)) {
        m_bindings.remove(str(binding, "pk"));
        m_bindingOrder.removeAll(str(binding, "pk"));
    }
    for (const QString &stagePk : m_stageOrder) {
        Stage &stage = m_stages[stagePk];
        for (auto it = stage.fields.begin(); it != stage.fields.end(); ++it) {
            if (it.key() != QLatin1String("pk") && it.value().isString() && it.value().toString() == pk)
                it.value() = QJsonValue::Null;
        }
    }
    m_flows.remove(pk);
    m_flowOrder.removeAll(pk);
    return Reply::noContent();
}

// ---------------------------------------------------------------- bindings

QString SandboxStore::addBinding(const QString &flowPk, const QString &stagePk, int order)
{
    const ResourceDescriptor *resource = m_schema->resource(QStringLiteral("flows/bindings"));
    QJsonObject binding;
    for (const FieldDescriptor &field : resource->fields) {
        if (!field.readOnly)
            binding.insert(field.name, defaultFor(field));
    }
    const QString pk = newPk();
    binding.insert(QStringLiteral("pk"), pk);
    binding.insert(QStringLiteral("target"), flowPk);
    binding.insert(QStringLiteral("stage"), stagePk);
    binding.insert(QStringLiteral("order"), order);
    m_bindings.insert(pk, binding);
    m_bindingOrder.append(pk);
    return pk;
}

Reply SandboxStore::listBindings(const QUrlQuery &query) const
{
    QList<QJsonObject> rows;
    for (const QString &pk : m_bindingOrder) {
        QJsonObject row = m_bindings[pk];
        // Searchable by the stage's name, like authentik's stage__name.
        const auto stage = m_stages.constFind(str(row, "stage"));
        if (stage != m_stages.constEnd())
            row.insert(QStringLiteral("stage_obj"), QJsonObject{{QStringLiteral("name"), stage->fields.value(QLatin1String("name"))}});
        rows.append(row);
    }
    return listPage(rows, query, *m_schema->resource(QStringLiteral("flows/bindings")), [this](const QJsonObject &row) {
        QJsonObject raw = row;
        raw.remove(QStringLiteral("stage_obj"));
        return renderBinding(raw);
    });
}

Reply SandboxStore::getBinding(const QString &pk) const
{
    if (!m_bindings.contains(pk))
        return Reply::detail(404, QStringLiteral("No Flow Stage Binding matches the given query."));
    return Reply::json(200, renderBinding(m_bindings.value(pk)));
}

Reply SandboxStore::writeBinding(const QString &pk, const QJsonObject &body, bool partial)
{
    const ResourceDescriptor *resource = m_schema->resource(QStringLiteral("flows/bindings"));
    const bool creating = pk.isEmpty();
    if (!creating && !m_bindings.contains(pk))
        return Reply::detail(404, QStringLiteral("No Flow Stage Binding matches the given query."));
    QJsonObject clean;
    const QJsonObject errors = validate(*resource, body, creating || !partial, creating ? QJsonObject() : m_bindings.value(pk), &clean);
    if (!errors.isEmpty())
        return Reply::json(400, errors);
    if (creating) {
        const QString created = addBinding(str(clean, "target"), str(clean, "stage"), clean.value(QLatin1String("order")).toInt());
        QJsonObject &binding = m_bindings[created];
        for (auto it = clean.begin(); it != clean.end(); ++it)
            binding.insert(it.key(), it.value());
        return Reply::json(201, renderBinding(binding));
    }
    QJsonObject &binding = m_bindings[pk];
    for (auto it = clean.begin(); it != clean.end(); ++it)
        binding.insert(it.key(), it.value());
    return Reply::json(200, renderBinding(binding));
}

Reply SandboxStore::deleteBinding(const QString &pk)
{
    if (!m_bindings.remove(pk))
        return Reply::detail(404, QStringLiteral("No Flow Stage Binding matches the given query."));
    m_bindingOrder.removeAll(pk);
    return Reply::noContent();
}

Reply SandboxStore::bindingUsedBy(const QString &pk) const
{
    if (!m_bindings.contains(pk))
        return Reply::detail(404, QStringLiteral("No Flow Stage Binding matches the given query."));
    return Reply::json(200, QJsonArray());
}

// ---------------------------------------------------------------- sources

void SandboxStore::addSource(const QJsonObject &source)
{
    m_sources.append(source);
}

Reply SandboxStore::listSources(const QUrlQuery &query) const
{
    return listPage(m_sources, query, *m_schema->resource(QStringLiteral("sources")),
                    [](const QJsonObject &row) { return row; });
}

Reply SandboxStore::getSource(const QString &slug) const
{
    for (const QJsonObject &source : m_sources) {
        if (str(source, "slug") == slug)
            return Reply::json(200, source);
    }
    return Reply::detail(404, QStringLiteral("No Source matches the given query."));
}

} // namespace akdesk::sandbox
