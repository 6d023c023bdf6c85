#include "models/blueprints/blueprintwriter.h"

#include "models/blueprints/blueprintparser.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>

#include <yaml-cpp/yaml.h>

namespace akdesk::blueprints {

namespace {

QString text(const QJsonObject &record, const char *key)
{
    const QJsonValue value = record.value(QLatin1String(key));
    return value.isString() ? value.toString() : QString();
}

/// Fields the API returns but does not take (read-only in the schema): get_attrs() in
/// authentik/blueprints/v1/common.py drops read-only fields and *_set relations.
bool defaultWritable(const QString &, const QString &field)
{
    static const QSet<QString> readOnly = {
        QStringLiteral("pk"), QStringLiteral("policybindingmodel_ptr_id"), QStringLiteral("component"),
        QStringLiteral("verbose_name"), QStringLiteral("verbose_name_plural"), QStringLiteral("meta_model_name"),
        QStringLiteral("background_url"), QStringLiteral("background_themed_urls"), QStringLiteral("stages"),
        QStringLiteral("policies"), QStringLiteral("cache_count"), QStringLiteral("export_url"),
        QStringLiteral("bound_to"), QStringLiteral("managed")};
    return !readOnly.contains(field) && !field.endsWith(QLatin1String("_obj")) && !field.endsWith(QLatin1String("_set"));
}

class EntryBuilder
{
public:
    EntryBuilder(const WriterOptions &options)
        : m_options(options)
    {
    }

    /// A unique, readable id: the same object gets the same id in every export.
    QString reserveId(const QString &wanted)
    {
        QString id = wanted;
        for (int n = 2; m_ids.contains(id); ++n)
            id = wanted + QLatin1Char('-') + QString::number(n);
        m_ids.insert(id);
        return id;
    }

    void know(const QJsonObject &record, const QString &id)
    {
        const QString pk = record.value(QLatin1String("pk")).toVariant().toString();
        if (!pk.isEmpty())
            m_byPk.insert(pk, id);
        const QString pbm = text(record, "policybindingmodel_ptr_id");
        if (!pbm.isEmpty())
            m_byPolicyBindingModel.insert(pbm, id);
    }

    /// A field value with pks of exported objects as `!KeyOf` and outside ones as `!Find`.
    BlueprintValue reference(const QJsonValue &value, bool policyTarget) const
    {
        if (value.isArray()) {
            BlueprintValue list = BlueprintValue::sequence();
            for (const QJsonValue &item : value.toArray())
                list.append(reference(item, policyTarget));
            return list;
        }
        if (value.isString()) { // pks are text (uuids); numbers are orders and counts
            const QString key = value.toVariant().toString();
            const auto &map = policyTarget ? m_byPolicyBindingModel : m_byPk;
            if (map.contains(key))
                return BlueprintValue::scalarTag(QStringLiteral("KeyOf"), map.value(key));
            if (value.isString() && m_options.external.contains(key)) {
                const ExternalReference &ref = m_options.external.value(key);
                return BlueprintValue::sequenceTag(QStringLiteral("Find"), {
                    BlueprintValue::string(ref.model),
                    BlueprintValue::sequence({BlueprintValue::string(ref.field), BlueprintValue::fromJson(ref.value)})});
            }
        }
        return BlueprintValue::fromJson(value);
    }

