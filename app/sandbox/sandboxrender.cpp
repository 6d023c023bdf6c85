// The flow's diagram (Mermaid, as authentik draws it) and its export (a blueprint).

#include "app/sandbox/sandboxstore.h"

#include "models/schema/schemaregistry.h"

#include <QJsonDocument>

namespace akdesk::sandbox {

namespace {

QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }

QString quoteLabel(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("#quot;"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString json(const QJsonValue &value)
{
    // JSON is valid YAML, so values and attribute maps are written in JSON's flow style.
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

} // namespace

Reply SandboxStore::flowDiagram(const QString &slug) const
{
    const QString pk = flowPkBySlug(slug);
    if (pk.isEmpty())
        return Reply::detail(404, QStringLiteral("No Flow matches the given query."));
    const QJsonObject flow = m_flows.value(pk);
    QStringList lines{QStringLiteral("graph TD")};
    // authentik's FlowDiagram.build(): the authentication requirement first, then the flow, then
    // each stage in binding order chained from the one before, then the end.
    const QString authentication = str(flow, "authentication");
    if (!authentication.isEmpty() && authentication != QLatin1String("none")) {
        lines.append(QStringLiteral("flow_auth_requirement[%1]").arg(quoteLabel(QStringLiteral("Flow authentication requirement\n") + authentication)));
        lines.append(QStringLiteral("flow_auth_requirement --Requirement not fulfilled--> done[[%1]]").arg(quoteLabel(QStringLiteral("End of the flow"))));
        lines.append(QStringLiteral("flow_auth_requirement --Requirement fulfilled--> flow_start[%1]").arg(quoteLabel(QStringLiteral("placeholder"))));
    }
    lines.append(QStringLiteral("flow_start[[%1]]").arg(quoteLabel(QStringLiteral("Flow\n") + str(flow, "name"))));
    const QList<QJsonObject> bindings = bindingsOfFlow(pk);
    int index = 0;
    for (const QJsonObject &binding : bindings) {
        const auto stage = m_stages.constFind(str(binding, "stage"));
        if (stage == m_stages.constEnd())
            continue;
        const ResourceDescriptor *kind = m_schema->resource(stage->kind);
        lines.append(QStringLiteral("--> stage_%1([%2])")
                         .arg(index)
                         .arg(quoteLabel(QStringLiteral("Stage (%1)\n%2").arg(kind->label, str(stage->fields, "name")))));
        ++index;
    }
    const QString last = index > 0 ? QStringLiteral("stage_%1").arg(index - 1) : QStringLiteral("flow_start");
    lines.append(QStringLiteral("%1 --> done[[%2]]").arg(last, quoteLabel(QStringLiteral("End of the flow"))));
    return Reply::json(200, QJsonObject{{QStringLiteral("diagram"), lines.join(QLatin1Char('\n'))}});
}

Reply SandboxStore::flowExport(const QString &slug) const
{
    const QString pk = flowPkBySlug(slug);
    if (pk.isEmpty())
        return Reply::detail(404, QStringLiteral("No Flow matches the given query."));
    const QJsonObject flow = m_flows.value(pk);
    QStringList out;
    out << QStringLiteral("version: 1")
        << QStringLiteral("metadata:")
        << QStringLiteral("  name: %1").arg(json(QStringLiteral("akdesk sandbox - %1").arg(str(flow, "name"))))
        << QStringLiteral("  labels:")
        << QStringLiteral("    blueprints.goauthentik.io/generated: \"true\"")
        << QStringLiteral("entries:");
    auto entry = [&out](const QString &model, const QJsonObject &identifiers, const QJsonObject &attrs) {
        out << QStringLiteral("- model: %1").arg(model)
            << QStringLiteral("  identifiers: %1").arg(json(identifiers))
            << QStringLiteral("  attrs: %1").arg(json(attrs));
    };
    QJsonObject flowAttrs = flow;
    flowAttrs.remove(QStringLiteral("pk"));
    entry(QStringLiteral("authentik_flows.flow"), {{QStringLiteral("slug"), slug}}, flowAttrs);
    for (const QJsonObject &binding : bindingsOfFlow(pk)) {
        const auto stage = m_stages.constFind(str(binding, "stage"));
        if (stage == m_stages.constEnd())
            continue;
        QJsonObject stageAttrs = stage->fields;
        stageAttrs.remove(QStringLiteral("pk"));
        entry(m_schema->resource(stage->kind)->modelName, {{QStringLiteral("pk"), str(stage->fields, "pk")}}, stageAttrs);
        QJsonObject bindingAttrs = binding;
        bindingAttrs.remove(QStringLiteral("pk"));
        entry(QStringLiteral("authentik_flows.flowstagebinding"),
              {{QStringLiteral("pk"), str(binding, "pk")}}, bindingAttrs);
    }
    Reply reply;
    reply.status = 200;
    reply.body = out.join(QLatin1Char('\n')).toUtf8() + '\n';
    reply.contentType = QByteArrayLiteral("application/yaml");
    return reply;
}

} // namespace akdesk::sandbox
