#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace akdesk::sandbox {

/// A stage bound into the exported flow, with its model ("authentik_stages_dummy.dummystage").
struct ExportStage
{
    QString model;
    QJsonObject fields;  ///< the stored record: pk, name and the kind's writable fields
};

/// The blueprint authentik's FlowExporter writes for a flow (authentik/blueprints/v1/exporter.py
/// get_entries): the flow (identified by pk and slug), the prompts of its prompt stages (pk;
/// walk_stage_prompts, so before the stages that use them), its stages (pk and name), then its
/// bindings (pk, target, stage, order), dumped the way PyYAML does (block style, keys sorted),
/// except that `version: 1` comes first.
/// With policies (FlowExporter.with_policies): the policies bound to the flow or its stage
/// bindings or validating its prompt stages come after the prompts (pk), the policy bindings
/// last (pk, policy, target, order).
QByteArray flowBlueprint(const QJsonObject &flow, const QList<QJsonObject> &prompts, const QList<ExportStage> &stages,
                         const QList<QJsonObject> &bindings, const QString &exportedAt,
                         const QList<ExportStage> &policies = {}, const QList<QJsonObject> &policyBindings = {});

/// One JSON value as YAML (block style, sorted keys) at the given indent; exposed for tests.
QString toYaml(const QJsonValue &value, int indent = 0);

} // namespace akdesk::sandbox
