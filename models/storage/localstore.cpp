#include "models/storage/localstore.h"

#include "models/storage/userpaths.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace akdesk {

namespace {

const QString kColumns = QStringLiteral(
    "id, operation, resource, record_id, local_id, label, base, changes, status, message, errors, theirs, "
    "created_at, updated_at, check_first");

QString toText(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromText(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

/// SQLite stores a null QString as NULL; the columns want text.
QString nn(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/// Replaces `from` by `to` wherever it is a whole string value, in objects and arrays.
QJsonValue replaced(const QJsonValue &value, const QString &from, const QString &to, bool *changed)
{
    if (value.isString() && value.toString() == from) {
        *changed = true;
        return to;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = replaced(array.at(i), from, to, changed);
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = replaced(it.value(), from, to, changed);
        return object;
    }
    return value;
}

} // namespace

LocalStore::LocalStore(QObject *parent)
    : QObject(parent)
{
}

LocalStore::~LocalStore()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

namespace {

/// A profile's name as one safe folder name.
QString profileFolder(const QString &profile)
{
    QString safe = profile;
    for (QChar &c : safe) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_') && c != QLatin1Char('.'))
            c = QLatin1Char('_');
    }
    if (safe.isEmpty())
        safe = QStringLiteral("default");
    return QStringLiteral("/profiles/") + safe;
}

} // namespace

QString LocalStore::defaultPath(const QString &profile)
{
    return userpaths::dataDir() + profileFolder(profile) + QStringLiteral("/akdesk.sqlite");
}

QString LocalStore::cachePathFor(const QString &draftsPath)
{
    // A store in the data folder caches in the cache folder under the same profile; any other
    // (tests, a file given by hand) beside itself.
    const QString absolute = QFileInfo(draftsPath).absoluteFilePath();
    const QString data = userpaths::dataDir() + QStringLiteral("/profiles/");
    if (absolute.startsWith(data))
        return userpaths::cacheDir() + QStringLiteral("/profiles/") + QFileInfo(absolute.mid(data.size())).path()
               + QStringLiteral("/cache.sqlite");
    const QFileInfo info(absolute);
    return info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".cache.sqlite");
}

bool LocalStore::open(const QString &path, const QString &cachePath)
{
    if (!m_connection.isEmpty())
        return m_path == path;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        m_error = tr("Cannot create the folder for %1.").arg(path);
        return false;
    }
    const QString connection = QStringLiteral("akdesk-drafts-%1").arg(quintptr(this));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
        if (!db.open()) {
            m_error = tr("Cannot open the drafts file %1: %2").arg(path, db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
            return false;
        }
    }
    m_connection = connection;
    m_path = path;
    const bool ok = exec(QStringLiteral("PRAGMA journal_mode=WAL")) && exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
                    && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS drafts ("
                                           " id INTEGER PRIMARY KEY AUTOINCREMENT, operation TEXT NOT NULL,"
                                           " resource TEXT NOT NULL, record_id TEXT NOT NULL DEFAULT '',"
                                           " local_id TEXT NOT NULL DEFAULT '', label TEXT NOT NULL DEFAULT '',"
                                           " base TEXT NOT NULL DEFAULT '', changes TEXT NOT NULL DEFAULT '',"
                                           " status TEXT NOT NULL DEFAULT 'pending', message TEXT NOT NULL DEFAULT '',"
                                           " errors TEXT NOT NULL DEFAULT '', theirs TEXT NOT NULL DEFAULT '',"
                                           " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
                                           " check_first INTEGER NOT NULL DEFAULT 0)"))
                    && addColumnIfMissing(QStringLiteral("check_first"), QStringLiteral("INTEGER NOT NULL DEFAULT 0"))
                    && exec(QStringLiteral("CREATE INDEX IF NOT EXISTS drafts_record ON drafts(resource, record_id)"))
                    && attachCache(cachePath.isEmpty() ? cachePathFor(path) : cachePath);
    if (!ok) {
        const QString error = m_error;
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
        m_connection.clear();
        m_error = error;
    }
    return ok;
}

