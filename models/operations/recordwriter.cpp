#include "models/operations/recordwriter.h"

#include "models/api/apiclient.h"
#include "models/api/listquery.h"
#include "models/operations/createcheck.h"
#include "models/records/record.h"
#include "models/schema/resourcedescriptor.h"
#include "models/storage/localstore.h"

#include <QJsonArray>

#include <algorithm>
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
                             const QString &label, QObject *context,
                             const std::function<void(const ReorderResult &)> &done)
{
    if (orders.isEmpty() || before.isEmpty()) {
        done({});
        return;
    }
    const QString flow = records::textOf(before.cbegin().value(), "target");
    if (m_store->reorderFor(flow)) {
        // An unsent reorder of this flow is on screen already: this move joins it, and the two
        // are sent as one change, merged against the order the first one began from.
        const qint64 id = m_store->saveReorder(flow, label, before.values(), orders);
        const std::optional<Draft> draft = id > 0 ? m_store->draft(id) : std::nullopt;
        if (!draft) {
            ReorderResult result;
            if (!m_store->isKeepingEdits()) {
                result.outcome = ReorderResult::Outcome::NotKept;
                result.error = ApiError::badResponse(m_store->writeError());
            }
            done(result);  // or every binding is back where the server has it: nothing to send
            return;
        }
        resumeOrders(*draft, context, [this, draft, done](ReorderResult result) {
            Draft kept = *draft;
            if (result.outcome == ReorderResult::Outcome::Accepted) {
                m_store->remove(kept.id);
                done(result);
                return;
            }
            // Still a draft: waiting for the server (Queued), for the user's decision (Conflict,
            // holding the server's orders) or refused, with why.
            if (result.outcome != ReorderResult::Outcome::Queued) {
                const bool conflict = result.outcome == ReorderResult::Outcome::Conflict;
                if (conflict)
                    kept.theirs = Draft::ordersAsJson(result.serverOrders);
                kept.status = conflict ? Draft::Status::Conflict : Draft::Status::Rejected;
                kept.message = describeReorder(kept, result);
                m_store->update(kept);
            }
            result.kept = 1;
            result.draftId = kept.id;
            done(result);
        });
        return;
    }
    QHash<QString, int> was;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        was.insert(it.key(), it.value().value(QLatin1String("order")).toInt());
    QHash<QString, int> intended = was;
    for (auto it = orders.cbegin(); it != orders.cend(); ++it)
        intended.insert(it.key(), it.value());
    // Not wholly sent: the reorder is kept as ONE draft, merged as a whole at the next sync.
    auto keepAll = [this, flow, label, before, orders, done](ReorderResult result) {
        if (result.outcome != ReorderResult::Outcome::Queued) {
            done(result);
            return;
        }
        const qint64 id = m_store->saveReorder(flow, label, before.values(), orders);
        if (id <= 0 || !m_store->isKeepingEdits()) {
            result.outcome = ReorderResult::Outcome::NotKept;
            result.error = ApiError::badResponse(m_store->writeError());
        }
        result.kept = id > 0 ? 1 : 0;
        result.draftId = id;
        done(result);
    };
    applyOrders(flow, was, intended, false, context, keepAll);
}

