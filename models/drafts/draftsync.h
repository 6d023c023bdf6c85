#pragma once

#include "models/api/apierror.h"
#include "models/drafts/draft.h"
#include "models/operations/recordwriter.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

namespace akdesk {

class ApiClient;
class ApiReply;
class LocalStore;
class SchemaRegistry;

/// Delivers drafts to the server, one at a time: creates first (a create another draft refers to
/// before that one), then edits, then deletes. An edit is merged three ways against the server's
/// current record; a draft leaves the store only once the server accepted it. Every write goes
/// through the workspace's RecordWriter, which the whole session shares, so a synced draft is
/// announced to every model as any other write.
class DraftSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftSync)

public:
    /// Delivers the drafts of `writer`'s store through `writer` (not owned).
    DraftSync(RecordWriter *writer, std::shared_ptr<const SchemaRegistry> schema, QObject *parent = nullptr);
    ~DraftSync() override;


    void sync(qint64 id);
    void syncAll();
    bool isRunning() const { return !m_queue.isEmpty() || m_running; }
    /// Stops after the request in flight.
    void stop();

    /// Settles a conflict: `chosen` holds the value picked for each conflicting field. Fields the
    /// server changed alone keep the server's value; the draft is rebased on the server's record
    /// and synced again. A reorder draft in conflict settles by the same call: `chosen` is
    /// ignored, and the draft's order is sent over the server's current one.
    void resolve(qint64 id, const QJsonObject &chosen);
    /// A record deleted on the server: its draft becomes a create of the record as edited.
    void recreate(qint64 id);

    /// The order sync() would deliver these drafts in.
    static QList<Draft> ordered(const QList<Draft> &drafts);

Q_SIGNALS:
    void draftSynced(qint64 id, const QJsonObject &record);
    /// The draft stays: rejected, in conflict, deleted on the server, or the server failed.
    void draftKept(qint64 id, akdesk::Draft::Status status, const QString &message, const akdesk::ApiError &error);
    /// The server could not be reached: the rest of the queue waits for the next sync.
    void unreachable(const akdesk::ApiError &error);
    void finished(int synced, int kept);

private:
    void next();
    void deliver(const Draft &draft);
    void deliverCreate(Draft draft);
    void deliverUpdate(const Draft &draft);
    void deliverDelete(const Draft &draft);
    void deliverReorder(Draft draft);
    void patch(Draft draft, const QJsonObject &theirs, const QJsonObject &changes);
    void accepted(const Draft &draft, const QJsonObject &record);
    /// After an accepted PATCH: true (and the draft kept as a conflict holding both values) when
    /// the answer shows another write between the GET (`theirs`) and the PATCH of `sent`.
    bool changedMeanwhile(const Draft &draft, const QJsonObject &theirs, const QJsonObject &sent,
                          const QJsonObject &answer);
    /// A create or PATCH the server answered with an error: rejected, gone, or kept pending.
    void writeFailed(const Draft &draft, const ApiError &error);
    void createAccepted(const Draft &draft, const QJsonObject &record);
    void verifyCreate(const Draft &draft, const ApiError &error);
    void verifyPatch(const Draft &draft, const ApiError &error);
    /// Tells the models of what the server holds without a write of ours answering it.
    void announce(const Draft &draft, RecordWriter::Method method, const QJsonObject &record);
    void kept(Draft draft, Draft::Status status, const QString &message, const ApiError &error = {});
    /// True when the reply's failure means "stop for now" (server unreachable).
    bool stopIfUnreachable(const Draft &draft, const ApiError &error);
    /// Where the draft's write goes (its record's id, for an edit or delete).
    WriteTarget targetOf(const Draft &draft) const;

    ApiClient *m_client;
    LocalStore *m_store;
    std::shared_ptr<const SchemaRegistry> m_schema;
    RecordWriter *m_writer;
    QList<qint64> m_queue;
    QPointer<ApiReply> m_reply;
    bool m_running = false;
    int m_synced = 0;
    int m_kept = 0;
};

} // namespace akdesk
