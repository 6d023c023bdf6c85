#include "models/operations/recordwriter.h"

#include "models/api/apiclient.h"
#include "models/operations/createcheck.h"
#include "models/items/referencemodel.h"
#include "models/records/record.h"
#include "models/schema/resourcedescriptor.h"
#include "models/storage/localstore.h"

#include <memory>

namespace akdesk {

WriteTarget WriteTarget::of(const ResourceDescriptor &resource, const QString &id)
{
    return {resource.key, resource.listPath, id, resource.lookupField};
}

RecordWriter::RecordWriter(ApiClient *client, LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
    qRegisterMetaType<akdesk::RecordChange>();
}

RecordWriter::~RecordWriter() = default;

RecordWriter::Fate RecordWriter::fateOf(Method method, const ApiError &error)
{
    if (!error.isError())
        return Fate::Accepted;
    if (error.neverReachedServer())
        return Fate::KeepDraft;
    if (error.outcomeUnknown())
        return method == Method::Create ? Fate::LookFirst : Fate::KeepDraft;
    // authentik answers 404 for a pk it does not hold (rest_framework/generics.py get_object_or_404).
    if (method == Method::Delete && error.kind == ApiError::Kind::NotFound)
        return Fate::Accepted;
    return Fate::Refused;
}

RecordWriter::Fate RecordWriter::fateOf(const ApiReply &reply)
{
    const QString verb = reply.method();
    const Method method = verb == QLatin1String("POST") ? Method::Create
        : verb == QLatin1String("DELETE")               ? Method::Delete
                                                        : Method::Update;
    return fateOf(method, reply.ok() ? ApiError() : reply.error());
}

RecordChange RecordWriter::changeOf(Method method, const WriteTarget &target, const QJsonObject &record,
                                    const QJsonObject &sent)
{
    RecordChange change;
    change.kind = method == Method::Create ? RecordChange::Kind::Created
        : method == Method::Delete         ? RecordChange::Kind::Deleted
                                           : RecordChange::Kind::Updated;
    change.resourceKey = target.resourceKey;
    change.listPath = target.listPath;
    change.id = target.id.isEmpty() ? records::textOf(record, target.lookupField.toLatin1().constData()) : target.id;
    change.fields = sent.keys();
    change.record = record;
    return change;
}

ApiReply *RecordWriter::send(Method method, const WriteTarget &target, const QJsonObject &body)
{
    ApiReply *reply = nullptr;
    switch (method) {
    case Method::Create:
        reply = m_client->create(target.listPath, body);
        break;
    case Method::Update:
        reply = m_client->update(target.path(), body);
        break;
    case Method::Delete:
        reply = m_client->remove(target.path());
        break;
    }
    // Connected first, so the models are current before the caller hears the answer.
    connect(reply, &ApiReply::finished, this, [this, method, target, body](ApiReply *finished) {
        if (fateOf(*finished) != Fate::Accepted)
            return;
        announce(changeOf(method, target, method == Method::Delete ? body : finished->object(), body));
    });
    return reply;
}

void RecordWriter::announce(const RecordChange &change)
{
    Q_EMIT changed(change);
}

void RecordWriter::keep(Method method, const WriteTarget &target, const QJsonObject &body, const QJsonObject &base,
                        const QString &label, const ApiError &error, const Done &done, qint64 draftId, bool checkFirst)
{
    WriteResult result;
    result.error = error;
    switch (method) {
    case Method::Create:
        if (std::optional<Draft> existing = draftId > 0 ? m_store->draft(draftId) : std::nullopt) {
            existing->changes = body;
            existing->label = label;
            existing->checkFirst = checkFirst;
            result.draftId = m_store->update(*existing) ? existing->id : 0;
        } else {
            result.draftId = m_store->queueCreate(target.resourceKey, label, body);
            if (std::optional<Draft> queued = checkFirst ? m_store->draft(result.draftId) : std::nullopt) {
                queued->checkFirst = true;
                m_store->update(*queued);
            }
        }
        break;
    case Method::Update:
        result.draftId = m_store->saveEdit(target.resourceKey, target.id, label, base, body);
        break;
    case Method::Delete:
        result.draftId = m_store->queueDelete(target.resourceKey, target.id, label, base);
        break;
    }
    // A drafts file that refuses the write keeps nothing: the caller still holds what was typed.
    result.outcome = result.draftId > 0 && m_store->isKeepingEdits() ? WriteResult::Outcome::Queued
                                                                       : WriteResult::Outcome::Refused;
    done(result);
}

void RecordWriter::create(const ResourceDescriptor &resource, const QJsonObject &body, const QString &label,
                          QObject *context, const Done &done, qint64 draftId)
{
    const WriteTarget target = WriteTarget::of(resource);
    ApiReply *reply = send(Method::Create, target, body);
    connect(reply, &ApiReply::finished, context,
            [this, resource, target, body, label, context, done, draftId](ApiReply *finished) {
        switch (fateOf(*finished)) {
        case Fate::Accepted:
            done({WriteResult::Outcome::Accepted, finished->object(), {}, 0});
            return;
        case Fate::KeepDraft:
            keep(Method::Create, target, body, {}, label, finished->error(), done, draftId);
            return;
        case Fate::LookFirst:
            lookFirst(resource, body, label, finished->error(), context, done, draftId);
            return;
        case Fate::Refused:
            done({WriteResult::Outcome::Refused, {}, finished->error(), 0});
            return;
        }
    });
}

void RecordWriter::lookFirst(const ResourceDescriptor &resource, const QJsonObject &body, const QString &label,
                             const ApiError &error, QObject *context, const Done &done, qint64 draftId)
{
    // The POST went out and no answer came: it is never sent again before akdesk has looked.
    const WriteTarget target = WriteTarget::of(resource);
    lookForCreated(m_client, resource, body, context,
                   [this, target, body, label, error, done, draftId](const std::optional<QJsonObject> &found, const ApiError &lookError) {
        if (found) {
            announce(changeOf(Method::Create, target, *found, body));
            done({WriteResult::Outcome::Accepted, *found, {}, 0});
        } else if (lookError.neverReachedServer()) {
            // Cannot look now: it waits as a draft that looks first when it is synced.
            keep(Method::Create, target, body, {}, label, error, done, draftId, true);
        } else {
            // Not there (akdesk looked), so sending it again makes no duplicate; or the look failed.
            done({WriteResult::Outcome::Refused, {}, lookError.isError() ? lookError : error, 0});
        }
    });
}

void RecordWriter::update(const WriteTarget &target, const QJsonObject &patch, const QJsonObject &base,
                          const QString &label, QObject *context, const Done &done)
{
    ApiReply *reply = send(Method::Update, target, patch);
    connect(reply, &ApiReply::finished, context, [this, target, patch, base, label, done](ApiReply *finished) {
        switch (fateOf(*finished)) {
        case Fate::Accepted:
            done({WriteResult::Outcome::Accepted, finished->object(), {}, 0});
            return;
        case Fate::KeepDraft:
        case Fate::LookFirst:
            keep(Method::Update, target, patch, base, label, finished->error(), done);
            return;
        case Fate::Refused:
            done({WriteResult::Outcome::Refused, {}, finished->error(), 0});
            return;
        }
    });
}

void RecordWriter::remove(const WriteTarget &target, const QJsonObject &record, const QString &label, QObject *context,
                          const Done &done)
{
    ApiReply *reply = send(Method::Delete, target, record);
    connect(reply, &ApiReply::finished, context, [this, target, record, label, done](ApiReply *finished) {
        switch (fateOf(*finished)) {
        case Fate::Accepted:
            done({WriteResult::Outcome::Accepted, record, finished->ok() ? ApiError() : finished->error(), 0});
            return;
        case Fate::KeepDraft:
        case Fate::LookFirst:
            keep(Method::Delete, target, {}, record, label, finished->error(), done);
            return;
        case Fate::Refused:
            done({WriteResult::Outcome::Refused, {}, finished->error(), 0});
            return;
        }
    });
}

void RecordWriter::setOrders(const QHash<QString, int> &orders, const QHash<QString, QJsonObject> &before,
                             QObject *context, const std::function<void(const QHash<QString, WriteResult> &)> &done)
{
    auto results = std::make_shared<QHash<QString, WriteResult>>();
    const int total = int(orders.size());
    for (auto it = orders.begin(); it != orders.end(); ++it) {
        const QJsonObject base = before.value(it.key());
        const WriteTarget target{QStringLiteral("flows/bindings"), QStringLiteral("/flows/bindings/"), it.key()};
        update(target, {{QStringLiteral("order"), it.value()}}, base, ReferenceModel::bindingLabel(base), context,
               [results, total, done, pk = it.key()](const WriteResult &result) {
            results->insert(pk, result);
            if (results->size() == total)
                done(*results);
        });
    }
}

} // namespace akdesk
