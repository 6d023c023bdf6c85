#include "models/operations/createcheck.h"

#include "models/api/apiclient.h"
#include "models/records/record.h"
#include "models/schema/resourcedescriptor.h"

#include <QJsonArray>
#include <QPointer>
#include <QTimer>

#include <algorithm>

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

namespace {

int g_recheckMs = 2000;

/// The list query that finds a record like `body`: by its unique key when the resource has a
/// filter for it (a stage's name is unique across kinds, a flow's slug; authentik's
/// flows/api/stages.py and flows/api/flows.py filtersets), else by every exact filter the body
/// can fill (a binding's target, stage and order, unique together).
ListQuery lookupOf(const ResourceDescriptor &resource, const QJsonObject &body)
{
    auto hasFilter = [&resource](const QString &name) {
        return std::any_of(resource.filters.begin(), resource.filters.end(),
                           [&name](const FilterDescriptor &filter) { return filter.name == name; });
    };
    ListQuery query;
    query.pageSize = 100;
    for (const QString &key : {QStringLiteral("slug"), QStringLiteral("name")}) {
        const bool unique = key == QLatin1String("slug") || resource.category == ResourceDescriptor::Category::Stage;
        const QString value = body.value(key).toString().trimmed();  // authentik trims text fields
        if (unique && hasFilter(key) && !value.isEmpty()) {
            query.filter(key, value);
            return query;
        }
    }
    for (const FilterDescriptor &filter : resource.filters) {
        const QJsonValue value = body.value(filter.name);
        if (value.isString() && !value.toString().isEmpty())
            query.filter(filter.name, value.toString());
        else if (value.isDouble())
            query.filter(filter.name, QString::number(value.toInteger()));
    }
    return query;
}

void lookOnce(ApiClient *client, const ResourceDescriptor &resource, const QJsonObject &body, QObject *context,
              const std::function<void(const std::optional<QJsonObject> &, const ApiError &)> &done)
{
    ApiReply *reply = client->list(resource.listPath, lookupOf(resource, body));
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

} // namespace

int createRecheckDelay()
{
    return g_recheckMs;
}

void setCreateRecheckDelay(int milliseconds)
{
    g_recheckMs = milliseconds;
}

void lookForCreated(ApiClient *client, const ResourceDescriptor &resource, const QJsonObject &body, QObject *context,
                    const std::function<void(const std::optional<QJsonObject> &, const ApiError &)> &done)
{
    const ResourceDescriptor copy = resource;
    QPointer<ApiClient> guard(client);
    lookOnce(client, resource, body, context, [guard, copy, body, context, done](const std::optional<QJsonObject> &found, const ApiError &error) {
        if (found || error.isError() || !guard) {
            done(found, error);
            return;
        }
        // Not there yet: a server may still be working on the POST whose answer was lost.
        QTimer::singleShot(g_recheckMs, context, [guard, copy, body, context, done] {
            if (guard)
                lookOnce(guard, copy, body, context, done);
            else
                done(std::nullopt, ApiError::offline());
        });
    });
}

} // namespace akdesk
