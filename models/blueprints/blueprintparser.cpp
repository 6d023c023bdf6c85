#include "models/blueprints/blueprintparser.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace akdesk::blueprints {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("akdesk::BlueprintParser", text);
}

} // namespace

// The YAML 1.1 resolvers of PyYAML (yaml/resolver.py): 0o17 is not octal but 017 is.
BlueprintValue resolvePlainScalar(const QString &text)
{
    static const QRegularExpression nullRe(QStringLiteral("^(?:~|null|Null|NULL|)$"));
    static const QRegularExpression trueRe(QStringLiteral("^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$"));
    static const QRegularExpression falseRe(QStringLiteral("^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$"));
    static const QRegularExpression intRe(QStringLiteral(
        "^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+)$"));
    static const QRegularExpression floatRe(QStringLiteral(
        "^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9_]+(?:[eE][-+][0-9]+)?"
        "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"));
    if (nullRe.match(text).hasMatch())
        return BlueprintValue::null();
    if (trueRe.match(text).hasMatch())
        return BlueprintValue::boolean(true);
    if (falseRe.match(text).hasMatch())
        return BlueprintValue::boolean(false);
    if (intRe.match(text).hasMatch()) {
        QString digits = text;
        digits.remove(QLatin1Char('_'));
        bool negative = digits.startsWith(QLatin1Char('-'));
        if (digits.startsWith(QLatin1Char('-')) || digits.startsWith(QLatin1Char('+')))
            digits = digits.mid(1);
        int base = 10;
        if (digits.startsWith(QLatin1String("0b"))) {
            base = 2;
            digits = digits.mid(2);
        } else if (digits.startsWith(QLatin1String("0x"))) {
            base = 16;
            digits = digits.mid(2);
        } else if (digits.size() > 1 && digits.startsWith(QLatin1Char('0'))) {
            base = 8;
        }
        bool ok = false;
        const qint64 value = digits.toLongLong(&ok, base);
        if (ok)
            return BlueprintValue::integer(negative ? -value : value);
        return BlueprintValue::string(text); // too big for 64 bits: keep the text
    }
    if (floatRe.match(text).hasMatch()) {
        QString digits = text.toLower();
        digits.remove(QLatin1Char('_'));
        if (digits.endsWith(QLatin1String("inf")))
            return BlueprintValue::real(digits.startsWith(QLatin1Char('-')) ? -qInf() : qInf());
        if (digits.endsWith(QLatin1String("nan")))
            return BlueprintValue::real(qQNaN());
        return BlueprintValue::real(digits.toDouble());
    }
    return BlueprintValue::string(text);
}

namespace {

struct Reader
{
    QList<BlueprintProblem> problems;

    void report(const YAML::Node &node, const QString &message, const QString &tag = {},
                BlueprintProblem::Severity severity = BlueprintProblem::Severity::Error)
    {
        BlueprintProblem problem;
        problem.severity = severity;
        problem.message = message;
        problem.tag = tag;
        const YAML::Mark mark = node.Mark();
        if (!mark.is_null()) {
            problem.line = mark.line + 1;
            problem.column = mark.column + 1;
        }
        problems.append(problem);
    }

    /// Checks a tag's arguments as the tag's constructor in common.py reads them.
    void checkTagShape(const YAML::Node &node, const QString &name, const BlueprintValue &tag)
    {
        const QString shown = QLatin1Char('!') + name;
        const bool scalar = tag.isScalarTag();
        const int count = tag.size();
        static const QStringList scalarOnly = {QStringLiteral("KeyOf"), QStringLiteral("ParseJSON"),
                                               QStringLiteral("Index"), QStringLiteral("Value")};
        static const QStringList scalarOrPair = {QStringLiteral("Env"), QStringLiteral("File"), QStringLiteral("Context")};
        if (scalarOnly.contains(name)) {
            if (!scalar)
                report(node, tr("expects a single value, not a list"), shown);
            else if ((name == QLatin1String("Index") || name == QLatin1String("Value"))
                     && resolvePlainScalar(tag.items().front().toString()).type() != BlueprintValue::Type::Int)
                report(node, tr("expects a depth (a whole number)"), shown);
            return;
        }
        if (scalarOrPair.contains(name)) {
            if (!scalar && count < 2)
                report(node, tr("expects a name, or a list of a name and a default value"), shown);
            return;
        }
        if (scalar) {
            report(node, tr("expects a list of arguments"), shown);
            return;
        }
        if (name == QLatin1String("If") && count != 1 && count < 3)
            report(node, tr("expects [condition] or [condition, value if true, value if false]"), shown);
        else if (name == QLatin1String("Enumerate") && count < 3)
            report(node, tr("expects [iterable, SEQ or MAP, item]"), shown);
        else if (name == QLatin1String("AtIndex") && count < 2)
            report(node, tr("expects [object, index] or [object, index, default]"), shown);
        else if (count < 1)
            report(node, tr("expects at least one argument"), shown);
        else if (name == QLatin1String("Find") || name == QLatin1String("FindObject")) {
            for (int i = 1; i < count; ++i) {
                const BlueprintValue &pair = tag.items()[size_t(i)];
                if (!pair.isSequence() || pair.size() != 2)
                    report(node[i], tr("each condition is a list of a field and a value"), shown);
            }
        }
    }

