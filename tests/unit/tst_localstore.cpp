// The draft store: what an edit, a create and a delete leave in it, and that it all survives a
// restart.
#include "models/storage/localstore.h"
#include "models/drafts/draftsmodel.h"
#include "models/schema/schemaregistry.h"
#include "tests/support/failingwrites.h"
#include "tests/support/rawsqlite.h"

#include <QDir>
#include <QFile>
#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace akdesk;

class TestLocalStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void storeInMemoryMakesNoFolder();
    void editKeepsTheBaseOfItsStart();
    void undoingEveryChangeRemovesTheDraft();
    void editingARejectedDraftMakesItPendingAndClearsItsFieldMessages();
    void deleteReplacesAnEdit();
    void createsGetPlaceholdersThatSyncedPksReplace();
    void everythingSurvivesAReopen();
    void cacheKeepsTheLastAnswerAndItsAge();
    void storesInMemoryShareNoAnswers();
    void profilesHaveTheirOwnFileInTheDataFolder();
    void unwritablePlaceSaysWhy();
    void zeroByteFileIsKeptAsideAndSaid();
    void damagedFileIsKeptAsideAndSaid();
    void cleanCloseLeavesEverythingInTheMainFile();
    void fileWithoutVersionIsMigrated();
    void fileFromANewerAkdeskIsLeftUntouched();
    void unreadableDraftIsKeptAsItIs();
    void failedWritesAreSaidUntilOneWorks();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("drafts.sqlite")); }
    /// Files beside the store whose names start with `prefix`.
    QStringList besides(const QString &prefix) const
    {
        return QDir(m_dir->path()).entryList({prefix + QLatin1Char('*')}, QDir::Files);
    }
    static QByteArray contents(const QString &file)
    {
        QFile in(file);
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    }
};

void TestLocalStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLocalStore::editKeepsTheBaseOfItsStart()
{
    LocalStore store;
    QVERIFY(store.open(path()));
    QSignalSpy changed(&store, &LocalStore::draftsChanged);
    const QJsonObject base{{QStringLiteral("pk"), QStringLiteral("p1")}, {QStringLiteral("name"), QStringLiteral("a")}};
    const qint64 id = store.saveEdit(QStringLiteral("stages/dummy"), QStringLiteral("p1"), QStringLiteral("a"), base,
                                     {{QStringLiteral("name"), QStringLiteral("ab")}});
    QVERIFY(id > 0);
    // A later keystroke: the base stays the one the edit started from.
    QJsonObject newer = base;
    newer.insert(QStringLiteral("name"), QStringLiteral("server"));
    QCOMPARE(store.saveEdit(QStringLiteral("stages/dummy"), QStringLiteral("p1"), QStringLiteral("a"), newer,
                            {{QStringLiteral("name"), QStringLiteral("abc")}}),
             id);
    QCOMPARE(store.count(), 1);
    const Draft draft = *store.draftFor(QStringLiteral("stages/dummy"), QStringLiteral("p1"));
    QCOMPARE(draft.base, base);
    QCOMPARE(draft.changes.value(QLatin1String("name")).toString(), QStringLiteral("abc"));
    QCOMPARE(draft.operation, Draft::Operation::Update);
    QCOMPARE(draft.status, Draft::Status::Pending);
    QVERIFY(draft.createdAt.isValid() && draft.updatedAt >= draft.createdAt);
    QCOMPARE(changed.count(), 2);
}

void TestLocalStore::undoingEveryChangeRemovesTheDraft()
{
    LocalStore store;
    QVERIFY(store.open(path()));
    store.saveEdit(QStringLiteral("flows"), QStringLiteral("f"), {}, {}, {{QStringLiteral("title"), QStringLiteral("x")}});
    QCOMPARE(store.count(), 1);
    QCOMPARE(store.saveEdit(QStringLiteral("flows"), QStringLiteral("f"), {}, {}, {}), 0);
    QCOMPARE(store.count(), 0);
}

