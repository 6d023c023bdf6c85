#include "models/items/editsession.h"

#include "models/api/apiclient.h"
#include "models/records/record.h"

namespace akdesk {

EditSession::EditSession(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_form(new FormModel(this))
{
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

void EditSession::track(ApiReply *reply)
{
    m_running = reply;
    Q_EMIT busyChanged(true);
    connect(reply, &ApiReply::finished, this, [this] {
        m_running = nullptr;
        Q_EMIT busyChanged(false);
    });
}

void EditSession::open(const ResourceDescriptor &resource, const QJsonObject &record)
{
    m_form->load(resource, record);
    refresh();
}

void EditSession::load(const ResourceDescriptor &resource, const QString &id)
{
    QJsonObject stub;
    stub.insert(resource.lookupField, id);
    m_form->load(resource, stub);
    refresh();
}

void EditSession::startNew(const ResourceDescriptor &resource, const QJsonObject &overrides)
{
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
            Q_EMIT failed(finished->error());
            return;
        }
        // Never overwrite what the user typed meanwhile.
        if (!m_form->isDirty())
            m_form->load(*resource(), finished->object());
        Q_EMIT loaded(finished->object());
    });
}

void EditSession::save()
{
    if (!resource() || isBusy() || !m_form->isValid())
        return;
    const bool creating = m_form->isCreating();
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
            if (finished->error().kind == ApiError::Kind::Validation)
                m_form->setServerErrors(finished->error());
            Q_EMIT failed(finished->error());
            return;
        }
        const QJsonObject record = finished->object();
        m_form->accept(record);
        Q_EMIT saved(record, creating);
    });
}

} // namespace akdesk
