#include "models/blueprints/blueprintresolver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace akdesk::blueprints {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("akdesk::BlueprintResolver", text);
}

/// deepmerge's always_merger: mappings merge key by key, lists append, anything else replaces.
BlueprintValue merged(BlueprintValue base, const BlueprintValue &over)
{
    if (base.isMapping() && over.isMapping()) {
        for (int i = 0; i < over.keys().size(); ++i) {
            const QString &key = over.keys()[i];
            const BlueprintValue &value = over.items()[size_t(i)];
            base.insert(key, base.contains(key) ? merged(base.value(key), value) : value);
        }
        return base;
    }
    if (base.isSequence() && over.isSequence()) {
        for (const BlueprintValue &item : over.items())
            base.append(item);
        return base;
    }
    return over;
}

QJsonValue mergedJson(const QJsonValue &base, const QJsonValue &over)
{
    if (base.isObject() && over.isObject()) {
        QJsonObject result = base.toObject();
        const QJsonObject add = over.toObject();
        for (auto it = add.begin(); it != add.end(); ++it)
            result.insert(it.key(), result.contains(it.key()) ? mergedJson(result.value(it.key()), it.value()) : it.value());
        return result;
    }
    if (base.isArray() && over.isArray()) {
        QJsonArray result = base.toArray();
        for (const QJsonValue &item : over.toArray())
            result.append(item);
        return result;
    }
    return over;
}

/// A Python dict key as json.dumps writes it (0 → "0", True → "true").
QString jsonKey(const QJsonValue &key)
{
    if (key.isString())
        return key.toString();
    if (key.isBool())
        return key.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (key.isNull() || key.isUndefined())
        return QStringLiteral("null");
    return pythonStr(key);
}

const QString PolicyBindingModel = QStringLiteral("authentik_policies.policybinding");

} // namespace

/// What resolution inside one entry knows: which entry, which tag is being resolved (for
/// problems), and the items `!Enumerate` is walking (for `!Index` and `!Value`).
struct BlueprintResolver::Scope
{
    int entry = -1;
    QString entryId;
    QString model;
    int line = 0;
    int column = 0;
    QStringList tags;
    struct Item
    {
        bool current = false;
        QJsonValue index;
        QJsonValue value;
    };
    QList<Item> enumerations;
    QSet<QString> contextKeys; // guards `a: !Context a`
    bool failed = false;
};

BlueprintResolver::BlueprintResolver(Blueprint blueprint)
    : m_blueprint(std::move(blueprint))
    , m_context(m_blueprint.context)
{
}

void BlueprintResolver::setContext(const QJsonObject &context, const QJsonObject &defaults)
{
    m_context = merged(merged(BlueprintValue::fromJson(defaults), m_blueprint.context), BlueprintValue::fromJson(context));
}

void BlueprintResolver::setEnvironment(const QHash<QString, QString> &environment)
{
    m_environment = environment;
    m_environmentKnown = true;
}

void BlueprintResolver::report(Scope &scope, const BlueprintValue &at, const QString &message,
                               BlueprintProblem::Severity severity)
{
    BlueprintProblem problem;
    problem.severity = severity;
    problem.entry = scope.entry;
    problem.entryId = scope.entryId;
    problem.model = scope.model;
    problem.tag = scope.tags.isEmpty() ? QString() : QLatin1Char('!') + scope.tags.last();
    problem.message = message;
    problem.line = at.line() > 0 ? at.line() : scope.line;
    problem.column = at.line() > 0 ? at.column() : scope.column;
    m_problems.append(problem);
    if (severity == BlueprintProblem::Severity::Error)
        scope.failed = true;
}

QJsonValue BlueprintResolver::resolve(const BlueprintValue &value, int index)
{
    Scope scope;
    scope.entry = index;
    if (index >= 0 && index < m_blueprint.entries.size()) {
        const BlueprintEntry &entry = m_blueprint.entries[index];
        scope.entryId = entry.id;
        scope.model = entry.modelName();
        scope.line = entry.line;
        scope.column = entry.column;
    }
    return resolveIn(value, scope);
}

