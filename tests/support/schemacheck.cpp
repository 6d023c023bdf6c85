#include "tests/support/schemacheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <cmath>

namespace akdesk::test {

namespace {

/// Where authentik answers what its own schema does not allow, read in its source. Each entry is
/// "<component>.<property>", and the value it may hold beyond the schema is null.
/// TypeCreate.icon_url: TypesMixin.types sends getattr(instance, "icon_url", None), None for
/// every stage (authentik/core/api/object_types.py), while the schema types it a plain string.
const QStringList kNullAllowed{QStringLiteral("TypeCreate.icon_url")};

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    default: return QStringLiteral("nothing");
    }
}

} // namespace

const SchemaCheck &SchemaCheck::bundled()
{
    static const SchemaCheck check = [] {
        QFile file(QStringLiteral(":/akdesk/schema/authentik-2026.8.3.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the bundled schema is missing");
        return SchemaCheck(QJsonDocument::fromJson(file.readAll()).object());
    }();
    return check;
}

QJsonObject SchemaCheck::resolve(const QJsonObject &schema) const
{
    QJsonObject current = schema;
    for (int depth = 0; depth < 16 && current.contains(QLatin1String("$ref")); ++depth) {
        const QStringList parts = current.value(QLatin1String("$ref")).toString().mid(2).split(QLatin1Char('/'));
        QJsonValue node = m_document;
        for (const QString &part : parts)
            node = node.toObject().value(part);
        QJsonObject target = node.toObject();
        // Siblings of a $ref (nullable, readOnly) still apply.
        for (auto it = current.begin(); it != current.end(); ++it) {
            if (it.key() != QLatin1String("$ref"))
                target.insert(it.key(), it.value());
        }
        if (!target.contains(QLatin1String("x-component")) && parts.size() == 3 && parts.at(1) == QLatin1String("schemas"))
            target.insert(QStringLiteral("x-component"), parts.at(2));
        current = target;
    }
    return current;
}

void SchemaCheck::check(const QJsonObject &raw, const QJsonValue &value, const QString &where, QStringList *out) const
{
    const QJsonObject schema = resolve(raw);
    if (value.isNull() && schema.value(QLatin1String("nullable")).toBool())
        return;
    for (const char *combinator : {"allOf", "anyOf", "oneOf"}) {
        const QJsonArray parts = schema.value(QLatin1String(combinator)).toArray();
        if (parts.isEmpty())
            continue;
        if (qstrcmp(combinator, "allOf") == 0) {
            for (const QJsonValue &part : parts)
                check(part.toObject(), value, where, out);
        } else {
            bool any = false;
            for (const QJsonValue &part : parts) {
                QStringList errors;
                check(part.toObject(), value, where, &errors);
                any = any || errors.isEmpty();
            }
            if (!any)
                out->append(QStringLiteral("%1: matches none of %2").arg(where, QLatin1String(combinator)));
        }
    }
    const QJsonArray choices = schema.value(QLatin1String("enum")).toArray();
    if (!choices.isEmpty() && !choices.contains(value)) {
        out->append(QStringLiteral("%1: %2 is not one of the choices").arg(where, QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))));
        return;
    }
    const QString type = schema.value(QLatin1String("type")).toString();
    if (type.isEmpty())
        return;
    const bool ok = type == QLatin1String("object")    ? value.isObject()
                  : type == QLatin1String("array")   ? value.isArray()
                  : type == QLatin1String("string")  ? value.isString()
                  : type == QLatin1String("boolean") ? value.isBool()
                  : type == QLatin1String("integer") ? value.isDouble() && value.toDouble() == std::floor(value.toDouble())
                  : type == QLatin1String("number")  ? value.isDouble()
                                                     : true;
    if (!ok) {
        out->append(QStringLiteral("%1: %2 where the schema wants %3%4")
                        .arg(where, typeName(value), type, schema.value(QLatin1String("nullable")).toBool() ? QStringLiteral(" or null") : QString()));
        return;
    }
    if (type == QLatin1String("string") && schema.value(QLatin1String("format")).toString() == QLatin1String("uuid")
        && QUuid::fromString(value.toString()).isNull())
        out->append(QStringLiteral("%1: \"%2\" is not a uuid").arg(where, value.toString()));
    if (type == QLatin1String("array")) {
        const QJsonObject items = schema.value(QLatin1String("items")).toObject();
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            check(items, array.at(i), QStringLiteral("%1[%2]").arg(where).arg(i), out);
    }
    if (type == QLatin1String("object")) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        const QString component = schema.value(QLatin1String("x-component")).toString();
        for (const QJsonValue &name : schema.value(QLatin1String("required")).toArray()) {
            if (!object.contains(name.toString()))
                out->append(QStringLiteral("%1: the required \"%2\" is missing").arg(where, name.toString()));
        }
        const QJsonValue additional = schema.value(QLatin1String("additionalProperties"));
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString at = where + QLatin1Char('.') + it.key();
            if (properties.contains(it.key())) {
                if (it.value().isNull() && kNullAllowed.contains(component + QLatin1Char('.') + it.key()))
                    continue;
                check(properties.value(it.key()).toObject(), it.value(), at, out);
            } else if (additional.isBool() && !additional.toBool()) {
                out->append(QStringLiteral("%1: not a property the schema allows").arg(at));
            } else if (additional.isObject()) {
                check(additional.toObject(), it.value(), at, out);
            }
        }
    }
}

