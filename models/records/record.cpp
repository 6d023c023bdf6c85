#include "models/records/record.h"

#include <QJsonArray>
#include <QStringList>

namespace akdesk::records {

QString recordId(const QJsonObject &record, const ResourceDescriptor &resource)
{
    const QJsonValue id = record.value(resource.lookupField);
    return id.isDouble() ? QString::number(id.toInteger()) : id.toString();
}

QJsonObject writablePayload(const QJsonObject &record, const ResourceDescriptor &resource)
{
    QJsonObject payload;
    for (auto it = record.begin(); it != record.end(); ++it) {
        const FieldDescriptor *field = resource.field(it.key());
        // Fields the descriptor does not know are kept: a newer server may accept them. The
        // read-only ones a server adds to every object (and `*_obj` expansions) never go back.
        if (field ? field->readOnly : it.key().endsWith(QLatin1String("_obj")))
            continue;
        payload.insert(it.key(), it.value());
    }
    return payload;
}

QJsonObject overlaid(QJsonObject record, const QJsonObject &over)
{
    for (auto it = over.begin(); it != over.end(); ++it)
        record.insert(it.key(), it.value());
    return record;
}

bool sameValue(const FieldDescriptor *field, const QJsonValue &a, const QJsonValue &b)
{
    if (a == b)
        return true;
    // Lists of choices or references are sets for people: the same items in another order are
    // no change.
    if (field && field->isArray() && a.isArray() && b.isArray()
        && (field->itemType == FieldType::Enum || field->itemType == FieldType::Uuid)) {
        const auto sorted = [](const QJsonValue &array) {
            QStringList items;
            for (const QJsonValue &v : array.toArray())
                items.append(v.toString());
            items.sort();
            return items;
        };
        // Sorted lists rather than sets: ["a", "b"] and ["a", "a"] are not the same.
        return sorted(a) == sorted(b);
    }
    // An absent value and null mean the same for a nullable field.
    if (field && field->nullable && (a.isNull() || a.isUndefined()) && (b.isNull() || b.isUndefined()))
        return true;
    return false;
}

QStringList changedFields(const QJsonObject &base, const QJsonObject &edited, const ResourceDescriptor &resource)
{
    QStringList changed;
    for (auto it = edited.begin(); it != edited.end(); ++it) {
        const FieldDescriptor *field = resource.field(it.key());
        if (field ? field->readOnly : it.key().endsWith(QLatin1String("_obj")))
            continue;
        if (!sameValue(field, base.value(it.key()), it.value()))
            changed.append(it.key());
    }
    return changed;
}

QJsonObject patchPayload(const QJsonObject &base, const QJsonObject &edited, const ResourceDescriptor &resource)
{
    QJsonObject patch;
    const QStringList fields = changedFields(base, edited, resource);
    for (const QString &field : fields)
        patch.insert(field, edited.value(field));
    if (!patch.isEmpty()) {
        for (const QString &companion : resource.patchCompanions) {
            const QJsonValue value = edited.contains(companion) ? edited.value(companion) : base.value(companion);
            if (!patch.contains(companion) && !value.isUndefined())
                patch.insert(companion, value);
        }
    }
    return patch;
}

} // namespace akdesk::records
