#pragma once

#include "models/schema/resourcedescriptor.h"

#include <QJsonObject>
#include <QString>

namespace akdesk {
class ApiClient;
class SchemaRegistry;
}

namespace akdesk::test {

/// Builds the smallest valid create body for a resource from its descriptor alone: every required
/// field gets a value of its type (first enum choice, a matching string, an existing object of the
/// referenced resource looked up on the server). `name` is unique per call.
class SampleBodyBuilder final
{
public:
    SampleBodyBuilder(ApiClient *client, const SchemaRegistry &schema);

    QJsonObject createBody(const ResourceDescriptor &resource, const QString &namePrefix);
    /// pk (or slug) of the first record of a referenced resource; empty when the list is empty.
    QString firstExisting(const QString &resourceKey);
    /// A unique name for objects the tests create and remove again.
    static QString uniqueName(const QString &prefix);

private:
    QJsonValue sampleValue(const FieldDescriptor &field);

    ApiClient *m_client;
    const SchemaRegistry &m_schema;
};

} // namespace akdesk::test
