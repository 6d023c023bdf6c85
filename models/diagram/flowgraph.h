#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace akdesk {

/// A flow's structure as nodes and edges, whichever form the server described it in: Mermaid
/// text (`{"diagram": "graph TD ..."}`, servers up to 2026.8) or `nodes`/`edges` lists (newer).
struct FlowGraph
{
    struct Node
    {
        enum class Kind { Start, Requirement, PreFlow, FlowPolicy, StagePolicy, Stage, End, Other };
        QString id;        ///< "flow_start", "stage_0", "stage_0_policy_1", "done", ...
        Kind kind = Kind::Other;
        QString label;     ///< the whole label, lines joined by '\n'
        QString title;     ///< first label line, e.g. "Stage (Identification Stage)"
        QString name;      ///< second label line, e.g. the stage's name
        int stageIndex = -1;   ///< n of stage_n (and of its policies)
        /// m of stage_n_policy_m and flow_policy_m: the m-th binding with a policy (not a group or
        /// user) on its target, by order (authentik/flows/api/flows_diagram.py enumerates them so).
        int policyIndex = -1;
        QString pk;            ///< object pk when the server says (nodes form)
        QString bindingPk;     ///< the binding of a stage node, when the server says
        int bindingOrder = 0;
    };
    struct Edge
    {
        enum class Kind { Proceed, PolicyPassed, PolicyDenied, Binding, RequirementFulfilled, RequirementFailed, Other };
        QString from;
        QString to;
        QString label;
        Kind kind = Kind::Proceed;
    };

    QList<Node> nodes;
    QList<Edge> edges;

    int indexOf(const QString &id) const;
    const Node *node(const QString &id) const;
    int count(Node::Kind kind) const;

    /// Parses the server's answer (either form). On failure returns false and sets *error.
    static bool fromResponse(const QJsonObject &response, FlowGraph *graph, QString *error = nullptr);
    /// Parses authentik's Mermaid text.
    static bool fromMermaid(const QString &text, FlowGraph *graph, QString *error = nullptr);
    /// Parses the `nodes`/`edges` form.
    static bool fromNodesEdges(const QJsonObject &response, FlowGraph *graph, QString *error = nullptr);

    static Node::Kind kindOfId(const QString &id);
    static Edge::Kind kindOfLabel(const QString &label);
};

} // namespace akdesk