void TestLocalStore::editingARejectedDraftMakesItPendingAndClearsItsFieldMessages()
{
    LocalStore store;
    QVERIFY(store.open(path()));
    const qint64 id = store.saveEdit(QStringLiteral("stages/dummy"), QStringLiteral("p"), {}, {},
                                     {{QStringLiteral("name"), QStringLiteral("")}, {QStringLiteral("x"), 1}});
    Draft draft = *store.draft(id);
    draft.status = Draft::Status::Rejected;
    draft.errors = {{QStringLiteral("name"), QJsonArray{QStringLiteral("This field may not be blank.")}},
                    {QStringLiteral("x"), QJsonArray{QStringLiteral("bad")}}};
    QVERIFY(store.update(draft));
    store.saveEdit(QStringLiteral("stages/dummy"), QStringLiteral("p"), {}, {},
                   {{QStringLiteral("name"), QStringLiteral("fixed")}, {QStringLiteral("x"), 1}});
    draft = *store.draft(id);
    QCOMPARE(draft.status, Draft::Status::Pending);
    QVERIFY(!draft.errors.contains(QLatin1String("name")));
    QVERIFY(draft.errors.contains(QLatin1String("x")));
}

void TestLocalStore::deleteReplacesAnEdit()
{
    LocalStore store;
    QVERIFY(store.open(path()));
    const qint64 edit = store.saveEdit(QStringLiteral("flows/bindings"), QStringLiteral("b1"), {}, {},
                                       {{QStringLiteral("order"), 3}});
    QCOMPARE(store.queueDelete(QStringLiteral("flows/bindings"), QStringLiteral("b1"), QStringLiteral("binding"), {}),
             edit);
    QCOMPARE(store.count(), 1);
    QCOMPARE(store.draft(edit)->operation, Draft::Operation::Delete);
    // Later edits of a record queued for deletion do not revive it.
    store.saveEdit(QStringLiteral("flows/bindings"), QStringLiteral("b1"), {}, {}, {{QStringLiteral("order"), 4}});
    QCOMPARE(store.draft(edit)->operation, Draft::Operation::Delete);
}

void TestLocalStore::createsGetPlaceholdersThatSyncedPksReplace()
{
    LocalStore store;
    QVERIFY(store.open(path()));
    const qint64 stage = store.queueCreate(QStringLiteral("stages/dummy"), QStringLiteral("new"),
                                           {{QStringLiteral("name"), QStringLiteral("new")}});
    const QString placeholder = store.draft(stage)->localId;
    QVERIFY(placeholder.startsWith(Draft::placeholderPrefix()));
    const qint64 binding = store.queueCreate(QStringLiteral("flows/bindings"), QStringLiteral("binding"),
                                             {{QStringLiteral("stage"), placeholder}, {QStringLiteral("order"), 5}});
    store.replacePlaceholder(placeholder, QStringLiteral("real-pk"));
    QCOMPARE(store.draft(binding)->changes.value(QLatin1String("stage")).toString(), QStringLiteral("real-pk"));
    QCOMPARE(store.draftByLocalId(placeholder)->id, stage);
}

void TestLocalStore::everythingSurvivesAReopen()
{
    qint64 id = 0;
    {
        LocalStore store;
        QVERIFY(store.open(path()));
        id = store.saveEdit(QStringLiteral("stages/identification"), QStringLiteral("p9"), QStringLiteral("Ident"),
                            {{QStringLiteral("user_fields"), QJsonArray{QStringLiteral("username")}}},
                            {{QStringLiteral("user_fields"), QJsonArray{QStringLiteral("email")}}});
        store.storeResponse(QStringLiteral("/stages/all/?page=1"), "{\"results\":[]}");
    }
    LocalStore reopened;
    QVERIFY(reopened.open(path()));
    const Draft draft = *reopened.draft(id);
    QCOMPARE(draft.label, QStringLiteral("Ident"));
    QCOMPARE(draft.changes.value(QLatin1String("user_fields")).toArray(), QJsonArray{QStringLiteral("email")});
    QCOMPARE(reopened.cachedResponse(QStringLiteral("/stages/all/?page=1"))->body, QByteArray("{\"results\":[]}"));
    QCOMPARE(reopened.integrityCheck(), QStringLiteral("ok"));
}

void TestLocalStore::cacheKeepsTheLastAnswerAndItsAge()
{
    LocalStore store;
    QVERIFY(store.open(path()));
    QVERIFY(!store.cachedResponse(QStringLiteral("/flows/instances/")));
    const QDateTime before = QDateTime::currentDateTime().addMSecs(-1);
    store.storeResponse(QStringLiteral("/flows/instances/"), "one");
    store.storeResponse(QStringLiteral("/flows/instances/"), "two");
    const std::optional<CachedBody> cached = store.cachedResponse(QStringLiteral("/flows/instances/"));
    QCOMPARE(cached->body, QByteArray("two"));
    QVERIFY(cached->fetchedAt >= before);
    store.clearCache();
    QVERIFY(!store.cachedResponse(QStringLiteral("/flows/instances/")));
}

