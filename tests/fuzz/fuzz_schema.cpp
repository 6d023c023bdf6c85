// Fuzzes the OpenAPI schema loader (SchemaRegistry::fromJson, models/schema/schemaloader.cpp): a
// server may hand akdesk any document, including one that references in circles.
//
// Input: the OpenAPI document as JSON.

#include "models/schema/schemaregistry.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto registry = akdesk::SchemaRegistry::fromJson(json, &error);
    if (!registry) {
        require(!error.isEmpty());
        return 0;
    }
    (void)registry->apiVersion();
    for (const akdesk::ResourceDescriptor *r : registry->resources()) {
        require(registry->resource(r->key) != nullptr);
        (void)registry->resourceForPath(r->listPath);
        (void)registry->resourceForPath(r->detailPath(QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6")));
        (void)registry->stageKindForModel(r->modelName);
        (void)registry->stageKindForComponent(r->component);
        (void)r->writableFields();
        (void)r->requiredFields();
        for (const akdesk::FieldDescriptor &f : r->fields)
            require(r->field(f.name) != nullptr);
    }
    (void)registry->stageKinds();
    return 0;
}