ResolvedEntry BlueprintResolver::resolveEntry(int index)
{
    ResolvedEntry resolved;
    resolved.index = index;
    if (index < 0 || index >= m_blueprint.entries.size()) {
        resolved.ok = false;
        return resolved;
    }
    const BlueprintEntry &entry = m_blueprint.entries[index];
    Scope scope;
    scope.entry = index;
    scope.entryId = entry.id;
    scope.line = entry.line;
    scope.column = entry.column;
    resolved.id = entry.id;

    // The order of Importer._validate_single: conditions, model, identifiers, attrs; state last.
    for (const BlueprintValue &condition : entry.conditions) {
        if (!pythonTruth(resolveIn(condition, scope)))
            resolved.conditionsMet = false;
    }
    const QJsonValue model = resolveIn(entry.model, scope);
    resolved.model = model.isString() ? model.toString().toLower() : QString();
    scope.model = resolved.model;
    if (!model.isString() || !resolved.model.contains(QLatin1Char('.')))
        report(scope, entry.model, tr("the model must be \"app.model\", e.g. authentik_flows.flow"));
    const QJsonValue state = resolveIn(entry.state, scope);
    if (const auto parsed = entryStateFromName(state.toString()))
        resolved.state = *parsed;
    else
        report(scope, entry.state, tr("`state` must be present, created, must_created or absent, not \"%1\"").arg(pythonStr(state)));
    if (!resolved.conditionsMet) {
        resolved.ok = !scope.failed;
        return resolved; // authentik skips it before looking at anything else
    }
    resolved.identifiers = resolveIn(entry.identifiers, scope).toObject();
    resolved.attrs = resolveIn(entry.attrs, scope).toObject();
    if (resolved.identifiers.isEmpty() && !resolved.model.startsWith(QLatin1String("authentik_blueprints.meta")))
        report(scope, entry.identifiers, tr("No or invalid identifiers"));
    resolved.ok = !scope.failed;
    return resolved;
}

QList<ResolvedEntry> BlueprintResolver::resolveAll(const KeyFunction &key)
{
    QList<ResolvedEntry> all;
    for (int i = 0; i < m_blueprint.entries.size(); ++i) {
        ResolvedEntry resolved = resolveEntry(i);
        // Importer._apply_models: an entry that applied has an instance, so its id resolves.
        if (key && resolved.conditionsMet && resolved.ok && !resolved.id.isEmpty()
            && resolved.state != EntryState::Absent) {
            const EntryKey entryKey = key(resolved);
            if (!entryKey.pk.isUndefined() && !entryKey.pk.isNull())
                m_keys.insert(resolved.id, entryKey);
        }
        all.append(resolved);
    }
    return all;
}

QJsonValue BlueprintResolver::resolveIn(const BlueprintValue &value, Scope &scope)
{
    switch (value.type()) {
    case BlueprintValue::Type::Tag:
        return resolveTag(value, scope);
    case BlueprintValue::Type::Sequence: {
        QJsonArray array;
        for (const BlueprintValue &item : value.items())
            array.append(resolveIn(item, scope));
        return array;
    }
    case BlueprintValue::Type::Mapping: {
        QJsonObject object;
        for (int i = 0; i < value.keys().size(); ++i)
            object.insert(value.keys()[i], resolveIn(value.items()[size_t(i)], scope));
        return object;
    }
    case BlueprintValue::Type::Null:
    case BlueprintValue::Type::Bool:
    case BlueprintValue::Type::Int:
    case BlueprintValue::Type::Double:
    case BlueprintValue::Type::String:
        break;
    }
    return value.toJson();
}

QJsonValue BlueprintResolver::resolveContext(const QString &key, const BlueprintValue &fallback, Scope &scope)
{
    if (!m_context.contains(key))
        return resolveIn(fallback, scope);
    if (scope.contextKeys.contains(key)) {
        report(scope, fallback, tr("the context value %1 refers to itself").arg(key));
        return QJsonValue::Null;
    }
    scope.contextKeys.insert(key);
    const QJsonValue value = resolveIn(m_context.value(key), scope);
    scope.contextKeys.remove(key);
    return value;
}