void RecordWriter::applyOrders(const QString &flow, const QHash<QString, int> &before, const QHash<QString, int> &intended,
                               bool resuming, QObject *context, const std::function<void(const ReorderResult &)> &done)
{
    // The flow's orders now, merged as a whole against what the reorder started from: authentik
    // has no precondition on a PATCH (no ETags), so one GET of the flow's bindings is the check.
    ListQuery query;
    query.pageSize = 100;  // authentik's maximum; a flow with more bindings is judged on these
    query.ordering = QStringLiteral("order");
    query.filter(QStringLiteral("target"), flow);
    ApiReply *reply = m_client->list(QStringLiteral("/flows/bindings/"), query);
    connect(reply, &ApiReply::finished, context, [this, before, intended, resuming, context, done](ApiReply *finished) {
        if (!finished->ok() || finished->cachedAt().isValid()) {
            const ApiError error = finished->ok() ? ApiError::offline() : finished->error();
            ReorderResult result;
            result.error = error;
            // Nothing was sent: unreachable, it waits whole for the next sync; refused, it is not done.
            result.outcome = error.neverReachedServer() || finished->cachedAt().isValid() || error.outcomeUnknown()
                                 ? ReorderResult::Outcome::Queued
                                 : ReorderResult::Outcome::RolledBack;
            done(result);
            return;
        }
        QHash<QString, int> server;
        for (const QJsonValue &row : finished->results())
            server.insert(records::textOf(row.toObject(), "pk"), row.toObject().value(QLatin1String("order")).toInt());
        // Every binding must be where the reorder found it; resuming a reorder that was sent in
        // part, a binding may be at its intended order already.
        bool changed = server.size() != before.size();
        for (auto it = before.cbegin(); it != before.cend() && !changed; ++it) {
            const auto at = server.constFind(it.key());
            changed = at == server.cend() || (at.value() != it.value() && !(resuming && at.value() == intended.value(it.key())));
        }
        if (changed) {
            ReorderResult result;
            result.outcome = ReorderResult::Outcome::Conflict;
            result.serverOrders = server;
            done(result);
            return;
        }
        QHash<QString, int> moves;
        for (auto it = intended.cbegin(); it != intended.cend(); ++it) {
            if (server.value(it.key()) != it.value())
                moves.insert(it.key(), it.value());
        }
        if (moves.isEmpty()) {
            done({});
            return;
        }
        patchOrders(moves, server, context, done);
    });
}

void RecordWriter::patchOrders(const QHash<QString, int> &moves, const QHash<QString, int> &server, QObject *context,
                               const std::function<void(const ReorderResult &)> &done)
{
    struct Sent
    {
        QHash<QString, Fate> fates;
        ApiError refusal;
        ApiError lost;
    };
    auto sent = std::make_shared<Sent>();
    const int total = int(moves.size());
    auto settle = [this, sent, server, context, done] {
        ReorderResult out;
        if (!sent->refusal.isError()) {
            // All done, or some PATCHes got no answer: those are safe to repeat, so the reorder is
            // kept whole and the next sync retries it to the intended order.
            out.outcome = sent->lost.isError() ? ReorderResult::Outcome::Queued : ReorderResult::Outcome::Accepted;
            out.error = sent->lost;
            done(out);
            return;
        }
        // Refused part-way: the whole reorder is given up, and the bindings that were (or may
        // have been) changed are put back, or the flow could keep a tie.
        out.outcome = ReorderResult::Outcome::RolledBack;
        out.error = sent->refusal;
        QStringList back;
        for (auto it = sent->fates.cbegin(); it != sent->fates.cend(); ++it) {
            if (it.value() != Fate::Refused)
                back.append(it.key());
        }
        if (back.isEmpty()) {
            done(out);
            return;
        }
        auto left = std::make_shared<int>(int(back.size()));
        auto shared = std::make_shared<ReorderResult>(out);
        for (const QString &pk : std::as_const(back)) {
            const WriteTarget target{QStringLiteral("flows/bindings"), QStringLiteral("/flows/bindings/"), pk};
            ApiReply *undo = send(Method::Update, target, {{QStringLiteral("order"), server.value(pk)}});
            connect(undo, &ApiReply::finished, context, [left, shared, done, pk](ApiReply *finished) {
                if (!finished->ok()) {
                    shared->outcome = ReorderResult::Outcome::Stuck;
                    shared->stuck.append(pk);
                }
                if (--*left == 0)
                    done(*shared);
            });
        }
    };
    for (auto it = moves.cbegin(); it != moves.cend(); ++it) {
        const WriteTarget target{QStringLiteral("flows/bindings"), QStringLiteral("/flows/bindings/"), it.key()};
        ApiReply *reply = send(Method::Update, target, {{QStringLiteral("order"), it.value()}});
        connect(reply, &ApiReply::finished, context, [sent, total, settle, pk = it.key()](ApiReply *finished) {
            const Fate fate = fateOf(*finished);
            sent->fates.insert(pk, fate);
            if (fate == Fate::Refused && !sent->refusal.isError())
                sent->refusal = finished->error();
            else if (fate != Fate::Accepted && !sent->lost.isError())
                sent->lost = finished->error();
            if (sent->fates.size() == total)
                settle();
        });
    }
}

