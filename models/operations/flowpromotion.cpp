#include "models/operations/flowpromotion.h"

#include "models/api/apiclient.h"
#include "models/api/listquery.h"
#include "models/blueprints/blueprintparser.h"
#include "models/blueprints/blueprintwriter.h"
#include "models/blueprints/rekey.h"
#include "models/schema/schemaregistry.h"

#include <QJsonArray>

namespace akdesk {

using blueprints::PlannedEntry;

QHash<QString, QStringList> referenceFields(const SchemaRegistry &schema)
{
    QHash<QString, QStringList> fields;
    for (const ResourceDescriptor *resource : schema.resources()) {
        QString model = resource->modelName;
        for (const char *fixed : {blueprints::ModelFlow, blueprints::ModelFlowStageBinding, blueprints::ModelPrompt, blueprints::ModelPolicyBinding}) {
            const ResourceDescriptor *r = blueprints::resourceForModel(schema, QLatin1String(fixed));
            if (r == resource)
                model = QLatin1String(fixed);
        }
        if (model.isEmpty())
            continue;
        for (const FieldDescriptor &field : resource->fields) {
            if (!field.readOnly && !field.reference.isEmpty())
                fields[model] << field.name;
        }
    }
    return fields;
}

namespace {

/// Which field resource `key` names its objects by on another server, and the detail route
/// that gives it. Flows and sources are looked up by slug, the rest by pk.
struct Namer
{
    QString path;        ///< where to read the object by pk
    QString field;       ///< name, slug, username
    QString model;       ///< empty: the object's meta_model_name
    bool list = false;   ///< read the list filtered by `filter` instead
    QString filter;
};

std::optional<Namer> namerFor(const QString &key)
{
    if (key == QLatin1String("flows"))
        return Namer{QStringLiteral("/flows/instances/"), QStringLiteral("slug"), QLatin1String(blueprints::ModelFlow), true, QStringLiteral("flow_uuid")};
    if (key.startsWith(QLatin1String("stages/")))
        return Namer{QStringLiteral("/stages/all/"), QStringLiteral("name"), {}, false, {}};
    if (key.startsWith(QLatin1String("policies")))
        return Namer{QStringLiteral("/policies/all/"), QStringLiteral("name"), {}, false, {}};
    if (key == QLatin1String("prompts"))
        return Namer{QStringLiteral("/stages/prompt/prompts/"), QStringLiteral("name"), QLatin1String(blueprints::ModelPrompt), false, {}};
    if (key == QLatin1String("certificates"))
        return Namer{QStringLiteral("/crypto/certificatekeypairs/"), QStringLiteral("name"), QStringLiteral("authentik_crypto.certificatekeypair"), false, {}};
    if (key == QLatin1String("groups"))
        return Namer{QStringLiteral("/core/groups/"), QStringLiteral("name"), QStringLiteral("authentik_core.group"), false, {}};
    if (key == QLatin1String("users"))
        return Namer{QStringLiteral("/core/users/"), QStringLiteral("username"), QStringLiteral("authentik_core.user"), false, {}};
    if (key == QLatin1String("sources"))
        return Namer{QStringLiteral("/sources/all/"), QStringLiteral("slug"), {}, true, QStringLiteral("pbm_uuid")};
    return std::nullopt;
}

QString scalar(const blueprints::BlueprintValue &value)
{
    if (value.type() == blueprints::BlueprintValue::Type::String)
        return value.toString();
    if (value.type() == blueprints::BlueprintValue::Type::Int)
        return QString::number(value.toInt());
    return {};
}

} // namespace

FlowPromotion::FlowPromotion(ApiClient *source, ApiClient *target, std::shared_ptr<const SchemaRegistry> schema, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_target(target)
    , m_schema(std::move(schema))
    , m_import(std::make_unique<BlueprintImport>(target, m_schema))
{
    connect(m_import.get(), &BlueprintImport::previewed, this, [this](const blueprints::ImportPlan &plan) {
        collectSecrets();
        m_held.clear();
        for (const PlannedEntry &entry : plan.entries) {
            if (!entry.pk.isEmpty() && m_targetDrafts.contains(entry.pk) && entry.action == PlannedEntry::Action::Update)
                m_held << entry.title();
        }
        Q_EMIT prepared(plan);
    });
    connect(m_import.get(), &BlueprintImport::failed, this, &FlowPromotion::failed);
    connect(m_import.get(), &BlueprintImport::progress, this, &FlowPromotion::progress);
    connect(m_import.get(), &BlueprintImport::applied, this, &FlowPromotion::applied);
}

FlowPromotion::~FlowPromotion()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->cancel();
    }
}

