#pragma once

#include "models/api/apierror.h"
#include "models/drafts/draft.h"
#include "models/operations/recordchange.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>

namespace akdesk {

class ApiClient;
class ApiReply;
class LocalStore;
struct ResourceDescriptor;

/// Where a write goes: the resource's key and list path, and the record's id (empty for a create).
struct WriteTarget
{
    QString resourceKey;
    QString listPath;
    QString id;
    QString lookupField = QStringLiteral("pk");

    static WriteTarget of(const ResourceDescriptor &resource, const QString &id = {});
    QString path() const { return id.isEmpty() ? listPath : listPath + id + QLatin1Char('/'); }
};

/// What became of one write.
struct WriteResult
{
    enum class Outcome {
        Accepted,  ///< on the server (a delete of a record already gone too: `error` says NotFound)
        Queued,    ///< kept as draft `draftId`, sent with the next sync
        Refused,   ///< neither: `error` says why (a 400 names the fields); nothing was kept
    };
    Outcome outcome = Outcome::Refused;
    QJsonObject record;  ///< Accepted: the server's answer (a delete: the record as last known)
    ApiError error;
    qint64 draftId = 0;

    bool accepted() const { return outcome == Outcome::Accepted; }
};

/// The one way akdesk writes: every create, update, delete and binding move goes through here.
/// It decides by one rule (fateOf()) whether a write is done, kept as a draft or refused, and
/// tells every model what the server accepted with one signal, changed(), carrying the record
/// the server returned, so lists and forms follow without reading anything again.
class RecordWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordWriter)

public:
    enum class Method { Create, Update, Delete };
    /// What a write's answer means.
    enum class Fate {
        Accepted,   ///< the server did it (or, for a delete, the record is gone already)
        KeepDraft,  ///< the server never got it, or it is safe to repeat: keep it for the next sync
        LookFirst,  ///< a create that may or may not have happened: look before sending it again
        Refused,    ///< the server said no (or failed): show why, keep what was typed
    };
    using Done = std::function<void(const WriteResult &)>;

    /// `store` keeps the drafts (not owned, never null): the Workspace makes the one writer.
    RecordWriter(ApiClient *client, LocalStore *store, QObject *parent = nullptr);
    ~RecordWriter() override;

    ApiClient *client() const { return m_client; }
    LocalStore *store() const { return m_store; }

    /// The one rule. Sent: accepted. Never reached the server: keep it. No answer: a PATCH or
    /// DELETE is safe to repeat, so keep it; a POST might have created the record, so look first.
    /// A DELETE answered 404 is done. Anything else the server answered is refused.
    static Fate fateOf(Method method, const ApiError &error);
    static Fate fateOf(const ApiReply &reply);

    /// POST; kept as a create draft (or as draft `draftId`, updated) when the server cannot get
    /// it; after no answer, looks for the record on the server before anything is sent again.
    void create(const ResourceDescriptor &resource, const QJsonObject &body, const QString &label, QObject *context,
                const Done &done, qint64 draftId = 0);
    /// PATCH of `patch` (only changed fields); kept as an edit of `base` when it cannot be sent.
    void update(const WriteTarget &target, const QJsonObject &patch, const QJsonObject &base, const QString &label,
                QObject *context, const Done &done);
    /// DELETE; kept as a delete draft when it cannot be sent.
    void remove(const WriteTarget &target, const QJsonObject &record, const QString &label, QObject *context,
                const Done &done);
    /// What became of a reorder (setOrders(), resumeOrders()).
    struct ReorderResult
    {
        enum class Outcome {
            Accepted,    ///< the flow holds the intended orders
            Queued,      ///< not (wholly) sent, the server could not be reached or did not answer:
                         ///< kept as ONE reorder draft that the next sync sends to the intended order
            Conflict,    ///< the server's orders changed since the reorder began: nothing was sent
            RolledBack,  ///< refused (`error`); the bindings already changed were put back
            Stuck,       ///< refused part-way, and `stuck` could not be put back either
            NotKept,     ///< should have been kept as a draft, but the drafts file refused the write
        };
        Outcome outcome = Outcome::Accepted;
        ApiError error;
        int kept = 0;                       ///< Queued: drafts kept (the one reorder draft)
        qint64 draftId = 0;                 ///< Queued: the reorder draft
        QHash<QString, int> serverOrders;   ///< Conflict: the orders the server holds now
        QStringList stuck;                  ///< Stuck: bindings left at their new order
    };
    /// Sets the bindings' new `order` values (by pk) as ONE change to the flow's order. `before`
    /// holds every binding of the flow as akdesk knows it; `label` names the flow for a draft. It
    /// reads the flow's current orders first (one GET): when they are not those of `before`,
    /// someone changed the order since and nothing is sent. Then one PATCH per moved binding;
    /// when the server refuses one, the others are PATCHed back, so the flow ends as before or as
    /// intended and never with a tie that was not there. Unreachable, or PATCHes unanswered: the
    /// whole reorder is kept as one draft (LocalStore::saveReorder()).
    void setOrders(const QHash<QString, int> &orders, const QHash<QString, QJsonObject> &before, const QString &label,
                   QObject *context, const std::function<void(const ReorderResult &)> &done);
    /// Sends a stored reorder draft (DraftSync): merged as a whole against the server's current
    /// orders, where each binding must be at its base order or, after a part-way send, at its
    /// intended one; otherwise a Conflict. Keeps and changes no draft itself.
    void resumeOrders(const Draft &draft, QObject *context, const std::function<void(const ReorderResult &)> &done);
    /// For people: what became of a reorder draft that is kept (which stages the server moved,
    /// why it was refused).
    static QString describeReorder(const Draft &draft, const ReorderResult &result);

    /// Sends one write as it is, keeping nothing: for what is a draft already (DraftSync) or must
    /// not wait for a sync. What the server accepts is announced.
    ApiReply *send(Method method, const WriteTarget &target, const QJsonObject &body = {});
    /// Tells the models of a change the server holds that no reply of send() carried (a record
    /// found after no answer, a draft the server already held).
    void announce(const RecordChange &change);
    static RecordChange changeOf(Method method, const WriteTarget &target, const QJsonObject &record,
                                 const QJsonObject &sent = {});

Q_SIGNALS:
    /// The server accepted a write: every model showing the record updates itself from this.
    void changed(const akdesk::RecordChange &change);

private:
    void keep(Method method, const WriteTarget &target, const QJsonObject &body, const QJsonObject &base,
              const QString &label, const ApiError &error, const Done &done, qint64 draftId = 0, bool checkFirst = false);
    void applyOrders(const QString &flow, const QHash<QString, int> &before, const QHash<QString, int> &intended,
                     bool resuming, QObject *context, const std::function<void(const ReorderResult &)> &done);
    void patchOrders(const QHash<QString, int> &moves, const QHash<QString, int> &server, QObject *context,
                     const std::function<void(const ReorderResult &)> &done);
    /// Marks a queued create "outcome unknown" (look before sending) or clears the mark.
    void setCheckFirst(qint64 draftId, bool checkFirst);
    void lookFirst(const ResourceDescriptor &resource, const QJsonObject &body, const QString &label,
                   const ApiError &error, QObject *context, const Done &done, qint64 draftId);

    ApiClient *m_client;
    LocalStore *m_store;
};

} // namespace akdesk