void TestLocalStore::storesInMemoryShareNoAnswers()
{
    // Every test's workspace has a store in memory: none may see another's answers, nor leave a
    // file behind in the folder it ran in.
    QTemporaryDir folder;
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(folder.path()));
    {
        LocalStore first;
        LocalStore second;
        QVERIFY(first.open(QStringLiteral(":memory:")));
        QVERIFY(second.open(QStringLiteral(":memory:")));
        first.storeResponse(QStringLiteral("/flows/instances/"), "first's");
        QVERIFY(!second.cachedResponse(QStringLiteral("/flows/instances/")));
        QCOMPARE(first.cachedResponse(QStringLiteral("/flows/instances/"))->body, QByteArray("first's"));
    }
    const QStringList left = QDir(folder.path()).entryList(QDir::Files | QDir::NoDotAndDotDot);
    QDir::setCurrent(before);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

void TestLocalStore::profilesHaveTheirOwnFileInTheDataFolder()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString sandbox = LocalStore::defaultPath(QStringLiteral("sandbox"));
    const QString other = LocalStore::defaultPath(QStringLiteral("https://auth.example.com:443"));
    QVERIFY(sandbox.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/akdesk/profiles/")));
    QVERIFY(sandbox != other);
    QVERIFY2(!other.contains(QLatin1String("//auth")), qPrintable(other));
}

void TestLocalStore::unwritablePlaceSaysWhy()
{
    LocalStore store;
    QVERIFY(!store.open(QStringLiteral("/proc/akdesk/none/drafts.sqlite")));
    QVERIFY(store.errorString().contains(QLatin1String("/proc/akdesk")));
    QVERIFY(!store.isOpen());
}

void TestLocalStore::zeroByteFileIsKeptAsideAndSaid()
{
    // What a full disk or a crash in the middle of writing can leave: the drafts are gone, and
    // the user must hear it rather than meet an empty Drafts panel.
    {
        QFile empty(path());
        QVERIFY(empty.open(QIODevice::WriteOnly));
    }
    LocalStore store;
    QVERIFY(store.open(path()));
    const QStringList aside = besides(QStringLiteral("drafts.sqlite.empty-"));
    QCOMPARE(aside.size(), 1);
    QCOMPARE(QFileInfo(m_dir->filePath(aside.first())).size(), 0);
    QVERIFY2(store.openNotice().contains(aside.first()), qPrintable(store.openNotice()));
    QVERIFY(store.openNotice().contains(QLatin1String("empty")));
    QVERIFY(store.saveEdit(QStringLiteral("flows"), QStringLiteral("f"), {}, {}, {{QStringLiteral("title"), 1}}) > 0);
}

void TestLocalStore::damagedFileIsKeptAsideAndSaid()
{
    const QByteArray garbage = QByteArray("not a database, ").repeated(400);
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    LocalStore store;
    QVERIFY(store.open(path()));
    const QStringList aside = besides(QStringLiteral("drafts.sqlite.damaged-"));
    QCOMPARE(aside.size(), 1);
    QCOMPARE(contents(m_dir->filePath(aside.first())), garbage);  // every byte, for whoever can rescue it
    QVERIFY2(store.openNotice().contains(aside.first()), qPrintable(store.openNotice()));
    QCOMPARE(store.count(), 0);
}

