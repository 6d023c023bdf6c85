#include "app/sandbox/sandboxfields.h"

#include "models/validation/validation.h"

#include <QHash>
#include <QJsonArray>
#include <QUuid>

namespace akdesk::sandbox {

namespace {

/// DRF turns "true"/"1" into booleans and "5" into numbers; the stored value is the parsed one.
QJsonValue normalized(const FieldDescriptor &field, const QJsonValue &value)
{
    if (field.type == FieldType::Boolean && value.isString()) {
        const QString v = value.toString().toLower();
        return v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("yes") || v == QLatin1String("on");
    }
    if (field.type == FieldType::Boolean && value.isDouble())
        return value.toDouble() != 0;
    if (field.type == FieldType::Integer && value.isString())
        return value.toString().trimmed().toLongLong();
    if (field.type == FieldType::String && value.isDouble())
        return QString::number(value.toDouble());
    if (field.type == FieldType::Uuid && value.isString()) {
        const QUuid uuid = QUuid::fromString(value.toString());
        return uuid.isNull() ? value : QJsonValue(uuid.toString(QUuid::WithoutBraces));
    }
    if (field.type == FieldType::Array && field.itemType == FieldType::Uuid && value.isArray()) {
        QJsonArray ids;
        FieldDescriptor item = field;
        item.type = FieldType::Uuid;
        for (const QJsonValue &id : value.toArray())
            ids.append(normalized(item, id));
        return ids;
    }
    return value;
}

} // namespace

QJsonValue defaultFor(const FieldDescriptor &field)
{
    if (!field.defaultValue.isUndefined())
        return field.defaultValue;
    if (field.nullable)
        return QJsonValue::Null;
    switch (field.type) {
    case FieldType::Boolean: return false;
    case FieldType::Array: return QJsonArray();
    case FieldType::Object: return QJsonObject();
    case FieldType::Integer:
    case FieldType::Number: return 0;
    case FieldType::Enum: return field.enumValues.value(0);
    default:
        break;
    }
    if (field.minLength.value_or(0) > 0) {
        // Text that may not be blank: authentik's model defaults where akdesk knows them.
        static const QHash<QString, QString> known{
            {QStringLiteral("host"), QStringLiteral("localhost")},
            {QStringLiteral("subject"), QStringLiteral("authentik")},
            {QStringLiteral("template"), QStringLiteral("email/password_reset.html")},
            {QStringLiteral("token_expiry"), QStringLiteral("minutes=30")},
            {QStringLiteral("recovery_cache_timeout"), QStringLiteral("minutes=5")},
            {QStringLiteral("last_auth_threshold"), QStringLiteral("seconds=0")},
            {QStringLiteral("from_address"), QStringLiteral("system@authentik.local")},
        };
        return known.value(field.name, field.type == FieldType::Duration ? QStringLiteral("minutes=5") : field.name);
    }
    return QString();
}

QJsonObject withDefaults(const ResourceDescriptor &resource)
{
    QJsonObject record;
    for (const FieldDescriptor &field : resource.fields) {
        if (!field.readOnly)
            record.insert(field.name, defaultFor(field));
    }
    return record;
}

QJsonObject checkBody(const ResourceDescriptor &resource, const QJsonObject &body, bool creating,
                      const ReferenceCheck &exists, QJsonObject *clean)
{
    QJsonObject errors;
    for (const FieldDescriptor &field : resource.fields) {
        if (field.readOnly)
            continue;  // sent or not, the server ignores it
        if (!body.contains(field.name)) {
            if (creating && field.required)
                errors.insert(field.name, QJsonArray{QStringLiteral("This field is required.")});
            continue;
        }
        const QJsonValue value = body.value(field.name);
        const validation::Result result = validation::checkField(field, value, creating);
        if (!result.ok()) {
            // DRF nests a bad list item under its index ({"user_fields": {"1": [...]}}); akdesk's
            // client and tests expect the message on the field itself, so it is flattened here.
            errors.insert(field.name, QJsonArray{result.reason});
            continue;
        }
        const QJsonValue accepted = normalized(field, value);
        if (field.isReference() && !accepted.isNull()) {
            const QJsonArray ids = accepted.isArray() ? accepted.toArray() : QJsonArray{accepted};
            QJsonArray missing;
            for (const QJsonValue &id : ids) {
                if (!exists(field.reference, id.toString()))
                    missing.append(QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(id.toString()));
            }
            if (!missing.isEmpty()) {
                errors.insert(field.name, missing);
                continue;
            }
        }
        clean->insert(field.name, accepted);
    }
    return errors;
}

} // namespace akdesk::sandbox
