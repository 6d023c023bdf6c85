#include "tests/support/samplebody.h"

#include "models/api/apiclient.h"
#include "models/records/record.h"
#include "models/schema/schemaregistry.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QUuid>

namespace akdesk::test {

SampleBodyBuilder::SampleBodyBuilder(ApiClient *client, const SchemaRegistry &schema)
    : m_client(client)
    , m_schema(schema)
{
}

QString SampleBodyBuilder::uniqueName(const QString &prefix)
{
    static int counter = 0;
    return QStringLiteral("akdesk-test-%1-%2-%3")
        .arg(prefix)
        .arg(++counter)
        .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
}

QString SampleBodyBuilder::firstExisting(const QString &resourceKey)
{
    const ResourceDescriptor *resource = m_schema.resource(resourceKey);
    if (!resource)
        return {};
    ListQuery query;
    query.pageSize = 20;
    const ApiResult result = await(m_client->list(resource->listPath, query));
    const QJsonArray rows = result.results();
    for (const QJsonValue &row : rows) {
        const QJsonObject record = row.toObject();
        // A source stage takes only sources a browser signs in through (SourceStageSerializer.
        // validate_source, authentik/enterprise/stages/source/api.py): not the built-in one, LDAP or SCIM.
        static const QStringList noWebLogin{QString(), QStringLiteral("ak-source-ldap-form"), QStringLiteral("ak-source-scim-form")};
        if (resourceKey == QLatin1String("sources") && noWebLogin.contains(record.value(QLatin1String("component")).toString()))
            continue;
        return record.value(QLatin1String("pk")).toString();
    }
    return {};
}

QJsonValue SampleBodyBuilder::sampleValue(const FieldDescriptor &field)
{
    const bool emptyDefault = field.defaultValue.isUndefined() || field.defaultValue.isNull()
        || (field.defaultValue.isArray() && field.defaultValue.toArray().isEmpty());
    if (!emptyDefault)
        return field.defaultValue;
    switch (field.type) {
    case FieldType::Boolean:
        return false;
    case FieldType::Integer:
    case FieldType::Number:
        return double(field.minimum.value_or(1) > 1 ? field.minimum.value_or(1) : 1);
    case FieldType::Enum:
        return field.enumValues.value(0);
    case FieldType::Duration:
        return QStringLiteral("minutes=5");
    case FieldType::Slug:
        return uniqueName(QStringLiteral("slug")).left(field.maxLength.value_or(50));
    case FieldType::Uuid:
        if (field.isReference()) {
            const QString existing = firstExisting(field.reference);
            if (!existing.isEmpty())
                return existing;
        }
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    case FieldType::Array:
        if (field.itemType == FieldType::Enum && !field.enumValues.isEmpty())
            return QJsonArray{field.enumValues.first()};
        return QJsonArray();
    case FieldType::Object:
        return QJsonObject();
    default:
        return QStringLiteral("akdesk-test-value").left(field.maxLength.value_or(100));
    }
}

QJsonObject SampleBodyBuilder::createBody(const ResourceDescriptor &resource, const QString &namePrefix)
{
    QJsonObject body;
    for (const FieldDescriptor &field : resource.fields) {
        // Required fields, plus enum lists so that choices are exercised (and an identification
        // stage gets the user field it needs when it has no sources).
        const bool enumList = field.type == FieldType::Array && field.itemType == FieldType::Enum;
        if (field.readOnly || (!field.required && !enumList))
            continue;
        body.insert(field.name, sampleValue(field));
    }
    if (resource.field(QStringLiteral("name")))
        body.insert(QStringLiteral("name"), uniqueName(namePrefix));
    return body;
}

} // namespace akdesk::test
