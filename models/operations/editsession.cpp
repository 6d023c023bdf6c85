#include "models/operations/editsession.h"

#include "models/api/apiclient.h"
#include "models/operations/createcheck.h"
#include "models/storage/localstore.h"
#include "models/drafts/draftsync.h"
#include "models/items/referencemodel.h"
#include "models/records/record.h"

#include <QJsonDocument>

namespace akdesk {

EditSession::EditSession(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_form(new FormModel(this))
{
    connect(m_form, &FormModel::valueEdited, this, &EditSession::recordEdit);
}

EditSession::~EditSession()
{
    blockSignals(true);  // listeners may be mid-destruction themselves
    if (m_running)
        m_running->cancel();
}

QString EditSession::recordId() const
{
    if (!resource() || m_form->isCreating())
        return {};
    return records::recordId(m_form->baseRecord(), *resource());
}

void EditSession::setDrafts(LocalStore *store, DraftSync *sync)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_store = store;
    m_sync = sync;
    if (m_sync) {
        connect(m_sync, &DraftSync::draftSynced, this, &EditSession::onDraftSynced);
        connect(m_sync, &DraftSync::draftKept, this, &EditSession::onDraftKept);
    }
}

std::optional<Draft> EditSession::draft() const
{
    if (!m_store || !resource())
        return std::nullopt;
    if (m_form->isCreating())
        return m_queuedCreate > 0 ? m_store->draft(m_queuedCreate) : std::nullopt;
    return m_store->draftFor(resource()->key, recordId());
}

void EditSession::discardDraft()
{
    if (const std::optional<Draft> found = draft())
        m_store->remove(found->id);
    m_queuedCreate = 0;
}

void EditSession::resolveConflict(qint64 id, const QJsonObject &chosen)
{
    if (!m_sync)
        return;
    setSyncing(true);
    m_sync->resolve(id, chosen);
}

QJsonObject EditSession::editedValues() const
{
    QJsonObject changes;
    for (const QString &field : m_form->changedFields())
        changes.insert(field, m_form->value(field));
    return changes;
}

void EditSession::recordEdit()
{
    if (!m_store || m_restoring || !resource() || m_form->isCreating())
        return;
    m_store->saveEdit(resource()->key, recordId(), ReferenceModel::displayName(m_form->baseRecord()),
                      m_form->baseRecord(), editedValues());
}

void EditSession::restoreDraft()
{
    const std::optional<Draft> found = draft();
    if (!found || found->operation != Draft::Operation::Update)
        return;
    m_restoring = true;
    m_form->load(*resource(), found->base);
    for (auto it = found->changes.begin(); it != found->changes.end(); ++it)
        m_form->setValue(it.key(), it.value());
    if (found->status == Draft::Status::Rejected && !found->errors.isEmpty())
        m_form->setServerErrors(ApiError::fromHttp(400, QJsonDocument(found->errors).toJson()));
    m_restoring = false;
    Q_EMIT draftRestored(*found);
}

void EditSession::track(ApiReply *reply)
{
    m_running = reply;
    Q_EMIT busyChanged(true);
    connect(reply, &ApiReply::finished, this, [this] {
        m_running = nullptr;
        Q_EMIT busyChanged(isBusy());
    });
}

void EditSession::setSyncing(bool syncing)
{
    if (m_syncing == syncing)
        return;
    m_syncing = syncing;
    Q_EMIT busyChanged(isBusy());
}

void EditSession::open(const ResourceDescriptor &resource, const QJsonObject &record)
{
    m_queuedCreate = 0;
    m_form->load(resource, record);
    restoreDraft();
    refresh();
}

void EditSession::load(const ResourceDescriptor &resource, const QString &id)
{
    QJsonObject stub;
    stub.insert(resource.lookupField, id);
    open(resource, stub);
}

bool EditSession::isPartialBase(const QJsonObject &server) const
{
    // A record opened from a list may be a summary: the detail has fields it lacks.
    const QJsonObject base = m_form->baseRecord();
    for (auto it = server.begin(); it != server.end(); ++it) {
        if (!base.contains(it.key()))
            return true;
    }
    return false;
}

void EditSession::rebase(const QJsonObject &server)
{
    // Typing began on the summary: the whole record becomes the base, with the edits on top, so
    // a later merge compares against what the server really had.
    const QJsonObject changes = editedValues();
    m_restoring = true;
    m_form->load(*resource(), server);
    for (auto it = changes.begin(); it != changes.end(); ++it)
        m_form->setValue(it.key(), it.value());
    m_restoring = false;
    if (std::optional<Draft> found = draft()) {
        found->base = server;
        m_store->update(*found);
    }
}

void EditSession::startNew(const ResourceDescriptor &resource, const QJsonObject &overrides)
{
    m_queuedCreate = 0;
    m_form->loadNew(resource, overrides);
}

void EditSession::refresh()
{
    const QString id = recordId();
    if (id.isEmpty() || isBusy())
        return;
    ApiReply *reply = m_client->get(resource()->detailPath(id));
    track(reply);
    connect(reply, &ApiReply::finished, this, [this](ApiReply *finished) {
        if (!finished->ok()) {
            // Offline the form keeps what it shows; the status bar already says why. With only
            // the record's id to show (never fetched, nothing cached), there is nothing to edit.
            if (!finished->error().neverReachedServer())
                Q_EMIT failed(finished->error());
            else if (isStub(m_form->baseRecord()))
                setUnavailable(true);
            return;
        }
        setUnavailable(false);
        // Never overwrite what the user typed meanwhile.
        const QJsonObject server = finished->object();
        if (!m_form->isDirty())
            m_form->load(*resource(), server);
        else if (isPartialBase(server))
            rebase(server);
        Q_EMIT loaded(server);
    });
}

bool EditSession::isStub(const QJsonObject &record) const
{
    // What load() starts from: the lookup field alone (a pk from a binding, the palette, a draft).
    return resource() && record.size() <= 1 && (record.isEmpty() || record.contains(resource()->lookupField));
}

void EditSession::setUnavailable(bool unavailable)
{
    if (m_unavailable == unavailable)
        return;
    m_unavailable = unavailable;
    Q_EMIT availabilityChanged(!unavailable);
}

void EditSession::save()
{
    if (!resource() || isBusy() || !m_form->isValid() || m_unavailable)
        return;
    const bool creating = m_form->isCreating();
    if (!creating && m_sync && m_store) {
        // Through the draft: merged against the server's record, kept if the server is away.
        recordEdit();
        const std::optional<Draft> found = draft();
        if (!found)
            return;
        setSyncing(true);
        m_sync->sync(found->id);
        return;
    }
    ApiReply *reply = nullptr;
    if (creating) {
        reply = m_client->create(resource()->listPath, m_form->createBody());
    } else {
        const QJsonObject patch = m_form->patch();
        if (patch.isEmpty())
            return;
        reply = m_client->update(resource()->detailPath(recordId()), patch);
    }
    track(reply);
    connect(reply, &ApiReply::finished, this, [this, creating](ApiReply *finished) {
        if (!finished->ok()) {
            const ApiError &error = finished->error();
            if (creating && m_store && error.neverReachedServer()) {
                queueCreate();
                return;
            }
            if (creating && error.outcomeUnknown()) {
                verifyCreate(error);
                return;
            }
            if (error.kind == ApiError::Kind::Validation)
                m_form->setServerErrors(error);
            Q_EMIT failed(error);
            return;
        }
        const QJsonObject record = finished->object();
        m_form->accept(record);
        Q_EMIT saved(record, creating);
    });
}

void EditSession::verifyCreate(const ApiError &error)
{
    // The POST went out and no answer came: look before anyone presses Create again.
    const QJsonObject body = m_form->createBody();
    setSyncing(true);
    lookForCreated(m_client, *resource(), body, this, [this, error](const std::optional<QJsonObject> &found, const ApiError &lookError) {
        setSyncing(false);
        if (!found && m_store && lookError.neverReachedServer()) {
            // Cannot look now: it waits as a draft that looks first when it is synced.
            queueCreate();
            if (std::optional<Draft> queued = m_store->draft(m_queuedCreate)) {
                queued->checkFirst = true;
                m_store->update(*queued);
            }
            return;
        }
        if (found) {
            m_form->accept(*found);
            Q_EMIT saved(*found, true);
            return;
        }
        // Not on the server (akdesk looked): creating it again makes no duplicate.
        Q_EMIT failed(error);
    });
}

void EditSession::queueCreate()
{
    const QString label = ReferenceModel::displayName(m_form->record());
    std::optional<Draft> existing = m_queuedCreate > 0 ? m_store->draft(m_queuedCreate) : std::nullopt;
    if (existing) {
        existing->changes = m_form->createBody();
        existing->label = label;
        m_store->update(*existing);
    } else {
        m_queuedCreate = m_store->queueCreate(resource()->key, label, m_form->createBody());
    }
    // Working offline is a choice, not a fault: say which it is.
    Q_EMIT queued(m_queuedCreate,
                  m_client->isWorkingOffline()
                      ? tr("akdesk is working offline. “%1” is queued and will be created with the next sync.").arg(label)
                      : tr("The server cannot be reached. “%1” is queued and will be created with the next sync.").arg(label));
}

void EditSession::onDraftSynced(qint64 id, const QJsonObject &record)
{
    if (m_form->isCreating()) {
        if (id != m_queuedCreate)
            return;
        m_queuedCreate = 0;
        m_form->accept(record);
        Q_EMIT saved(record, true);
        return;
    }
    Q_UNUSED(id)
    if (!resource() || record.isEmpty() || record.value(QLatin1String("pk")) != m_form->baseRecord().value(QLatin1String("pk")))
        return;
    m_form->accept(record);
    const bool mine = m_syncing;
    setSyncing(false);
    if (mine)
        Q_EMIT saved(record, false);
    else
        Q_EMIT loaded(record);
}

void EditSession::onDraftKept(qint64 id, Draft::Status status, const QString &message, const ApiError &error)
{
    const std::optional<Draft> found = m_store ? m_store->draft(id) : std::nullopt;
    if (!found || !resource() || found->resourceKey != resource()->key || m_form->isCreating()
        || found->recordId != recordId())
        return;
    const bool mine = m_syncing;
    setSyncing(false);
    switch (status) {
    case Draft::Status::Rejected:
        m_form->setServerErrors(error);
        Q_EMIT failed(error);
        return;
    case Draft::Status::Conflict:
        Q_EMIT conflicted(id);
        return;
    case Draft::Status::Deleted: {
        ApiError gone;
        gone.kind = ApiError::Kind::NotFound;
        gone.status = 404;
        gone.detail = message;
        Q_EMIT failed(gone);
        return;
    }
    case Draft::Status::Pending:
        if (error.neverReachedServer())
            Q_EMIT queued(id, message);
        else if (mine)
            Q_EMIT failed(error.isError() ? error : ApiError::badResponse(message));
        return;
    }
}

} // namespace akdesk