bool LocalStore::attachCache(const QString &cachePath)
{
    // The cache is its own file (ATTACHed to the drafts' connection), so deleting it loses nothing
    // but time. When its folder cannot be written, answers are cached in memory for the session.
    QSqlQuery attach(QSqlDatabase::database(m_connection, false));
    attach.prepare(QStringLiteral("ATTACH DATABASE ? AS answers"));
    attach.addBindValue(QDir().mkpath(QFileInfo(cachePath).absolutePath()) ? cachePath : QStringLiteral(":memory:"));
    if (!attach.exec()) {
        attach.bindValue(0, QStringLiteral(":memory:"));
        if (!attach.exec()) {
            m_error = attach.lastError().text();
            return false;
        }
    }
    m_cachePath = cachePath;
    if (!exec(QStringLiteral("PRAGMA answers.journal_mode=WAL")) || !exec(QStringLiteral("PRAGMA answers.synchronous=OFF"))
        || !exec(QStringLiteral("CREATE TABLE IF NOT EXISTS answers.cache (key TEXT PRIMARY KEY,"
                                " body BLOB NOT NULL, fetched_at INTEGER NOT NULL)")))
        return false;
    // Stores written by an earlier akdesk kept the cache inside the drafts file: its answers move
    // over once, and the drafts file gives the space back.
    QSqlQuery old(QSqlDatabase::database(m_connection, false));
    if (old.exec(QStringLiteral("SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = 'cache'")) && old.next()) {
        old.finish();
        return exec(QStringLiteral("INSERT OR IGNORE INTO answers.cache SELECT key, body, fetched_at FROM main.cache"))
               && exec(QStringLiteral("DROP TABLE main.cache")) && exec(QStringLiteral("VACUUM main"));
    }
    return true;
}

bool LocalStore::addColumnIfMissing(const QString &column, const QString &definition)
{
    // Stores written by an earlier akdesk lack newer columns.
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (query.exec(QStringLiteral("SELECT %1 FROM drafts LIMIT 0").arg(column)))
        return true;
    return exec(QStringLiteral("ALTER TABLE drafts ADD COLUMN %1 %2").arg(column, definition));
}

bool LocalStore::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(sql)) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

Draft LocalStore::readDraft(const QSqlQuery &query) const
{
    Draft draft;
    draft.id = query.value(0).toLongLong();
    draft.operation = Draft::operationFromName(query.value(1).toString());
    draft.resourceKey = query.value(2).toString();
    draft.recordId = query.value(3).toString();
    draft.localId = query.value(4).toString();
    draft.label = query.value(5).toString();
    draft.base = fromText(query.value(6).toString());
    draft.changes = fromText(query.value(7).toString());
    draft.status = Draft::statusFromName(query.value(8).toString());
    draft.message = query.value(9).toString();
    draft.errors = fromText(query.value(10).toString());
    draft.theirs = fromText(query.value(11).toString());
    draft.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(12).toLongLong());
    draft.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(13).toLongLong());
    draft.checkFirst = query.value(14).toBool();
    return draft;
}

QList<Draft> LocalStore::select(const QString &where, const QVariantList &values) const
{
    QList<Draft> out;
    if (m_connection.isEmpty())
        return out;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT %1 FROM drafts %2 ORDER BY id").arg(kColumns, where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return out;
    while (query.next())
        out.append(readDraft(query));
    return out;
}

QList<Draft> LocalStore::drafts() const
{
    return select({}, {});
}

std::optional<Draft> LocalStore::draft(qint64 id) const
{
    const QList<Draft> found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Draft>(found.first());
}

std::optional<Draft> LocalStore::draftFor(const QString &resourceKey, const QString &recordId) const
{
    if (recordId.isEmpty())
        return std::nullopt;
    const QList<Draft> found = select(QStringLiteral("WHERE resource = ? AND record_id = ? AND operation != 'create'"),
                                      {resourceKey, recordId});
    return found.isEmpty() ? std::nullopt : std::optional<Draft>(found.first());
}

std::optional<Draft> LocalStore::draftByLocalId(const QString &localId) const
{
    if (localId.isEmpty())
        return std::nullopt;
    const QList<Draft> found = select(QStringLiteral("WHERE local_id = ?"), {localId});
    return found.isEmpty() ? std::nullopt : std::optional<Draft>(found.first());
}

int LocalStore::count() const
{
    if (m_connection.isEmpty())
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM drafts")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

qint64 LocalStore::insert(const Draft &draft)
{
    if (m_connection.isEmpty())
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT INTO drafts (operation, resource, record_id, local_id, label, base, changes,"
                                 " status, message, errors, theirs, created_at, updated_at, check_first)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 stamp = now();
    for (const QVariant &value :
         QVariantList{Draft::operationName(draft.operation), draft.resourceKey, nn(draft.recordId), nn(draft.localId),
                      nn(draft.label), nn(toText(draft.base)), nn(toText(draft.changes)), Draft::statusName(draft.status),
                      nn(draft.message), nn(toText(draft.errors)), nn(toText(draft.theirs)), stamp, stamp,
                      int(draft.checkFirst)})
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return 0;
    }
    Q_EMIT draftsChanged();
    return query.lastInsertId().toLongLong();
}

bool LocalStore::update(const Draft &draft)
{
    if (m_connection.isEmpty())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("UPDATE drafts SET operation = ?, resource = ?, record_id = ?, local_id = ?, label = ?,"
                                 " base = ?, changes = ?, status = ?, message = ?, errors = ?, theirs = ?,"
                                 " updated_at = ?, check_first = ? WHERE id = ?"));
    for (const QVariant &value :
         QVariantList{Draft::operationName(draft.operation), draft.resourceKey, nn(draft.recordId), nn(draft.localId),
                      nn(draft.label), nn(toText(draft.base)), nn(toText(draft.changes)), Draft::statusName(draft.status),
                      nn(draft.message), nn(toText(draft.errors)), nn(toText(draft.theirs)), now(),
                      int(draft.checkFirst), draft.id})
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    Q_EMIT draftsChanged();
    return query.numRowsAffected() == 1;
}

