#include "models/storage/localstore.h"

#include "models/storage/userpaths.h"

#include <QDir>
#include <QHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>

namespace akdesk {

namespace {

const QString kColumns = QStringLiteral(
    "id, operation, resource, record_id, local_id, label, base, changes, status, message, errors, theirs, "
    "created_at, updated_at, check_first");

QString toText(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// The object stored as `text`; when it does not parse, an empty one and `part` (what it holds,
/// for people) added to `damaged`.
QJsonObject fromText(const QString &text, const QString &part, QStringList *damaged)
{
    if (text.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        damaged->append(part);
        return {};
    }
    return document.object();
}

/// SQLite's primary result codes for a file that is not (or no longer) a database.
bool isNotADatabase(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("26") /* SQLITE_NOTADB */ || code == QLatin1String("11") /* SQLITE_CORRUPT */;
}

/// Each step brings a drafts file from layout N-1 to N, and `PRAGMA user_version` says how many
/// ran. A later change of layout is a new step at the end, never an edit of an earlier one.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 1: the drafts table as akdesk wrote it when user_version began.
        {QStringLiteral("CREATE TABLE IF NOT EXISTS drafts ("
                        " id INTEGER PRIMARY KEY AUTOINCREMENT, operation TEXT NOT NULL,"
                        " resource TEXT NOT NULL, record_id TEXT NOT NULL DEFAULT '',"
                        " local_id TEXT NOT NULL DEFAULT '', label TEXT NOT NULL DEFAULT '',"
                        " base TEXT NOT NULL DEFAULT '', changes TEXT NOT NULL DEFAULT '',"
                        " status TEXT NOT NULL DEFAULT 'pending', message TEXT NOT NULL DEFAULT '',"
                        " errors TEXT NOT NULL DEFAULT '', theirs TEXT NOT NULL DEFAULT '',"
                        " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
                        " check_first INTEGER NOT NULL DEFAULT 0)"),
         QStringLiteral("CREATE INDEX IF NOT EXISTS drafts_record ON drafts(resource, record_id)")},
    };
    return steps;
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
    closeConnection();
}

int LocalStore::schemaVersion()
{
    return int(migrations().size());
}

void LocalStore::closeConnection()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            // Everything back into akdesk.sqlite and the -wal emptied: a copy of the file alone
            // (a backup, another computer) then holds every draft.
            QSqlQuery checkpoint(db);
            if (!checkpoint.exec(QStringLiteral("PRAGMA main.wal_checkpoint(TRUNCATE)")) || !checkpoint.next()
                || checkpoint.value(0).toInt() != 0)
                qWarning("akdesk: the drafts file %s keeps part of its drafts in its -wal file: %s", qPrintable(m_path),
                         qPrintable(checkpoint.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
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
    // (tests, a file given by hand) beside itself; one in memory in memory too, of its own.
    if (draftsPath == QLatin1String(":memory:"))
        return draftsPath;
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
    m_notice.clear();
    // ":memory:" is no file; to QFileInfo it is a resource path whose folder is ":", which
    // mkpath() made in the working folder.
    if (path != QLatin1String(":memory:") && !QDir().mkpath(QFileInfo(path).absolutePath())) {
        m_error = tr("Cannot create the folder for %1.").arg(path);
        return false;
    }
    const bool onDisk = path != QLatin1String(":memory:");
    const QFileInfo file(path);
    if (onDisk && file.isFile() && file.size() == 0 && QFileInfo(path + QStringLiteral("-wal")).size() == 0) {
        // SQLite would take an empty file for a new database and say nothing; but akdesk's own
        // file is never empty once opened, so something (a full disk, a crash while copying it)
        // emptied it, and the user should know their drafts are gone.
        const QString aside = setAside(path, QStringLiteral("empty"));
        if (aside.isEmpty())
            return false;
        m_notice = tr("The drafts file %1 was empty (0 bytes): whatever drafts it held are gone, as a full disk or a "
                      "crash can leave it. The empty file is kept as %2, and akdesk starts a new one.")
                       .arg(path, aside);
    }
    if (!connectTo(path))
        return false;
    bool notADatabase = false;
    int version = readVersion(&notADatabase);
    if (version < 0 && notADatabase && onDisk) {
        const QString reason = m_error;
        closeConnection();
        const QString aside = setAside(path, QStringLiteral("damaged"));
        if (aside.isEmpty())
            return false;
        m_notice = tr("The drafts file %1 cannot be read (%2). It is kept as %3 for whoever can rescue it, and akdesk "
                      "starts a new one: the drafts in the old file are not shown.")
                       .arg(path, reason, aside);
        if (!connectTo(path))
            return false;
        version = readVersion(&notADatabase);
    }
    if (version > schemaVersion()) {
        // Its layout is one this akdesk does not know: writing to it could damage what the newer
        // akdesk keeps there, so it is not touched at all.
        closeConnection();
        m_error = tr("%1 was written by a newer akdesk (drafts layout %2; this akdesk knows up to %3). It is left "
                     "untouched: open this profile with the newer akdesk, or use another profile.")
                      .arg(path)
                      .arg(version)
                      .arg(schemaVersion());
        return false;
    }
    const bool ok = version >= 0 && exec(QStringLiteral("PRAGMA journal_mode=WAL"))
                    && exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
                    && attachCache(cachePath.isEmpty() ? cachePathFor(path) : cachePath) && migrate(version);
    if (!ok) {
        const QString error = m_error;
        closeConnection();
        m_error = error;
    }
    return ok;
}

bool LocalStore::connectTo(const QString &path)
{
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
    return true;
}

QString LocalStore::setAside(const QString &path, const QString &kind)
{
    const QString aside =
        QStringLiteral("%1.%2-%3").arg(path, kind, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmsszzz")));
    if (!QFile::rename(path, aside)) {
        m_error = tr("The drafts file %1 cannot be read, and cannot be moved aside to start a new one; it is left as "
                     "it is.").arg(path);
        return {};
    }
    // The -wal holds pages of the old file and belongs with it; the -shm is only its index.
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        QFile::rename(path + QStringLiteral("-wal"), aside + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    qWarning("akdesk: the drafts file %s was %s; kept as %s", qPrintable(path), qPrintable(kind), qPrintable(aside));
    return aside;
}

int LocalStore::readVersion(bool *notADatabase)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        m_error = tr("Cannot read the drafts file %1: %2").arg(m_path, query.lastError().text());
        *notADatabase = isNotADatabase(query.lastError());
        return -1;
    }
    return query.value(0).toInt();
}

bool LocalStore::migrate(int from)
{
    if (from == schemaVersion())
        return true;
    bool cacheMoved = false;
    bool ok = exec(QStringLiteral("BEGIN IMMEDIATE")) && (from > 0 || adoptUnversioned(&cacheMoved));
    for (qsizetype step = from; ok && step < migrations().size(); ++step) {
        for (const QString &statement : migrations().at(step))
            ok = ok && exec(statement);
    }
    // In the same transaction: a file is at one layout or the one before, never between.
    ok = ok && exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion())) && exec(QStringLiteral("COMMIT"));
    if (!ok) {
        const QString error = m_error;
        exec(QStringLiteral("ROLLBACK"));
        m_error = tr("Cannot bring the drafts file %1 up to date: %2").arg(m_path, error);
        return false;
    }
    // The cache that moved out leaves its space behind (VACUUM cannot run inside a transaction).
    return !cacheMoved || exec(QStringLiteral("VACUUM main"));
}

