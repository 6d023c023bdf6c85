// Where akdesk keeps the user's files (XDG base directories, the folder named once) and that an
// earlier akdesk's files move there on first start: a fake HOME holding the old layout.
#include "models/connection/tokenvault.h"
#include "models/storage/localstore.h"
#include "models/storage/userpaths.h"
#include "models/storage/xdglayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace akdesk;

class TestUserFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void placesFollowTheXdgSpecification();
    void xdgVariablesAreHonoured();
    void settingsLiveInTheConfigFolder();
    void theCacheIsItsOwnFileInTheCacheFolder();
    void deletingTheCacheLosesNoDraft();
    void oldLayoutMovesOnFirstStart();
    void aFileInBothPlacesIsNeverOverwritten();

private:
    QString home(const QString &relative) const { return m_home->filePath(relative); }
    static void write(const QString &path, const QByteArray &content);
    static QByteArray read(const QString &path);
    std::unique_ptr<QTemporaryDir> m_home;
    QByteArray m_realHome;
};

void TestUserFiles::initTestCase()
{
    // As main() names the application: organisation and application are both "akdesk".
    QCoreApplication::setApplicationName(QStringLiteral("akdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("akdesk"));
    m_realHome = qgetenv("HOME");
}

void TestUserFiles::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("HOME", m_home->path().toUtf8());
    for (const char *name : {"XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"})
        qunsetenv(name);
}

void TestUserFiles::cleanup()
{
    qputenv("HOME", m_realHome);
}

void TestUserFiles::write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QByteArray TestUserFiles::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestUserFiles::placesFollowTheXdgSpecification()
{
    QCOMPARE(LocalStore::defaultPath(QStringLiteral("sandbox")), home(QStringLiteral(".local/share/akdesk/profiles/sandbox/akdesk.sqlite")));
    QCOMPARE(LocalStore::cachePathFor(LocalStore::defaultPath(QStringLiteral("sandbox"))),
             home(QStringLiteral(".cache/akdesk/profiles/sandbox/cache.sqlite")));
    QCOMPARE(TokenVault().tokenFile(QStringLiteral("prod")), home(QStringLiteral(".local/share/akdesk/tokens/prod.token")));
    QCOMPARE(userpaths::stateDir(), home(QStringLiteral(".local/state/akdesk")));
    // What Qt's AppDataLocation says, and earlier akdesk used: the folder doubled.
    QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), home(QStringLiteral(".local/share/akdesk/akdesk")));
    QCOMPARE(userpaths::oldDataDir(), home(QStringLiteral(".local/share/akdesk/akdesk")));
}

void TestUserFiles::xdgVariablesAreHonoured()
{
    qputenv("XDG_DATA_HOME", home(QStringLiteral("d")).toUtf8());
    qputenv("XDG_CACHE_HOME", home(QStringLiteral("c")).toUtf8());
    qputenv("XDG_STATE_HOME", home(QStringLiteral("s")).toUtf8());
    QCOMPARE(LocalStore::defaultPath(QStringLiteral("prod")), home(QStringLiteral("d/akdesk/profiles/prod/akdesk.sqlite")));
    QCOMPARE(LocalStore::cachePathFor(LocalStore::defaultPath(QStringLiteral("prod"))), home(QStringLiteral("c/akdesk/profiles/prod/cache.sqlite")));
    QCOMPARE(userpaths::stateDir(), home(QStringLiteral("s/akdesk")));
}

void TestUserFiles::settingsLiveInTheConfigFolder()
{
    QCOMPARE(QSettings().fileName(), home(QStringLiteral(".config/akdesk/akdesk.conf")));
    qputenv("XDG_CONFIG_HOME", home(QStringLiteral("conf")).toUtf8());
    // QSettings reads the variable once per process; say what it would be for a new one.
    QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/akdesk/akdesk.conf"),
             home(QStringLiteral("conf/akdesk/akdesk.conf")));
}

void TestUserFiles::theCacheIsItsOwnFileInTheCacheFolder()
{
    const QString drafts = LocalStore::defaultPath(QStringLiteral("sandbox"));
    {
        LocalStore store;
        QVERIFY2(store.open(drafts), qPrintable(store.errorString()));
        QCOMPARE(store.cachePath(), home(QStringLiteral(".cache/akdesk/profiles/sandbox/cache.sqlite")));
        store.storeResponse(QStringLiteral("/stages/all/"), QByteArray("{\"results\":[]}"));
    }
    QVERIFY(QFile::exists(home(QStringLiteral(".cache/akdesk/profiles/sandbox/cache.sqlite"))));
    // The drafts file holds no answers.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(drafts);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'cache'")));
        QVERIFY(!query.next());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
}

