#pragma once

#include "models/api/responsecache.h"
#include "models/drafts/draft.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QSqlQuery;

namespace akdesk {

/// What one connection profile keeps on this machine: its drafts, in one SQLite file in WAL mode,
/// and its cache of server answers, in a second file (safe to delete) under the cache folder.
/// Every change is one committed statement, so a crash or kill loses at most the edit being
/// written; WAL with synchronous=NORMAL survives a killed process (only a power cut may lose the
/// last commits, never the file). Every write is checked: while the file refuses them (full disk,
/// read-only, wrong owner) isKeepingEdits() is false and keepingChanged() says so. A clean close
/// folds the WAL back into the file, so copying akdesk.sqlite alone copies every draft.
class LocalStore final : public QObject, public ResponseCache
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalStore)

public:
    explicit LocalStore(QObject *parent = nullptr);
    ~LocalStore() override;

    /// Where a profile's drafts live: $XDG_DATA_HOME/akdesk/profiles/<profile>/akdesk.sqlite.
    static QString defaultPath(const QString &profile);
    /// Where the answers cache of the drafts file `draftsPath` lives: for defaultPath(p),
    /// $XDG_CACHE_HOME/akdesk/profiles/<p>/cache.sqlite; for any other, <name>.cache.sqlite beside it.
    static QString cachePathFor(const QString &draftsPath);
    /// Opens (creating if needed) the store at `path`, its cache at `cachePath` (default
    /// cachePathFor(path)). False with errorString() on failure.
    bool open(const QString &path, const QString &cachePath = {});
    bool isOpen() const { return !m_connection.isEmpty(); }
    QString path() const { return m_path; }
    QString cachePath() const { return m_cachePath; }
    QString errorString() const { return m_error; }
    /// What open() found wrong with the file and did about it (an empty or damaged file kept
    /// aside), for people; empty when the file was sound.
    QString openNotice() const { return m_notice; }
    /// False while writes to the drafts file fail: edits are then not being kept on disk.
    bool isKeepingEdits() const { return m_writeError.isEmpty(); }
    /// Why the last write failed; empty once a write succeeded again.
    QString writeError() const { return m_writeError; }
    /// The layout version this akdesk writes (`PRAGMA user_version`); a file with a higher one
    /// comes from a newer akdesk and is not opened.
    static int schemaVersion();

    QList<Draft> drafts() const;
    std::optional<Draft> draft(qint64 id) const;
    /// The update or delete draft of one record, if any.
    std::optional<Draft> draftFor(const QString &resourceKey, const QString &recordId) const;
    std::optional<Draft> draftByLocalId(const QString &localId) const;
    int count() const;

    /// Records the edit of an existing record: `changes` are the changed fields and their values.
    /// An existing draft of the record keeps its base (the start of the edit); empty changes
    /// remove the draft. Returns the draft's id (0 when removed or on failure).
    qint64 saveEdit(const QString &resourceKey, const QString &recordId, const QString &label,
                    const QJsonObject &base, const QJsonObject &changes);
    /// Queues a create; `localId` ("draft:<uuid>") is made when empty. Returns the draft's id.
    qint64 queueCreate(const QString &resourceKey, const QString &label, const QJsonObject &body,
                       const QString &localId = {});
    /// Queues the delete of a record. Replaces an edit draft of the same record.
    qint64 queueDelete(const QString &resourceKey, const QString &recordId, const QString &label,
                       const QJsonObject &base);
    /// Writes every column of `draft` (matched by id). A damaged draft is never written over: its
    /// stored text stays as it is until the user discards it.
    bool update(const Draft &draft);
    bool remove(qint64 id);
    /// The reorder draft of a flow's stage bindings (by the flow's pk), if any.
    std::optional<Draft> reorderFor(const QString &flowPk) const;
    /// Keeps a reorder of the flow `flowPk` as ONE draft (Draft::Operation::Reorder). `before`
    /// holds every binding as shown when the reorder began (pk, order, stage_obj), `orders` the new
    /// order of those that move. An earlier reorder of the flow keeps its base and takes these moves
    /// on top; once every binding is back at its base order the draft goes. Returns its id (0 when
    /// removed or on failure).
    qint64 saveReorder(const QString &flowPk, const QString &label, const QList<QJsonObject> &before,
                       const QHash<QString, int> &orders);
    /// A new pk arrived for a synced create: every draft naming `localId` now names `pk`.
    void replacePlaceholder(const QString &localId, const QString &pk);

    void storeResponse(const QString &key, const QByteArray &body) override;
    std::optional<CachedBody> cachedResponse(const QString &key) const override;
    bool hasResponses() const override;
    void clearCache();

    /// SQLite's own check of the file ("ok" when sound).
    QString integrityCheck() const;

Q_SIGNALS:
    void draftsChanged();
    /// Writes to the drafts file started failing (`keeping` false, `why` says what the disk
    /// said) or work again.
    void keepingChanged(bool keeping, const QString &why);

private:
    bool exec(const QString &sql);
    bool connectTo(const QString &path);
    /// Checkpoints the WAL into the file and closes.
    void closeConnection();
    /// Moves the file (with its -wal) to `<path>.<kind>-<time>`; the new name, empty on failure.
    QString setAside(const QString &path, const QString &kind);
    /// PRAGMA user_version, or -1 with m_error when the file cannot be read as a database.
    int readVersion(bool *notADatabase);
    bool migrate(int from);
    bool adoptUnversioned(bool *cacheMoved);
    bool attachCache(const QString &cachePath);
    /// Notes whether a write to the drafts file went through; false when it did not.
    bool wrote(bool ok, const QString &error);
    Draft readDraft(const QSqlQuery &query) const;
    QList<Draft> select(const QString &where, const QVariantList &values) const;
    qint64 insert(const Draft &draft);

    QString m_connection;
    QString m_path;
    QString m_cachePath;
    QString m_error;
    QString m_notice;
    QString m_writeError;
};

} // namespace akdesk
