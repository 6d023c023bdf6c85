#pragma once

#include "models/api/apiclient.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace akdesk {

class DraftSync;
class LocalStore;
class RecordWriter;
class ReferenceDirectory;
class SchemaRegistry;

/// Everything one open connection works with, handed to models and views as one argument: the
/// API client, the schema the server speaks, the profile's local store (drafts and cached
/// answers), the writer every change goes through, the sync that delivers drafts through it,
/// and the pickers' lists the forms share. AppSession builds the one the application uses; tests
/// build their own. There is always a store: without a profile's file it lives in memory.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    /// `client` and `store` are not owned and must outlive the workspace's use; a null `store` is
    /// replaced by one in memory that the workspace owns. The store is the client's cache.
    Workspace(ApiClient *client, std::shared_ptr<const SchemaRegistry> schema, LocalStore *store = nullptr,
              QObject *parent = nullptr);
    ~Workspace() override;

    ApiClient *client() const { return m_client; }
    const std::shared_ptr<const SchemaRegistry> &schema() const { return m_schema; }
    LocalStore *store() const { return m_store; }
    RecordWriter *writer() const { return m_writer; }
    DraftSync *sync() const { return m_sync; }
    ReferenceDirectory *references() const { return m_references; }

private:
    QPointer<ApiClient> m_client;  ///< the client may go first (a test's cleanup): then nothing is left to undo
    std::shared_ptr<const SchemaRegistry> m_schema;
    std::unique_ptr<LocalStore> m_ownStore;
    LocalStore *m_store;
    RecordWriter *m_writer;
    DraftSync *m_sync;
    ReferenceDirectory *m_references;
};

} // namespace akdesk