QJsonValue BlueprintResolver::resolveTag(const BlueprintValue &tag, Scope &scope)
{
    const QString name = tag.tagName();
    const std::vector<BlueprintValue> &args = tag.items();
    const auto arg = [&](size_t i) -> QJsonValue { return i < args.size() ? resolveIn(args[i], scope) : QJsonValue(); };
    const auto argAt = [&](size_t i) -> const BlueprintValue & {
        static const BlueprintValue none;
        return i < args.size() ? args[i] : none;
    };
    scope.tags.append(name);
    struct Pop
    {
        QStringList &tags;
        ~Pop() { tags.removeLast(); }
    } pop{scope.tags};

    if (name == QLatin1String("KeyOf")) {
        // KeyOf.resolve: the first entry with this id that has an object.
        const QString id = argAt(0).toString();
        const int defined = m_blueprint.indexOfId(id);
        const QString failed = tr("failed to find entry with `id` of `%1` and a model instance").arg(id);
        if (defined < 0 && !m_keys.contains(id)) {
            report(scope, tag, failed + QStringLiteral(" (") + tr("no entry has this id") + QLatin1Char(')'));
            return QJsonValue::Null;
        }
        if (defined >= 0 && scope.entry >= 0 && defined >= scope.entry) {
            report(scope, tag, failed + QStringLiteral(" (") + tr("that entry comes later; authentik resolves entries in order") + QLatin1Char(')'));
            return QJsonValue::Null;
        }
        if (!m_keys.contains(id)) {
            report(scope, tag, failed + QStringLiteral(" (") + tr("that entry has no object yet") + QLatin1Char(')'));
            return QJsonValue::Null;
        }
        const EntryKey &key = m_keys[id];
        if (scope.model == PolicyBindingModel && !key.policyBindingModel.isUndefined() && !key.policyBindingModel.isNull())
            return key.policyBindingModel;
        return key.pk;
    }
    if (name == QLatin1String("Env")) {
        const QString key = tag.isScalarTag() ? argAt(0).toString() : pythonStr(arg(0));
        const QString value = m_environment.value(key);
        if (!value.isEmpty()) // `getenv(key) or default`: an empty variable gives the default too
            return value;
        if (!m_environmentKnown)
            report(scope, tag, tr("the server's environment variable %1 decides this value; shown is the default").arg(key),
                   BlueprintProblem::Severity::Warning);
        return tag.isScalarTag() ? QJsonValue(QJsonValue::Null) : arg(1);
    }
    if (name == QLatin1String("File")) {
        const QString path = tag.isScalarTag() ? argAt(0).toString() : pythonStr(arg(0));
        if (m_readFile) {
            if (const std::optional<QString> text = m_readFile(path))
                return text->trimmed();
        }
        report(scope, tag, tr("the file %1 on the server cannot be read here; shown is the default").arg(path),
               BlueprintProblem::Severity::Warning);
        return tag.isScalarTag() ? QJsonValue(QJsonValue::Null) : arg(1);
    }
    if (name == QLatin1String("Context")) {
        const QString key = tag.isScalarTag() ? argAt(0).toString() : pythonStr(arg(0));
        return resolveContext(key, tag.isScalarTag() ? BlueprintValue() : argAt(1), scope);
    }
    if (name == QLatin1String("ParseJSON")) {
        // Wrapped in a list so that JSON scalars (`'1'`, `'"a"'`) parse as json.loads takes them.
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(
            QByteArray("[") + argAt(0).toString().toUtf8() + QByteArray("]"), &error);
        if (error.error != QJsonParseError::NoError || document.array().size() != 1) {
            report(scope, tag, tr("not valid JSON: %1").arg(error.error != QJsonParseError::NoError ? error.errorString() : argAt(0).toString()));
            return QJsonValue::Null;
        }
        return document.array().at(0);
    }
    if (name == QLatin1String("Format")) {
        const QString format = pythonStr(arg(0));
        QList<QJsonValue> values;
        for (size_t i = 1; i < args.size(); ++i)
            values.append(arg(i));
        QString error;
        if (const std::optional<QString> text = pythonFormat(format, values, &error))
            return *text;
        report(scope, tag, error);
        return QJsonValue::Null;
    }
    if (name == QLatin1String("Find") || name == QLatin1String("FindObject"))
        return resolveFind(tag, scope, name == QLatin1String("FindObject"));
    if (name == QLatin1String("Condition")) {
        const QString mode = pythonStr(arg(0)).toUpper();
        QList<bool> values;
        for (size_t i = 1; i < args.size(); ++i)
            values.append(pythonTruth(arg(i)));
        if (values.isEmpty()) {
            report(scope, tag, tr("At least one value is required after mode selection."));
            return QJsonValue::Null;
        }
        const bool all = std::all_of(values.begin(), values.end(), [](bool v) { return v; });
        const bool any = std::any_of(values.begin(), values.end(), [](bool v) { return v; });
        const bool parity = std::count(values.begin(), values.end(), true) % 2 == 1; // reduce(ixor)
        if (mode == QLatin1String("AND"))
            return all;
        if (mode == QLatin1String("NAND"))
            return !all;
        if (mode == QLatin1String("OR"))
            return any;
        if (mode == QLatin1String("NOR"))
            return !any;
        if (mode == QLatin1String("XOR"))
            return parity;
        if (mode == QLatin1String("XNOR"))
            return !parity;
        report(scope, tag, tr("unknown mode %1; use AND, NAND, OR, NOR, XOR or XNOR").arg(mode));
        return QJsonValue::Null;
    }
    if (name == QLatin1String("If")) {
        const bool condition = pythonTruth(arg(0));
        if (args.size() == 1)
            return condition;
        return condition ? arg(1) : arg(2);
    }
    if (name == QLatin1String("Enumerate"))
        return resolveEnumerate(tag, scope);
    if (name == QLatin1String("Index") || name == QLatin1String("Value")) {
        const int depth = argAt(0).toString().toInt();
        if (depth < 0 || depth >= scope.enumerations.size()) {
            report(scope, tag, depth == 0 ? tr("only usable inside an !Enumerate tag")
                                          : tr("invalid depth: %1. Max depth: %2").arg(depth).arg(scope.enumerations.size() - 1));
            return QJsonValue::Null;
        }
        const Scope::Item &item = scope.enumerations[scope.enumerations.size() - 1 - depth];
        if (!item.current) {
            report(scope, tag, tr("Empty/invalid context: the !Enumerate at depth %1 is not walking its items yet").arg(depth));
            return QJsonValue::Null;
        }
        return name == QLatin1String("Index") ? item.index : item.value;
    }
    if (name == QLatin1String("AtIndex")) {
        const QJsonValue object = arg(0);
        const QJsonValue attribute = arg(1);
        const bool hasDefault = args.size() > 2;
        if (object.isArray()) {
            const QJsonArray array = object.toArray();
            if (!attribute.isDouble() || attribute.toDouble() != std::trunc(attribute.toDouble())) {
                report(scope, tag, tr("Invalid index for list: %1").arg(pythonStr(attribute)));
                return QJsonValue::Null;
            }
            qint64 index = attribute.toInteger();
            if (index < 0) // Python counts from the end
                index += array.size();
            if (index >= 0 && index < array.size())
                return array.at(index);
            if (hasDefault)
                return arg(2);
            report(scope, tag, tr("Index out of range: %1").arg(pythonStr(attribute)));
            return QJsonValue::Null;
        }
        if (object.isObject()) {
            const QString key = jsonKey(attribute);
            if (object.toObject().contains(key))
                return object.toObject().value(key);
            if (hasDefault)
                return arg(2);
            report(scope, tag, tr("Key does not exist: %1").arg(key));
            return QJsonValue::Null;
        }
        report(scope, tag, tr("cannot index %1").arg(pythonStr(object)));
        return QJsonValue::Null;
    }
    report(scope, tag, tr("unknown tag; its value is left out"));
    return QJsonValue::Null;
}

