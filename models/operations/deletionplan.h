#pragma once

#include "models/api/apierror.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

namespace akdesk {

class ApiClient;
class LocalStore;
class RequestQueue;
struct ResourceDescriptor;

/// Deleting stages safely: first fetch what uses each one (used_by) and say in plain words what
/// will happen, then — only after confirmation — delete them one by one and report each result.
class DeletionPlan final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeletionPlan)

public:
    struct Item
    {
        QJsonObject stage;          ///< the record as listed (pk, name, verbose_name, flow_set)
        QStringList consequences;   ///< sentences for people
        bool usageKnown = false;
        QString usageError;         ///< why used_by could not be read (blocks the delete)
        enum class Result { Pending, Deleted, AlreadyGone, Failed, Queued } result = Result::Pending;
        QString resultError;
    };

    /// Reads of what uses the records (used_by, and each binding named) run this many at a time.
    static constexpr int ParallelReads = 4;
    /// Sentences shown per record; the rest are summed up in one "and N more" (and not looked up).
    static constexpr int MaxShownPerRecord = 50;

    explicit DeletionPlan(ApiClient *client, QObject *parent = nullptr);
    ~DeletionPlan() override;

    /// With a store, deletes the server cannot receive now are queued as drafts (not owned).
    void setLocalStore(LocalStore *store) { m_store = store; }

    /// Starts reading what uses each record; usageReady() follows. Records are stages (any kind,
    /// through /stages/all/) unless `resource` says otherwise (e.g. flows, by slug).
    void prepare(const QList<QJsonObject> &stages, const ResourceDescriptor *resource = nullptr);
    const QList<Item> &items() const { return m_items; }
    /// True once every stage's usage is known (a failed read makes it false for good).
    bool canDelete() const;
    /// Stops reading what uses the records: nothing more is asked, usageReady() does not follow.
    void cancel();
    /// Deletes every stage, one at a time; progress() per stage, finished() at the end.
    void execute();
    bool isRunning() const { return m_running; }
    int deletedCount() const;
    int failedCount() const;
    int queuedCount() const;

    /// Longest sentence describe() gives, whatever the server names.
    static constexpr int MaxSentenceLength = 600;
    /// The sentence for one used_by entry (`flows` maps flow pks to names for binding entries).
    static QString describe(const QJsonObject &usedBy, const QString &flowName, int order);

Q_SIGNALS:
    void usageReady();
    void progress(int done, int total);
    void finished();

private:
    void readUsage(int index);
    void usageDone();
    void deleteNext(int index);

    QString detailPath(const QJsonObject &record) const;

    ApiClient *m_client;
    RequestQueue *m_reads;
    LocalStore *m_store = nullptr;
    const ResourceDescriptor *m_resource = nullptr;
    QList<Item> m_items;
    int m_pendingReads = 0;
    bool m_running = false;
};

} // namespace akdesk
