// SandboxStore, continued: flows, their bindings, diagrams and exports, and sources.

#include "app/sandbox/sandboxstore.h"
#include "models/records/record.h"

#include "app/sandbox/sandboxdiagram.h"
#include "app/sandbox/sandboxexport.h"
#include "app/sandbox/sandboxfields.h"
#include "app/sandbox/sandboxkinds.h"
#include "app/sandbox/sandboxlists.h"
#include "models/schema/schemaregistry.h"

#include <QMap>
#include <QUuid>

namespace akdesk::sandbox {

namespace {

using akdesk::records::textOf;

const QString kFlows = QStringLiteral("flows");
const QString kBindings = QStringLiteral("flows/bindings");
const QString kSources = QStringLiteral("sources");

} // namespace

// ---------------------------------------------------------------- flows

QJsonObject SandboxStore::renderFlow(const QJsonObject &flow) const
{
    QJsonObject out = flow;
    const QString pk = textOf(flow, "pk");
    QJsonArray stages;
    for (const QJsonObject &binding : bindingsOfFlow(pk))
        stages.append(binding.value(QLatin1String("stage")));
    out.insert(QStringLiteral("policybindingmodel_ptr_id"), policyBindingModelId(pk));
    out.insert(QStringLiteral("background_url"), QStringLiteral("/static/dist/assets/images/flow_background.jpg"));
    out.insert(QStringLiteral("background_themed_urls"), QJsonValue::Null);
    out.insert(QStringLiteral("stages"), stages);
    // Flow.policies: the many-to-many through PolicyBinding, the bound policies' pks.
    QJsonArray policies;
    for (const QJsonObject &binding : policyBindingsOf(pk)) {
        if (!binding.value(QLatin1String("policy")).isNull())
            policies.append(binding.value(QLatin1String("policy")));
    }
    out.insert(QStringLiteral("policies"), policies);
    out.insert(QStringLiteral("cache_count"), 0);
    out.insert(QStringLiteral("export_url"), QStringLiteral("/api/v3/flows/instances/%1/export/").arg(textOf(flow, "slug")));
    return out;
}

QString SandboxStore::addFlow(const QJsonObject &fields)
{
    QJsonObject flow = withDefaults(resource(kFlows));
    for (auto it = fields.begin(); it != fields.end(); ++it)
        flow.insert(it.key(), it.value());
    QString pk = textOf(fields, "pk");
    if (pk.isEmpty())
        pk = QUuid::createUuid().toString(QUuid::WithoutBraces);
    flow.insert(QStringLiteral("pk"), pk);
    m_flows.insert(pk, flow);
    m_flowOrder.append(pk);
    changed();
    return pk;
}

Reply SandboxStore::listFlows(const QUrlQuery &query) const
{
    ListSource source;
    source.exists = [this](const QString &key, const QString &pk) { return referenceExists(key, pk); };
    source.resource = &resource(kFlows);
    source.cacheKey = kFlows;
    source.rows = [this] {
        QList<const QJsonObject *> rows;
        for (const QString &pk : m_flowOrder)
            rows.append(&*m_flows.constFind(pk));
        return rows;
    };
    source.render = [this](const QJsonObject &row) { return renderFlow(row); };
    return listPage(source, query, m_cache.get());
}

Reply SandboxStore::getFlow(const QString &slug) const
{
    const QString pk = flowPkBySlug(slug);
    if (pk.isEmpty())
        return notFound(kFlows);
    return Reply::json(200, renderFlow(m_flows.value(pk)));
}

Reply SandboxStore::writeFlow(const QString &slug, const QJsonObject &body, bool partial)
{
    const bool creating = slug.isEmpty();
    const QString pk = creating ? QString() : flowPkBySlug(slug);
    if (!creating && pk.isEmpty())
        return notFound(kFlows);
    QJsonObject clean;
    const QJsonObject errors = validate(resource(kFlows), body, creating || !partial, creating ? QJsonObject() : m_flows.value(pk), &clean);
    if (!errors.isEmpty())
        return Reply::json(400, errors);
    if (creating) {
        clean.remove(QStringLiteral("pk"));
        return Reply::json(201, renderFlow(m_flows.value(addFlow(clean))));
    }
    QJsonObject &flow = m_flows[pk];
    for (auto it = clean.begin(); it != clean.end(); ++it)
        flow.insert(it.key(), it.value());
    changed();
    return Reply::json(200, renderFlow(flow));
}

Reply SandboxStore::flowUsedBy(const QString &slug) const
{
    const QString pk = flowPkBySlug(slug);
    if (pk.isEmpty())
        return notFound(kFlows);
    // UsedByMixin.used_by (authentik/core/api/used_by.py), managers by attribute name:
    // `flowstagebinding_set` (FlowStageBinding.target, CASCADE), the stages' flow references
    // ("<model>_set", SET_NULL), `source_authentication`/`source_enrollment` (Source's flows,
    // SET_NULL) and `stages` (Flow.stages, many-to-many: cascade_many, plain Stage objects). The
    // identification stage's enrollment, recovery and passwordless flows are declared with
    // related_name="+" and have no manager, so they are not listed.
    QMap<QString, QJsonArray> byManager;
    addPolicyUsedBy(pk, &byManager);  // Flow is a PolicyBindingModel
    QStringList stagesSeen;
    for (const QJsonObject &binding : bindingsOfFlow(pk)) {
        byManager[QStringLiteral("flowstagebinding_set")].append(usedByEntry(QStringLiteral("authentik_flows.flowstagebinding"),
                                                                            textOf(binding, "pk"), bindingName(binding), QStringLiteral("cascade")));
        const auto stage = m_stages.constFind(textOf(binding, "stage"));
        if (stage != m_stages.constEnd() && !stagesSeen.contains(stage.key())) {
            stagesSeen.append(stage.key());
            byManager[QStringLiteral("stages")].append(usedByEntry(QStringLiteral("authentik_flows.stage"), stage.key(),
                                                                   QStringLiteral("Stage %1").arg(textOf(stage->fields, "name")),
                                                                   QStringLiteral("cascade_many")));
        }
    }
    static const QStringList hidden{QStringLiteral("enrollment_flow"), QStringLiteral("recovery_flow"), QStringLiteral("passwordless_flow")};
    for (const QString &stagePk : m_stageOrder) {
        const Stage &stage = *m_stages.constFind(stagePk);
        for (const FieldDescriptor &field : stage.kind->fields) {
            if (field.reference != kFlows || stage.fields.value(field.name).toString() != pk)
                continue;
            if (stage.kind->key == QLatin1String("stages/identification") && hidden.contains(field.name))
                continue;
            byManager[stage.kind->modelName.section(QLatin1Char('.'), 1) + QStringLiteral("_set")].append(
                usedByEntry(stage.kind->modelName, stagePk, QStringLiteral("Stage %1").arg(textOf(stage.fields, "name")), QStringLiteral("set_null")));
        }
    }
    for (const QJsonObject &source : m_sources) {
        if (textOf(source, "authentication_flow") == pk)
            byManager[QStringLiteral("source_authentication")].append(
                usedByEntry(QStringLiteral("authentik_core.source"), textOf(source, "pk"), textOf(source, "name"), QStringLiteral("set_null")));
        if (textOf(source, "enrollment_flow") == pk)
            byManager[QStringLiteral("source_enrollment")].append(
                usedByEntry(QStringLiteral("authentik_core.source"), textOf(source, "pk"), textOf(source, "name"), QStringLiteral("set_null")));
    }
    QJsonArray used;
    for (const QJsonArray &entries : std::as_const(byManager)) {
        for (const QJsonValue &entry : entries)
            used.append(entry);
    }
    return Reply::json(200, used);
}

Reply SandboxStore::deleteFlow(const QString &slug)
{
    const QString pk = flowPkBySlug(slug);
    if (pk.isEmpty())
        return notFound(kFlows);
    removeBindings(bindingsOfFlow(pk));
    // The flow's own policy bindings (PolicyBinding.target, CASCADE).
    const QString pbm = policyBindingModelId(pk);
    removePolicyBindingsWhere([&pbm](const QJsonObject &binding) { return textOf(binding, "target") == pbm; });
    forgetReferences(pk);
    m_flows.remove(pk);
    m_flowOrder.removeAll(pk);
    changed();
    return Reply::noContent();
}

Reply SandboxStore::flowDiagram(const QString &slug) const
{
    const QString pk = flowPkBySlug(slug);
    if (pk.isEmpty())
        return notFound(kFlows);
    // FlowDiagram (authentik/flows/api/flows_diagram.py): the policy bindings of the flow and of
    // each stage binding that have a policy (group and user bindings are not drawn), by order.
    auto policiesOf = [this](const QString &targetPk) {
        QList<DiagramPolicy> policies;
        for (const QJsonObject &binding : policyBindingsOf(targetPk)) {
            const auto policy = m_policies.constFind(textOf(binding, "policy"));
            if (policy != m_policies.constEnd())
                policies.append({policy->kind->label, textOf(policy->fields, "name"), binding.value(QLatin1String("order")).toInt()});
        }
        return policies;
    };
    QList<DiagramStage> stages;
    for (const QJsonObject &binding : bindingsOfFlow(pk)) {
        const auto stage = m_stages.constFind(textOf(binding, "stage"));
        if (stage != m_stages.constEnd())
            stages.append({kindFacts(stage->kind->modelName).verboseName.isEmpty() ? stage->kind->label : kindFacts(stage->kind->modelName).verboseName,
                           textOf(stage->fields, "name"), policiesOf(textOf(binding, "pk"))});
    }
    return Reply::json(200, QJsonObject{{QStringLiteral("diagram"), sandbox::flowDiagram(m_flows.value(pk), policiesOf(pk), stages)}});
}

Reply SandboxStore::flowExport(const QString &slug) const
{
    const QString pk = flowPkBySlug(slug);
    if (pk.isEmpty())
        return notFound(kFlows);
    const QList<QJsonObject> bindings = bindingsOfFlow(pk);
    QList<ExportStage> stages;
    QStringList seen;
    for (const QJsonObject &binding : bindings) {
        const auto stage = m_stages.constFind(textOf(binding, "stage"));
        if (stage != m_stages.constEnd() && !seen.contains(stage.key())) {
            seen.append(stage.key());
            stages.append({stage->kind->modelName, stage->fields});
        }
    }
    // FlowExporter.walk_stage_prompts: every prompt of every prompt stage of the flow, stage by stage.
    QList<QJsonObject> prompts;
    const QList<QJsonObject> allPrompts = m_records.value(QStringLiteral("prompts"));
    for (const ExportStage &stage : std::as_const(stages)) {
        if (stage.model != QLatin1String("authentik_stages_prompt.promptstage"))
            continue;
        for (const QJsonValue &promptPk : stage.fields.value(QLatin1String("fields")).toArray()) {
            for (const QJsonObject &prompt : allPrompts) {
                if (prompt.value(QLatin1String("pk")) == promptPk)
                    prompts.append(prompt);
            }
        }
    }
    // walk_policies: the policies bound to the flow or a stage binding, or validating a prompt
    // stage of the flow, once each; walk_policy_bindings: the policy bindings on them, with the
    // target as the subclass's pk.
    QList<QString> targets{pk};
    for (const QJsonObject &binding : bindings)
        targets.append(textOf(binding, "pk"));
    QList<QJsonObject> policyBindings;
    QStringList policyPks;
    for (const QString &target : std::as_const(targets)) {
        for (QJsonObject binding : policyBindingsOf(target)) {
            binding.insert(QStringLiteral("target"), target);
            if (!binding.value(QLatin1String("policy")).isNull() && !policyPks.contains(textOf(binding, "policy")))
                policyPks.append(textOf(binding, "policy"));
            policyBindings.append(binding);
        }
    }
    for (const ExportStage &stage : std::as_const(stages)) {
        for (const QJsonValue &policyPk : stage.fields.value(QLatin1String("validation_policies")).toArray()) {
            if (!policyPks.contains(policyPk.toString()))
                policyPks.append(policyPk.toString());
        }
    }
    QList<ExportStage> policies;
    for (const QString &policyPk : m_policyOrder) {
        if (policyPks.contains(policyPk)) {
            const Policy &policy = *m_policies.constFind(policyPk);
            policies.append({policy.kind->modelName, policy.fields});
        }
    }
    Reply reply;
    reply.body = flowBlueprint(m_flows.value(pk), prompts, stages, bindings, m_started.toString(Qt::ISODateWithMs), policies, policyBindings);
    // authentik answers with a plain Django HttpResponse: its default content type, as a download.
    reply.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    reply.headers.append({QByteArrayLiteral("Content-Disposition"), "attachment; filename=\"" + slug.toUtf8() + ".yaml\""});
    return reply;
}

// ---------------------------------------------------------------- bindings

QJsonObject SandboxStore::renderBinding(const QJsonObject &binding) const
{
    QJsonObject out = binding;
    out.remove(QStringLiteral("stage_obj"));
    out.insert(QStringLiteral("policybindingmodel_ptr_id"), policyBindingModelId(textOf(binding, "pk")));
    const auto stage = m_stages.constFind(textOf(binding, "stage"));
    out.insert(QStringLiteral("stage_obj"), stage == m_stages.constEnd() ? QJsonObject() : renderStage(*stage, true));
    return out;
}

QString SandboxStore::addBinding(const QString &flowPk, const QString &stagePk, int order, const QJsonObject &fields)
{
    QJsonObject binding = withDefaults(resource(kBindings));
    for (auto it = fields.begin(); it != fields.end(); ++it)
        binding.insert(it.key(), it.value());
    const QString pk = QUuid::createUuid().toString(QUuid::WithoutBraces);
    binding.insert(QStringLiteral("pk"), pk);
    binding.insert(QStringLiteral("target"), flowPk);
    binding.insert(QStringLiteral("stage"), stagePk);
    binding.insert(QStringLiteral("order"), order);
    m_bindings.insert(pk, binding);
    m_bindingOrder.append(pk);
    changed();
    return pk;
}

Reply SandboxStore::listBindings(const QUrlQuery &query) const
{
    // Searchable by the stage's name (authentik's stage__name); bindings are few, so uncached.
    QList<QJsonObject> rows;
    rows.reserve(m_bindingOrder.size());
    for (const QString &pk : m_bindingOrder) {
        QJsonObject row = *m_bindings.constFind(pk);
        row.insert(QStringLiteral("policybindingmodel_ptr_id"), policyBindingModelId(pk));
        const auto stage = m_stages.constFind(textOf(row, "stage"));
        if (stage != m_stages.constEnd())
            row.insert(QStringLiteral("stage_obj"), QJsonObject{{QStringLiteral("name"), stage->fields.value(QLatin1String("name"))}});
        rows.append(row);
    }
    ListSource source;
    source.exists = [this](const QString &key, const QString &pk) { return referenceExists(key, pk); };
    source.resource = &resource(kBindings);
    source.rows = [&rows] {
        QList<const QJsonObject *> pointers;
        for (const QJsonObject &row : rows)
            pointers.append(&row);
        return pointers;
    };
    source.render = [this](const QJsonObject &row) { return renderBinding(row); };
    return listPage(source, query, nullptr);
}

Reply SandboxStore::getBinding(const QString &pk) const
{
    const auto it = m_bindings.constFind(pk);
    if (it == m_bindings.constEnd())
        return notFound(kBindings);
    return Reply::json(200, renderBinding(*it));
}

Reply SandboxStore::writeBinding(const QString &pk, const QJsonObject &body, bool partial)
{
    const bool creating = pk.isEmpty();
    if (!creating && !m_bindings.contains(pk))
        return notFound(kBindings);
    QJsonObject clean;
    const QJsonObject errors = validate(resource(kBindings), body, creating || !partial, creating ? QJsonObject() : m_bindings.value(pk), &clean);
    if (!errors.isEmpty())
        return Reply::json(400, errors);
    const QString target = creating ? addBinding(textOf(clean, "target"), textOf(clean, "stage"), clean.value(QLatin1String("order")).toInt()) : pk;
    QJsonObject &binding = m_bindings[target];
    for (auto it = clean.begin(); it != clean.end(); ++it)
        binding.insert(it.key(), it.value());
    changed();
    return Reply::json(creating ? 201 : 200, renderBinding(binding));
}

Reply SandboxStore::deleteBinding(const QString &pk)
{
    if (!m_bindings.contains(pk))
        return notFound(kBindings);
    removeBindings({m_bindings.value(pk)});  // with its policy bindings
    m_bindingOrder.removeAll(pk);
    changed();
    return Reply::noContent();
}

Reply SandboxStore::bindingUsedBy(const QString &pk) const
{
    if (!m_bindings.contains(pk))
        return notFound(kBindings);
    // A FlowStageBinding is a PolicyBindingModel: its policy bindings and their policies
    // (authentik/core/api/used_by.py, managers by attribute name).
    QMap<QString, QJsonArray> byManager;
    addPolicyUsedBy(pk, &byManager);
    QJsonArray used;
    for (const QJsonArray &entries : std::as_const(byManager)) {
        for (const QJsonValue &entry : entries)
            used.append(entry);
    }
    return Reply::json(200, used);
}

// ---------------------------------------------------------------- sources

void SandboxStore::addSource(const QJsonObject &source)
{
    m_sources.append(source);
    changed();
}

Reply SandboxStore::listSources(const QUrlQuery &query) const
{
    ListSource source;
    source.exists = [this](const QString &key, const QString &pk) { return referenceExists(key, pk); };
    source.resource = &resource(kSources);
    source.cacheKey = kSources;
    source.rows = [this] {
        QList<const QJsonObject *> rows;
        for (const QJsonObject &row : m_sources)
            rows.append(&row);
        return rows;
    };
    source.render = [](const QJsonObject &row) { return row; };
    return listPage(source, query, m_cache.get());
}

void SandboxStore::addRecord(const QString &key, const QJsonObject &record)
{
    m_records[key].append(record);
    changed();
}

Reply SandboxStore::listRecords(const QString &key, const QUrlQuery &query) const
{
    ListSource source;
    source.resource = &resource(key);
    source.cacheKey = key;
    source.rows = [this, key] {
        QList<const QJsonObject *> rows;
        const auto it = m_records.constFind(key);
        if (it != m_records.constEnd()) {
            for (const QJsonObject &row : *it)
                rows.append(&row);
        }
        return rows;
    };
    source.render = [](const QJsonObject &row) { return row; };
    return listPage(source, query, m_cache.get());
}

Reply SandboxStore::getSource(const QString &slug) const
{
    for (const QJsonObject &source : m_sources) {
        if (textOf(source, "slug") == slug)
            return Reply::json(200, source);
    }
    return notFound(kSources);
}

} // namespace akdesk::sandbox
