#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace akdesk::test {

/// Checks answers against the bundled OpenAPI document (resources/schema/authentik-2026.8.3.json):
/// the operation is found by method and path template, the response schema by status, and the
/// body is walked through $ref, allOf/oneOf/anyOf, type, nullable, enum, required, properties,
/// items, additionalProperties and the uuid format. A status the operation does not declare is
/// not judged (authentik's schema leaves 404 and 405 out).
class SchemaCheck final
{
public:
    static const SchemaCheck &bundled();

    /// What the schema forbids in this answer, one line each; empty when it conforms.
    QStringList violations(const QByteArray &method, const QString &path, int status, const QByteArray &body) const;
    /// The same for a value against a named component schema ("Stage", "PaginatedFlowList").
    QStringList violationsOf(const QString &component, const QJsonValue &value) const;

private:
    explicit SchemaCheck(const QJsonObject &document) : m_document(document) {}
    QJsonObject resolve(const QJsonObject &schema) const;
    void check(const QJsonObject &schema, const QJsonValue &value, const QString &where, QStringList *out) const;
    /// The response schema of an operation for a status; null when nothing is declared.
    QJsonObject responseSchema(const QByteArray &method, const QString &path, int status, bool *declared) const;

    QJsonObject m_document;
};

} // namespace akdesk::test
