#include "app/sandbox/sandboxfields.h"

#include "models/validation/validation.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include <cmath>
#include <optional>

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

namespace {

/// Python's type(value).__name__ for a JSON value, as DRF names it in its messages.
QString pythonType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return QStringLiteral("bool");
    case QJsonValue::Double: return value.toDouble() == std::floor(value.toDouble()) ? QStringLiteral("int") : QStringLiteral("float");
    case QJsonValue::String: return QStringLiteral("str");
    case QJsonValue::Array: return QStringLiteral("list");
    case QJsonValue::Object: return QStringLiteral("dict");
    default: return QStringLiteral("NoneType");
    }
}

/// DRF's BooleanField (rest_framework/fields.py): its TRUE_VALUES and FALSE_VALUES, else invalid.
std::optional<bool> drfBoolean(const QJsonValue &value)
{
    static const QStringList truths{QStringLiteral("t"), QStringLiteral("T"), QStringLiteral("y"), QStringLiteral("Y"), QStringLiteral("yes"),
                                    QStringLiteral("Yes"), QStringLiteral("YES"), QStringLiteral("true"), QStringLiteral("True"),
                                    QStringLiteral("TRUE"), QStringLiteral("on"), QStringLiteral("On"), QStringLiteral("ON"), QStringLiteral("1")};
    static const QStringList falsities{QStringLiteral("f"), QStringLiteral("F"), QStringLiteral("n"), QStringLiteral("N"), QStringLiteral("no"),
                                       QStringLiteral("No"), QStringLiteral("NO"), QStringLiteral("false"), QStringLiteral("False"),
                                       QStringLiteral("FALSE"), QStringLiteral("off"), QStringLiteral("Off"), QStringLiteral("OFF"), QStringLiteral("0")};
    if (value.isBool())
        return value.toBool();
    if (value.isDouble() && (value.toDouble() == 1 || value.toDouble() == 0))
        return value.toDouble() == 1;
    if (value.isString() && truths.contains(value.toString()))
        return true;
    if (value.isString() && falsities.contains(value.toString()))
        return false;
    return std::nullopt;
}

/// Python's float() on a string: optional sign, digits with '_' between them, a fraction, an
/// exponent, or inf/nan; white space around it.
std::optional<double> pythonFloat(const QString &text)
{
    static const QRegularExpression number(QStringLiteral(
        "^\\s*[+-]?(?:(?:\\d(?:_?\\d)*)?\\.\\d(?:_?\\d)*|\\d(?:_?\\d)*\\.?)(?:[eE][+-]?\\d(?:_?\\d)*)?\\s*$"));
    static const QRegularExpression special(QStringLiteral("^\\s*[+-]?(?:inf|infinity|nan)\\s*$"), QRegularExpression::CaseInsensitiveOption);
    if (special.match(text).hasMatch())
        return text.contains(QLatin1String("nan"), Qt::CaseInsensitive) ? std::nan("") : HUGE_VAL;
    if (!number.match(text).hasMatch())
        return std::nullopt;
    return QString(text).remove(QLatin1Char('_')).trimmed().toDouble();
}

/// authentik/lib/utils/time.py, timedelta_from_string(): pairs split at ';', each exactly one
/// '=' (else ValueError), an unknown key (lower-cased, not stripped) skipped, the value float()
/// of the stripped text; no known key at all is a ValueError, and so is what timedelta() refuses.
bool isTimedelta(const QString &text)
{
    static const QStringList allowed{QStringLiteral("microseconds"), QStringLiteral("milliseconds"), QStringLiteral("seconds"),
                                     QStringLiteral("minutes"), QStringLiteral("hours"), QStringLiteral("days"), QStringLiteral("weeks")};
    int known = 0;
    for (const QString &pair : text.split(QLatin1Char(';'))) {
        const QStringList parts = pair.split(QLatin1Char('='));
        if (parts.size() != 2)
            return false;
        if (!allowed.contains(parts.at(0).toLower()))
            continue;
        const std::optional<double> value = pythonFloat(parts.at(1).trimmed());
        // float() fails, or timedelta() cannot hold it (NaN, infinity, beyond 999999999 days).
        if (!value || std::isnan(*value) || std::isinf(*value) || std::abs(*value) > 1e15)
            return false;
        ++known;
    }
    return known > 0;
}