bool LocalStore::remove(qint64 id)
{
    if (m_connection.isEmpty())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("DELETE FROM drafts WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return false;
    Q_EMIT draftsChanged();
    return query.numRowsAffected() == 1;
}

qint64 LocalStore::saveEdit(const QString &resourceKey, const QString &recordId, const QString &label,
                            const QJsonObject &base, const QJsonObject &changes)
{
    std::optional<Draft> existing = draftFor(resourceKey, recordId);
    if (existing && existing->operation == Draft::Operation::Delete)
        return existing->id;  // a queued delete wins over edits of the same record
    if (changes.isEmpty()) {
        if (existing)
            remove(existing->id);
        return 0;
    }
    if (existing) {
        // Messages about fields edited since stay out of the way; the others still apply.
        for (const QString &field : changes.keys()) {
            if (existing->changes.value(field) != changes.value(field))
                existing->errors.remove(field);
        }
        existing->changes = changes;
        existing->label = label.isEmpty() ? existing->label : label;
        if (existing->status == Draft::Status::Rejected) {
            existing->status = Draft::Status::Pending;
            existing->message.clear();
        }
        return update(*existing) ? existing->id : 0;
    }
    Draft draft;
    draft.operation = Draft::Operation::Update;
    draft.resourceKey = resourceKey;
    draft.recordId = recordId;
    draft.label = label;
    draft.base = base;
    draft.changes = changes;
    return insert(draft);
}

qint64 LocalStore::queueCreate(const QString &resourceKey, const QString &label, const QJsonObject &body,
                               const QString &localId)
{
    Draft draft;
    draft.operation = Draft::Operation::Create;
    draft.resourceKey = resourceKey;
    draft.label = label;
    draft.changes = body;
    draft.localId = localId.isEmpty()
                        ? Draft::placeholderPrefix() + QUuid::createUuid().toString(QUuid::WithoutBraces)
                        : localId;
    return insert(draft);
}

qint64 LocalStore::queueDelete(const QString &resourceKey, const QString &recordId, const QString &label,
                               const QJsonObject &base)
{
    if (std::optional<Draft> existing = draftFor(resourceKey, recordId)) {
        existing->operation = Draft::Operation::Delete;
        existing->changes = {};
        existing->status = Draft::Status::Pending;
        existing->message.clear();
        existing->errors = {};
        return update(*existing) ? existing->id : 0;
    }
    Draft draft;
    draft.operation = Draft::Operation::Delete;
    draft.resourceKey = resourceKey;
    draft.recordId = recordId;
    draft.label = label;
    draft.base = base;
    return insert(draft);
}

void LocalStore::replacePlaceholder(const QString &localId, const QString &pk)
{
    for (Draft draft : drafts()) {
        bool changed = false;
        draft.changes = replaced(draft.changes, localId, pk, &changed).toObject();
        if (draft.recordId == localId) {
            draft.recordId = pk;
            changed = true;
        }
        if (changed)
            update(draft);
    }
}

void LocalStore::storeResponse(const QString &key, const QByteArray &body)
{
    if (m_connection.isEmpty())
        return;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO answers.cache (key, body, fetched_at) VALUES (?, ?, ?)"));
    query.addBindValue(key);
    query.addBindValue(body);
    query.addBindValue(now());
    query.exec();
}

bool LocalStore::hasResponses() const
{
    if (m_connection.isEmpty())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    return query.exec(QStringLiteral("SELECT 1 FROM answers.cache LIMIT 1")) && query.next();
}

std::optional<CachedBody> LocalStore::cachedResponse(const QString &key) const
{
    if (m_connection.isEmpty())
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT body, fetched_at FROM answers.cache WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return CachedBody{query.value(0).toByteArray(), QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong())};
}

void LocalStore::clearCache()
{
    exec(QStringLiteral("DELETE FROM answers.cache"));
}

QString LocalStore::integrityCheck() const
{
    if (m_connection.isEmpty())
        return tr("not open");
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next())
        return query.lastError().text();
    return query.value(0).toString();
}

} // namespace akdesk