    BlueprintEntry entry(const QString &model, const QString &id, const QJsonObject &record,
                         const QStringList &identifierFields) const
    {
        BlueprintEntry entry;
        entry.model = BlueprintValue::string(model);
        entry.id = id;
        const bool policyBinding = model == QLatin1String(ModelPolicyBinding);
        for (auto it = record.begin(); it != record.end(); ++it) {
            const QString &field = it.key();
            const bool target = policyBinding && field == QLatin1String("target");
            if (identifierFields.contains(field)) {
                if (!it.value().isNull())
                    entry.identifiers.insert(field, reference(it.value(), target));
                continue;
            }
            const bool writable = m_options.writable ? m_options.writable(model, field) : defaultWritable(model, field);
            // get_attrs() also leaves out values equal to the field's initial (None for most).
            if (!writable || it.value().isNull() || it.value().isUndefined())
                continue;
            entry.attrs.insert(field, reference(it.value(), target));
        }
        return entry;
    }

private:
    const WriterOptions &m_options;
    QSet<QString> m_ids;
    QHash<QString, QString> m_byPk;
    QHash<QString, QString> m_byPolicyBindingModel;
};

QList<QJsonObject> sortedBy(QList<QJsonObject> records, const std::function<bool(const QJsonObject &, const QJsonObject &)> &less)
{
    std::stable_sort(records.begin(), records.end(), less);
    return records;
}

bool byName(const QJsonObject &a, const QJsonObject &b)
{
    return text(a, "name") < text(b, "name");
}

// --- YAML -----------------------------------------------------------------------------------

/// Python's repr() of a float, in a form PyYAML reads back as a float (it wants a dot).
std::string floatText(double value)
{
    if (std::isnan(value))
        return ".nan";
    if (std::isinf(value))
        return value < 0 ? "-.inf" : ".inf";
    QString number = QString::number(value, 'g', QLocale::FloatingPointShortest);
    if (number.contains(QLatin1Char('e'))) {
        const qsizetype e = number.indexOf(QLatin1Char('e'));
        QString mantissa = number.left(e);
        if (!mantissa.contains(QLatin1Char('.')))
            mantissa += QStringLiteral(".0");
        QString exponent = number.mid(e + 1);
        if (!exponent.startsWith(QLatin1Char('-')) && !exponent.startsWith(QLatin1Char('+')))
            exponent.prepend(QLatin1Char('+'));
        number = mantissa + QLatin1Char('e') + exponent;
    } else if (!number.contains(QLatin1Char('.'))) {
        number += QStringLiteral(".0");
    }
    return number.toStdString();
}

/// Literal blocks only where they give the text back exactly: one final newline, no \r, and
/// a first line that does not start with a space (yaml-cpp writes no indentation indicator).
bool fitsLiteral(const QString &value)
{
    return value.contains(QLatin1Char('\n')) && value.endsWith(QLatin1Char('\n'))
        && !value.endsWith(QLatin1String("\n\n")) && !value.contains(QLatin1Char('\r'))
        && !value.startsWith(QLatin1Char(' ')) && !value.startsWith(QLatin1Char('\n'))
        && !value.startsWith(QLatin1Char('\t'));
}

void emitString(YAML::Emitter &out, const QString &value)
{
    const BlueprintValue plain = resolvePlainScalar(value);
    if (fitsLiteral(value))
        out << YAML::Literal << value.toStdString();
    else if (value.isEmpty() || plain.type() != BlueprintValue::Type::String || value.contains(QLatin1Char('\n'))
             || value.trimmed() != value)
        out << YAML::DoubleQuoted << value.toStdString();
    else
        out << value.toStdString();
}

void emitValue(YAML::Emitter &out, const BlueprintValue &value)
{
    switch (value.type()) {
    case BlueprintValue::Type::Null:
        out << YAML::Null;
        return;
    case BlueprintValue::Type::Bool:
        out << (value.toBool() ? "true" : "false");
        return;
    case BlueprintValue::Type::Int:
        out << std::to_string(value.toInt());
        return;
    case BlueprintValue::Type::Double:
        out << floatText(value.toDouble());
        return;
    case BlueprintValue::Type::String:
        emitString(out, value.toString());
        return;
    case BlueprintValue::Type::Sequence:
        if (value.size() == 0) {
            out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
            return;
        }
        out << YAML::BeginSeq;
        for (const BlueprintValue &item : value.items())
            emitValue(out, item);
        out << YAML::EndSeq;
        return;
    case BlueprintValue::Type::Mapping: {
        if (value.size() == 0) {
            out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
            return;
        }
        QStringList keys = value.keys();
        keys.sort(); // BlueprintDumper: yaml.dump sorts keys
        out << YAML::BeginMap;
        for (const QString &key : keys) {
            out << YAML::Key;
            emitString(out, key);
            out << YAML::Value;
            emitValue(out, value.value(key));
        }
        out << YAML::EndMap;
        return;
    }
    case BlueprintValue::Type::Tag:
        out << YAML::LocalTag(value.tagName().toStdString());
        if (value.isScalarTag()) {
            emitString(out, value.items().empty() ? QString() : value.items().front().toString());
            return;
        }
        out << YAML::Flow << YAML::BeginSeq;
        for (const BlueprintValue &item : value.items())
            emitValue(out, item);
        out << YAML::EndSeq;
        return;
    }
}

} // namespace

Blueprint flowBlueprint(const FlowExport &flow, const WriterOptions &options, QStringList *skipped)
{
    Blueprint blueprint;
    BlueprintMetadata metadata;
    metadata.name = options.name.isEmpty() ? QStringLiteral("akdesk export: %1").arg(text(flow.flow, "name")) : options.name;
    metadata.labels.insert(QLatin1String(LabelGenerated), QStringLiteral("true"));
    blueprint.metadata = metadata;

    EntryBuilder builder(options);
    const auto skip = [skipped](const QJsonObject &record, const char *what) {
        if (skipped)
            skipped->append(QStringLiteral("%1 %2").arg(QLatin1String(what), text(record, "name")));
    };
    const QList<QJsonObject> prompts = sortedBy(flow.prompts, byName);
    const QList<QJsonObject> policies = sortedBy(flow.policies, byName);
    const QList<QJsonObject> stages = sortedBy(flow.stages, byName);

    // Ids first, so that any entry can refer to any other by !KeyOf.
    const QString flowId = builder.reserveId(QStringLiteral("flow"));
    builder.know(flow.flow, flowId);
    QHash<QString, QString> stageNames; // stage pk → name, to order bindings of equal order
    QList<QString> promptIds, policyIds, stageIds;
    for (const QJsonObject &prompt : prompts) {
        promptIds << builder.reserveId(QStringLiteral("prompt-") + text(prompt, "name"));
        builder.know(prompt, promptIds.last());
    }
    for (const QJsonObject &policy : policies) {
        policyIds << builder.reserveId(QStringLiteral("policy-") + text(policy, "name"));
        builder.know(policy, policyIds.last());
    }
    for (const QJsonObject &stage : stages) {
        stageIds << builder.reserveId(QStringLiteral("stage-") + text(stage, "name"));
        builder.know(stage, stageIds.last());
        stageNames.insert(text(stage, "pk"), text(stage, "name"));
    }
    const QList<QJsonObject> bindings = sortedBy(flow.bindings, [&](const QJsonObject &a, const QJsonObject &b) {
        const qint64 oa = a.value(QLatin1String("order")).toInteger();
        const qint64 ob = b.value(QLatin1String("order")).toInteger();
        return oa != ob ? oa < ob : stageNames.value(text(a, "stage")) < stageNames.value(text(b, "stage"));
    });
    QList<QString> bindingIds;
    QHash<QString, int> targetRank; // policy binding target → place: the flow, then its bindings
    targetRank.insert(text(flow.flow, "policybindingmodel_ptr_id"), 0);
    for (const QJsonObject &binding : bindings) {
        bindingIds << builder.reserveId(QStringLiteral("binding-%1-%2")
                                            .arg(binding.value(QLatin1String("order")).toInteger())
                                            .arg(stageNames.value(text(binding, "stage"), text(binding, "stage"))));
        builder.know(binding, bindingIds.last());
        targetRank.insert(text(binding, "policybindingmodel_ptr_id"), int(targetRank.size()));
    }

    blueprint.entries.append(builder.entry(QLatin1String(ModelFlow), flowId, flow.flow, {QStringLiteral("slug")}));
    for (qsizetype i = 0; i < prompts.size(); ++i)
        blueprint.entries.append(builder.entry(QLatin1String(ModelPrompt), promptIds[i], prompts[i], {QStringLiteral("name")}));
    for (qsizetype i = 0; i < policies.size(); ++i) {
        const QString model = text(policies[i], "meta_model_name");
        if (model.isEmpty()) {
            skip(policies[i], "policy");
            continue;
        }
        blueprint.entries.append(builder.entry(model, policyIds[i], policies[i], {QStringLiteral("name")}));
    }
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const QString model = text(stages[i], "meta_model_name");
        if (model.isEmpty()) {
            skip(stages[i], "stage");
            continue;
        }
        blueprint.entries.append(builder.entry(model, stageIds[i], stages[i], {QStringLiteral("name")}));
    }
    for (qsizetype i = 0; i < bindings.size(); ++i)
        blueprint.entries.append(builder.entry(QLatin1String(ModelFlowStageBinding), bindingIds[i], bindings[i],
                                               {QStringLiteral("target"), QStringLiteral("stage"), QStringLiteral("order")}));
    const QList<QJsonObject> policyBindings = sortedBy(flow.policyBindings, [&](const QJsonObject &a, const QJsonObject &b) {
        const int ta = targetRank.value(text(a, "target"), int(targetRank.size()));
        const int tb = targetRank.value(text(b, "target"), int(targetRank.size()));
        if (ta != tb)
            return ta < tb;
        return a.value(QLatin1String("order")).toInteger() < b.value(QLatin1String("order")).toInteger();
    });
    for (const QJsonObject &binding : policyBindings) {
        // exporter.py: policy, target and order identify a policy binding; group and user
        // bindings have no policy, so what they bind identifies them instead.
        blueprint.entries.append(builder.entry(QLatin1String(ModelPolicyBinding), QString(), binding,
                                               {QStringLiteral("policy"), QStringLiteral("group"), QStringLiteral("user"),
                                                QStringLiteral("target"), QStringLiteral("order")}));
    }
    return blueprint;
}