/// A text field (DRF's CharField, trim_whitespace on): the trimmed text, or why it is refused.
QJsonValue checkText(const FieldDescriptor &field, const QJsonValue &value, QString *error)
{
    if (!value.isString() && !value.isDouble()) {
        *error = QStringLiteral("Not a valid string.");
        return {};
    }
    const QString text = value.isString() ? value.toString().trimmed() : QString::number(value.toDouble());
    if (text.isEmpty()) {
        // allow_blank is the model's blank=True, which the schema shows as no minLength.
        if (field.minLength.value_or(0) > 0 || field.type == FieldType::Slug)
            *error = QStringLiteral("This field may not be blank.");
        return text;
    }
    if (field.type == FieldType::Slug) {
        // Flow.slug: Django's validate_slug and its wording; authentik 2026 sets no length cap.
        static const QRegularExpression slug(QStringLiteral("^[-a-zA-Z0-9_]+\\z"));
        if (!slug.match(text).hasMatch())
            *error = QStringLiteral("Enter a valid \u201cslug\u201d consisting of letters, numbers, underscores or hyphens.");
        return text;
    }
    if (field.type == FieldType::Duration) {
        if (!isTimedelta(text))
            *error = QStringLiteral("%1 is not in the correct format of 'hours=3;minutes=1'.").arg(text);
        return text;
    }
    FieldDescriptor trimmed = field;
    const validation::Result result = validation::checkField(trimmed, text, true);
    if (!result.ok())
        *error = result.reason;
    return text;
}

/// A primary key of a related object (PrimaryKeyRelatedField): the normalised uuid, or why not.
QString checkReference(const FieldDescriptor &field, const QJsonValue &value, const ReferenceCheck &exists, QString *error)
{
    if (!value.isString()) {
        *error = QStringLiteral("Incorrect type. Expected pk value, received %1.").arg(pythonType(value));
        return {};
    }
    const QUuid uuid = QUuid::fromString(value.toString().trimmed());
    if (uuid.isNull()) {
        // Django's UUIDField.to_python, raised through queryset.get(pk=...).
        *error = QStringLiteral("\u201c%1\u201d is not a valid UUID.").arg(value.toString());
        return {};
    }
    const QString pk = uuid.toString(QUuid::WithoutBraces);
    if (!exists(field.reference, pk))
        *error = QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(value.toString());
    return pk;
}

} // namespace

QJsonObject checkBody(const ResourceDescriptor &resource, const QJsonObject &body, bool creating,
                      const ReferenceCheck &exists, QJsonObject *clean)
{
    // Serializer.to_internal_value (rest_framework/serializers.py): every writable field is
    // checked and every failing one reported; read-only and unknown fields are ignored.
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
        if (value.isNull()) {
            if (field.nullable)
                clean->insert(field.name, QJsonValue::Null);
            else
                errors.insert(field.name, QJsonArray{QStringLiteral("This field may not be null.")});
            continue;
        }
        QString error;
        QJsonValue accepted;
        if (field.type == FieldType::Array) {
            if (!value.isArray()) {
                errors.insert(field.name, QJsonArray{QStringLiteral("Expected a list of items but got type \"%1\".").arg(pythonType(value))});
                continue;
            }
            const QJsonArray items = value.toArray();
            QJsonArray kept;
            if (field.isReference()) {
                // ManyRelatedField: the first bad pk is the field's one error.
                for (const QJsonValue &item : items) {
                    kept.append(checkReference(field, item, exists, &error));
                    if (!error.isEmpty())
                        break;
                }
                if (!error.isEmpty()) {
                    errors.insert(field.name, QJsonArray{error});
                    continue;
                }
            } else {
                // ListField.run_child_validation: each bad item's errors under its index.
                FieldDescriptor child = field;
                child.type = field.itemType;
                child.required = true;
                QJsonObject itemErrors;
                for (qsizetype i = 0; i < items.size(); ++i) {
                    const validation::Result result = validation::checkField(child, items.at(i), true);
                    if (!result.ok())
                        itemErrors.insert(QString::number(i), QJsonArray{result.reason});
                    kept.append(normalized(child, items.at(i)));
                }
                if (!itemErrors.isEmpty()) {
                    errors.insert(field.name, itemErrors);
                    continue;
                }
            }
            clean->insert(field.name, kept);
            continue;
        }
        // A uuid with a "<name>_obj" beside it is a related object even when akdesk's overlay does
        // not say which resource (an endpoint stage's connector): the sandbox holds none of those.
        const bool related = field.isReference()
            || (field.type == FieldType::Uuid && resource.field(field.name + QStringLiteral("_obj")) != nullptr);
        if (related) {
            accepted = checkReference(field, value, exists, &error);
        } else if (field.type == FieldType::Boolean) {
            const std::optional<bool> parsed = drfBoolean(value);
            if (!parsed)
                error = QStringLiteral("Must be a valid boolean.");
            accepted = parsed.value_or(false);
        } else if (field.type == FieldType::String || field.type == FieldType::Slug || field.type == FieldType::Duration) {
            accepted = checkText(field, value, &error);
        } else {
            const validation::Result result = validation::checkField(field, value, creating);
            if (!result.ok())
                error = result.reason;
            accepted = normalized(field, value);
        }
        if (!error.isEmpty())
            errors.insert(field.name, QJsonArray{error});
        else
            clean->insert(field.name, accepted);
    }
    return errors;
}

} // namespace akdesk::sandbox
