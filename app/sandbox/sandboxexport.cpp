#include "app/sandbox/sandboxexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>

namespace akdesk::sandbox {

namespace {

/// True when a string must be quoted so that YAML reads it back as the same string: it would
/// otherwise be a number, boolean or null, or it holds YAML's indicators.
bool needsQuotes(const QString &text)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace() || text.endsWith(QLatin1Char(':')))
        return true;
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (indicators.contains(text.front()) && !(text.front() == QLatin1Char('-') && text.size() > 1 && text.at(1) != QLatin1Char(' ')))
        return true;
    if (text.contains(QLatin1String(": ")) || text.contains(QLatin1String(" #")))
        return true;
    static const QRegularExpression special(QStringLiteral(
        "^(?:~|null|true|false|yes|no|on|off|y|n|[-+]?(?:\\d[\\d_]*)?\\.?\\d*(?:[eE][-+]?\\d+)?|[-+]?\\.(?:inf|nan)|0[xo][0-9a-fA-F_]+|[\\d:]+)$"),
        QRegularExpression::CaseInsensitiveOption);
    return special.match(text).hasMatch();
}

QString scalar(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == double(qint64(number)) ? QString::number(qint64(number)) : QString::number(number);
    }
    default:
        break;
    }
    const QString text = value.toString();
    bool control = false;
    for (const QChar c : text)
        control = control || c.unicode() < 0x20;
    if (control) {
        // A JSON string is a valid YAML double-quoted scalar.
        const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }
    if (!needsQuotes(text))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

QString toYaml(const QJsonValue &value, int indent)
{
    const QString pad(indent, QLatin1Char(' '));
    QString out;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty())
            return QStringLiteral("{}");
        QStringList keys = object.keys();
        keys.sort();
        for (const QString &key : std::as_const(keys)) {
            const QJsonValue child = object.value(key);
            out += pad + scalar(key) + QLatin1Char(':');
            if (child.isObject() && !child.toObject().isEmpty())
                out += QLatin1Char('\n') + toYaml(child, indent + 2);
            else if (child.isArray() && !child.toArray().isEmpty())
                out += QLatin1Char('\n') + toYaml(child, indent);  // PyYAML does not indent a list under its key
            else
                out += QLatin1Char(' ') + toYaml(child, 0) + QLatin1Char('\n');
        }
        return out;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return QStringLiteral("[]");
        for (const QJsonValue &item : array) {
            if (item.isObject() && !item.toObject().isEmpty())
                out += pad + QStringLiteral("- ") + toYaml(item, indent + 2).mid(indent + 2);
            else if (item.isArray() && !item.toArray().isEmpty())
                out += pad + QStringLiteral("- ") + toYaml(item, indent + 2).mid(indent + 2);
            else
                out += pad + QStringLiteral("- ") + toYaml(item, 0) + QLatin1Char('\n');
        }
        return out;
    }
    return scalar(value);
}

QByteArray flowBlueprint(const QJsonObject &flow, const QList<QJsonObject> &prompts, const QList<ExportStage> &stages,
                         const QList<QJsonObject> &bindings, const QString &exportedAt,
                         const QList<ExportStage> &policies, const QList<QJsonObject> &policyBindings)
{
    // BlueprintEntry.from_model(): the pk plus the named identifiers, which leave the attributes.
    auto entry = [](const QString &model, QJsonObject attrs, const QStringList &identifierNames) {
        QJsonObject identifiers{{QStringLiteral("pk"), attrs.take(QStringLiteral("pk"))}};
        for (const QString &name : identifierNames)
            identifiers.insert(name, attrs.take(name));
        return QJsonObject{{QStringLiteral("attrs"), attrs},
                           {QStringLiteral("conditions"), QJsonArray()},
                           {QStringLiteral("id"), QJsonValue::Null},
                           {QStringLiteral("identifiers"), identifiers},
                           {QStringLiteral("model"), model},
                           // BlueprintEntry.permissions (authentik/blueprints/v1/common.py), [] when exported
                           {QStringLiteral("permissions"), QJsonArray()},
                           {QStringLiteral("state"), QStringLiteral("present")}};
    };
    QJsonArray entries{entry(QStringLiteral("authentik_flows.flow"), flow, {QStringLiteral("slug")})};
    for (QJsonObject prompt : prompts) {
        // get_attrs() (authentik/blueprints/v1/common.py) leaves out read-only fields such as
        // the prompt's prompt_stages_obj.
        const QStringList keys = prompt.keys();
        for (const QString &key : keys) {
            if (key.endsWith(QLatin1String("_obj")) || key.endsWith(QLatin1String("_set")))
                prompt.remove(key);
        }
        entries.append(entry(QStringLiteral("authentik_stages_prompt.prompt"), prompt, {}));
    }
    // FlowExporter.get_entries (authentik/blueprints/v1/exporter.py): flow, prompts, policies,
    // stages, stage bindings, policy bindings.
    for (const ExportStage &policy : policies)
        entries.append(entry(policy.model, policy.fields, {}));
    for (const ExportStage &stage : stages)
        entries.append(entry(stage.model, stage.fields, {QStringLiteral("name")}));
    for (const QJsonObject &binding : bindings)
        entries.append(entry(QStringLiteral("authentik_flows.flowstagebinding"), binding,
                             {QStringLiteral("target"), QStringLiteral("stage"), QStringLiteral("order")}));
    for (const QJsonObject &binding : policyBindings)
        entries.append(entry(QStringLiteral("authentik_policies.policybinding"), binding,
                             {QStringLiteral("policy"), QStringLiteral("target"), QStringLiteral("order")}));
    const QJsonObject blueprint{
        {QStringLiteral("context"), QJsonObject()},
        {QStringLiteral("entries"), entries},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("labels"), QJsonObject{{QStringLiteral("blueprints.goauthentik.io/generated"), QStringLiteral("true")}}},
                     {QStringLiteral("name"), QStringLiteral("authentik Export - %1").arg(exportedAt)}}},
    };
    // PyYAML would write `version: 1` last (sorted keys); akdesk puts it first, as authentik's own
    // blueprint files do, so that a file is recognisable from its first line. YAML readers do
    // not care about the order.
    return QByteArrayLiteral("version: 1\n") + toYaml(blueprint).toUtf8();
}

} // namespace akdesk::sandbox
