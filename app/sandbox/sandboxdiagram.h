#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace akdesk::sandbox {

/// One stage of a flow as the diagram shows it, in binding order.
struct DiagramStage
{
    QString kindLabel;  ///< the stage's verbose_name, e.g. "Identification Stage"
    QString name;
};

/// The Mermaid text authentik's FlowDiagram.build() produces for a flow without policies:
/// the authentication requirement, the flow, its stages chained in binding order, the end.
QString flowDiagram(const QJsonObject &flow, const QList<DiagramStage> &stages);

} // namespace akdesk::sandbox