bool LocalStore::adoptUnversioned(bool *cacheMoved)
{
    // Files of an akdesk before user_version: the drafts table may lack check_first, which came
    // later, and the answers cache may still live inside the drafts file. Only these files are
    // looked at column by column; every later layout is a step of migrations().
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    QStringList columns;
    if (!query.exec(QStringLiteral("SELECT name FROM pragma_table_info('drafts')"))) {
        m_error = query.lastError().text();
        return false;
    }
    while (query.next())
        columns.append(query.value(0).toString());
    if (!columns.isEmpty() && !columns.contains(QLatin1String("check_first"))
        && !exec(QStringLiteral("ALTER TABLE drafts ADD COLUMN check_first INTEGER NOT NULL DEFAULT 0")))
        return false;
    if (!query.exec(QStringLiteral("SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = 'cache'"))) {
        m_error = query.lastError().text();
        return false;
    }
    if (!query.next())
        return true;
    query.finish();
    *cacheMoved = true;
    return exec(QStringLiteral("INSERT OR IGNORE INTO answers.cache SELECT key, body, fetched_at FROM main.cache"))
           && exec(QStringLiteral("DROP TABLE main.cache"));
}

bool LocalStore::attachCache(const QString &cachePath)
{
    // The cache is its own file (ATTACHed to the drafts' connection), so deleting it loses nothing
    // but time. When its folder cannot be written, answers are cached in memory for the session.
    QSqlQuery attach(QSqlDatabase::database(m_connection, false));
    attach.prepare(QStringLiteral("ATTACH DATABASE ? AS answers"));
    const bool inMemory = cachePath == QLatin1String(":memory:");
    attach.addBindValue(!inMemory && QDir().mkpath(QFileInfo(cachePath).absolutePath()) ? cachePath : QStringLiteral(":memory:"));
    if (!attach.exec()) {
        attach.bindValue(0, QStringLiteral(":memory:"));
        if (!attach.exec()) {
            m_error = attach.lastError().text();
            return false;
        }
    }
    m_cachePath = cachePath;
    return exec(QStringLiteral("PRAGMA answers.journal_mode=WAL")) && exec(QStringLiteral("PRAGMA answers.synchronous=OFF"))
           && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS answers.cache (key TEXT PRIMARY KEY,"
                                  " body BLOB NOT NULL, fetched_at INTEGER NOT NULL)"));
}

