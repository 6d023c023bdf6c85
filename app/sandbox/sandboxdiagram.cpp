#include "app/sandbox/sandboxdiagram.h"

#include <QStringList>

namespace akdesk::sandbox {

namespace {

/// authentik's DiagramElement: identifier, then the label between the shape's brackets, with
/// double quotes written as Mermaid's #quot; entity.
QString element(const QString &identifier, const QString &label, const char *open, const char *close)
{
    QString escaped = label;
    escaped.replace(QLatin1Char('"'), QStringLiteral("#quot;"));
    return identifier + QLatin1String(open) + QLatin1Char('"') + escaped + QLatin1Char('"') + QLatin1String(close);
}

} // namespace

QString flowDiagram(const QJsonObject &flow, const QList<DiagramStage> &stages)
{
    const QString end = element(QStringLiteral("done"), QStringLiteral("End of the flow"), "[[", "]]");
    QStringList lines{QStringLiteral("graph TD")};

    const QString authentication = flow.value(QLatin1String("authentication")).toString();
    if (!authentication.isEmpty() && authentication != QLatin1String("none")) {
        lines.append(element(QStringLiteral("flow_auth_requirement"),
                             QStringLiteral("Flow authentication requirement\n") + authentication, "[", "]"));
        lines.append(QStringLiteral("flow_auth_requirement --Requirement not fulfilled--> ") + end);
        // authentik really names this node "placeholder"; the flow_start line below relabels it.
        lines.append(QStringLiteral("flow_auth_requirement --Requirement fulfilled--> ")
                     + element(QStringLiteral("flow_start"), QStringLiteral("placeholder"), "[", "]"));
    }
    lines.append(element(QStringLiteral("flow_start"), QStringLiteral("Flow\n") + flow.value(QLatin1String("name")).toString(), "[[", "]]"));

    // Without stage policies authentik writes each stage as "--> stage_N(...)", which Mermaid
    // chains from the line before.
    for (int i = 0; i < stages.size(); ++i) {
        const DiagramStage &stage = stages.at(i);
        lines.append(QStringLiteral("--> ")
                     + element(QStringLiteral("stage_%1").arg(i), QStringLiteral("Stage (%1)\n%2").arg(stage.kindLabel, stage.name), "([", "])"));
    }
    const QString last = stages.isEmpty() ? QStringLiteral("flow_start") : QStringLiteral("stage_%1").arg(stages.size() - 1);
    lines.append(last + QStringLiteral(" --> ") + end);
    return lines.join(QLatin1Char('\n'));
}

} // namespace akdesk::sandbox