void TestLocalStore::cleanCloseLeavesEverythingInTheMainFile()
{
    // Something else has the file open when akdesk quits (a backup tool, sqlite3 in a terminal,
    // another akdesk): the store is then not its last connection, and SQLite alone would leave
    // every draft in the -wal file.
    const QString other = QStringLiteral("other");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), other);
        db.setDatabaseName(path());
    }
    {
        LocalStore store;
        QVERIFY(store.open(path()));
        QSqlDatabase db = QSqlDatabase::database(other);
        QVERIFY(db.isOpen());
        QSqlQuery look(db);
        QVERIFY(look.exec(QStringLiteral("SELECT COUNT(*) FROM drafts")));
        look.finish();
        QVERIFY(store.open(path()));
        QVERIFY(store.saveEdit(QStringLiteral("stages/dummy"), QStringLiteral("p1"), QStringLiteral("one"), {},
                               {{QStringLiteral("name"), QStringLiteral("edited")}}) > 0);
        QVERIFY(store.queueCreate(QStringLiteral("flows"), QStringLiteral("new"), {{QStringLiteral("slug"), QStringLiteral("n")}}) > 0);
    }
    // A backup that copies akdesk.sqlite alone (as people do) holds every draft.
    const QFileInfo wal(path() + QStringLiteral("-wal"));
    QVERIFY2(!wal.exists() || wal.size() == 0, qPrintable(QString::number(wal.size())));
    QSqlDatabase::database(other).close();
    QSqlDatabase::removeDatabase(other);
    QTemporaryDir backup;
    const QString copy = backup.filePath(QStringLiteral("drafts.sqlite"));
    QVERIFY(QFile::copy(path(), copy));
    LocalStore restored;
    QVERIFY(restored.open(copy));
    QCOMPARE(restored.count(), 2);
    QCOMPARE(restored.draftFor(QStringLiteral("stages/dummy"), QStringLiteral("p1"))->changes.value(QLatin1String("name")),
             QJsonValue(QStringLiteral("edited")));
}

