#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace akdesk::sandbox {

/// One policy bound to a flow or a stage binding, as the diagram names it.
struct DiagramPolicy
{
    QString kindLabel;  ///< the policy's verbose_name, e.g. "Expression Policy"
    QString name;
    int order = 0;      ///< the policy binding's order
};

/// One stage of a flow as the diagram shows it, in binding order.
struct DiagramStage
{
    QString kindLabel;  ///< the stage's verbose_name, e.g. "Identification Stage"
    QString name;
    QList<DiagramPolicy> policies;  ///< policies bound to the stage binding, by order
};

/// The Mermaid text authentik's FlowDiagram.build() produces (authentik/flows/api/
/// flows_diagram.py): the authentication requirement, the flow's policies, the flow, each stage
/// behind its binding's policies with their passed and denied edges, the end.
QString flowDiagram(const QJsonObject &flow, const QList<DiagramPolicy> &flowPolicies, const QList<DiagramStage> &stages);

} // namespace akdesk::sandbox
