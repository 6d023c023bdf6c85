#pragma once

#include "models/api/apierror.h"
#include "models/drafts/draft.h"
#include "models/items/formmodel.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

namespace akdesk {

class ApiClient;
class ApiReply;
class LocalStore;
class DraftSync;
class RecordWriter;
class Workspace;
struct WriteResult;

/// Editing one record against the server: loads it into a FormModel, saves with PATCH of only the
/// changed fields (or POST for a new one) through the RecordWriter, and on failure keeps every
/// edit and puts the server's messages at their fields. Views show it; only this talks to the
/// ApiClient.
///
/// With a draft store every edit of an existing record is written to it as it happens, a record
/// opens with its draft restored, and a save goes through DraftSync: merged three ways against
/// the server's current record, kept as a draft when the server cannot be reached.
class EditSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditSession)

public:
    /// Edits are kept in the workspace's store as they are typed; saves merge and may queue
    /// (DraftSync), and every write goes through the workspace's writer.
    explicit EditSession(Workspace *workspace, QObject *parent = nullptr);
    ~EditSession() override;

    FormModel *form() const { return m_form; }
    const ResourceDescriptor *resource() const { return m_form->resource(); }
    /// pk (or slug) of the record; empty while creating.
    QString recordId() const;
    bool isBusy() const { return !m_running.isNull() || m_syncing; }
    /// False while the record could not be read: the server is away and akdesk never fetched it,
    /// so there is nothing to show or edit (save does nothing).
    bool isAvailable() const { return !m_unavailable; }

    /// Shows `record` at once and re-reads it from the server (refresh() follows).
    void open(const ResourceDescriptor &resource, const QJsonObject &record);
    /// Loads a record by id.
    void load(const ResourceDescriptor &resource, const QString &id);
    void startNew(const ResourceDescriptor &resource, const QJsonObject &overrides = {});
    /// Re-reads the record; the form takes the server's values only when it has no edits.
    void refresh();
    /// PATCH (or POST when creating). Does nothing while invalid or busy.
    void save();

    RecordWriter *writer() const { return m_writer; }
    LocalStore *draftStore() const { return m_store; }
    /// The draft of the open record, if there is one.
    std::optional<Draft> draft() const;
    /// Forgets the record's draft (Revert, Discard).
    void discardDraft();
    /// Settles a conflict the last save ran into with the values chosen per field, then saves.
    void resolveConflict(qint64 id, const QJsonObject &chosen);

Q_SIGNALS:
    void loaded(const QJsonObject &record);
    void saved(const QJsonObject &record, bool created);
    void failed(const akdesk::ApiError &error);
    void busyChanged(bool busy);
    /// isAvailable() changed.
    void availabilityChanged(bool available);
    /// The record opened with unsaved changes from its draft.
    void draftRestored(const akdesk::Draft &draft);
    /// The server could not be reached: the change is kept as draft `id` for a later sync.
    void queued(qint64 id, const QString &message);
    /// The server changed fields the draft changed too; the draft waits for the user's choice.
    void conflicted(qint64 id);

private:
    void track(ApiReply *reply);
    void recordEdit();
    /// The changed fields and their edited values (invalid ones too: a draft keeps what was typed).
    QJsonObject editedValues() const;
    void restoreDraft();
    void onDraftSynced(qint64 id, const QJsonObject &record);
    void onDraftKept(qint64 id, Draft::Status status, const QString &message, const ApiError &error);
    void setSyncing(bool syncing);
    /// What became of a POST, or of a PATCH sent past a drafts file that refused the edit.
    void onWritten(const WriteResult &result, bool creating);
    bool isPartialBase(const QJsonObject &server) const;
    bool isStub(const QJsonObject &record) const;
    void setUnavailable(bool unavailable);
    /// The drafts file takes writes again after refusing them.
    void keepAgain();
    void rebase(const QJsonObject &server);

    ApiClient *m_client;
    FormModel *m_form;
    QPointer<ApiReply> m_running;
    LocalStore *m_store;
    DraftSync *m_sync;
    RecordWriter *m_writer;
    bool m_syncing = false;   ///< a save is going through DraftSync or the writer
    bool m_restoring = false;
    bool m_unavailable = false;
    qint64 m_queuedCreate = 0;  ///< the create queued offline from this session
    bool m_staleDraft = false;  ///< saved past a drafts file that refused to remove the older draft
};

} // namespace akdesk