void TestLocalStore::fileWithoutVersionIsMigrated()
{
    // A drafts file of an akdesk before user_version and before check_first, with the answers
    // cache still inside it.
    QCOMPARE(test::rawSqlite(path(), {QStringLiteral("CREATE TABLE drafts (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                                     " operation TEXT NOT NULL, resource TEXT NOT NULL,"
                                                     " record_id TEXT NOT NULL DEFAULT '', local_id TEXT NOT NULL DEFAULT '',"
                                                     " label TEXT NOT NULL DEFAULT '', base TEXT NOT NULL DEFAULT '',"
                                                     " changes TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'pending',"
                                                     " message TEXT NOT NULL DEFAULT '', errors TEXT NOT NULL DEFAULT '',"
                                                     " theirs TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL,"
                                                     " updated_at INTEGER NOT NULL)"),
                                      QStringLiteral("INSERT INTO drafts (operation, resource, record_id, label, changes,"
                                                     " created_at, updated_at) VALUES ('update', 'flows', 'f1', 'Old',"
                                                     " '{\"title\":\"kept\"}', 1, 1)"),
                                      QStringLiteral("CREATE TABLE cache (key TEXT PRIMARY KEY, body BLOB NOT NULL,"
                                                     " fetched_at INTEGER NOT NULL)"),
                                      QStringLiteral("INSERT INTO cache VALUES ('/flows/instances/', 'cached', 1)"),
                                      QStringLiteral("PRAGMA user_version")}),
             QVariant(0));
    for (int start = 1; start <= 2; ++start) {  // and opening it again changes nothing more
        LocalStore store;
        QVERIFY2(store.open(path()), qPrintable(store.errorString()));
        const std::optional<Draft> draft = store.draftFor(QStringLiteral("flows"), QStringLiteral("f1"));
        QVERIFY(draft);
        QCOMPARE(draft->changes.value(QLatin1String("title")), QJsonValue(QStringLiteral("kept")));
        QVERIFY(!draft->checkFirst);
        QCOMPARE(store.cachedResponse(QStringLiteral("/flows/instances/"))->body, QByteArray("cached"));
        QVERIFY(store.queueCreate(QStringLiteral("flows"), QStringLiteral("n%1").arg(start), {}) > 0);
    }
    QVERIFY(test::rawSqlite(path(), {QStringLiteral("PRAGMA user_version")}).toInt() >= 1);
    QCOMPARE(test::rawSqlite(path(), {QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'cache'")}), QVariant(0));
}

void TestLocalStore::fileFromANewerAkdeskIsLeftUntouched()
{
    QCOMPARE(test::rawSqlite(path(), {QStringLiteral("CREATE TABLE drafts (id INTEGER PRIMARY KEY, operation TEXT,"
                                                     " resource TEXT, future_column TEXT)"),
                                      QStringLiteral("INSERT INTO drafts VALUES (1, 'update', 'flows', 'x')"),
                                      QStringLiteral("PRAGMA user_version = 9999"), QStringLiteral("PRAGMA user_version")}),
             QVariant(9999));
    const QByteArray before = contents(path());
    LocalStore store;
    QVERIFY(!store.open(path()));
    QVERIFY2(store.errorString().contains(QLatin1String("newer akdesk")), qPrintable(store.errorString()));
    QVERIFY(!store.isOpen());
    QCOMPARE(contents(path()), before);
    QVERIFY(!QFileInfo::exists(path() + QStringLiteral("-wal")));
}

void TestLocalStore::unreadableDraftIsKeptAsItIs()
{
    qint64 id = 0;
    {
        LocalStore store;
        QVERIFY(store.open(path()));
        id = store.saveEdit(QStringLiteral("stages/dummy"), QStringLiteral("p1"), QStringLiteral("one"), {},
                            {{QStringLiteral("name"), QStringLiteral("edited")}});
    }
    const QString damaged = QStringLiteral("{\"name\": \"edi");  // cut off mid-string
    test::rawSqlite(path(), {QStringLiteral("UPDATE drafts SET changes = '%1'").arg(damaged)});
    LocalStore store;
    QVERIFY(store.open(path()));
    std::optional<Draft> draft = store.draft(id);
    QVERIFY(draft);
    // What a sync or the next keystroke does with a draft: it is written back.
    draft->message = QStringLiteral("touched");
    store.update(*draft);
    store.saveEdit(QStringLiteral("stages/dummy"), QStringLiteral("p1"), QStringLiteral("one"), {},
                   {{QStringLiteral("description"), QStringLiteral("other")}});
    QCOMPARE(test::rawSqlite(path(), {QStringLiteral("SELECT changes FROM drafts WHERE id = %1").arg(id)}).toString(), damaged);
    QVERIFY(store.draft(id)->isDamaged());
    QVERIFY2(store.draft(id)->damage.contains(QLatin1String("damaged")), qPrintable(store.draft(id)->damage));
    // The Drafts panel shows it as damaged, with why.
    DraftsModel model(&store, SchemaRegistry::bundled());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, DraftsModel::StatusColumn).data().toString(), QStringLiteral("Damaged"));
    QCOMPARE(model.index(0, DraftsModel::MessageColumn).data().toString(), store.draft(id)->damage);
    // Discarding it is the user's choice, and works.
    QVERIFY(store.remove(id));
    QCOMPARE(store.count(), 0);
}

void TestLocalStore::failedWritesAreSaidUntilOneWorks()
{
    LocalStore store;
    QVERIFY(store.open(path()));
    QSignalSpy keeping(&store, &LocalStore::keepingChanged);
    const auto edit = [&store](const QString &name) {
        return store.saveEdit(QStringLiteral("stages/dummy"), QStringLiteral("p1"), QStringLiteral("one"), {},
                              {{QStringLiteral("name"), name}});
    };
    const qint64 id = edit(QStringLiteral("a"));
    QVERIFY(id > 0);
    QVERIFY(store.isKeepingEdits());
    {
        const test::FailingWrites full;
        QCOMPARE(edit(QStringLiteral("ab")), 0);
        QVERIFY(!store.isKeepingEdits());
        QVERIFY(!store.writeError().isEmpty());
        QCOMPARE(keeping.count(), 1);
        QCOMPARE(keeping.first().at(0).toBool(), false);
        QCOMPARE(keeping.first().at(1).toString(), store.writeError());
        QCOMPARE(store.queueCreate(QStringLiteral("flows"), QStringLiteral("new"), {}), 0);
        QVERIFY(!store.remove(id));
        QCOMPARE(keeping.count(), 1);  // said once, not at every keystroke
    }
    QCOMPARE(store.draft(id)->changes.value(QLatin1String("name")), QJsonValue(QStringLiteral("a")));  // nothing half-written
    QCOMPARE(edit(QStringLiteral("abc")), id);
    QVERIFY(store.isKeepingEdits());
    QCOMPARE(keeping.count(), 2);
    QCOMPARE(keeping.last().at(0).toBool(), true);
    QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
}


void TestLocalStore::storeInMemoryMakesNoFolder()
{
    // ":memory:" reads to QFileInfo as a resource path whose folder is ":": the store made a
    // folder of that name wherever akdesk (or a test) ran.
    QTemporaryDir dir;
    const QString was = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    {
        LocalStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")));
        QVERIFY(store.saveEdit(QStringLiteral("stages/dummy"), QStringLiteral("1"), QStringLiteral("x"), {},
                               {{QStringLiteral("name"), QStringLiteral("y")}}) > 0);
    }
    QDir::setCurrent(was);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
