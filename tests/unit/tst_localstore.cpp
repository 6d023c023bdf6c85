// The draft store: what an edit, a create and a delete leave in it, and that it all survives a
// restart.
#include "models/storage/localstore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace akdesk;

class TestLocalStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void editKeepsTheBaseOfItsStart();
    void undoingEveryChangeRemovesTheDraft();
    void editingARejectedDraftMakesItPendingAndClearsItsFieldMessages();
    void deleteReplacesAnEdit();
    void createsGetPlaceholdersThatSyncedPksReplace();
    void everythingSurvivesAReopen();
    void cacheKeepsTheLastAnswerAndItsAge();
    void profilesHaveTheirOwnFileInTheDataFolder();
    void unwritablePlaceSaysWhy();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("drafts.sqlite")); }
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

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
