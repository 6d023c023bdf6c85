#include "models/session/workspace.h"

#include "models/api/apiclient.h"
#include "models/drafts/draftsync.h"
#include "models/items/referencedirectory.h"
#include "models/operations/recordwriter.h"
#include "models/schema/schemaregistry.h"
#include "models/storage/localstore.h"

namespace akdesk {

namespace {

LocalStore *inMemory(std::unique_ptr<LocalStore> &owner)
{
    owner = std::make_unique<LocalStore>();
    owner->open(QStringLiteral(":memory:"));
    return owner.get();
}

} // namespace

Workspace::Workspace(ApiClient *client, std::shared_ptr<const SchemaRegistry> schema, LocalStore *store,
                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_schema(std::move(schema))
    , m_store(store ? store : inMemory(m_ownStore))
    , m_writer(new RecordWriter(client, m_store, this))
    , m_sync(new DraftSync(m_writer, m_schema, this))
    , m_references(new ReferenceDirectory(client, m_schema, this))
{
    m_client->setCache(m_store);
    // Pickers follow every change the server accepted, as the lists do.
    connect(m_writer, &RecordWriter::changed, m_references, &ReferenceDirectory::apply);
}

Workspace::~Workspace()
{
    // The client may outlive this workspace; its cache goes with it.
    if (m_client && m_client->cache() == m_store)
        m_client->setCache(nullptr);
}

} // namespace akdesk
