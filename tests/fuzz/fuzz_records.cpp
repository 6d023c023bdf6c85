// Fuzzes the record codec (models/records/record.h) and the field validator on records decoded
// from the input, against descriptors of the bundled authentik schema.
//
// Input: one selector byte, then JSON. The selector picks the resource: '0'..'7' (any byte below
// 0x80, by its low three bits) one of the kinds edited most, bytes from 0x80 any resource of the
// bundled schema. The JSON is either [base, edited] or one record used as both.

#include "models/records/record.h"
#include "models/schema/schemaregistry.h"
#include "models/validation/validation.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

using akdesk::FieldDescriptor;
using akdesk::ResourceDescriptor;
namespace records = akdesk::records;

// An invariant of the codec does not hold: abort so libFuzzer keeps the input.
void require(bool condition)
{
    if (!condition)
        std::abort();
}

const QList<const ResourceDescriptor *> &resources()
{
    static const QList<const ResourceDescriptor *> list = [] {
        const auto registry = akdesk::SchemaRegistry::bundled();
        QList<const ResourceDescriptor *> found;
        for (const char *key : {"stages/identification", "flows", "flows/bindings", "stages/dummy",
                                "stages/password", "stages/prompt/stages", "stages/source", "sources"}) {
            const ResourceDescriptor *r = registry->resource(QLatin1String(key));
            found.append(r ? r : registry->resource(QStringLiteral("flows")));
        }
        found += registry->resources();
        return found;
    }();
    return list;
}

const ResourceDescriptor &pick(uint8_t selector)
{
    const auto &list = resources();
    if (selector < 0x80)
        return *list.at(selector & 7);
    return *list.at(8 + (selector - 0x80) % (list.size() - 8));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const ResourceDescriptor &resource = pick(data[0]);
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));
    QJsonObject base;
    QJsonObject edited;
    if (document.isArray()) {
        base = document.array().at(0).toObject();
        edited = document.array().at(1).toObject();
    } else if (document.isObject()) {
        base = edited = document.object();
    } else {
        return 0;
    }

    (void)records::recordId(base, resource);
    (void)records::recordId(edited, resource);

    const QJsonObject payload = records::writablePayload(edited, resource);
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        const FieldDescriptor *field = resource.field(it.key());
        require(!field || !field->readOnly);
    }

    const QStringList changed = records::changedFields(base, edited, resource);
    const QJsonObject patch = records::patchPayload(base, edited, resource);
    // A patch carries the changed fields and, only alongside them, the companions.
    require(patch.isEmpty() == changed.isEmpty());
    const QSet<QString> changedSet(changed.begin(), changed.end());
    for (auto it = patch.begin(); it != patch.end(); ++it)
        require(changedSet.contains(it.key()) || resource.patchCompanions.contains(it.key()));
    // Nothing differs between a record and itself.
    require(records::changedFields(edited, edited, resource).isEmpty());
    require(records::patchPayload(base, base, resource).isEmpty());

    for (auto it = edited.begin(); it != edited.end(); ++it) {
        const FieldDescriptor *field = resource.field(it.key());
        const QJsonValue before = base.value(it.key());
        const bool same = records::sameValue(field, before, it.value());
        require(same == records::sameValue(field, it.value(), before));
        require(records::sameValue(field, it.value(), it.value()));
        (void)records::sameValue(nullptr, before, it.value());
        if (field) {
            (void)akdesk::validation::checkField(*field, it.value(), true);
            (void)akdesk::validation::checkField(*field, it.value(), false);
        }
    }
    return 0;
}
