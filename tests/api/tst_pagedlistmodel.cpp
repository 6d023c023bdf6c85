// PagedListModel over the sandbox: one page per fetchMore, server ordering and search, errors kept
// visible, and a clean QAbstractItemModelTester run throughout.

#include "app/sandbox/sandboxserver.h"
#include "models/api/apiclient.h"
#include "models/storage/localstore.h"
#include "models/items/pagedlistmodel.h"
#include "tests/support/testserver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace akdesk;

class TestPagedListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsOnePagePerFetch();
    void testerWhileLoadingEverything();
    void ordersOnServer();
    void searchesOnServer();
    void reportsErrors();
    void showsTheCachedFirstPageAtOnceThenTheServers();

private:
    PagedListModel *makeModel(QObject *parent, bool tester = true);
    bool waitLoaded(PagedListModel *model);

    std::unique_ptr<test::TestServer> m_server;
};

void TestPagedListModel::initTestCase()
{
    m_server = std::make_unique<test::TestServer>(450);
}

void TestPagedListModel::showsTheCachedFirstPageAtOnceThenTheServers()
{
    if (!m_server->isSandbox())
        QSKIP("changes a stage on the server");
    QTemporaryDir dir;
    LocalStore cache;
    QVERIFY(cache.open(dir.filePath(QStringLiteral("cache.sqlite"))));
    ApiClient *client = m_server->client();
    client->setCache(&cache);
    QObject owner;
    PagedListModel *first = makeModel(&owner);
    first->setPageSize(20);
    first->reload();
    QVERIFY(waitLoaded(first));
    QVERIFY(!first->cachedAt().isValid());
    QVERIFY(first->freshnessNote().isEmpty());
    const QString name = first->record(0).value(QLatin1String("name")).toString();

    // A second opening: the cached rows appear before the server answers, marked with their age.
    PagedListModel *second = makeModel(&owner);
    second->setPageSize(20);
    QSignalSpy freshness(second, &PagedListModel::freshnessChanged);
    second->reload();
    QTRY_COMPARE(second->rowCount(), 20);
    QCOMPARE(second->index(0, 0).data().toString(), name);
    QCOMPARE(freshness.count() >= 1, true);
    QVERIFY(freshness.first().first().toDateTime().isValid());
    QVERIFY(waitLoaded(second));
    QVERIFY(!second->cachedAt().isValid());  // replaced by the server's own answer
    QCOMPARE(second->rowCount(), 20);

    // Server away: the cached page, marked as such, instead of an error.
    m_server->sandbox()->stop();
    PagedListModel *offline = makeModel(&owner);
    offline->setPageSize(20);
    offline->reload();
    QVERIFY(waitLoaded(offline));
    QCOMPARE(offline->state(), PagedListModel::State::Loaded);
    QCOMPARE(offline->rowCount(), 20);
    QVERIFY(offline->cachedAt().isValid());
    QVERIFY2(offline->freshnessNote().contains(QLatin1String("cannot be reached")), qPrintable(offline->freshnessNote()));
    QVERIFY(m_server->sandbox()->start(m_server->url().port()) > 0);
    client->setCache(nullptr);
}

PagedListModel *TestPagedListModel::makeModel(QObject *parent, bool tester)
{
    auto *model = new PagedListModel(m_server->client(), parent);
    model->setColumns({{QStringLiteral("Name"), QStringLiteral("name"),
                        [](const QJsonObject &r) { return QVariant(r.value(QLatin1String("name")).toString()); }}});
    model->setPath(QStringLiteral("/stages/all/"));
    // The tester calls fetchMore() itself on every change, so the page-counting test goes without it.
    if (tester)
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, parent);
    return model;
}

bool TestPagedListModel::waitLoaded(PagedListModel *model)
{
    return QTest::qWaitFor([model] { return model->state() != PagedListModel::State::Loading; }, 10000);
}

void TestPagedListModel::loadsOnePagePerFetch()
{
    QObject owner;
    PagedListModel *model = makeModel(&owner, false);
    model->setPageSize(100);
    const int before = m_server->sandbox() ? m_server->sandbox()->requestCount() : 0;
    model->reload();
    QVERIFY(waitLoaded(model));
    QCOMPARE(model->state(), PagedListModel::State::Loaded);
    QCOMPARE(model->rowCount(), 100);
    QVERIFY(model->totalCount() >= 450);
    QCOMPARE(model->pagesFetched(), 1);
    QVERIFY(model->canFetchMore({}));

    model->fetchMore({});
    model->fetchMore({});  // ignored while a page is on its way
    QVERIFY(waitLoaded(model));
    QCOMPARE(model->rowCount(), 200);
    QCOMPARE(model->pagesFetched(), 2);
    if (m_server->sandbox())
        QCOMPARE(m_server->sandbox()->requestCount() - before, 2);

    while (model->canFetchMore({})) {
        model->fetchMore({});
        QVERIFY(waitLoaded(model));
    }
    QCOMPARE(model->rowCount(), model->totalCount());
    QVERIFY(!model->record(0).value(QLatin1String("pk")).toString().isEmpty());
}

void TestPagedListModel::testerWhileLoadingEverything()
{
    QObject owner;
    PagedListModel *model = makeModel(&owner);
    model->setPageSize(50);
    model->reload();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == model->totalCount() && model->state() == PagedListModel::State::Loaded, 20000);
    QVERIFY(model->pagesFetched() >= 10);
}

void TestPagedListModel::ordersOnServer()
{
    QObject owner;
    PagedListModel *model = makeModel(&owner);
    model->sort(0, Qt::DescendingOrder);
    QVERIFY(waitLoaded(model));
    QVERIFY(model->rowCount() > 1);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->index(row - 1, 0).data().toString() >= model->index(row, 0).data().toString());
}

void TestPagedListModel::searchesOnServer()
{
    QObject owner;
    PagedListModel *model = makeModel(&owner);
    model->setSearch(QStringLiteral("default-authentication"));
    model->reload();
    QVERIFY(waitLoaded(model));
    QVERIFY(model->rowCount() >= 1);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->index(row, 0).data().toString().contains(QLatin1String("default-authentication")));
}

void TestPagedListModel::reportsErrors()
{
    QObject owner;
    PagedListModel *model = makeModel(&owner);
    // authentik drops an unknown ordering field (DRF's OrderingFilter); a related-object filter
    // naming no object is a 400 (django-filter's ModelChoiceFilter).
    model->setPath(QStringLiteral("/flows/bindings/"));
    model->setFilters({{QStringLiteral("target"), QStringLiteral("no-such-flow")}});
    model->reload();
    QVERIFY(waitLoaded(model));
    QCOMPARE(model->state(), PagedListModel::State::Error);
    QCOMPARE(model->lastError().kind, ApiError::Kind::Validation);
    QVERIFY(!model->lastError().message().isEmpty());
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!model->canFetchMore({}));
}

QTEST_GUILESS_MAIN(TestPagedListModel)
#include "tst_pagedlistmodel.moc"
