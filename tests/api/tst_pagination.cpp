// authentik's list pagination over raw HTTP (authentik/api/pagination.py, DRF's
// PageNumberPagination, the tenant's pagination settings in authentik/tenants/models.py): the
// page size granted, the pages there are, the 404 outside them and the body's keys. Runs against
// the sandbox, or a real server given AKDESK_TEST_URL/AKDESK_TEST_TOKEN: the rows paged are
// stages the test creates itself.

#include "tests/support/rawapi.h"
#include "tests/support/testserver.h"

#include <QTest>

using namespace akdesk;
using test::RawAnswer;

namespace {

constexpr int kRows = 130;  ///< more than the largest page authentik grants
const QString kPrefix = QStringLiteral("akdesk-paging-");

} // namespace

class TestPagination final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void bodyHasAuthentiksKeys();
    void pageSizes_data();
    void pageSizes();
    void pagesOutsideTheList_data();
    void pagesOutsideTheList();

private:
    QString list(const QString &query) const
    {
        return QStringLiteral("/stages/dummy/?search=%1&ordering=name").arg(kPrefix) + (query.isEmpty() ? QString() : QLatin1Char('&') + query);
    }

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::RawApi> m_api;
    QStringList m_created;
};

void TestPagination::initTestCase()
{
    m_server = std::make_unique<test::TestServer>();
    m_api = std::make_unique<test::RawApi>(m_server->url(), m_server->token());
    for (int i = 0; i < kRows; ++i) {
        const RawAnswer created = m_api->post(QStringLiteral("/stages/dummy/"),
                                              {{QStringLiteral("name"), kPrefix + QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0'))}});
        QCOMPARE(created.status, 201);
        m_created.append(created.object().value(QLatin1String("pk")).toString());
    }
}

void TestPagination::cleanupTestCase()
{
    for (const QString &pk : std::as_const(m_created))
        m_api->remove(QStringLiteral("/stages/dummy/%1/").arg(pk));
}

void TestPagination::bodyHasAuthentiksKeys()
{
    const RawAnswer answer = m_api->get(list({}));
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.contentType.startsWith("application/json"));
    const QJsonObject body = answer.object();
    // get_paginated_response: pagination, results and the QL autocomplete ({} for stages).
    QCOMPARE(body.keys(), (QStringList{QStringLiteral("autocomplete"), QStringLiteral("pagination"), QStringLiteral("results")}));
    QCOMPARE(body.value(QLatin1String("autocomplete")), QJsonValue(QJsonObject()));
    QCOMPARE(answer.pagination().keys(), (QStringList{QStringLiteral("count"), QStringLiteral("current"), QStringLiteral("end_index"),
                                                      QStringLiteral("next"), QStringLiteral("previous"), QStringLiteral("start_index"),
                                                      QStringLiteral("total_pages")}));
    // The other lists akdesk reads carry it too.
    for (const QString &path : {QStringLiteral("/stages/all/"), QStringLiteral("/flows/instances/"), QStringLiteral("/flows/bindings/"),
                                QStringLiteral("/sources/all/"), QStringLiteral("/stages/identification/")}) {
        const RawAnswer other = m_api->get(path);
        QCOMPARE(other.status, 200);
        QCOMPARE(other.object().value(QLatin1String("autocomplete")), QJsonValue(QJsonObject()));
    }
}

void TestPagination::pageSizes_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("current");
    QTest::addColumn<int>("totalPages");
    QTest::addColumn<int>("next");
    QTest::addColumn<int>("startIndex");
    // No page_size: the tenant's pagination_default_page_size.
    QTest::newRow("default is 20") << QString() << 20 << 1 << 7 << 2 << 1;
    QTest::newRow("seven") << QStringLiteral("page_size=7") << 7 << 1 << 19 << 2 << 1;
    QTest::newRow("the maximum") << QStringLiteral("page_size=100") << 100 << 1 << 2 << 2 << 1;
    QTest::newRow("capped at 100") << QStringLiteral("page_size=500") << 100 << 1 << 2 << 2 << 1;
    // DRF's get_page_size falls back to REST_FRAMEWORK's PAGE_SIZE (100), within the maximum.
    QTest::newRow("zero falls back") << QStringLiteral("page_size=0") << 100 << 1 << 2 << 2 << 1;
    QTest::newRow("negative falls back") << QStringLiteral("page_size=-3") << 100 << 1 << 2 << 2 << 1;
    QTest::newRow("text falls back") << QStringLiteral("page_size=many") << 100 << 1 << 2 << 2 << 1;
    QTest::newRow("empty falls back") << QStringLiteral("page_size=") << 100 << 1 << 2 << 2 << 1;
    QTest::newRow("the last of repeated sizes") << QStringLiteral("page_size=5&page_size=10") << 10 << 1 << 13 << 2 << 1;
    QTest::newRow("empty page is 1") << QStringLiteral("page=") << 20 << 1 << 7 << 2 << 1;
    QTest::newRow("second page") << QStringLiteral("page=2&page_size=50") << 50 << 2 << 3 << 3 << 51;
    QTest::newRow("last page") << QStringLiteral("page=7") << 10 << 7 << 7 << 0 << 121;
    QTest::newRow("last page by name") << QStringLiteral("page=last&page_size=100") << 30 << 2 << 2 << 0 << 101;
}

void TestPagination::pageSizes()
{
    QFETCH(QString, query);
    QFETCH(int, rows);
    QFETCH(int, current);
    QFETCH(int, totalPages);
    QFETCH(int, next);
    QFETCH(int, startIndex);
    const RawAnswer answer = m_api->get(list(query));
    QCOMPARE(answer.status, 200);
    const QJsonObject pagination = answer.pagination();
    QCOMPARE(answer.results().size(), rows);
    QCOMPARE(pagination.value(QLatin1String("count")).toInt(), kRows);
    QCOMPARE(pagination.value(QLatin1String("current")).toInt(), current);
    QCOMPARE(pagination.value(QLatin1String("total_pages")).toInt(), totalPages);
    QCOMPARE(pagination.value(QLatin1String("next")).toInt(), next);
    QCOMPARE(pagination.value(QLatin1String("previous")).toInt(), current - 1);
    QCOMPARE(pagination.value(QLatin1String("start_index")).toInt(), startIndex);
    QCOMPARE(pagination.value(QLatin1String("end_index")).toInt(), startIndex + rows - 1);
    QCOMPARE(answer.results().first().toObject().value(QLatin1String("name")).toString(),
             kPrefix + QStringLiteral("%1").arg(startIndex - 1, 3, 10, QLatin1Char('0')));
}

void TestPagination::pagesOutsideTheList_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("zero") << QStringLiteral("page=0");
    QTest::newRow("negative") << QStringLiteral("page=-1");
    QTest::newRow("not a number") << QStringLiteral("page=two");
    QTest::newRow("a fraction") << QStringLiteral("page=1.5");
    QTest::newRow("past the end") << QStringLiteral("page=8");
    QTest::newRow("past the end of larger pages") << QStringLiteral("page=3&page_size=100");
    QTest::newRow("an empty list has one page") << QStringLiteral("search=akdesk-no-such-stage&page=2");
}

void TestPagination::pagesOutsideTheList()
{
    QFETCH(QString, query);
    const RawAnswer answer = m_api->get(list(query));
    QCOMPARE(answer.status, 404);
    // DRF's NotFound(invalid_page_message): the detail alone.
    QCOMPARE(answer.object(), (QJsonObject{{QStringLiteral("detail"), QStringLiteral("Invalid page.")}}));
}

QTEST_GUILESS_MAIN(TestPagination)
#include "tst_pagination.moc"
