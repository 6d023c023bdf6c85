#pragma once

#include "models/blueprints/blueprint.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>

namespace akdesk::blueprints {

/// A flow and what hangs off it, as the API returns the records.
struct FlowExport
{
    QJsonObject flow;                  ///< /flows/instances/
    QList<QJsonObject> stages;         ///< /stages/<kind>/ (their meta_model_name gives the model)
    QList<QJsonObject> bindings;       ///< /flows/bindings/ of the flow
    QList<QJsonObject> prompts;        ///< /stages/prompt/prompts/ the prompt stages use
    QList<QJsonObject> policies;       ///< /policies/<kind>/ (meta_model_name gives the model)
    QList<QJsonObject> policyBindings; ///< /policies/bindings/ on the flow and its bindings
};

/// An object outside the export that a field points at (a stage's configure_flow, say),
/// written as `!Find [model, [field, value]]` so the blueprint carries no server's pk.
struct ExternalReference
{
    QString model; ///< "authentik_flows.flow"
    QString field; ///< "slug"
    QJsonValue value;
};

struct WriterOptions
{
    /// pk → how to find that object on another server.
    QHash<QString, ExternalReference> external;
    /// Whether a record field goes into `attrs`; by default the API's read-only fields
    /// (pk, component, meta_model_name, *_obj, *_set, ...) are left out, as get_attrs() does.
    std::function<bool(const QString &model, const QString &field)> writable;
    /// metadata.name; "akdesk export: <flow name>" when empty. No date, so re-exports diff clean.
    QString name;
};

/// The blueprint of one flow in a fixed order (flow, prompts by name, policies by name, stages
/// by name, stage bindings by order, policy bindings by target and order), objects found by
/// name or slug and pointing at each other with `!KeyOf`, never by a server's pk. The order
/// follows authentik's FlowExporter.get_entries (authentik/blueprints/v1/exporter.py).
/// Records whose model cannot be told are left out and named in `skipped`.
Blueprint flowBlueprint(const FlowExport &flow, const WriterOptions &options = {}, QStringList *skipped = nullptr);

/// YAML as authentik's BlueprintDumper writes it (keys sorted, no anchors), tags as written,
/// multi-line text as literal blocks, strings PyYAML would read as something else quoted.
QByteArray writeBlueprint(const Blueprint &blueprint);

/// The model names of the records a flow export holds.
inline constexpr char ModelFlow[] = "authentik_flows.flow";
inline constexpr char ModelFlowStageBinding[] = "authentik_flows.flowstagebinding";
inline constexpr char ModelPrompt[] = "authentik_stages_prompt.prompt";
inline constexpr char ModelPolicyBinding[] = "authentik_policies.policybinding";

} // namespace akdesk::blueprints
