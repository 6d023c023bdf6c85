#include "models/blueprints/importplan.h"

#include "models/blueprints/blueprintresolver.h"
#include "models/schema/schemaregistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace akdesk::blueprints {

namespace {

const QString kNew = QStringLiteral("akdesk-new:");
const QString kNewPbm = QStringLiteral("akdesk-new-pbm:");


/// Models akdesk reads at a fixed path (the kinds of stages and policies carry their model).
QString fixedResource(const QString &model)
{
    static const QHash<QString, QString> fixed{
        {QStringLiteral("authentik_flows.flow"), QStringLiteral("flows")},
        {QStringLiteral("authentik_flows.flowstagebinding"), QStringLiteral("flows/bindings")},
        {QStringLiteral("authentik_stages_prompt.prompt"), QStringLiteral("prompts")},
        {QStringLiteral("authentik_policies.policybinding"), QStringLiteral("policies/bindings")},
        {QStringLiteral("authentik_core.user"), QStringLiteral("users")},
        {QStringLiteral("authentik_core.group"), QStringLiteral("groups")},
        {QStringLiteral("authentik_crypto.certificatekeypair"), QStringLiteral("certificates")},
    };
    return fixed.value(model);
}

/// Identifier values as the filter's text: Python's str() for the server's query string.
QString filterText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return pythonStr(value);
    return value.toString();
}

QString scalarText(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 17);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

/// Django's field lookup for one identifier: equality, or `__contains` for a mapping.
bool identifierMatches(const QJsonObject &row, const QString &field, const QJsonValue &value)
{
    const QJsonValue have = row.value(field);
    if (value.isObject()) {
        const QJsonObject want = value.toObject();
        const QJsonObject got = have.toObject();
        for (auto it = want.begin(); it != want.end(); ++it) {
            if (!got.contains(it.key()) || !sameValue(got.value(it.key()), it.value()))
                return false;
        }
        return have.isObject();
    }
    if (value.isNull())
        return have.isNull() || have.isUndefined();
    return scalarText(have) == scalarText(value) && !have.isUndefined() && !have.isNull();
}

/// Importer.__query_from_identifier: Q(pk=...) | Q(all others).
bool rowMatches(const QJsonObject &row, const QJsonObject &identifiers)
{
    if (identifiers.contains(QLatin1String("pk")) && identifierMatches(row, QStringLiteral("pk"), identifiers.value(QLatin1String("pk"))))
        return true;
    bool any = false;
    for (auto it = identifiers.begin(); it != identifiers.end(); ++it) {
        if (it.key() == QLatin1String("pk"))
            continue;
        any = true;
        if (!identifierMatches(row, it.key(), it.value()))
            return false;
    }
    return any;
}

/// Importer.__update_pks_for_attrs: top-level values, the values of a mapping and the items of
/// a list that are a known pk are replaced.
void remapPks(QJsonObject &attrs, const QHash<QString, QJsonValue> &pkMap)
{
    if (pkMap.isEmpty())
        return;
    auto updated = [&pkMap](const QJsonValue &value) {
        if (value.isString() && pkMap.contains(value.toString()))
            return pkMap.value(value.toString());
        if (value.isDouble() && pkMap.contains(scalarText(value)))
            return pkMap.value(scalarText(value));
        return value;
    };
    for (auto it = attrs.begin(); it != attrs.end(); ++it) {
        const QJsonValue value = it.value();
        if (value.isObject()) {
            QJsonObject inner = value.toObject();
            for (auto in = inner.begin(); in != inner.end(); ++in)
                in.value() = updated(in.value());
            it.value() = inner;
        } else if (value.isArray()) {
            QJsonArray items = value.toArray();
            for (qsizetype i = 0; i < items.size(); ++i)
                items[i] = updated(items.at(i));
            it.value() = items;
        } else {
            it.value() = updated(value);
        }
    }
}