QJsonValue BlueprintResolver::resolveFind(const BlueprintValue &tag, Scope &scope, bool object)
{
    const std::vector<BlueprintValue> &args = tag.items();
    const QString model = args.empty() ? QString() : pythonStr(resolveIn(args[0], scope)).toLower();
    Query query;
    QStringList shown;
    for (size_t i = 1; i < args.size(); ++i) {
        const BlueprintValue &pair = args[i];
        if (!pair.isSequence() || pair.size() != 2) {
            report(scope, pair, tr("each condition is a list of a field and a value"));
            return QJsonValue::Null;
        }
        const QString field = pythonStr(resolveIn(pair.items()[0], scope));
        const QJsonValue value = resolveIn(pair.items()[1], scope);
        query.append({field, value});
        shown << QStringLiteral("%1 = %2").arg(field, pythonStr(value));
    }
    const auto &find = object ? m_findObject : m_find;
    if (!find) {
        report(scope, tag, tr("looked up on the server: %1 where %2").arg(model, shown.join(QStringLiteral(", "))),
               BlueprintProblem::Severity::Warning);
        return QJsonValue::Null;
    }
    const QJsonValue found = find(model, query);
    if (found.isNull() || found.isUndefined()) {
        // authentik gives None without complaint; the user should still know.
        report(scope, tag, tr("no %1 where %2 on the server").arg(model, shown.join(QStringLiteral(", "))),
               BlueprintProblem::Severity::Warning);
        return QJsonValue::Null;
    }
    return found;
}