    BlueprintValue read(const YAML::Node &node)
    {
        BlueprintValue value;
        const std::string rawTag = node.Tag();
        const QString tag = QString::fromStdString(rawTag);
        // yaml-cpp says "?" for plain scalars and untagged collections, "!" for quoted scalars.
        const bool custom = tag.startsWith(QLatin1Char('!')) && tag.size() > 1;
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            if (custom) // `!Env` with nothing after it: a scalar tag on ""
                value = BlueprintValue::scalarTag(tag.mid(1), QString());
            break;
        case YAML::NodeType::Scalar: {
            const QString text = QString::fromStdString(node.Scalar());
            if (custom)
                value = BlueprintValue::scalarTag(tag.mid(1), text);
            else if (tag == QLatin1String("!") || tag == QLatin1String("tag:yaml.org,2002:str"))
                value = BlueprintValue::string(text);
            else
                value = resolvePlainScalar(text);
            break;
        }
        case YAML::NodeType::Sequence: {
            std::vector<BlueprintValue> items;
            for (const YAML::Node &item : node)
                items.push_back(read(item));
            value = custom ? BlueprintValue::sequenceTag(tag.mid(1), std::move(items))
                           : BlueprintValue::sequence(std::move(items));
            break;
        }
        case YAML::NodeType::Map: {
            value = BlueprintValue::mapping();
            for (auto it = node.begin(); it != node.end(); ++it) {
                if (!it->first.IsScalar()) {
                    report(it->first, tr("a mapping key must be plain text"));
                    continue;
                }
                value.insert(QString::fromStdString(it->first.Scalar()), read(it->second));
            }
            if (custom)
                report(node, tr("authentik has no tag for mappings"), tag);
            break;
        }
        }
        if (value.isTag()) {
            if (knownTags().contains(value.tagName()))
                checkTagShape(node, value.tagName(), value);
            else
                report(node, tr("unknown tag; authentik knows %1")
                                 .arg(QLatin1Char('!') + knownTags().join(QLatin1String(", !"))),
                       tag);
        }
        const YAML::Mark mark = node.Mark();
        if (!mark.is_null())
            value.setPosition(mark.line + 1, mark.column + 1);
        return value;
    }

    void readEntry(Blueprint &blueprint, const YAML::Node &node, const QString &section)
    {
        const int index = int(blueprint.entries.size());
        const qsizetype firstProblem = problems.size();
        BlueprintEntry entry;
        entry.section = section;
        const YAML::Mark mark = node.Mark();
        entry.line = mark.is_null() ? 0 : mark.line + 1;
        entry.column = mark.is_null() ? 0 : mark.column + 1;
        const BlueprintValue value = read(node);
        if (!value.isMapping()) {
            report(node, tr("an entry is a mapping with at least `model`"));
        } else {
            if (value.contains(QStringLiteral("id"))) {
                const BlueprintValue &id = value.value(QStringLiteral("id"));
                if (id.isString())
                    entry.id = id.toString();
                else if (!id.isNull())
                    report(node["id"], tr("`id` must be text"));
            }
            entry.model = value.value(QStringLiteral("model"));
            if (!entry.model.isString() && !entry.model.isTag())
                report(node, tr("the entry has no `model`"));
            if (value.contains(QStringLiteral("state"))) {
                entry.state = value.value(QStringLiteral("state"));
                if (entry.state.isString() && !entryStateFromName(entry.state.toString()))
                    report(node["state"], tr("`state` must be present, created, must_created or absent, not \"%1\"")
                                              .arg(entry.state.toString()));
                else if (!entry.state.isString() && !entry.state.isTag())
                    report(node["state"], tr("`state` must be present, created, must_created or absent"));
            }
            const BlueprintValue &conditions = value.value(QStringLiteral("conditions"));
            if (conditions.isSequence())
                entry.conditions = conditions.items();
            else if (!conditions.isNull())
                report(node["conditions"], tr("`conditions` must be a list"));
            if (value.contains(QStringLiteral("identifiers"))) {
                entry.identifiers = value.value(QStringLiteral("identifiers"));
                if (!entry.identifiers.isMapping()) {
                    report(node["identifiers"], tr("`identifiers` must be a mapping"));
                    entry.identifiers = BlueprintValue::mapping();
                }
            }
            if (value.contains(QStringLiteral("attrs"))) {
                entry.attrs = value.value(QStringLiteral("attrs"));
                if (entry.attrs.isNull()) {
                    entry.attrs = BlueprintValue::mapping(); // `attrs: null` is allowed (dict | None)
                } else if (!entry.attrs.isMapping()) {
                    report(node["attrs"], tr("`attrs` must be a mapping"));
                    entry.attrs = BlueprintValue::mapping();
                }
            }
            const BlueprintValue &permissions = value.value(QStringLiteral("permissions"));
            if (permissions.isSequence())
                entry.permissions = permissions;
            else if (!permissions.isNull())
                report(node["permissions"], tr("`permissions` must be a list"));
        }
        for (qsizetype i = firstProblem; i < problems.size(); ++i) {
            problems[i].entry = index;
            problems[i].entryId = entry.id;
            problems[i].model = entry.modelName();
        }
        blueprint.entries.append(entry);
    }