QString recordPk(const QJsonObject &row)
{
    return scalarText(row.value(QLatin1String("pk")));
}

} // namespace

const ResourceDescriptor *resourceForModel(const SchemaRegistry &schema, const QString &model)
{
    const QString lower = model.toLower();
    const QString fixed = fixedResource(lower);
    if (!fixed.isEmpty())
        return schema.resource(fixed);
    for (const ResourceDescriptor *resource : schema.resources()) {
        if (resource->creatable && resource->modelName == lower)
            return resource;
    }
    return nullptr;
}

QString ServerQuery::key() const
{
    QString key = path + QLatin1Char('?');
    for (const auto &[name, value] : filters)
        key += name + QLatin1Char('=') + value + QLatin1Char('&');
    if (!detailId.isEmpty())
        key += QStringLiteral("#") + detailId;
    return key;
}

QList<ServerQuery> queriesFor(const SchemaRegistry &schema, const QString &model, const QJsonObject &identifiers,
                              const QHash<QString, QString> &pbmOf)
{
    const ResourceDescriptor *resource = resourceForModel(schema, model);
    if (!resource || identifiers.isEmpty())
        return {};
    for (auto it = identifiers.begin(); it != identifiers.end(); ++it) {
        if (holdsPlaceholder(it.value()) && it.key() != QLatin1String("pk"))
            return {};  // a part of it is still to be made: nothing can match yet
    }
    auto hasFilter = [resource](const QString &name) {
        for (const FilterDescriptor &filter : resource->filters) {
            if (filter.name == name)
                return true;
        }
        return false;
    };
    QList<ServerQuery> queries;
    const QJsonValue pk = identifiers.value(QLatin1String("pk"));
    if (!pk.isUndefined() && !holdsPlaceholder(pk)) {
        ServerQuery byPk{resource->key, resource->listPath, {}, {}};
        // The lists filter by their uuid field (flow_uuid, stage_uuid, policy_uuid, ...); a kind
        // without one is read by its detail route (pk lookups) or, for flows, by the list.
        QString uuidFilter;
        for (const FilterDescriptor &filter : resource->filters) {
            if (filter.name == QLatin1String("pk") || filter.name.endsWith(QLatin1String("_uuid")))
                uuidFilter = filter.name;
        }
        if (!uuidFilter.isEmpty())
            byPk.filters.append({uuidFilter, filterText(pk)});
        else if (resource->lookupField == QLatin1String("pk"))
            byPk.detailId = filterText(pk);
        queries.append(byPk);
    }
    ServerQuery rest{resource->key, resource->listPath, {}, {}};
    bool others = false;
    // A flow's bindings, and the policy bindings of one target, in one read for all of them.
    const bool byTarget = resource->key == QLatin1String("flows/bindings") || resource->key == QLatin1String("policies/bindings");
    const bool policyBinding = resource->key == QLatin1String("policies/bindings");
    for (auto it = identifiers.begin(); it != identifiers.end(); ++it) {
        if (it.key() == QLatin1String("pk"))
            continue;
        others = true;
        if (byTarget && it.key() != QLatin1String("target"))
            continue;
        if (it.value().isObject() || it.value().isArray() || !hasFilter(it.key()))
            continue;
        QString value = filterText(it.value());
        if (policyBinding && it.key() == QLatin1String("target")) {
            // The filter wants the pbm_uuid; a target's own pk (as records show it) is turned
            // into it when known, else the bindings are read by their policy (or all of them).
            if (pbmOf.contains(value))
                value = pbmOf.value(value);
            else if (!pbmOf.values().contains(value))
                continue;
        }
        rest.filters.append({it.key(), value});
    }
    if (policyBinding && rest.filters.isEmpty() && identifiers.value(QLatin1String("policy")).isString())
        rest.filters.append({QStringLiteral("policy"), identifiers.value(QLatin1String("policy")).toString()});
    if (others)
        queries.append(rest);
    return queries;
}

