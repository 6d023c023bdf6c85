#include "app/sandbox/sandboxdiagram.h"

#include <QStringList>

#include <optional>

namespace akdesk::sandbox {

namespace {

/// authentik's DiagramElement (authentik/flows/api/flows_diagram.py): identifier, description,
/// action (None: no edge; "": a plain edge; else a labelled one), the elements it is reached
/// from, and the shape's brackets.
struct Element
{
    QString identifier;
    QString description;
    std::optional<QString> action;
    QList<Element> source;
    QString open = QStringLiteral("[");
    QString close = QStringLiteral("]");

    /// DiagramElement.__str__: double quotes as Mermaid's #quot;, one line per source.
    QString text() const
    {
        QString description = this->description;
        description.replace(QLatin1Char('"'), QStringLiteral("#quot;"));
        QString element = identifier + open + QLatin1Char('"') + description + QLatin1Char('"') + close;
        if (action)
            element = action->isEmpty() ? QStringLiteral("--> ") + element : QStringLiteral("--%1--> ").arg(*action) + element;
        if (source.isEmpty())
            return element;
        QStringList lines;
        for (const Element &from : source)
            lines.append(from.identifier + QLatin1Char(' ') + element);
        return lines.join(QLatin1Char('\n'));
    }
};

Element policyElement(const QString &identifier, const DiagramPolicy &policy, const QString &action, const QList<Element> &parents)
{
    return {identifier, QStringLiteral("Policy (%1)\n%2").arg(policy.kindLabel, policy.name), action, parents, QStringLiteral("{{"), QStringLiteral("}}")};
}

Element end(const std::optional<QString> &action, const QList<Element> &source)
{
    return {QStringLiteral("done"), QStringLiteral("End of the flow"), action, source, QStringLiteral("[["), QStringLiteral("]]")};
}

} // namespace

QString flowDiagram(const QJsonObject &flow, const QList<DiagramPolicy> &flowPolicies, const QList<DiagramStage> &stages)
{
    QList<Element> all;

    // get_flow_auth_requirement
    const QString authentication = flow.value(QLatin1String("authentication")).toString();
    if (!authentication.isEmpty() && authentication != QLatin1String("none")) {
        const Element auth{QStringLiteral("flow_auth_requirement"), QStringLiteral("Flow authentication requirement\n") + authentication, std::nullopt, {}};
        all.append(auth);
        all.append(end(QStringLiteral("Requirement not fulfilled"), {auth}));
        // authentik really names this node "placeholder"; the flow_start line below relabels it.
        all.append(Element{QStringLiteral("flow_start"), QStringLiteral("placeholder"), QStringLiteral("Requirement fulfilled"), {auth}});
    }

    // get_flow_policies: every policy binding of the flow with a policy, by order.
    const Element pre{QStringLiteral("flow_pre"), QStringLiteral("Pre-flow policies"), std::nullopt, {}, QStringLiteral("[["), QStringLiteral("]]")};
    QList<Element> policies;
    for (int i = 0; i < flowPolicies.size(); ++i)
        policies.append(policyElement(QStringLiteral("flow_policy_%1").arg(i), flowPolicies.at(i),
                                      QStringLiteral("Binding %1").arg(flowPolicies.at(i).order), {pre}));
    if (!policies.isEmpty()) {
        all.append(pre);
        all.append(policies);
        all.append(end(QStringLiteral("Policy denied"), policies));
    }
    const Element flowElement{QStringLiteral("flow_start"), QStringLiteral("Flow\n") + flow.value(QLatin1String("name")).toString(),
                              policies.isEmpty() ? std::nullopt : std::optional<QString>(QString()), policies,
                              QStringLiteral("[["), QStringLiteral("]]")};
    all.append(flowElement);

    // get_stages: each stage's policies (reached from the stage before), the stage reached when
    // they pass, and, retroactively, a "Policy denied" edge from the previous stage's policies.
    QList<Element> stageElements;
    QList<Element> elements;
    QList<Element> parents{flowElement};
    for (int s = 0; s < stages.size(); ++s) {
        const DiagramStage &stage = stages.at(s);
        QList<Element> stagePolicies;
        for (int p = 0; p < stage.policies.size(); ++p)
            stagePolicies.append(policyElement(QStringLiteral("stage_%1_policy_%2").arg(s).arg(p), stage.policies.at(p), QString(), parents));
        elements.append(stagePolicies);
        const Element element{QStringLiteral("stage_%1").arg(s), QStringLiteral("Stage (%1)\n%2").arg(stage.kindLabel, stage.name),
                              stagePolicies.isEmpty() ? QString() : QStringLiteral("Policy passed"), stagePolicies,
                              QStringLiteral("(["), QStringLiteral("])")};
        stageElements.append(element);
        parents = {element};
        if (s > 0) {
            for (const Element &from : stageElements.at(s - 1).source)
                elements.append(Element{element.identifier, element.description, QStringLiteral("Policy denied"), {from}, element.open, element.close});
        }
    }
    if (!stageElements.isEmpty())
        elements.append(end(QString(), {stageElements.last()}));
    all.append(stageElements);
    all.append(elements);
    if (stageElements.isEmpty())
        all.append(end(QString(), {flowElement}));

    QStringList lines{QStringLiteral("graph TD")};
    for (const Element &element : std::as_const(all))
        lines.append(element.text());
    return lines.join(QLatin1Char('\n'));
}

} // namespace akdesk::sandbox