bool LocalStore::wrote(bool ok, const QString &error)
{
    const bool wasKeeping = m_writeError.isEmpty();
    m_writeError = ok ? QString() : (error.isEmpty() ? tr("the drafts file refused the write") : error);
    if (!ok)
        m_error = m_writeError;
    if (wasKeeping == ok)
        return ok;
    if (ok)
        qInfo("akdesk: the drafts file %s takes writes again", qPrintable(m_path));
    else
        qWarning("akdesk: the drafts file %s refuses writes: %s", qPrintable(m_path), qPrintable(m_writeError));
    Q_EMIT keepingChanged(ok, m_writeError);
    return ok;
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
    // Text that does not parse stays in the file as it is (update() never writes over it) and
    // the draft says it is damaged, instead of reading as {} and being "delivered" as nothing.
    QStringList damaged;
    draft.base = fromText(query.value(6).toString(), tr("the record as it was"), &damaged);
    draft.changes = fromText(query.value(7).toString(), tr("the changes"), &damaged);
    draft.status = Draft::statusFromName(query.value(8).toString());
    draft.message = query.value(9).toString();
    draft.errors = fromText(query.value(10).toString(), tr("the server's messages"), &damaged);
    draft.theirs = fromText(query.value(11).toString(), tr("the server's record"), &damaged);
    draft.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(12).toLongLong());
    draft.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(13).toLongLong());
    draft.checkFirst = query.value(14).toBool();
    if (!damaged.isEmpty())
        draft.damage = tr("This draft is damaged in the drafts file: %1 cannot be read. It is kept there as it is and "
                          "never sent; discard it when you no longer need it.")
                           .arg(damaged.join(QLatin1String(", ")));
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
    const QList<Draft> found = select(QStringLiteral("WHERE resource = ? AND record_id = ? AND operation NOT IN ('create', 'reorder')"),
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
    if (!wrote(query.exec(), query.lastError().text()))
        return 0;
    Q_EMIT draftsChanged();
    return query.lastInsertId().toLongLong();
}

bool LocalStore::update(const Draft &draft)
{
    if (m_connection.isEmpty())
        return false;
    if (draft.isDamaged())
        return wrote(false, draft.damage);  // its text, as read, would replace what cannot be read
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
    if (!wrote(query.exec(), query.lastError().text()))
        return false;
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
    if (!wrote(query.exec(), query.lastError().text()))
        return false;
    Q_EMIT draftsChanged();
    return query.numRowsAffected() == 1;
}