QString placeholderFor(int index, bool policyBindingModel)
{
    return (policyBindingModel ? kNewPbm : kNew) + QString::number(index);
}

int placeholderEntry(const QJsonValue &value)
{
    if (!value.isString())
        return -1;
    const QString text = value.toString();
    for (const QString &prefix : {kNew, kNewPbm}) {
        if (text.startsWith(prefix)) {
            bool ok = false;
            const int index = text.mid(prefix.size()).toInt(&ok);
            return ok ? index : -1;
        }
    }
    return -1;
}

bool holdsPlaceholder(const QJsonValue &value)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (holdsPlaceholder(item))
                return true;
        }
        return false;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (holdsPlaceholder(it.value()))
                return true;
        }
        return false;
    }
    return placeholderEntry(value) >= 0;
}

QJsonValue substitutePlaceholders(const QJsonValue &value, const QHash<QString, QJsonValue> &real)
{
    if (value.isArray()) {
        QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            items[i] = substitutePlaceholders(items.at(i), real);
        return items;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = substitutePlaceholders(it.value(), real);
        return object;
    }
    if (value.isString() && real.contains(value.toString()))
        return real.value(value.toString());
    return value;
}

bool sameValue(const QJsonValue &server, const QJsonValue &blueprint)
{
    if (blueprint.isObject()) {
        if (!server.isObject())
            return false;
        const QJsonObject want = blueprint.toObject();
        const QJsonObject have = server.toObject();
        if (want.size() != have.size())
            return false;
        for (auto it = want.begin(); it != want.end(); ++it) {
            if (!have.contains(it.key()) || !sameValue(have.value(it.key()), it.value()))
                return false;
        }
        return true;
    }
    if (blueprint.isArray()) {
        const QJsonArray want = blueprint.toArray();
        const QJsonArray have = server.toArray();
        if (!server.isArray() || want.size() != have.size())
            return false;
        for (qsizetype i = 0; i < want.size(); ++i) {
            if (!sameValue(have.at(i), want.at(i)))
                return false;
        }
        return true;
    }
    if (blueprint.isNull())
        return server.isNull() || server.isUndefined() || (server.isString() && server.toString().isEmpty());
    if (blueprint.isString() && blueprint.toString().isEmpty() && (server.isNull() || server.isUndefined()))
        return true;
    if (blueprint.isDouble() && server.isDouble())
        return qFuzzyCompare(blueprint.toDouble() + 1.0, server.toDouble() + 1.0);
    if (blueprint.isBool() || server.isBool())
        return blueprint.isBool() && server.isBool() && blueprint.toBool() == server.toBool();
    return scalarText(server) == scalarText(blueprint);
}

QString PlannedEntry::title() const
{
    const QString what = !label.isEmpty() ? label : model;
    const QJsonObject &source = server.isEmpty() ? attrs : server;
    QString name;
    for (const char *field : {"slug", "name", "field_key"}) {
        const QJsonValue v = identifiers.contains(QLatin1String(field)) ? identifiers.value(QLatin1String(field)) : source.value(QLatin1String(field));
        if (v.isString() && !v.toString().isEmpty()) {
            name = v.toString();
            break;
        }
    }
    if (name.isEmpty() && identifiers.contains(QLatin1String("order")))
        name = QCoreApplication::translate("akdesk::ImportPlan", "order %1").arg(scalarText(identifiers.value(QLatin1String("order"))));
    if (name.isEmpty() && source.contains(QLatin1String("order")))
        name = QCoreApplication::translate("akdesk::ImportPlan", "order %1").arg(scalarText(source.value(QLatin1String("order"))));
    if (name.isEmpty() && !id.isEmpty())
        name = id;
    return name.isEmpty() ? what : QStringLiteral("%1 “%2”").arg(what, name);
}

