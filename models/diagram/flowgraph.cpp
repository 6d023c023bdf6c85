#include "models/diagram/flowgraph.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace akdesk {

namespace {

/// One Mermaid statement: an optional source, an optional arrow with label, and a node.
struct Statement
{
    QString source;
    bool hasArrow = false;
    QString arrowLabel;
    QString id;
    QString label;
    bool hasLabel = false;
};

/// Splits Mermaid text into statements at newlines and ';' outside quoted labels (authentik's
/// labels hold a newline between their kind and name lines).
QStringList splitStatements(const QString &text)
{
    QStringList statements;
    QString current;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char(';'))) {
            statements.append(current);
            current.clear();
            continue;
        }
        current.append(c);
    }
    statements.append(current);
    return statements;
}

bool isIdChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-');
}

/// Reads an arrow at `pos`: "-->", "--label-->", "-- label -->", "-.->", "==>", "---". Returns
/// the position after it, or -1 when there is no arrow.
int readArrow(const QString &s, int pos, QString *label)
{
    static const QRegularExpression arrow(QStringLiteral(
        R"(\G\s*(?:--\s*([^->][^>]*?)\s*-->|-\.\s*([^.>][^.]*?)\s*\.->|==\s*([^=>][^=]*?)\s*==>|-->|-\.->|==>|---)\s*(?:\|([^|]*)\|)?)"));
    const QRegularExpressionMatch match = arrow.match(s, pos, QRegularExpression::NormalMatch,
                                                      QRegularExpression::AnchorAtOffsetMatchOption);
    if (!match.hasMatch())
        return -1;
    *label = QString();
    for (int group = 1; group <= 4; ++group) {
        if (!match.captured(group).isEmpty())
            *label = match.captured(group).trimmed();
    }
    return int(match.capturedEnd());
}

/// Reads a node "id", "id[...]", "id[["..."]]", "id(["..."])", "id{{"..."}}" at `pos`.
int readNode(const QString &s, int pos, Statement *st, QString *error)
{
    while (pos < s.size() && s.at(pos).isSpace())
        ++pos;
    const int start = pos;
    while (pos < s.size() && isIdChar(s.at(pos)))
        ++pos;
    if (pos == start) {
        *error = QCoreApplication::translate("akdesk::FlowGraph", "expected a node id at \"%1\"").arg(s.mid(start, 20));
        return -1;
    }
    st->id = s.mid(start, pos - start);
    if (pos >= s.size() || QStringLiteral("[({>").indexOf(s.at(pos)) < 0)
        return pos;
    // Shape: opening brackets, a label (quoted or bare), the matching closing brackets.
    int open = pos;
    while (pos < s.size() && QStringLiteral("[({>").indexOf(s.at(pos)) >= 0)
        ++pos;
    const QString opening = s.mid(open, pos - open);
    QString closing;
    for (auto it = opening.crbegin(); it != opening.crend(); ++it) {
        const QChar c = *it;
        closing.append(c == QLatin1Char('[') ? QLatin1Char(']')
                       : c == QLatin1Char('(') ? QLatin1Char(')')
                       : c == QLatin1Char('{') ? QLatin1Char('}')
                                               : QLatin1Char(']'));
    }
    if (pos < s.size() && s.at(pos) == QLatin1Char('"')) {
        const int end = int(s.indexOf(QLatin1Char('"'), pos + 1));
        if (end < 0) {
            *error = QCoreApplication::translate("akdesk::FlowGraph", "unterminated label of %1").arg(st->id);
            return -1;
        }
        st->label = s.mid(pos + 1, end - pos - 1);
        pos = end + 1;
    } else {
        const int end = int(s.indexOf(closing, pos));
        if (end < 0) {
            *error = QCoreApplication::translate("akdesk::FlowGraph", "unterminated shape of %1").arg(st->id);
            return -1;
        }
        st->label = s.mid(pos, end - pos);
        pos = end;
    }
    if (s.mid(pos, closing.size()) != closing) {
        *error = QCoreApplication::translate("akdesk::FlowGraph", "expected \"%1\" after the label of %2").arg(closing, st->id);
        return -1;
    }
    st->hasLabel = true;
    st->label.replace(QStringLiteral("#quot;"), QStringLiteral("\""));
    st->label.replace(QStringLiteral("<br>"), QStringLiteral("\n"));
    return pos + int(closing.size());
}

/// The stage and policy numbers in an id: stage_2, stage_2_policy_0, flow_policy_1.
void numbersOf(FlowGraph::Node *node)
{
    static const QRegularExpression numbers(QStringLiteral(R"(^(?:stage_(\d+))?_?(?:(?:flow_)?policy_(\d+))?$)"));
    const QRegularExpressionMatch match = numbers.match(node->id);
    if (!match.hasMatch())
        return;
    if (!match.captured(1).isEmpty())
        node->stageIndex = match.captured(1).toInt();
    if (!match.captured(2).isEmpty())
        node->policyIndex = match.captured(2).toInt();
}