qint64 LocalStore::saveEdit(const QString &resourceKey, const QString &recordId, const QString &label,
                            const QJsonObject &base, const QJsonObject &changes)
{
    std::optional<Draft> existing = draftFor(resourceKey, recordId);
    if (existing && existing->isDamaged()) {
        wrote(false, existing->damage);  // neither replaced nor removed: what it held stays
        return 0;
    }
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

std::optional<Draft> LocalStore::reorderFor(const QString &flowPk) const
{
    if (flowPk.isEmpty())
        return std::nullopt;
    const QList<Draft> found = select(QStringLiteral("WHERE operation = 'reorder' AND record_id = ?"), {flowPk});
    return found.isEmpty() ? std::nullopt : std::optional<Draft>(found.first());
}

qint64 LocalStore::saveReorder(const QString &flowPk, const QString &label, const QList<QJsonObject> &before,
                               const QHash<QString, int> &orders)
{
    std::optional<Draft> existing = reorderFor(flowPk);
    if (existing && existing->isDamaged()) {
        wrote(false, existing->damage);
        return 0;
    }
    // The base is the flow's order when the first unsent reorder began; the intended order is the
    // one on screen (`before`, which shows an earlier unsent reorder) with this one's moves on top.
    QJsonArray baseRows = existing ? existing->base.value(QLatin1String("bindings")).toArray() : QJsonArray();
    QHash<QString, int> base = Draft::ordersOf({{QStringLiteral("bindings"), baseRows}});
    QHash<QString, int> intended = base;
    if (existing)
        intended.insert(Draft::ordersOf(existing->changes));
    for (const QJsonObject &binding : before) {
        const QString pk = binding.value(QLatin1String("pk")).toString();
        const int order = binding.value(QLatin1String("order")).toInt();
        if (!base.contains(pk)) {
            base.insert(pk, order);
            baseRows.append(QJsonObject{{QStringLiteral("pk"), pk}, {QStringLiteral("order"), order},
                                        {QStringLiteral("name"), binding.value(QLatin1String("stage_obj")).toObject()
                                                                     .value(QLatin1String("name")).toString()}});
        }
        intended.insert(pk, order);
    }
    for (auto it = orders.cbegin(); it != orders.cend(); ++it)
        intended.insert(it.key(), it.value());
    bool moved = false;
    for (auto it = intended.cbegin(); it != intended.cend() && !moved; ++it)
        moved = base.value(it.key(), it.value()) != it.value();
    if (!moved) {
        if (existing)
            remove(existing->id);
        return 0;
    }
    Draft draft = existing.value_or(Draft());
    draft.operation = Draft::Operation::Reorder;
    draft.resourceKey = QStringLiteral("flows/bindings");
    draft.recordId = flowPk;
    draft.label = label.isEmpty() ? draft.label : label;
    draft.base = {{QStringLiteral("target"), flowPk}, {QStringLiteral("bindings"), baseRows}};
    draft.changes = Draft::ordersAsJson(intended);
    if (draft.status == Draft::Status::Rejected) {
        draft.status = Draft::Status::Pending;
        draft.message.clear();
    }
    if (existing)
        return update(draft) ? draft.id : 0;
    return insert(draft);
}

void LocalStore::replacePlaceholder(const QString &localId, const QString &pk)
{
    for (Draft draft : drafts()) {
        bool changed = false;
        draft.changes = replaced(draft.changes, localId, pk, &changed).toObject();
        if (draft.operation == Draft::Operation::Reorder)  // its base lists the bindings by pk too
            draft.base = replaced(draft.base, localId, pk, &changed).toObject();
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
    // The cache is only a convenience: a failed write is logged, and the next answer tries again.
    if (!query.exec())
        qWarning("akdesk: cannot cache an answer in %s: %s", qPrintable(m_cachePath), qPrintable(query.lastError().text()));
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
    if (!exec(QStringLiteral("DELETE FROM answers.cache")))
        qWarning("akdesk: cannot clear the cache %s: %s", qPrintable(m_cachePath), qPrintable(m_error));
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