QJsonObject PlannedEntry::body() const
{
    if (action == Action::Update) {
        QJsonObject changed;
        for (const FieldChange &change : changes)
            changed.insert(change.field, change.blueprint);
        return changed;
    }
    QJsonObject all = attrs;
    for (auto it = identifiers.begin(); it != identifiers.end(); ++it) {
        if (it.key() != QLatin1String("pk"))  // the server gives a new object its own pk
            all.insert(it.key(), it.value());
    }
    return all;
}

QString actionName(PlannedEntry::Action action)
{
    switch (action) {
    case PlannedEntry::Action::Create: return QStringLiteral("create");
    case PlannedEntry::Action::Update: return QStringLiteral("update");
    case PlannedEntry::Action::Unchanged: return QStringLiteral("unchanged");
    case PlannedEntry::Action::KeepExisting: return QStringLiteral("keep");
    case PlannedEntry::Action::Delete: return QStringLiteral("delete");
    case PlannedEntry::Action::NothingToDelete: return QStringLiteral("absent");
    case PlannedEntry::Action::Skipped: return QStringLiteral("skipped");
    case PlannedEntry::Action::Invalid: return QStringLiteral("invalid");
    }
    return {};
}

QString actionText(PlannedEntry::Action action)
{
    switch (action) {
    case PlannedEntry::Action::Create: return QCoreApplication::translate("akdesk::ImportPlan", "create");
    case PlannedEntry::Action::Update: return QCoreApplication::translate("akdesk::ImportPlan", "update");
    case PlannedEntry::Action::Unchanged: return QCoreApplication::translate("akdesk::ImportPlan", "unchanged");
    case PlannedEntry::Action::KeepExisting: return QCoreApplication::translate("akdesk::ImportPlan", "exists, left alone");
    case PlannedEntry::Action::Delete: return QCoreApplication::translate("akdesk::ImportPlan", "delete");
    case PlannedEntry::Action::NothingToDelete: return QCoreApplication::translate("akdesk::ImportPlan", "already absent");
    case PlannedEntry::Action::Skipped: return QCoreApplication::translate("akdesk::ImportPlan", "skipped (conditions not met)");
    case PlannedEntry::Action::Invalid: return QCoreApplication::translate("akdesk::ImportPlan", "cannot be applied");
    }
    return {};
}

bool ImportPlan::valid() const
{
    for (const BlueprintProblem &problem : problems) {
        if (problem.severity == BlueprintProblem::Severity::Error)
            return false;
    }
    return count(PlannedEntry::Action::Invalid) == 0;
}

bool ImportPlan::changes() const
{
    return count(PlannedEntry::Action::Create) + count(PlannedEntry::Action::Update) + count(PlannedEntry::Action::Delete) > 0;
}

int ImportPlan::count(PlannedEntry::Action action) const
{
    int n = 0;
    for (const PlannedEntry &entry : entries)
        n += entry.action == action ? 1 : 0;
    return n;
}

QString ImportPlan::summary() const
{
    QStringList parts;
    const std::pair<PlannedEntry::Action, const char *> shown[] = {
        {PlannedEntry::Action::Create, QT_TRANSLATE_NOOP("akdesk::ImportPlan", "%n to create")},
        {PlannedEntry::Action::Update, QT_TRANSLATE_NOOP("akdesk::ImportPlan", "%n to update")},
        {PlannedEntry::Action::Delete, QT_TRANSLATE_NOOP("akdesk::ImportPlan", "%n to delete")},
        {PlannedEntry::Action::Unchanged, QT_TRANSLATE_NOOP("akdesk::ImportPlan", "%n unchanged")},
        {PlannedEntry::Action::KeepExisting, QT_TRANSLATE_NOOP("akdesk::ImportPlan", "%n left as they are")},
        {PlannedEntry::Action::Skipped, QT_TRANSLATE_NOOP("akdesk::ImportPlan", "%n skipped")},
        {PlannedEntry::Action::Invalid, QT_TRANSLATE_NOOP("akdesk::ImportPlan", "%n that cannot be applied")},
    };
    for (const auto &[action, text] : shown) {
        const int n = count(action);
        if (n > 0)
            parts << QCoreApplication::translate("akdesk::ImportPlan", text, nullptr, n);
    }
    return parts.isEmpty() ? QCoreApplication::translate("akdesk::ImportPlan", "nothing to import") : parts.join(QStringLiteral(", "));
}