    void readEntries(Blueprint &blueprint, const YAML::Node &list, const QString &section)
    {
        if (list.IsNull())
            return;
        if (!list.IsSequence() || (list.Tag().size() > 1 && list.Tag()[0] == '!')) {
            // authentik 2025.x+ also accepts a tag (`!Enumerate`) making the entries.
            report(list, list.IsSequence() || list.IsScalar()
                             ? tr("entries made by a tag are not supported; write them out as a list")
                             : tr("`entries` must be a list, or a mapping of lists"));
            return;
        }
        for (const YAML::Node &node : list)
            readEntry(blueprint, node, section);
    }

    void readDocument(Blueprint &blueprint, const YAML::Node &root)
    {
        if (!root.IsMap()) {
            report(root, tr("a blueprint is a mapping with `version` and `entries`"));
            return;
        }
        if (const YAML::Node version = root["version"]) {
            const BlueprintValue v = read(version);
            if (v.type() != BlueprintValue::Type::Int)
                report(version, tr("`version` must be a number"));
            else if (v.toInt() != 1)
                report(version, tr("invalid blueprint version %1; authentik reads version 1").arg(v.toInt()));
            else
                blueprint.version = 1;
        }
        if (const YAML::Node metadata = root["metadata"]; metadata && !metadata.IsNull()) {
            const BlueprintValue m = read(metadata);
            if (!m.isMapping() || !m.value(QStringLiteral("name")).isString()) {
                report(metadata, tr("`metadata` needs a `name`"));
            } else {
                BlueprintMetadata data;
                data.name = m.value(QStringLiteral("name")).toString();
                const BlueprintValue &labels = m.value(QStringLiteral("labels"));
                for (int i = 0; i < labels.keys().size(); ++i) {
                    const BlueprintValue &label = labels.items()[size_t(i)];
                    if (label.isString())
                        data.labels.insert(labels.keys()[i], label.toString());
                    else // dict[str, str]: an unquoted `true` is a boolean to PyYAML
                        report(metadata, tr("the label %1 must be text (quote it)").arg(labels.keys()[i]));
                }
                blueprint.metadata = data;
            }
        }
        if (const YAML::Node context = root["context"]; context && !context.IsNull()) {
            blueprint.context = read(context);
            if (!blueprint.context.isMapping()) {
                report(context, tr("`context` must be a mapping"));
                blueprint.context = BlueprintValue::mapping();
            }
        }
        const YAML::Node entries = root["entries"];
        if (!entries)
            return;
        if (entries.IsMap()) {
            for (auto it = entries.begin(); it != entries.end(); ++it)
                readEntries(blueprint, it->second, QString::fromStdString(it->first.Scalar()));
        } else {
            readEntries(blueprint, entries, QString());
        }
    }
};

} // namespace

bool ParseResult::ok() const
{
    return std::none_of(problems.begin(), problems.end(), [](const BlueprintProblem &problem) {
        return problem.severity == BlueprintProblem::Severity::Error;
    });
}

const QStringList &knownTags()
{
    // The constructors BlueprintLoader registers (authentik/blueprints/v1/common.py).
    static const QStringList tags = {
        QStringLiteral("KeyOf"), QStringLiteral("Find"), QStringLiteral("FindObject"),
        QStringLiteral("Context"), QStringLiteral("Format"), QStringLiteral("Condition"),
        QStringLiteral("If"), QStringLiteral("Env"), QStringLiteral("File"),
        QStringLiteral("Enumerate"), QStringLiteral("Value"), QStringLiteral("Index"),
        QStringLiteral("AtIndex"), QStringLiteral("ParseJSON")};
    return tags;
}

ParseResult parseBlueprint(const QByteArray &yaml)
{
    ParseResult result;
    Reader reader;
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        reader.readDocument(result.blueprint, root);
    } catch (const YAML::Exception &error) {
        BlueprintProblem problem;
        problem.message = tr("not valid YAML: %1").arg(QString::fromStdString(error.msg));
        if (!error.mark.is_null()) {
            problem.line = error.mark.line + 1;
            problem.column = error.mark.column + 1;
        }
        reader.problems.append(problem);
    }
    result.problems = reader.problems;
    return result;
}

} // namespace akdesk::blueprints
