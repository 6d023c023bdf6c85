#include "models/operations/createcheck.h"

#include "models/api/apiclient.h"
#include "models/records/record.h"
#include "models/schema/resourcedescriptor.h"

#include <QJsonArray>

namespace akdesk {

bool holdsAll(const QJsonObject &record, const QJsonObject &body, const ResourceDescriptor &resource)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        const FieldDescriptor *field = resource.field(it.key());
        if (field && field->readOnly)
            continue;
        if (!records::sameValue(field, record.value(it.key()), it.value()))
            return false;
    }
    return true;
}

void lookForCreated(ApiClient *client, const ResourceDescriptor &resource, const QJsonObject &body, QObject *context,
                    const std::function<void(const std::optional<QJsonObject> &, const ApiError &)> &done)
{
    // Narrow the list with every exact filter the body can fill (name, slug, target, stage ...).
    ListQuery query;
    query.pageSize = 100;
    for (const FilterDescriptor &filter : resource.filters) {
        const QJsonValue value = body.value(filter.name);
        if (value.isString() && !value.toString().isEmpty())
            query.filter(filter.name, value.toString());
        else if (value.isDouble())
            query.filter(filter.name, QString::number(value.toInteger()));
    }
    ApiReply *reply = client->list(resource.listPath, query);
    const ResourceDescriptor copy = resource;
    QObject::connect(reply, &ApiReply::finished, context, [copy, body, done](ApiReply *finished) {
        if (!finished->ok() || finished->cachedAt().isValid()) {
            done(std::nullopt, finished->ok() ? ApiError::offline() : finished->error());
            return;
        }
        for (const QJsonValue &value : finished->results()) {
            if (holdsAll(value.toObject(), body, copy)) {
                done(value.toObject(), {});
                return;
            }
        }
        done(std::nullopt, {});
    });
}

} // namespace akdesk