QByteArray writeBlueprint(const Blueprint &blueprint)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap;
    if (blueprint.context.size() > 0) {
        out << YAML::Key << "context" << YAML::Value;
        emitValue(out, blueprint.context);
    }
    out << YAML::Key << "entries" << YAML::Value;
    if (blueprint.entries.isEmpty())
        out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
    else
        out << YAML::BeginSeq;
    for (const BlueprintEntry &entry : blueprint.entries) {
        // Keys in sorted order, as BlueprintDumper writes them; empty parts left out.
        out << YAML::BeginMap;
        if (entry.attrs.size() > 0) {
            out << YAML::Key << "attrs" << YAML::Value;
            emitValue(out, entry.attrs);
        }
        if (!entry.conditions.empty()) {
            out << YAML::Key << "conditions" << YAML::Value;
            emitValue(out, BlueprintValue::sequence(entry.conditions));
        }
        if (!entry.id.isEmpty()) {
            out << YAML::Key << "id" << YAML::Value;
            emitString(out, entry.id);
        }
        out << YAML::Key << "identifiers" << YAML::Value;
        emitValue(out, entry.identifiers);
        out << YAML::Key << "model" << YAML::Value;
        emitValue(out, entry.model);
        if (entry.permissions.size() > 0) {
            out << YAML::Key << "permissions" << YAML::Value;
            emitValue(out, entry.permissions);
        }
        out << YAML::Key << "state" << YAML::Value;
        emitValue(out, entry.state);
        out << YAML::EndMap;
    }
    if (!blueprint.entries.isEmpty())
        out << YAML::EndSeq;
    if (blueprint.metadata) {
        out << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap;
        if (!blueprint.metadata->labels.isEmpty()) {
            out << YAML::Key << "labels" << YAML::Value << YAML::BeginMap;
            for (auto it = blueprint.metadata->labels.begin(); it != blueprint.metadata->labels.end(); ++it) {
                out << YAML::Key;
                emitString(out, it.key());
                out << YAML::Value;
                emitString(out, it.value());
            }
            out << YAML::EndMap;
        }
        out << YAML::Key << "name" << YAML::Value;
        emitString(out, blueprint.metadata->name);
        out << YAML::EndMap;
    }
    out << YAML::Key << "version" << YAML::Value << blueprint.version;
    out << YAML::EndMap;
    QByteArray yaml(out.c_str(), qsizetype(out.size()));
    if (!yaml.endsWith('\n'))
        yaml.append('\n');
    return yaml;
}

} // namespace akdesk::blueprints
