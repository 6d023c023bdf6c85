#include "models/drafts/draftsync.h"

#include "models/api/apiclient.h"
#include "models/operations/createcheck.h"
#include "models/storage/localstore.h"
#include "models/drafts/merge.h"
#include "models/items/bindingsmodel.h"
#include "models/records/record.h"
#include "models/schema/schemaregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace akdesk {

namespace {

/// Placeholders ("draft:<uuid>") a body mentions, anywhere.
void placeholdersIn(const QJsonValue &value, QSet<QString> &out)
{
    if (value.isString() && value.toString().startsWith(Draft::placeholderPrefix()))
        out.insert(value.toString());
    else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            placeholdersIn(item, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            placeholdersIn(it.value(), out);
    }
}

QSet<QString> placeholdersOf(const Draft &draft)
{
    QSet<QString> out;
    placeholdersIn(draft.changes, out);
    return out;
}

QJsonObject errorsAsJson(const ApiError &error)
{
    QJsonObject out;
    for (auto it = error.fieldErrors.begin(); it != error.fieldErrors.end(); ++it)
        out.insert(it.key(), QJsonArray::fromStringList(it.value()));
    if (!error.nonFieldErrors.isEmpty())
        out.insert(QStringLiteral("non_field_errors"), QJsonArray::fromStringList(error.nonFieldErrors));
    return out;
}

/// A value as a line of text for a message: text as it is, anything else as compact JSON.
QString shown(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("—");
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

DraftSync::DraftSync(RecordWriter *writer, std::shared_ptr<const SchemaRegistry> schema, QObject *parent)
    : QObject(parent)
    , m_client(writer->client())
    , m_store(writer->store())
    , m_schema(std::move(schema))
    , m_writer(writer)
{
}

DraftSync::~DraftSync()
{
    blockSignals(true);
    if (m_reply) {
        // What the reply would say is not known: a create's "outcome unknown" mark stays.
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->cancel();
    }
}

QList<Draft> DraftSync::ordered(const QList<Draft> &drafts)
{
    QList<Draft> creates;
    QList<Draft> updates;
    QList<Draft> deletes;
    QList<Draft> reorders;
    for (const Draft &draft : drafts) {
        switch (draft.operation) {
        case Draft::Operation::Create:
            creates.append(draft);
            break;
        case Draft::Operation::Update:
            updates.append(draft);
            break;
        case Draft::Operation::Delete:
            deletes.append(draft);
            break;
        case Draft::Operation::Reorder:
            reorders.append(draft);  // after the creates and edits of its bindings
            break;
        }
    }
    // Creates: each after the creates whose placeholders it uses (cycles keep their id order).
    QList<Draft> out;
    QSet<QString> done;
    QSet<QString> waiting;
    for (const Draft &draft : std::as_const(creates))
        waiting.insert(draft.localId);
    while (!creates.isEmpty()) {
        qsizetype pick = 0;
        for (qsizetype i = 0; i < creates.size(); ++i) {
            const QSet<QString> needs = placeholdersOf(creates.at(i)) - QSet<QString>{creates.at(i).localId};
            bool ready = true;
            for (const QString &need : needs)
                ready = ready && (!waiting.contains(need) || done.contains(need));
            if (ready) {
                pick = i;
                break;
            }
        }
        done.insert(creates.at(pick).localId);
        out.append(creates.takeAt(pick));
    }
    return out + updates + reorders + deletes;
}

void DraftSync::sync(qint64 id)
{
    if (!m_queue.contains(id))
        m_queue.append(id);
    if (!m_running) {
        m_synced = 0;
        m_kept = 0;
        next();
    }
}

void DraftSync::syncAll()
{
    QList<Draft> pending;
    for (const Draft &draft : m_store->drafts()) {
        if (draft.status != Draft::Status::Conflict && draft.status != Draft::Status::Deleted)
            pending.append(draft);
    }
    for (const Draft &draft : ordered(pending)) {
        if (!m_queue.contains(draft.id))
            m_queue.append(draft.id);
    }
    if (!m_running) {
        m_synced = 0;
        m_kept = 0;
        next();
    }
}

void DraftSync::stop()
{
    m_queue.clear();
}

void DraftSync::next()
{
    while (!m_queue.isEmpty()) {
        const std::optional<Draft> draft = m_store->draft(m_queue.takeFirst());
        if (!draft)
            continue;  // discarded meanwhile
        m_running = true;
        deliver(*draft);
        return;
    }
    m_running = false;
    Q_EMIT finished(m_synced, m_kept);
}

WriteTarget DraftSync::targetOf(const Draft &draft) const
{
    const ResourceDescriptor *resource = m_schema->resource(draft.resourceKey);
    if (!resource)
        return {};
    return WriteTarget::of(*resource, draft.operation == Draft::Operation::Create ? QString() : draft.recordId);
}

void DraftSync::announce(const Draft &draft, RecordWriter::Method method, const QJsonObject &record)
{
    m_writer->announce(RecordWriter::changeOf(method, targetOf(draft), record, draft.changes));
}

void DraftSync::deliver(const Draft &draft)
{
    if (draft.isDamaged()) {
        // What it holds cannot be read: sending what could be read would overwrite the record
        // with less than the user wrote, or drop the draft as "nothing left to send".
        ++m_kept;
        Q_EMIT draftKept(draft.id, draft.status, draft.damage, {});
        next();
        return;
    }
    if (!m_schema->resource(draft.resourceKey) && draft.operation != Draft::Operation::Reorder) {
        kept(draft, Draft::Status::Rejected,
             tr("This server has no “%1” resource; the draft cannot be delivered.").arg(draft.resourceKey));
        return;
    }
    switch (draft.operation) {
    case Draft::Operation::Create:
        deliverCreate(draft);
        return;
    case Draft::Operation::Update:
        deliverUpdate(draft);
        return;
    case Draft::Operation::Delete:
        deliverDelete(draft);
        return;
    case Draft::Operation::Reorder:
        deliverReorder(draft);
        return;
    }
}

void DraftSync::deliverReorder(Draft draft)
{
    // One change to the flow's order, merged as a whole (RecordWriter::resumeOrders()).
    m_writer->resumeOrders(draft, this, [this, draft](const RecordWriter::ReorderResult &result) mutable {
        using Outcome = RecordWriter::ReorderResult::Outcome;
        switch (result.outcome) {
        case Outcome::Accepted:
            m_store->remove(draft.id);
            ++m_synced;
            Q_EMIT draftSynced(draft.id, {});
            next();
            return;
        case Outcome::Queued:
            if (stopIfUnreachable(draft, result.error))
                return;
            kept(draft, Draft::Status::Pending,
                 tr("The server did not answer (%1); the new order stays a draft and is sent again with the next sync.")
                     .arg(result.error.message()),
                 result.error);
            return;
        case Outcome::Conflict:
            draft.theirs = Draft::ordersAsJson(result.serverOrders);
            kept(draft, Draft::Status::Conflict, RecordWriter::describeReorder(draft, result));
            return;
        case Outcome::RolledBack:
        case Outcome::Stuck:
        case Outcome::NotKept:
            kept(draft, Draft::Status::Rejected, RecordWriter::describeReorder(draft, result), result.error);
            return;
        }
    });
}

bool DraftSync::stopIfUnreachable(const Draft &draft, const ApiError &error)
{
    if (!error.neverReachedServer())
        return false;
    m_queue.clear();
    m_running = false;
    ++m_kept;
    // Working offline is the user's choice, not a server that went away: say which it is.
    Q_EMIT draftKept(draft.id, draft.status,
                     m_client->isWorkingOffline()
                         ? tr("akdesk is working offline; the draft is kept and will be sent when you go online.")
                         : tr("The server cannot be reached; the draft is kept and will be sent with the next sync."),
                     error);
    Q_EMIT unreachable(error);
    Q_EMIT finished(m_synced, m_kept);
    return true;
}

void DraftSync::deliverCreate(Draft draft)
{
    for (const QString &placeholder : placeholdersOf(draft)) {
        if (const std::optional<Draft> needed = m_store->draftByLocalId(placeholder); needed && needed->id != draft.id) {
            kept(draft, Draft::Status::Pending, tr("Waits for “%1” to be created first.").arg(needed->label));
            return;
        }
    }
    if (draft.resourceKey == QLatin1String("flows/bindings") && !draft.changes.contains(QLatin1String("order"))) {
        // Queued without knowing the flow's bindings: it goes after the last one there is now.
        BindingsModel::askOrderAtEnd(m_client, records::textOf(draft.changes, "target"), this,
                                     [this, draft](std::optional<int> order, const ApiError &error) mutable {
            if (stopIfUnreachable(draft, error))
                return;
            if (!order) {
                kept(draft, Draft::Status::Pending, error.message(), error);
                return;
            }
            draft.changes.insert(QStringLiteral("order"), *order);
            m_store->update(draft);
            deliverCreate(draft);
        });
        return;
    }
    if (draft.checkFirst) {
        // An earlier POST of it got no answer: look before sending it again.
        lookForCreated(m_client, *m_schema->resource(draft.resourceKey), draft.changes, this,
                       [this, draft](const std::optional<QJsonObject> &found, const ApiError &lookError) mutable {
            if (found) {
                announce(draft, RecordWriter::Method::Create, *found);
                createAccepted(draft, *found);
            } else if (!stopIfUnreachable(draft, lookError) && lookError.isError()) {
                kept(draft, Draft::Status::Pending, lookError.message(), lookError);
            } else if (!lookError.isError()) {
                draft.checkFirst = false;
                m_store->update(draft);
                deliverCreate(draft);
            }
        });
        return;
    }
    // Marked "outcome unknown" before it leaves: a kill while the POST is out leaves the mark,
    // and the next sync looks before it sends anything.
    Draft sent = draft;
    sent.checkFirst = true;
    m_store->update(sent);
    m_reply = m_writer->send(RecordWriter::Method::Create, targetOf(draft), draft.changes);
    connect(m_reply, &ApiReply::finished, this, [this, draft, sent](ApiReply *reply) {
        switch (RecordWriter::fateOf(*reply)) {
        case RecordWriter::Fate::Accepted:
            createAccepted(draft, reply->object());
            return;
        case RecordWriter::Fate::KeepDraft:
            m_store->update(draft);  // it never reached the server: nothing to look for
            stopIfUnreachable(draft, reply->error());
            return;
        case RecordWriter::Fate::LookFirst:
            verifyCreate(sent, reply->error());
            return;
        case RecordWriter::Fate::Refused:
            // Answered: it was not created (a cancelled POST may have been, so it keeps its mark).
            writeFailed(reply->error().kind == ApiError::Kind::Cancelled ? sent : draft, reply->error());
            return;
        }
    });
}

void DraftSync::createAccepted(const Draft &draft, const QJsonObject &record)
{
    {
        const ResourceDescriptor *resource = m_schema->resource(draft.resourceKey);
        const QString pk = records::textOf(record, "pk");
        // Others refer to the new record by pk (references are pks, also for flows).
        m_store->replacePlaceholder(draft.localId, pk.isEmpty() ? records::recordId(record, *resource) : pk);
        accepted(draft, record);
    }
}

void DraftSync::verifyCreate(const Draft &draft, const ApiError &error)
{
    // No answer: look before sending again, so it is never created twice.
    lookForCreated(m_client, *m_schema->resource(draft.resourceKey), draft.changes, this,
                   [this, draft, error](const std::optional<QJsonObject> &found, const ApiError &lookError) {
        if (found) {
            announce(draft, RecordWriter::Method::Create, *found);
            createAccepted(draft, *found);
        } else if (lookError.neverReachedServer()) {
            Draft later = draft;
            later.checkFirst = true;
            m_store->update(later);
            stopIfUnreachable(later, lookError);
        } else if (lookError.isError()) {
            kept(draft, Draft::Status::Pending,
                 tr("The server did not answer (%1) and akdesk could not check whether “%2” was created (%3). "
                    "Check on the server before syncing it again.").arg(error.message(), draft.label, lookError.message()),
                 error);
        } else {
            Draft absent = draft;
            absent.checkFirst = false;  // looked twice, a moment apart: sending it again makes no duplicate
            kept(absent, Draft::Status::Pending,
                 tr("The server did not answer (%1); it has not created “%2” (checked twice). It is sent again with the next sync.")
                     .arg(error.message(), draft.label),
                 error);
        }
    });
}

void DraftSync::deliverUpdate(const Draft &draft)
{
    m_reply = m_client->get(targetOf(draft).path());
    connect(m_reply, &ApiReply::finished, this, [this, draft](ApiReply *reply) {
        if (stopIfUnreachable(draft, reply->error()))
            return;
        if (reply->cachedAt().isValid()) {
            stopIfUnreachable(draft, ApiError::offline());
            return;
        }
        if (!reply->ok()) {
            if (reply->error().kind == ApiError::Kind::NotFound) {
                kept(draft, Draft::Status::Deleted,
                     tr("“%1” was deleted on the server. Your changes are kept until you discard them or create it again.")
                         .arg(draft.label));
            } else {
                kept(draft, Draft::Status::Pending, reply->error().message(), reply->error());
            }
            return;
        }
        const QJsonObject theirs = reply->object();
        const MergeResult merge =
            MergeResult::merge(draft.base, draft.changes, theirs, m_schema->resource(draft.resourceKey));
        if (merge.hasConflicts()) {
            Draft conflicted = draft;
            conflicted.theirs = theirs;
            kept(conflicted, Draft::Status::Conflict,
                 tr("Changed on the server too: %1").arg(merge.conflicts().join(QLatin1String(", "))));
            return;
        }
        const QJsonObject changes = merge.patch();
        if (changes.isEmpty()) {
            announce(draft, RecordWriter::Method::Update, theirs);
            accepted(draft, theirs);  // the server already holds every change
            return;
        }
        patch(draft, theirs, changes);
    });
}

void DraftSync::patch(Draft draft, const QJsonObject &theirs, const QJsonObject &changes)
{
    const ResourceDescriptor *resource = m_schema->resource(draft.resourceKey);
    QJsonObject edited = theirs;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        edited.insert(it.key(), it.value());
    const QJsonObject body = records::patchPayload(theirs, edited, *resource);
    draft.theirs = theirs;
    // Sent straight after the GET it was merged against, nothing in between: authentik has no
    // ETags, so this is as narrow as the window between the two gets.
    m_reply = m_writer->send(RecordWriter::Method::Update, targetOf(draft), body);
    connect(m_reply, &ApiReply::finished, this, [this, draft, theirs, body](ApiReply *reply) {
        switch (RecordWriter::fateOf(*reply)) {
        case RecordWriter::Fate::Accepted:
            if (!changedMeanwhile(draft, theirs, body, reply->object()))
                accepted(draft, reply->object());
            return;
        case RecordWriter::Fate::KeepDraft:
        case RecordWriter::Fate::LookFirst:
            // Kept; after no answer the record is read, so a change that arrived leaves the drafts.
            if (!stopIfUnreachable(draft, reply->error()))
                verifyPatch(draft, reply->error());
            return;
        case RecordWriter::Fate::Refused:
            writeFailed(draft, reply->error());
            return;
        }
    });
}

bool DraftSync::changedMeanwhile(const Draft &draft, const QJsonObject &theirs, const QJsonObject &sent,
                                 const QJsonObject &answer)
{
    // The PATCH's answer is the record after it. A writable field akdesk did not send that differs
    // from the GET, or one it sent that came back otherwise, was written by someone else between
    // the GET and the PATCH: their save may have set what akdesk then wrote over.
    const ResourceDescriptor *resource = m_schema->resource(draft.resourceKey);
    auto same = [resource](const QString &name, const QJsonValue &a, const QJsonValue &b) {
        if (a.isString() && b.isString())
            return a.toString().trimmed() == b.toString().trimmed();  // authentik trims text fields
        return records::sameValue(resource->field(name), a, b);
    };
    QJsonObject ours;
    QStringList said;
    for (auto it = answer.begin(); it != answer.end(); ++it) {
        const FieldDescriptor *field = resource->field(it.key());
        if (!field || field->readOnly)
            continue;
        const bool wasSent = sent.contains(it.key());
        const QJsonValue expected = wasSent ? sent.value(it.key()) : theirs.value(it.key());
        if (!theirs.contains(it.key()) && !wasSent)
            continue;
        if (same(it.key(), expected, it.value()))
            continue;
        ours.insert(it.key(), expected);
        said.append(tr("%1: “%2” on the server, “%3” in akdesk")
                        .arg(field->label.isEmpty() ? it.key() : field->label,
                             shown(it.value()), shown(expected)));
    }
    if (ours.isEmpty())
        return false;
    // Kept as a conflict holding both values: the field is left out of the base, so the merge
    // asks which one stays (the Review and conflict dialogs show it).
    Draft both = draft;
    both.base = answer;
    for (auto it = ours.begin(); it != ours.end(); ++it)
        both.base.remove(it.key());
    both.changes = ours;
    both.theirs = answer;
    kept(both, Draft::Status::Conflict,
         tr("“%1” was saved, but someone changed it on the server at the same time: %2. Review which values stay.")
             .arg(draft.label, said.join(QLatin1String("; "))));
    return true;
}

void DraftSync::verifyPatch(const Draft &draft, const ApiError &error)
{
    // No answer to the PATCH: read the record; the change either is there or it is not.
    m_reply = m_client->get(targetOf(draft).path());
    connect(m_reply, &ApiReply::finished, this, [this, draft, error](ApiReply *reply) {
        if (stopIfUnreachable(draft, reply->cachedAt().isValid() ? ApiError::offline() : reply->error()))
            return;
        if (reply->ok() && !reply->cachedAt().isValid()
            && holdsAll(reply->object(), draft.changes, *m_schema->resource(draft.resourceKey))) {
            announce(draft, RecordWriter::Method::Update, reply->object());
            accepted(draft, reply->object());
            return;
        }
        kept(draft, Draft::Status::Pending,
             reply->ok() ? tr("The server did not answer (%1) and does not hold the change; it stays a draft.").arg(error.message())
                         : tr("The server did not answer (%1); the change stays a draft until akdesk can check it.")
                               .arg(error.message()),
             error);
    });
}

void DraftSync::deliverDelete(const Draft &draft)
{
    m_reply = m_writer->send(RecordWriter::Method::Delete, targetOf(draft), draft.base);
    connect(m_reply, &ApiReply::finished, this, [this, draft](ApiReply *reply) {
        if (RecordWriter::fateOf(*reply) == RecordWriter::Fate::Accepted) {  // already gone is as good as deleted
            accepted(draft, {});
            return;
        }
        if (!stopIfUnreachable(draft, reply->error()))
            kept(draft, Draft::Status::Pending, reply->error().message(), reply->error());
    });
}

void DraftSync::writeFailed(const Draft &draft, const ApiError &error)
{
    if (error.kind == ApiError::Kind::Validation)
        kept(draft, Draft::Status::Rejected, error.message(), error);
    else if (error.kind == ApiError::Kind::NotFound && draft.operation == Draft::Operation::Update)
        kept(draft, Draft::Status::Deleted, tr("“%1” was deleted on the server.").arg(draft.label));
    else if (error.kind == ApiError::Kind::Timeout && draft.operation == Draft::Operation::Create)
        kept(draft, Draft::Status::Pending,
             tr("The server did not answer; it may have created “%1”. Check before syncing it again.").arg(draft.label),
             error);
    else
        kept(draft, Draft::Status::Pending, error.message(), error);
}

void DraftSync::accepted(const Draft &draft, const QJsonObject &record)
{
    m_store->remove(draft.id);
    ++m_synced;
    Q_EMIT draftSynced(draft.id, record);
    next();
}

void DraftSync::kept(Draft draft, Draft::Status status, const QString &message, const ApiError &error)
{
    draft.status = status;
    draft.message = message;
    draft.errors = error.kind == ApiError::Kind::Validation ? errorsAsJson(error) : QJsonObject();
    m_store->update(draft);
    ++m_kept;
    Q_EMIT draftKept(draft.id, status, message, error);
    next();
}

void DraftSync::resolve(qint64 id, const QJsonObject &chosen)
{
    std::optional<Draft> draft = m_store->draft(id);
    if (!draft || draft->status != Draft::Status::Conflict)
        return;
    if (draft->operation == Draft::Operation::Reorder) {
        // "Send mine": the order on the server now becomes the base, so the draft's order is
        // sent over it; a binding the draft does not know keeps its server order.
        const QHash<QString, QString> names = Draft::bindingNames(draft->base);
        QJsonArray rows;
        for (const QJsonValue &row : draft->theirs.value(QLatin1String("bindings")).toArray()) {
            QJsonObject binding = row.toObject();
            binding.insert(QStringLiteral("name"), names.value(binding.value(QLatin1String("pk")).toString()));
            rows.append(binding);
        }
        QSet<QString> onServer;
        for (const QJsonValue &row : std::as_const(rows))
            onServer.insert(row[QLatin1String("pk")].toString());
        QJsonArray intended;
        for (const QJsonValue &row : draft->changes.value(QLatin1String("bindings")).toArray()) {
            if (onServer.contains(row[QLatin1String("pk")].toString()))
                intended.append(row);
        }
        draft->base.insert(QStringLiteral("bindings"), rows);
        draft->changes.insert(QStringLiteral("bindings"), intended);
        draft->status = Draft::Status::Pending;
        draft->message.clear();
        draft->errors = {};
        m_store->update(*draft);
        sync(id);
        return;
    }
    const MergeResult merge =
        MergeResult::merge(draft->base, draft->changes, draft->theirs, m_schema->resource(draft->resourceKey));
    QJsonObject changes;
    for (const FieldMerge &field : merge.fields) {
        if (field.needsDecision()) {
            const QJsonValue value = chosen.contains(field.field) ? chosen.value(field.field) : field.theirs;
            if (value != field.theirs && !value.isUndefined())
                changes.insert(field.field, value);
        } else if (field.outcome == FieldMerge::Outcome::Mine || field.outcome == FieldMerge::Outcome::ListMerged) {
            if (field.result != field.theirs)
                changes.insert(field.field, field.result);
        }
    }
    if (changes.isEmpty()) {
        // Everything the draft wanted is what the server has now.
        announce(*draft, RecordWriter::Method::Update, draft->theirs);
        m_store->remove(id);
        Q_EMIT draftSynced(id, draft->theirs);
        return;
    }
    draft->base = draft->theirs;
    draft->changes = changes;
    draft->status = Draft::Status::Pending;
    draft->message.clear();
    draft->errors = {};
    m_store->update(*draft);
    sync(id);
}

void DraftSync::recreate(qint64 id)
{
    std::optional<Draft> draft = m_store->draft(id);
    const ResourceDescriptor *resource = draft ? m_schema->resource(draft->resourceKey) : nullptr;
    if (!draft || !resource || draft->status != Draft::Status::Deleted)
        return;
    QJsonObject record = draft->base;
    for (auto it = draft->changes.begin(); it != draft->changes.end(); ++it)
        record.insert(it.key(), it.value());
    const QJsonObject body = records::writablePayload(record, *resource);
    const QString label = draft->label;
    m_store->remove(id);
    m_store->queueCreate(draft->resourceKey, label, body);
}

} // namespace akdesk