QJsonObject SchemaCheck::responseSchema(const QByteArray &method, const QString &path, int status, bool *declared) const
{
    *declared = false;
    const QJsonObject paths = m_document.value(QLatin1String("paths")).toObject();
    const QString route = path.section(QLatin1Char('?'), 0, 0);
    QJsonObject operation;
    // An exact path first ("/stages/all/types/" before "/stages/all/{stage_uuid}/").
    if (paths.contains(route)) {
        operation = paths.value(route).toObject().value(QString::fromLatin1(method.toLower())).toObject();
    } else {
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            QString pattern = QRegularExpression::escape(it.key());
            pattern.replace(QRegularExpression(QStringLiteral("\\\\\\{[^}]+\\\\\\}")), QStringLiteral("[^/]+"));
            if (QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$')).match(route).hasMatch()) {
                operation = it.value().toObject().value(QString::fromLatin1(method.toLower())).toObject();
                break;
            }
        }
    }
    const QJsonObject responses = operation.value(QLatin1String("responses")).toObject();
    if (!responses.contains(QString::number(status)))
        return {};
    *declared = true;
    const QJsonObject response = resolve(responses.value(QString::number(status)).toObject());
    return response.value(QLatin1String("content")).toObject().value(QLatin1String("application/json")).toObject()
        .value(QLatin1String("schema")).toObject();
}

QStringList SchemaCheck::violations(const QByteArray &method, const QString &path, int status, const QByteArray &body) const
{
    bool declared = false;
    const QJsonObject schema = responseSchema(method, path, status, &declared);
    if (!declared || schema.isEmpty())
        return {};
    // A download (export/): "type: string, format: binary", whatever the content type says.
    if (resolve(schema).value(QLatin1String("format")).toString() == QLatin1String("binary"))
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return {QStringLiteral("%1 %2 %3: the body is not JSON").arg(QString::fromLatin1(method), path).arg(status)};
    QStringList out;
    check(schema, document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()),
          QStringLiteral("%1 %2 %3").arg(QString::fromLatin1(method), path).arg(status), &out);
    return out;
}

QStringList SchemaCheck::violationsOf(const QString &component, const QJsonValue &value) const
{
    QStringList out;
    check(QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/components/schemas/") + component}}, value, component, &out);
    return out;
}

} // namespace akdesk::test
