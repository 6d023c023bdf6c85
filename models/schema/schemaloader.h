#pragma once

#include "models/schema/schemaregistry.h"

namespace akdesk {

/// Reads an OpenAPI document into a SchemaRegistry: finds every creatable stage kind, flows,
/// bindings and sources, resolves $ref/allOf, and lets the overlay add presentation.
class SchemaLoader final
{
public:
    static std::shared_ptr<const SchemaRegistry> load(const QJsonObject &document, QString *error);
};

} // namespace akdesk
