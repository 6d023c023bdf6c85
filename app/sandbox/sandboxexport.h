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

/// The blueprint authentik's FlowExporter writes for a flow: the flow (identified by pk and slug),
/// its stages (pk and name), then its bindings (pk, target, stage, order), dumped the way PyYAML
/// does (block style, keys sorted), except that `version: 1` comes first.
QByteArray flowBlueprint(const QJsonObject &flow, const QList<ExportStage> &stages, const QList<QJsonObject> &bindings,
                         const QString &exportedAt);

/// One JSON value as YAML (block style, sorted keys) at the given indent; exposed for tests.
QString toYaml(const QJsonValue &value, int indent = 0);

} // namespace akdesk::sandbox
