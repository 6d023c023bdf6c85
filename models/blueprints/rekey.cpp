#include "models/blueprints/rekey.h"

#include <QSet>

namespace akdesk::blueprints {

namespace {

/// The text of a plain scalar (strings and integers: uuid and integer pks).
QString scalarKey(const BlueprintValue &value)
{
    if (value.type() == BlueprintValue::Type::String)
        return value.toString();
    if (value.type() == BlueprintValue::Type::Int)
        return QString::number(value.toInt());
    return {};
}

/// The identifier another server finds the object by: what the model keeps unique.
QString naturalKey(const QString &model)
{
    if (model == QLatin1String(ModelFlow))
        return QStringLiteral("slug");
    if (model == QLatin1String(ModelFlowStageBinding) || model == QLatin1String(ModelPolicyBinding))
        return {};  // found by target and order (and what they bind)
    return QStringLiteral("name");
}

QString makeId(const BlueprintEntry &entry, QSet<QString> &taken)
{
    const QString model = entry.modelName().section(QLatin1Char('.'), 1);
    QString name = scalarKey(entry.identifiers.value(naturalKey(entry.modelName())));
    if (name.isEmpty())
        name = scalarKey(entry.attrs.value(naturalKey(entry.modelName())));
    QString id = name.isEmpty() ? model : model + QLatin1Char('-') + name;
    const QString base = id;
    for (int n = 2; taken.contains(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    taken.insert(id);
    return id;
}

} // namespace

QStringList externalPks(const Blueprint &exported, const QHash<QString, QStringList> &referenceFields)
{
    QSet<QString> own;
    for (const BlueprintEntry &entry : exported.entries) {
        const QString pk = scalarKey(entry.identifiers.value(QStringLiteral("pk")));
        if (!pk.isEmpty())
            own.insert(pk);
    }
    QStringList found;
    for (const BlueprintEntry &entry : exported.entries) {
        const QStringList fields = referenceFields.value(entry.modelName());
        for (const QString &field : fields) {
            const BlueprintValue &value = entry.attrs.contains(field) ? entry.attrs.value(field) : entry.identifiers.value(field);
            std::vector<BlueprintValue> values = value.isSequence() ? value.items() : std::vector<BlueprintValue>{value};
            for (const BlueprintValue &item : values) {
                const QString key = scalarKey(item);
                if (!key.isEmpty() && !own.contains(key) && !found.contains(key))
                    found << key;
            }
        }
    }
    return found;
}

Rekeyed rekeyForAnotherServer(const Blueprint &exported, const QHash<QString, ExternalReference> &external,
                              const QHash<QString, QStringList> &referenceFields)
{
    Rekeyed out;
    out.blueprint = exported;
    QSet<QString> taken;
    for (const BlueprintEntry &entry : exported.entries) {
        if (!entry.id.isEmpty())
            taken.insert(entry.id);
    }
    QHash<QString, QString> idOfPk;
    for (BlueprintEntry &entry : out.blueprint.entries) {
        if (entry.id.isEmpty())
            entry.id = makeId(entry, taken);
        const QString pk = scalarKey(entry.identifiers.value(QStringLiteral("pk")));
        if (!pk.isEmpty())
            idOfPk.insert(pk, entry.id);
    }
    auto named = [&](const BlueprintValue &value, const QString &where, bool reference) -> BlueprintValue {
        const QString key = scalarKey(value);
        if (key.isEmpty())
            return value;
        if (idOfPk.contains(key))
            return BlueprintValue::scalarTag(QStringLiteral("KeyOf"), idOfPk.value(key));
        if (external.contains(key)) {
            const ExternalReference &ref = external.value(key);
            return BlueprintValue::sequenceTag(QStringLiteral("Find"),
                                               {BlueprintValue::string(ref.model),
                                                BlueprintValue::sequence({BlueprintValue::string(ref.field), BlueprintValue::fromJson(ref.value)})});
        }
        if (reference)
            out.unnamed << QStringLiteral("%1 = %2").arg(where, key);
        return value;
    };
    for (BlueprintEntry &entry : out.blueprint.entries) {
        const QString model = entry.modelName();
        const QStringList fields = referenceFields.value(model);
        BlueprintValue identifiers = BlueprintValue::mapping();
        const QString natural = naturalKey(model);
        for (const QString &key : entry.identifiers.keys()) {
            if (key == QLatin1String("pk"))
                continue;
            const bool reference = fields.contains(key) || QStringList{QStringLiteral("target"), QStringLiteral("stage"), QStringLiteral("policy")}.contains(key);
            identifiers.insert(key, named(entry.identifiers.value(key), entry.id + QLatin1Char('.') + key, reference));
        }
        if (!natural.isEmpty() && !identifiers.contains(natural) && entry.attrs.contains(natural))
            identifiers.insert(natural, entry.attrs.value(natural));
        if (model == QLatin1String(ModelPolicyBinding) || model == QLatin1String(ModelFlowStageBinding)) {
            // Identified by pk alone in the export: what the binding ties together, and its order.
            for (const char *key : {"target", "stage", "policy", "group", "user", "order"}) {
                const QString k = QLatin1String(key);
                if (!identifiers.contains(k) && entry.attrs.contains(k) && !entry.attrs.value(k).isNull())
                    identifiers.insert(k, named(entry.attrs.value(k), entry.id + QLatin1Char('.') + k, true));
            }
        }
        entry.identifiers = identifiers;
        BlueprintValue attrs = BlueprintValue::mapping();
        for (const QString &key : entry.attrs.keys()) {
            const BlueprintValue &value = entry.attrs.value(key);
            const bool reference = fields.contains(key);
            if (identifiers.contains(key))
                continue;
            if (value.isSequence() && reference) {
                BlueprintValue items = BlueprintValue::sequence();
                for (const BlueprintValue &item : value.items())
                    items.append(named(item, entry.id + QLatin1Char('.') + key, true));
                attrs.insert(key, items);
            } else {
                attrs.insert(key, reference ? named(value, entry.id + QLatin1Char('.') + key, true) : value);
            }
        }
        entry.attrs = attrs;
    }
    return out;
}

} // namespace akdesk::blueprints