QJsonValue BlueprintResolver::resolveEnumerate(const BlueprintValue &tag, Scope &scope)
{
    const std::vector<BlueprintValue> &args = tag.items();
    if (args.size() < 3) {
        report(scope, tag, tr("expects [iterable, SEQ or MAP, item]"));
        return QJsonValue::Null;
    }
    const BlueprintValue &iterableValue = args[0];
    if ((iterableValue.tagName() == QLatin1String("Index") || iterableValue.tagName() == QLatin1String("Value"))
        && iterableValue.size() == 1 && iterableValue.items()[0].toString().toInt() == 0) {
        report(scope, tag, tr("the iterable references this tag's own context. This is a noop. Check you are setting depth bigger than 0."));
        return QJsonValue::Null;
    }
    // The tag is its own context while its iterable resolves (tag_resolver pushes it first).
    scope.enumerations.append(Scope::Item{});
    struct Pop
    {
        QList<Scope::Item> &items;
        ~Pop() { items.removeLast(); }
    } pop{scope.enumerations};

    const QJsonValue iterable = resolveIn(iterableValue, scope);
    QList<QPair<QJsonValue, QJsonValue>> items;
    if (iterable.isArray()) {
        const QJsonArray array = iterable.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            items.append({QJsonValue(qint64(i)), array.at(i)});
    } else if (iterable.isObject()) {
        const QJsonObject object = iterable.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            items.append({it.key(), it.value()});
    } else if (iterable.isString()) {
        const QString text = iterable.toString();
        for (qsizetype i = 0; i < text.size(); ++i)
            items.append({QJsonValue(qint64(i)), QString(text[i])});
    } else {
        report(scope, tag, tr("the iterable must be a sequence or a mapping"));
        return QJsonValue::Null;
    }
    const QString output = pythonStr(resolveIn(args[1], scope)).toUpper();
    if (output != QLatin1String("SEQ") && output != QLatin1String("MAP")) {
        report(scope, tag, tr("the output must be SEQ or MAP, not %1").arg(output));
        return QJsonValue::Null;
    }
    QJsonArray sequence;
    QJsonValue mapping = QJsonObject();
    for (const auto &[index, value] : items) {
        scope.enumerations.last() = {true, index, value};
        const QJsonValue body = resolveIn(args[2], scope);
        if (output == QLatin1String("SEQ")) {
            sequence.append(body);
        } else if (body.isArray() && body.toArray().size() >= 2) {
            mapping = mergedJson(mapping, QJsonObject{{jsonKey(body.toArray().at(0)), body.toArray().at(1)}});
        } else if (body.isObject()) {
            mapping = mergedJson(mapping, body);
        } else {
            report(scope, tag, tr("Invalid Enumerate item found: %1").arg(pythonStr(body)));
            return QJsonValue::Null;
        }
    }
    if (output == QLatin1String("SEQ"))
        return sequence;
    return mapping;
}

} // namespace akdesk::blueprints