void TestUserFiles::deletingTheCacheLosesNoDraft()
{
    const QString drafts = LocalStore::defaultPath(QStringLiteral("sandbox"));
    {
        LocalStore store;
        QVERIFY(store.open(drafts));
        QVERIFY(store.saveEdit(QStringLiteral("stages/dummy"), QStringLiteral("p1"), QStringLiteral("a"),
                               {{QStringLiteral("name"), QStringLiteral("a")}}, {{QStringLiteral("name"), QStringLiteral("b")}}) > 0);
        store.storeResponse(QStringLiteral("/stages/all/"), QByteArray("answer"));
    }
    QVERIFY(QDir(home(QStringLiteral(".cache/akdesk"))).removeRecursively());
    LocalStore store;
    QVERIFY2(store.open(drafts), qPrintable(store.errorString()));
    QCOMPARE(store.count(), 1);
    QVERIFY(!store.cachedResponse(QStringLiteral("/stages/all/")));
    store.storeResponse(QStringLiteral("/stages/all/"), QByteArray("again"));
    QCOMPARE(store.cachedResponse(QStringLiteral("/stages/all/"))->body, QByteArray("again"));
    QVERIFY(QFile::exists(home(QStringLiteral(".cache/akdesk/profiles/sandbox/cache.sqlite"))));
}

void TestUserFiles::oldLayoutMovesOnFirstStart()
{
    // The layout an earlier akdesk left: drafts with the answers cache inside, a file-kept token
    // (0600), a trusted certificate.
    const QString old = home(QStringLiteral(".local/share/akdesk/akdesk"));
    const QString oldDrafts = old + QStringLiteral("/profiles/sandbox/akdesk.sqlite");
    {
        LocalStore store;
        QVERIFY(store.open(oldDrafts, m_home->filePath(QStringLiteral("scratch.sqlite"))));
        QVERIFY(store.saveEdit(QStringLiteral("stages/dummy"), QStringLiteral("p1"), QStringLiteral("a"),
                               {{QStringLiteral("name"), QStringLiteral("a")}}, {{QStringLiteral("name"), QStringLiteral("b")}}) > 0);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(oldDrafts);
        QVERIFY(db.open());
        QSqlQuery query(db);
        // An earlier akdesk set no user_version.
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 0")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE cache (key TEXT PRIMARY KEY, body BLOB NOT NULL, fetched_at INTEGER NOT NULL)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO cache VALUES ('/flows/instances/', 'flows from before', 1700000000000)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    write(old + QStringLiteral("/tokens/prod.token"), "secret-token");
    QVERIFY(QFile::setPermissions(old + QStringLiteral("/tokens/prod.token"), QFile::ReadOwner | QFile::WriteOwner));
    write(old + QStringLiteral("/profiles/sandbox/trusted-certificates.pem"), "-----BEGIN CERTIFICATE-----");

    const LayoutMove move = moveOldFileLayout();
    QVERIFY2(move.kept.isEmpty(), qPrintable(move.kept.join(QLatin1Char(' '))));
    QVERIFY(move.moved.contains(old + QStringLiteral("/profiles")));
    QVERIFY(move.moved.contains(old + QStringLiteral("/tokens")));
    QVERIFY2(!QFileInfo::exists(old), "the doubled folder is gone");

    const QString drafts = LocalStore::defaultPath(QStringLiteral("sandbox"));
    QCOMPARE(drafts, home(QStringLiteral(".local/share/akdesk/profiles/sandbox/akdesk.sqlite")));
    QVERIFY(QFile::exists(home(QStringLiteral(".local/share/akdesk/profiles/sandbox/trusted-certificates.pem"))));
    const QString token = TokenVault().tokenFile(QStringLiteral("prod"));
    QCOMPARE(read(token), QByteArray("secret-token"));
    QCOMPARE(QFile::permissions(token) & ~(QFile::ReadUser | QFile::WriteUser), QFile::ReadOwner | QFile::WriteOwner);
    {
        LocalStore store;
        QVERIFY2(store.open(drafts), qPrintable(store.errorString()));
        QCOMPARE(store.count(), 1);
        // The answers came along into the cache folder: the first start after the move is still instant.
        const std::optional<CachedBody> cached = store.cachedResponse(QStringLiteral("/flows/instances/"));
        QVERIFY(cached);
        QCOMPARE(cached->body, QByteArray("flows from before"));
    }
    QVERIFY(QFile::exists(home(QStringLiteral(".cache/akdesk/profiles/sandbox/cache.sqlite"))));

    // A second start finds nothing to do.
    const LayoutMove again = moveOldFileLayout();
    QVERIFY(again.moved.isEmpty() && again.kept.isEmpty());
}

void TestUserFiles::aFileInBothPlacesIsNeverOverwritten()
{
    const QString old = home(QStringLiteral(".local/share/akdesk/akdesk"));
    write(old + QStringLiteral("/tokens/prod.token"), "old");
    write(old + QStringLiteral("/tokens/test.token"), "test");
    write(home(QStringLiteral(".local/share/akdesk/tokens/prod.token")), "new");

    const LayoutMove move = moveOldFileLayout();
    QCOMPARE(move.kept, QStringList{old + QStringLiteral("/tokens/prod.token")});
    QCOMPARE(move.moved, QStringList{old + QStringLiteral("/tokens/test.token")});
    QCOMPARE(read(home(QStringLiteral(".local/share/akdesk/tokens/prod.token"))), QByteArray("new"));
    QCOMPARE(read(old + QStringLiteral("/tokens/prod.token")), QByteArray("old"));
    QCOMPARE(read(home(QStringLiteral(".local/share/akdesk/tokens/test.token"))), QByteArray("test"));
}

QTEST_GUILESS_MAIN(TestUserFiles)
#include "tst_userfiles.moc"
