#include "models/operations/recordwriter.h"

#include "models/api/apiclient.h"
#include "models/api/listquery.h"
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
    std::optional<Draft> queued = draftId > 0 ? m_store->draft(draftId) : std::nullopt;
    if (queued && queued->checkFirst) {
        // An earlier POST of this draft got no answer (or akdesk was killed while it was out):
        // look before sending it again.
        lookForCreated(m_client, resource, body, context,
                       [this, resource, target, body, label, context, done, draftId](const std::optional<QJsonObject> &found,
                                                                                      const ApiError &lookError) {
            if (found) {
                announce(changeOf(Method::Create, target, *found, body));
                done({WriteResult::Outcome::Accepted, *found, {}, 0});
            } else if (lookError.isError()) {
                if (lookError.neverReachedServer())
                    keep(Method::Create, target, body, {}, label, lookError, done, draftId, true);
                else
                    done({WriteResult::Outcome::Refused, {}, lookError, 0});
            } else {
                setCheckFirst(draftId, false);
                create(resource, body, label, context, done, draftId);
            }
        });
        return;
    }
    // A queued create is marked "outcome unknown" before it leaves, so a kill while the POST is
    // out makes the next sync look before sending.
    setCheckFirst(draftId, true);
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
            setCheckFirst(draftId, false);  // the server answered: it was not created
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
            // Not there (akdesk looked twice), so sending it again makes no duplicate; or the look failed.
            if (!lookError.isError())
                setCheckFirst(draftId, false);
            done({WriteResult::Outcome::Refused, {}, lookError.isError() ? lookError : error, 0});
        }
    });
}

void RecordWriter::setCheckFirst(qint64 draftId, bool checkFirst)
{
    std::optional<Draft> draft = draftId > 0 ? m_store->draft(draftId) : std::nullopt;
    if (draft && draft->checkFirst != checkFirst) {
        draft->checkFirst = checkFirst;
        m_store->update(*draft);
    }
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
                             QObject *context, const std::function<void(const ReorderResult &)> &done)
{
    if (orders.isEmpty() || before.isEmpty()) {
        done({});
        return;
    }
    // The flow's orders now, merged as a whole against what the reorder started from.
    const QString flow = records::textOf(before.cbegin().value(), "target");
    ListQuery query;
    query.pageSize = 100;  // authentik's maximum; a flow with more bindings is judged on these
    query.ordering = QStringLiteral("order");
    query.filter(QStringLiteral("target"), flow);
    ApiReply *reply = m_client->list(QStringLiteral("/flows/bindings/"), query);
    connect(reply, &ApiReply::finished, context, [this, orders, before, context, done](ApiReply *finished) {
        if (!finished->ok() || finished->cachedAt().isValid()) {
            const ApiError error = finished->ok() ? ApiError::offline() : finished->error();
            if (error.neverReachedServer() || finished->cachedAt().isValid())
                patchOrders(orders, before, context, done);  // each is kept as a draft
            else
                done({ReorderResult::Outcome::RolledBack, error, 0, {}, {}});  // nothing was sent
            return;
        }
        QHash<QString, int> server;
        for (const QJsonValue &row : finished->results())
            server.insert(records::textOf(row.toObject(), "pk"), row.toObject().value(QLatin1String("order")).toInt());
        bool changed = server.size() != before.size();
        for (auto it = before.cbegin(); it != before.cend() && !changed; ++it)
            changed = !server.contains(it.key()) || server.value(it.key()) != it.value().value(QLatin1String("order")).toInt();
        if (changed) {
            done({ReorderResult::Outcome::Conflict, {}, 0, server, {}});
            return;
        }
        patchOrders(orders, before, context, done);
    });
}

void RecordWriter::patchOrders(const QHash<QString, int> &orders, const QHash<QString, QJsonObject> &before,
                               QObject *context, const std::function<void(const ReorderResult &)> &done)
{
    auto results = std::make_shared<QHash<QString, WriteResult>>();
    const int total = int(orders.size());
    auto settle = [this, results, before, context, done] {
        ReorderResult out;
        QStringList changed;
        for (auto it = results->cbegin(); it != results->cend(); ++it) {
            if (it->outcome == WriteResult::Outcome::Refused && !out.error.isError())
                out.error = it->error;
            else if (it->outcome == WriteResult::Outcome::Queued)
                ++out.kept;
            else if (it->outcome == WriteResult::Outcome::Accepted)
                changed.append(it.key());
        }
        if (!out.error.isError()) {
            out.outcome = out.kept > 0 ? ReorderResult::Outcome::Queued : ReorderResult::Outcome::Accepted;
            done(out);
            return;
        }
        // Refused part-way: the whole reorder is given up. Drafts of it go, and the bindings
        // already changed are put back, or the flow could keep a tie.
        for (const WriteResult &result : std::as_const(*results)) {
            if (result.outcome == WriteResult::Outcome::Queued)
                m_store->remove(result.draftId);
        }
        out.outcome = ReorderResult::Outcome::RolledBack;
        if (changed.isEmpty()) {
            done(out);
            return;
        }
        auto left = std::make_shared<int>(int(changed.size()));
        auto shared = std::make_shared<ReorderResult>(out);
        for (const QString &pk : std::as_const(changed)) {
            const WriteTarget target{QStringLiteral("flows/bindings"), QStringLiteral("/flows/bindings/"), pk};
            ApiReply *back = send(Method::Update, target, {{QStringLiteral("order"), before.value(pk).value(QLatin1String("order"))}});
            connect(back, &ApiReply::finished, context, [left, shared, done, pk](ApiReply *finished) {
                if (!finished->ok()) {
                    shared->outcome = ReorderResult::Outcome::Stuck;
                    shared->stuck.append(pk);
                }
                if (--*left == 0)
                    done(*shared);
            });
        }
    };
    for (auto it = orders.begin(); it != orders.end(); ++it) {
        const QJsonObject base = before.value(it.key());
        const WriteTarget target{QStringLiteral("flows/bindings"), QStringLiteral("/flows/bindings/"), it.key()};
        update(target, {{QStringLiteral("order"), it.value()}}, base, ReferenceModel::bindingLabel(base), context,
               [results, total, settle, pk = it.key()](const WriteResult &result) {
            results->insert(pk, result);
            if (results->size() == total)
                settle();
        });
    }
}

} // namespace akdesk
