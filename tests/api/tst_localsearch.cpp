// PagedListModel::searchLocally finds exactly the rows the server's `search` finds: DRF's
// SearchFilter (rest_framework/filters.py: search_smart_split, every term icontains in one of the
// search fields), which the sandbox does in app/sandbox/sandboxlists.cpp. What a user types into
// the stage list's search field narrows the list at once; the server's answer then must not change it.

#include "app/sandbox/sandboxserver.h"
#include "app/sandbox/sandboxstore.h"
#include "models/api/apiclient.h"
#include "models/items/pagedlistmodel.h"
#include "models/schema/resourcedescriptor.h"
#include "models/schema/schemaregistry.h"
#include "tests/support/rawapi.h"
#include "tests/support/testserver.h"

#include <QTest>

using namespace akdesk;

class TestLocalSearch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void agreesWithTheServer_data();
    void agreesWithTheServer();
    void narrowsALoadedSearch_data();
    void narrowsALoadedSearch();

private:
    PagedListModel *loadedModel(QObject *owner, const QString &search);
    QStringList serverNames(const QString &search);
    static QStringList shownNames(const PagedListModel *model);

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::RawApi> m_api;
};

void TestLocalSearch::initTestCase()
{
    m_server = std::make_unique<test::TestServer>();
    m_api = std::make_unique<test::RawApi>(m_server->url(), m_server->token());
}

PagedListModel *TestLocalSearch::loadedModel(QObject *owner, const QString &search)
{
    auto *model = new PagedListModel(m_server->client(), owner);
    model->setColumns({{QStringLiteral("Name"), QStringLiteral("name"),
                        [](const QJsonObject &r) { return QVariant(r.value(QLatin1String("name")).toString()); }}});
    model->setPath(QStringLiteral("/stages/all/"));
    if (m_server->isSandbox())
        model->setSearchFields(m_server->sandbox()->store().schema().resource(QStringLiteral("stages/all"))->searchFields);
    model->setSearch(search);
    model->fetchAll();
    if (!QTest::qWaitFor([model] { return model->state() == PagedListModel::State::Loaded && model->rowCount() == model->totalCount(); }, 15000))
        qFatal("the stages did not load");
    return model;
}

QStringList TestLocalSearch::serverNames(const QString &search)
{
    const test::RawAnswer answer = m_api->get(QStringLiteral("/stages/all/?page_size=100&search=")
                                              + QString::fromLatin1(QUrl::toPercentEncoding(search)));
    if (answer.status != 200)
        return {QStringLiteral("HTTP %1").arg(answer.status)};
    QStringList names = test::RawApi::names(answer.results());
    names.sort();
    return names;
}

QStringList TestLocalSearch::shownNames(const PagedListModel *model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->record(row).value(QLatin1String("name")).toString());
    names.sort();
    return names;
}

void TestLocalSearch::agreesWithTheServer_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("seeded");  // stages of a fresh sandbox that match
    QTest::newRow("two words") << QStringLiteral("default login") << 3;
    QTest::newRow("words in any order") << QStringLiteral("login default") << 3;
    QTest::newRow("comma between words") << QStringLiteral("default,login") << 3;
    QTest::newRow("tab between words") << QStringLiteral("default\tlogin") << 3;
    QTest::newRow("quoted word and a word") << QStringLiteral("\"source-enrollment\" login") << 1;
    QTest::newRow("quoted phrase kept whole") << QStringLiteral("\"enrollment login\"") << 0;
    QTest::newRow("case ignored") << QStringLiteral("DEFAULT-AUTHENTICATION") << 4;
    QTest::newRow("sandbox extras") << QStringLiteral("akdesk-sandbox") << 3;
    QTest::newRow("setup flows' stages") << QStringLiteral("setup authenticator") << 3;
    QTest::newRow("one word matches nothing") << QStringLiteral("default nothing-here") << 0;
}

void TestLocalSearch::agreesWithTheServer()
{
    QFETCH(QString, search);
    QFETCH(int, seeded);
    QObject owner;
    PagedListModel *model = loadedModel(&owner, QString());
    QVERIFY(model->rowCount() > 20);
    QVERIFY(model->searchLocally(search));
    const QStringList local = shownNames(model);
    QCOMPARE(local, serverNames(search));
    if (m_server->isSandbox())
        QCOMPARE(local.size(), seeded);
}

void TestLocalSearch::narrowsALoadedSearch_data()
{
    QTest::addColumn<QString>("loaded");
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("local");  // every match is among the rows loaded
    QTest::newRow("a word added") << QStringLiteral("login") << QStringLiteral("default login") << true;
    QTest::newRow("a word longer") << QStringLiteral("log") << QStringLiteral("source,login") << true;
    QTest::newRow("a word dropped") << QStringLiteral("default login") << QStringLiteral("login") << false;
    QTest::newRow("a word shorter") << QStringLiteral("login") << QStringLiteral("log") << false;
    // Unbalanced, the quote is part of the word: rows with `"default` are not all `default` rows.
    QTest::newRow("quote dropped") << QStringLiteral("\"default") << QStringLiteral("\"default login\"") << false;
}

void TestLocalSearch::narrowsALoadedSearch()
{
    QFETCH(QString, loaded);
    QFETCH(QString, search);
    QFETCH(bool, local);
    QObject owner;
    PagedListModel *model = loadedModel(&owner, loaded);
    QCOMPARE(model->canSearchLocally(search), local);
    QCOMPARE(model->searchLocally(search), local);
    if (local)
        QCOMPARE(shownNames(model), serverNames(search));
}

QTEST_GUILESS_MAIN(TestLocalSearch)
#include "tst_localsearch.moc"