void FlowPromotion::prepare(const QString &slug)
{
    m_slug = slug;
    m_sourceRequests = 1;
    m_external.clear();
    m_toName.clear();
    m_reply = m_source->flowExport(slug);
    connect(m_reply, &ApiReply::finished, this, [this](ApiReply *reply) {
        if (!reply->ok() || reply->cachedAt().isValid()) {
            Q_EMIT failed(tr("Could not export the flow %1 from the source: %2")
                              .arg(m_slug, (reply->ok() ? ApiError::offline() : reply->error()).message()));
            return;
        }
        m_exported = reply->body();
        const blueprints::ParseResult parsed = blueprints::parseBlueprint(m_exported);
        if (parsed.blueprint.entries.isEmpty()) {
            Q_EMIT failed(tr("The source's export of %1 holds no entries.").arg(m_slug));
            return;
        }
        // Each pk outside the export, with what its field points at.
        const QHash<QString, QStringList> fields = referenceFields(*m_schema);
        const QStringList external = blueprints::externalPks(parsed.blueprint, fields);
        for (const blueprints::BlueprintEntry &entry : parsed.blueprint.entries) {
            const ResourceDescriptor *resource = blueprints::resourceForModel(*m_schema, entry.modelName());
            if (!resource)
                continue;
            for (const FieldDescriptor &field : resource->fields) {
                const blueprints::BlueprintValue &value = entry.attrs.value(field.name);
                const std::vector<blueprints::BlueprintValue> values = value.isSequence() ? value.items() : std::vector<blueprints::BlueprintValue>{value};
                for (const blueprints::BlueprintValue &item : values) {
                    const QString pk = scalar(item);
                    bool queued = false;
                    for (const auto &[known, key] : std::as_const(m_toName))
                        queued = queued || known == pk;
                    if (!pk.isEmpty() && external.contains(pk) && !queued && !field.reference.isEmpty())
                        m_toName.append({pk, field.reference});
                }
            }
        }
        nameNext();
    });
}

void FlowPromotion::nameNext()
{
    while (!m_toName.isEmpty()) {
        const auto [pk, key] = m_toName.takeFirst();
        const std::optional<Namer> namer = namerFor(key);
        if (!namer)
            continue;
        ++m_sourceRequests;
        if (namer->list) {
            ListQuery query;
            query.filter(namer->filter, pk);
            m_reply = m_source->list(namer->path, query);
        } else {
            m_reply = m_source->get(namer->path + pk + QLatin1Char('/'));
        }
        const Namer how = *namer;
        const QString wanted = pk;
        connect(m_reply, &ApiReply::finished, this, [this, how, wanted](ApiReply *reply) {
            const QJsonObject object = how.list ? reply->results().first().toObject() : reply->object();
            if (reply->ok() && !object.isEmpty()) {
                const QString model = how.model.isEmpty() ? object.value(QLatin1String("meta_model_name")).toString() : how.model;
                m_external.insert(wanted, {model, how.field, object.value(how.field)});
            }
            nameNext();
        });
        return;
    }
    rekeyAndPreview();
}

void FlowPromotion::rekeyAndPreview()
{
    const blueprints::ParseResult parsed = blueprints::parseBlueprint(m_exported);
    blueprints::Rekeyed rekeyed = blueprints::rekeyForAnotherServer(parsed.blueprint, m_external, referenceFields(*m_schema));
    m_unnamed = rekeyed.unnamed;
    blueprints::Blueprint out = rekeyed.blueprint;
    blueprints::BlueprintMetadata metadata;
    metadata.name = tr("akdesk promotion of %1").arg(m_slug);
    out.metadata = metadata;
    m_yaml = blueprints::writeBlueprint(out);
    m_import->preview(m_yaml);
}

void FlowPromotion::collectSecrets()
{
    m_secrets.clear();
    for (const PlannedEntry &entry : m_import->plan().entries) {
        const ResourceDescriptor *resource = m_schema->resource(entry.resource);
        if (!resource)
            continue;
        for (const FieldDescriptor &field : resource->fields) {
            if (field.writeOnly && !entry.attrs.contains(field.name))
                m_secrets << QStringLiteral("%1: %2").arg(entry.title(), field.name);
        }
    }
}

void FlowPromotion::apply()
{
    QSet<int> chosen;
    for (const PlannedEntry &entry : m_import->plan().entries) {
        if (!(entry.action == PlannedEntry::Action::Update && m_targetDrafts.contains(entry.pk))
            && entry.action != PlannedEntry::Action::Delete)
            chosen.insert(entry.index);
    }
    m_import->applyEntries(chosen);
}

} // namespace akdesk