QString RecordWriter::describeReorder(const Draft &draft, const ReorderResult &result)
{
    const QHash<QString, QString> names = Draft::bindingNames(draft.base);
    const QHash<QString, int> base = Draft::ordersOf(draft.base);
    const QHash<QString, int> intended = Draft::ordersOf(draft.changes);
    auto nameOf = [&names](const QString &pk) {
        const QString name = names.value(pk);
        return name.isEmpty() ? pk : name;
    };
    switch (result.outcome) {
    case ReorderResult::Outcome::Conflict: {
        QStringList said;
        for (auto it = base.cbegin(); it != base.cend(); ++it) {
            if (!result.serverOrders.contains(it.key()))
                said.append(tr("“%1” is no longer bound").arg(nameOf(it.key())));
            else if (result.serverOrders.value(it.key()) != it.value()
                     && result.serverOrders.value(it.key()) != intended.value(it.key(), it.value()))
                said.append(tr("“%1” is at order %2 on the server (%3 when you began)")
                                .arg(nameOf(it.key())).arg(result.serverOrders.value(it.key())).arg(it.value()));
        }
        int added = 0;
        for (auto it = result.serverOrders.cbegin(); it != result.serverOrders.cend(); ++it)
            added += base.contains(it.key()) ? 0 : 1;
        if (added > 0)
            said.append(tr("%n binding(s) were added on the server", nullptr, added));
        said.sort();
        return tr("Another administrator changed the order of “%1” meanwhile: %2. Nothing was sent: keep the "
                  "server's order, or send yours over it (Resolve conflict, in Drafts).")
            .arg(draft.label, said.join(QLatin1String("; ")));
    }
    case ReorderResult::Outcome::Stuck: {
        QStringList stuck;
        for (const QString &pk : result.stuck)
            stuck.append(nameOf(pk));
        return tr("The server refused the new order (%1), and %2 could not be put back; check the order of “%3”.")
            .arg(result.error.message(), stuck.join(QLatin1String(", ")), draft.label);
    }
    case ReorderResult::Outcome::RolledBack:
        return tr("The server refused the new order (%1); the order of “%2” is as it was.")
            .arg(result.error.message(), draft.label);
    case ReorderResult::Outcome::NotKept:
    case ReorderResult::Outcome::Queued:
        return tr("The new order is not sent yet (%1).").arg(result.error.message());
    case ReorderResult::Outcome::Accepted:
        break;
    }
    return {};
}

void RecordWriter::resumeOrders(const Draft &draft, QObject *context, const std::function<void(const ReorderResult &)> &done)
{
    const QHash<QString, int> before = Draft::ordersOf(draft.base);
    QHash<QString, int> intended = before;
    intended.insert(Draft::ordersOf(draft.changes));
    // A tie the flow did not have is never sent (two stages at one order run in no set order).
    QHash<int, int> atOrder;
    QHash<int, int> atOrderBefore;
    for (auto it = intended.cbegin(); it != intended.cend(); ++it)
        ++atOrder[it.value()];
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        ++atOrderBefore[it.value()];
    for (auto it = atOrder.cbegin(); it != atOrder.cend(); ++it) {
        if (it.value() > 1 && atOrderBefore.value(it.key()) < it.value()) {
            ReorderResult result;
            result.outcome = ReorderResult::Outcome::RolledBack;
            result.error = ApiError::badResponse(tr("the draft would put two stages at order %1").arg(it.key()));
            done(result);
            return;
        }
    }
    applyOrders(draft.recordId, before, intended, true, context, done);
}

} // namespace akdesk