/// `indexes` maps the ids already in `graph` to their index: a lookup per node, not a scan,
/// so that parsing stays linear in the size of the diagram.
void addOrUpdateNode(FlowGraph *graph, QHash<QString, int> *indexes, const QString &id, const QString &label, bool hasLabel)
{
    int index = indexes->value(id, -1);
    if (index < 0) {
        FlowGraph::Node node;
        node.id = id;
        node.kind = FlowGraph::kindOfId(id);
        numbersOf(&node);
        graph->nodes.append(node);
        index = int(graph->nodes.size()) - 1;
        indexes->insert(id, index);
    }
    // authentik repeats a node to draw a second edge into it; a "placeholder" label adds nothing.
    if (hasLabel && label != QLatin1String("placeholder")) {
        FlowGraph::Node &node = graph->nodes[index];
        node.label = label;
        node.title = label.section(QLatin1Char('\n'), 0, 0).trimmed();
        node.name = label.section(QLatin1Char('\n'), 1).trimmed();
    }
}

} // namespace

int FlowGraph::indexOf(const QString &id) const
{
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).id == id)
            return i;
    }
    return -1;
}

const FlowGraph::Node *FlowGraph::node(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &nodes.at(index);
}

int FlowGraph::count(Node::Kind kind) const
{
    return int(std::count_if(nodes.begin(), nodes.end(), [kind](const Node &n) { return n.kind == kind; }));
}

FlowGraph::Node::Kind FlowGraph::kindOfId(const QString &id)
{
    if (id == QLatin1String("flow_start"))
        return Node::Kind::Start;
    if (id == QLatin1String("done"))
        return Node::Kind::End;
    if (id == QLatin1String("flow_pre"))
        return Node::Kind::PreFlow;
    if (id == QLatin1String("flow_auth_requirement"))
        return Node::Kind::Requirement;
    if (id.startsWith(QLatin1String("flow_policy_")))
        return Node::Kind::FlowPolicy;
    if (id.startsWith(QLatin1String("stage_")))
        return id.contains(QLatin1String("_policy_")) ? Node::Kind::StagePolicy : Node::Kind::Stage;
    return Node::Kind::Other;
}

FlowGraph::Edge::Kind FlowGraph::kindOfLabel(const QString &label)
{
    const QString l = label.toLower();
    if (l.isEmpty() || l == QLatin1String("proceed"))
        return Edge::Kind::Proceed;
    if (l.contains(QLatin1String("policy passed")) || l == QLatin1String("policy-passed"))
        return Edge::Kind::PolicyPassed;
    if (l.contains(QLatin1String("policy denied")) || l == QLatin1String("policy-denied"))
        return Edge::Kind::PolicyDenied;
    if (l.startsWith(QLatin1String("binding")))
        return Edge::Kind::Binding;
    if (l.contains(QLatin1String("not fulfilled")) || l == QLatin1String("requirement-failed"))
        return Edge::Kind::RequirementFailed;
    if (l.contains(QLatin1String("fulfilled")) || l == QLatin1String("requirement-fulfilled"))
        return Edge::Kind::RequirementFulfilled;
    return Edge::Kind::Other;
}

