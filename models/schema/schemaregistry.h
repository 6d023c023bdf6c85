#pragma once

#include "models/schema/resourcedescriptor.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace akdesk {

/// All resource descriptors read from one OpenAPI document (bundled or the server's own) plus
/// the hand-written overlay. Lookups are cheap; the registry is immutable once loaded.
class SchemaRegistry final
{
public:
    /// Parses an OpenAPI document given as JSON. On failure returns null and sets *error.
    static std::shared_ptr<const SchemaRegistry> fromJson(const QByteArray &json, QString *error = nullptr);
    static std::shared_ptr<const SchemaRegistry> fromDocument(const QJsonObject &document, QString *error = nullptr);
    /// The document bundled in resources/ (authentik 2026.8.3); loaded once, then shared.
    static std::shared_ptr<const SchemaRegistry> bundled();

    QString apiVersion() const { return m_version; }
    QList<const ResourceDescriptor *> resources() const;
    const ResourceDescriptor *resource(const QString &key) const;
    /// Every creatable kind of a family (stages, policies), ordered by label.
    QList<const ResourceDescriptor *> kinds(ResourceDescriptor::Category category) const;
    const ResourceDescriptor *kindForModel(ResourceDescriptor::Category category, const QString &metaModelName) const;
    const ResourceDescriptor *kindForComponent(ResourceDescriptor::Category category, const QString &component) const;

    QList<const ResourceDescriptor *> stageKinds() const { return kinds(ResourceDescriptor::Category::Stage); }
    const ResourceDescriptor *stageKindForModel(const QString &metaModelName) const
    {
        return kindForModel(ResourceDescriptor::Category::Stage, metaModelName);
    }
    const ResourceDescriptor *stageKindForComponent(const QString &component) const
    {
        return kindForComponent(ResourceDescriptor::Category::Stage, component);
    }
    QList<const ResourceDescriptor *> policyKinds() const { return kinds(ResourceDescriptor::Category::Policy); }
    const ResourceDescriptor *policyKindForModel(const QString &metaModelName) const
    {
        return kindForModel(ResourceDescriptor::Category::Policy, metaModelName);
    }
    /// Resolves a list path ("/stages/dummy/", "/stages/dummy/<uuid>/" also works) to its resource.
    const ResourceDescriptor *resourceForPath(const QString &path) const;

private:
    SchemaRegistry() = default;
    friend class SchemaLoader;

    QString m_version;
    QList<ResourceDescriptor> m_resources;
    QHash<QString, int> m_byKey;
};

} // namespace akdesk