ImportPlan planImport(const Blueprint &blueprint, const SchemaRegistry &schema, const ServerState &state, const QJsonObject &context)
{
    ImportPlan plan;
    QSet<QString> unread;
    BlueprintResolver resolver(blueprint);
    resolver.setContext(context);

    auto read = [&](const QList<ServerQuery> &queries, bool *complete) {
        QList<QJsonObject> rows;
        QSet<QString> seen;
        for (const ServerQuery &query : queries) {
            const std::optional<QList<QJsonObject>> got = state.rows(query);
            if (!got) {
                if (!unread.contains(query.key())) {
                    unread.insert(query.key());
                    plan.unread.append(query);
                }
                *complete = false;
                continue;
            }
            for (const QJsonObject &row : *got) {
                if (!seen.contains(recordPk(row))) {
                    seen.insert(recordPk(row));
                    rows.append(row);
                }
            }
        }
        return rows;
    };
    auto find = [&](const QString &model, const BlueprintResolver::Query &query, bool object) -> QJsonValue {
        QJsonObject identifiers;
        for (const auto &[field, value] : query)
            identifiers.insert(field, value);
        bool complete = true;
        const QList<QJsonObject> rows = read(queriesFor(schema, model, identifiers), &complete);
        for (const QJsonObject &row : rows) {
            bool all = true;
            for (const auto &[field, value] : query)
                all = all && identifierMatches(row, field, value);
            if (all)
                return object ? QJsonValue(row) : row.value(QLatin1String("pk"));
        }
        return QJsonValue::Null;
    };
    resolver.setFind([&](const QString &model, const BlueprintResolver::Query &query) { return find(model, query, false); });
    resolver.setFindObject([&](const QString &model, const BlueprintResolver::Query &query) { return find(model, query, true); });

    QHash<QString, QJsonValue> pkMap;
    QHash<QString, QString> pbmOf;  // a flow's or stage binding's pk → its policybindingmodel_ptr_id
    QHash<QString, QString> pkOfPbm;
    for (int i = 0; i < blueprint.entries.size(); ++i) {
        ResolvedEntry resolved = resolver.resolveEntry(i);
        PlannedEntry entry;
        entry.index = i;
        entry.id = resolved.id;
        entry.model = resolved.model;
        entry.state = resolved.state;
        entry.identifiers = resolved.identifiers;
        entry.attrs = resolved.attrs;
        remapPks(entry.identifiers, pkMap);
        remapPks(entry.attrs, pkMap);
        const ResourceDescriptor *resource = resourceForModel(schema, entry.model);
        entry.resource = resource ? resource->key : QString();
        entry.label = resource ? resource->label : QString();
        for (const BlueprintProblem &problem : resolver.problems()) {
            if (problem.severity == BlueprintProblem::Severity::Error)
                entry.unresolved << problem.message;
            else
                entry.problems << problem.message;
        }
        plan.problems.append(resolver.problems());
        resolver.clearProblems();

        if (!resolved.conditionsMet) {
            entry.action = PlannedEntry::Action::Skipped;
            plan.entries.append(entry);
            continue;
        }
        if (!resource) {
            // registry.get_model: LookupError, "App or Model does not exist".
            entry.action = PlannedEntry::Action::Invalid;
            entry.problems << QCoreApplication::translate("akdesk::ImportPlan", "akdesk knows no API for the model %1; authentik refuses models it does not have.").arg(entry.model);
            plan.entries.append(entry);
            continue;
        }
        if (entry.identifiers.isEmpty()) {
            entry.action = PlannedEntry::Action::Invalid;
            entry.problems << QCoreApplication::translate("akdesk::ImportPlan", "No or invalid identifiers");
            plan.entries.append(entry);
            continue;
        }
        // A policy binding's target as records show it: the target's own pk, not its pbm_uuid
        // (PolicyBindingModelForeignKey.to_representation); either is accepted when writing.
        const bool policyBinding = entry.resource == QLatin1String("policies/bindings");
        if (policyBinding && pkOfPbm.contains(scalarText(entry.identifiers.value(QLatin1String("target")))))
            entry.identifiers.insert(QStringLiteral("target"), pkOfPbm.value(scalarText(entry.identifiers.value(QLatin1String("target")))));
        bool complete = true;
        const QList<QJsonObject> rows = read(queriesFor(schema, entry.model, entry.identifiers, pbmOf), &complete);
        std::optional<QJsonObject> match;
        for (const QJsonObject &row : rows) {
            if (rowMatches(row, entry.identifiers)) {
                match = row;
                break;
            }
        }
        if (match) {
            entry.server = *match;
            entry.pk = recordPk(*match);
        }
        if (!entry.unresolved.isEmpty() && entry.state != EntryState::Absent) {
            entry.action = PlannedEntry::Action::Invalid;
        } else if (entry.state == EntryState::Absent) {
            entry.action = match ? PlannedEntry::Action::Delete : PlannedEntry::Action::NothingToDelete;
        } else if (match && entry.state == EntryState::MustCreated) {
            entry.action = PlannedEntry::Action::Invalid;
            entry.problems << QCoreApplication::translate("akdesk::ImportPlan", "State is set to must_created and object exists already");
        } else if (match && entry.state == EntryState::Created) {
            entry.action = PlannedEntry::Action::KeepExisting;
        } else if (match) {
            for (auto it = entry.attrs.begin(); it != entry.attrs.end(); ++it) {
                if (!sameValue(match->value(it.key()), it.value()))
                    entry.changes.append({it.key(), match->value(it.key()), it.value()});
            }
            entry.action = entry.changes.isEmpty() ? PlannedEntry::Action::Unchanged : PlannedEntry::Action::Update;
        } else {
            for (auto it = entry.attrs.begin(); it != entry.attrs.end(); ++it)
                entry.changes.append({it.key(), QJsonValue::Undefined, it.value()});
            entry.action = PlannedEntry::Action::Create;
        }

        // What later entries see: the entry's object (found, or a placeholder for a new one).
        const bool hasObject = entry.action != PlannedEntry::Action::Invalid && entry.action != PlannedEntry::Action::Delete
                               && entry.action != PlannedEntry::Action::NothingToDelete;
        if (hasObject) {
            const QJsonValue pk = match ? match->value(QLatin1String("pk")) : QJsonValue(placeholderFor(i));
            QJsonValue pbm = QJsonValue::Undefined;
            if (match && match->contains(QLatin1String("policybindingmodel_ptr_id")))
                pbm = match->value(QLatin1String("policybindingmodel_ptr_id"));
            else if (!match && (entry.resource == QLatin1String("flows") || entry.resource == QLatin1String("flows/bindings")))
                pbm = placeholderFor(i, true);
            if (!entry.id.isEmpty())
                resolver.setEntryKey(entry.id, EntryKey{pk, pbm});
            if (pbm.isString()) {
                pbmOf.insert(scalarText(pk), pbm.toString());
                pkOfPbm.insert(pbm.toString(), scalarText(pk));
            }
            const QJsonValue givenPk = resolved.identifiers.value(QLatin1String("pk"));
            if (!givenPk.isUndefined() && !givenPk.isNull())
                pkMap.insert(scalarText(givenPk), pk);
        }
        plan.entries.append(entry);
    }
    return plan;
}

} // namespace akdesk::blueprints