bool FlowGraph::fromMermaid(const QString &text, FlowGraph *graph, QString *error)
{
    FlowGraph result;
    QHash<QString, int> indexes;
    QString problem;
    QString previous;  // last node of the previous statement: a line that starts with an arrow continues from it
    bool header = false;
    const QStringList statements = splitStatements(text);
    for (int line = 0; line < statements.size(); ++line) {
        const QString s = statements.at(line).trimmed();
        if (s.isEmpty() || s.startsWith(QLatin1String("%%")) || s.startsWith(QLatin1String("style "))
            || s.startsWith(QLatin1String("classDef ")) || s.startsWith(QLatin1String("class ")))
            continue;
        if (!header) {
            if (!s.startsWith(QLatin1String("graph")) && !s.startsWith(QLatin1String("flowchart"))) {
                problem = QCoreApplication::translate("akdesk::FlowGraph", "not a Mermaid flowchart (it starts with \"%1\")").arg(s.left(30));
                break;
            }
            header = true;
            continue;
        }
        int pos = 0;
        QString current;
        QString label;
        const int arrowFirst = readArrow(s, 0, &label);
        if (arrowFirst >= 0) {
            if (previous.isEmpty()) {
                problem = QCoreApplication::translate("akdesk::FlowGraph", "line %1 starts with an arrow but follows no node").arg(line + 1);
                break;
            }
            current = previous;
            pos = 0;
        } else {
            Statement st;
            pos = readNode(s, 0, &st, &problem);
            if (pos < 0)
                break;
            addOrUpdateNode(&result, &indexes, st.id, st.label, st.hasLabel);
            current = st.id;
        }
        // Any number of "arrow node" pairs follow.
        while (pos < s.size()) {
            const int afterArrow = readArrow(s, pos, &label);
            if (afterArrow < 0) {
                if (!s.mid(pos).trimmed().isEmpty())
                    problem = QCoreApplication::translate("akdesk::FlowGraph", "unexpected \"%1\" on line %2").arg(s.mid(pos, 20).trimmed()).arg(line + 1);
                break;
            }
            Statement target;
            pos = readNode(s, afterArrow, &target, &problem);
            if (pos < 0)
                break;
            addOrUpdateNode(&result, &indexes, target.id, target.label, target.hasLabel);
            result.edges.append({current, target.id, label, kindOfLabel(label)});
            current = target.id;
        }
        if (!problem.isEmpty())
            break;
        previous = current;
    }
    if (problem.isEmpty() && !header)
        problem = QCoreApplication::translate("akdesk::FlowGraph", "the diagram is empty");
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    *graph = result;
    return true;
}

bool FlowGraph::fromNodesEdges(const QJsonObject &response, FlowGraph *graph, QString *error)
{
    const QJsonArray nodes = response.value(QLatin1String("nodes")).toArray();
    const QJsonArray edges = response.value(QLatin1String("edges")).toArray();
    FlowGraph result;
    QSet<QString> ids;
    for (const QJsonValue &value : nodes) {
        const QJsonObject n = value.toObject();
        Node node;
        node.id = n.value(QLatin1String("identifier")).toString();
        if (node.id.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("akdesk::FlowGraph", "a node has no identifier");
            return false;
        }
        const QString type = n.value(QLatin1String("type")).toString();
        node.kind = kindOfId(node.id);
        if (type == QLatin1String("start"))
            node.kind = Node::Kind::Start;
        else if (type == QLatin1String("end"))
            node.kind = Node::Kind::End;
        else if (type == QLatin1String("stage"))
            node.kind = Node::Kind::Stage;
        else if (type == QLatin1String("policy"))
            node.kind = node.id.startsWith(QLatin1String("stage_")) ? Node::Kind::StagePolicy : Node::Kind::FlowPolicy;
        node.name = n.value(QLatin1String("name")).toString();
        node.title = n.value(QLatin1String("verbose_name")).toString();
        node.label = node.name.isEmpty() ? node.title : node.title + QLatin1Char('\n') + node.name;
        node.pk = n.value(QLatin1String("pk")).toVariant().toString();
        node.bindingPk = n.value(QLatin1String("binding_pk")).toVariant().toString();
        node.bindingOrder = n.value(QLatin1String("binding_order")).toInt();
        numbersOf(&node);
        ids.insert(node.id);
        result.nodes.append(node);
    }
    for (const QJsonValue &value : edges) {
        const QJsonObject e = value.toObject();
        Edge edge;
        edge.from = e.value(QLatin1String("origin")).toString();
        edge.to = e.value(QLatin1String("target")).toString();
        const QString type = e.value(QLatin1String("type")).toString();
        edge.kind = kindOfLabel(type);
        edge.label = e.value(QLatin1String("label")).toString();
        if (edge.label.isEmpty() && edge.kind != Edge::Kind::Proceed) {
            QString words = type;
            words.replace(QLatin1Char('-'), QLatin1Char(' '));
            if (!words.isEmpty())
                words[0] = words.at(0).toUpper();
            edge.label = words;
        }
        if (!ids.contains(edge.from) || !ids.contains(edge.to)) {
            if (error)
                *error = QCoreApplication::translate("akdesk::FlowGraph", "an edge joins unknown nodes %1 and %2").arg(edge.from, edge.to);
            return false;
        }
        result.edges.append(edge);
    }
    *graph = result;
    return true;
}

bool FlowGraph::fromResponse(const QJsonObject &response, FlowGraph *graph, QString *error)
{
    if (response.value(QLatin1String("nodes")).isArray())
        return fromNodesEdges(response, graph, error);
    if (response.value(QLatin1String("diagram")).isString())
        return fromMermaid(response.value(QLatin1String("diagram")).toString(), graph, error);
    if (error)
        *error = QCoreApplication::translate("akdesk::FlowGraph", "the answer has neither \"diagram\" nor \"nodes\"");
    return false;
}

} // namespace akdesk
