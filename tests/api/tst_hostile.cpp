// akdesk against a hostile or broken server (issue 17): a scripted server answers what no
// authentik would. Paging that repeats or overshoots stops with a message naming the cause and
// no duplicated rows; an absurd `count` reserves nothing and is not shown; an answer trickling in
// byte by byte ends at a deadline; used_by with 50,000 entries asks a few at a time and caps
// what it looks up; a decompression bomb is named as such.
#include "models/api/apiclient.h"
#include "models/api/pagination.h"
#include "models/items/bindingsmodel.h"
#include "models/items/pagedlistmodel.h"
#include "models/items/listcounts.h"
#include "models/operations/deletionplan.h"
#include "models/operations/editsession.h"
#include "models/items/formmodel.h"
#include "models/schema/schemaregistry.h"
#include "models/session/workspace.h"
#include "models/storage/localstore.h"
#include "tests/support/scriptedserver.h"
#include "tests/support/testserver.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace akdesk;
using test::ScriptedServer;

namespace {

int pageAsked(const QByteArray &path)
{
    const QUrlQuery query(QUrl(QString::fromLatin1(path)).query());
    return qMax(1, query.queryItemValue(QStringLiteral("page")).toInt());
}

/// One page of a list whose rows are named after the page, so a page read twice shows twice.
QByteArray listPage(int page, int rows, int next, int totalPages, qint64 count)
{
    QJsonArray results;
    for (int i = 0; i < rows; ++i) {
        const QString pk = QStringLiteral("p%1-%2").arg(page).arg(i);
        results.append(QJsonObject{{QStringLiteral("pk"), pk},
                                   {QStringLiteral("name"), pk},
                                   {QStringLiteral("order"), page * 100 + i},
                                   {QStringLiteral("stage_obj"), QJsonObject{{QStringLiteral("name"), pk}}}});
    }
    const QJsonObject pagination{{QStringLiteral("next"), next},          {QStringLiteral("previous"), page - 1},
                                 {QStringLiteral("count"), double(count)}, {QStringLiteral("current"), page},
                                 {QStringLiteral("total_pages"), totalPages}, {QStringLiteral("start_index"), 1},
                                 {QStringLiteral("end_index"), rows}};
    return ScriptedServer::json(QJsonDocument(QJsonObject{{QStringLiteral("pagination"), pagination},
                                                          {QStringLiteral("results"), results},
                                                          {QStringLiteral("autocomplete"), QJsonObject()}})
                                    .toJson(QJsonDocument::Compact));
}

/// Virtual memory of this process in MiB (Linux).
qint64 virtualMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    return statm.readAll().split(' ').value(0).toLongLong() * 4096 / (1024 * 1024);
}

} // namespace

class TestHostile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagingThatDoesNotAdvanceStops_data();
    void pagingThatDoesNotAdvanceStops();
    void absurdCountsAreNotShownNorReserved_data();
    void absurdCountsAreNotShownNorReserved();
    void tricklingAnswerEndsAtADeadline();
    void usedByFanOutIsBounded();
    void decompressionBombIsNamed();
    void workingOfflineIsNotCalledUnreachable();

private:
    static void pointAt(ApiClient &client, const ScriptedServer &server);
};

void TestHostile::pointAt(ApiClient &client, const ScriptedServer &server)
{
    client.setServerUrl(server.url());
    client.setToken(QStringLiteral("hostile-test-token"));
    client.setRetries(0);
}

void TestHostile::pagingThatDoesNotAdvanceStops_data()
{
    QTest::addColumn<QString>("how");       // what the server does wrong
    QTest::addColumn<QString>("cause");     // what the message names
    QTest::newRow("next repeats") << QStringLiteral("repeat") << QStringLiteral("names page 2 as the next one");
    QTest::newRow("next beyond total_pages") << QStringLiteral("beyond") << QStringLiteral("only 2 pages");
    QTest::newRow("next goes back") << QStringLiteral("back") << QStringLiteral("names page 1 as the next one");
    QTest::newRow("empty pages that go on") << QStringLiteral("empty") << QStringLiteral("is empty");
}

void TestHostile::pagingThatDoesNotAdvanceStops()
{
    QFETCH(QString, how);
    QFETCH(QString, cause);
    ScriptedServer server([how](const QByteArray &, const QByteArray &path) {
        const int page = pageAsked(path);
        if (how == QLatin1String("repeat"))
            return listPage(page, 2, 2, 3, 6);
        if (how == QLatin1String("beyond"))
            return listPage(page, 2, page + 1, 2, 4);
        if (how == QLatin1String("back"))
            return listPage(page, 2, page == 1 ? 2 : 1, 3, 6);
        return listPage(page, page == 1 ? 2 : 0, page + 1, 1000, 2);
    });
    ApiClient client;
    pointAt(client, server);

    // The flow inspector's bindings: the load ends, with the cause, after a few requests.
    Workspace workspace(&client, SchemaRegistry::bundled());
    BindingsModel bindings(&workspace);
    QAbstractItemModelTester bindingsTester(&bindings);
    QSignalSpy failed(&bindings, &BindingsModel::failed);
    bindings.load(QStringLiteral("flow-1"));
    QVERIFY2(failed.wait(3000), qPrintable(QStringLiteral("still loading after %1 requests").arg(server.requests.size())));
    const QString message = failed.first().at(0).value<ApiError>().message();
    QVERIFY2(message.contains(QLatin1String("paging")) && message.contains(QLatin1String("inconsistent")), qPrintable(message));
    QVERIFY2(message.contains(cause), qPrintable(message));
    QVERIFY(server.requests.size() <= 4);

    // The stage list, page by page as a view scrolls, and all at once: no row twice.
    for (const bool all : {false, true}) {
        const int before = int(server.requests.size());
        PagedListModel list(&client);
        QAbstractItemModelTester listTester(&list);
        list.setColumns({{QStringLiteral("Name"), {}, [](const QJsonObject &row) { return row.value(QLatin1String("name")).toVariant(); }}});
        list.setPath(QStringLiteral("/stages/all/"));
        list.reload();
        if (all)
            list.fetchAll();
        // As a view would: ask for the next page whenever the model can give one.
        for (int i = 0; i < 30 && list.state() != PagedListModel::State::Error; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(list.state() == PagedListModel::State::Error || list.canFetchMore({}), 3000);
            list.fetchMore({});
        }
        QCOMPARE(list.state(), PagedListModel::State::Error);
        QSet<QString> pks;
        for (int row = 0; row < list.rowCount(); ++row)
            pks.insert(list.record(row).value(QLatin1String("pk")).toString());
        QCOMPARE(pks.size(), list.rowCount());
        QVERIFY2(list.lastError().message().contains(cause), qPrintable(list.lastError().message()));
        // The first page, then at most the pages fetchAll() asks for at once.
        QVERIFY2(server.requests.size() - before <= 1 + PagedListModel::FetchAllParallel,
                 qPrintable(QString::number(server.requests.size() - before)));
    }
}

void TestHostile::absurdCountsAreNotShownNorReserved_data()
{
    QTest::addColumn<qint64>("count");
    QTest::newRow("a billion") << qint64(1000000000);
    QTest::newRow("more than an int") << qint64(5000000000);
    QTest::newRow("negative") << qint64(-5);
    QTest::newRow("fewer than the rows sent") << qint64(1);
}

void TestHostile::absurdCountsAreNotShownNorReserved()
{
    QFETCH(qint64, count);
    ScriptedServer server([count](const QByteArray &, const QByteArray &) { return listPage(1, 3, 0, 1, count); });
    ApiClient client;
    pointAt(client, server);
    const qint64 before = virtualMiB();
    PagedListModel list(&client);
    QAbstractItemModelTester tester(&list);
    list.setColumns({{QStringLiteral("Name"), {}, [](const QJsonObject &row) { return row.value(QLatin1String("name")).toVariant(); }}});
    list.setPath(QStringLiteral("/stages/all/"));
    list.reload();
    QTRY_COMPARE_WITH_TIMEOUT(list.state(), PagedListModel::State::Loaded, 3000);
    QCOMPARE(list.rowCount(), 3);
    QCOMPARE(list.totalCount(), -1);  // unknown: the views say how many rows are here instead
    QVERIFY2(virtualMiB() - before < 256, qPrintable(QStringLiteral("%1 MiB more virtual memory").arg(virtualMiB() - before)));

    // The navigator's counts, made from the rows here, never show it either.
    ListCounts counts(&list, QStringLiteral("/stages/all/"), [](const QJsonObject &) { return QStringLiteral("stages/dummy"); });
    QVERIFY2(counts.total() <= list.rowCount(), qPrintable(QString::number(counts.total())));
    QVERIFY(counts.countOf(QStringLiteral("stages/dummy")) <= list.rowCount());
}

void TestHostile::tricklingAnswerEndsAtADeadline()
{
    // One byte every 100 ms never leaves the idle limit (500 ms) silent: only a deadline for the
    // whole answer ends it (by default four times the idle limit).
    ScriptedServer server([](const QByteArray &, const QByteArray &) { return listPage(1, 20, 0, 1, 20); });
    server.setTrickle(100);
    ApiClient client;
    pointAt(client, server);
    client.setTimeout(500);
    QElapsedTimer clock;
    clock.start();
    const ApiResult result = test::await(client.get(QStringLiteral("/stages/all/")), 8000);
    QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
    QVERIFY2(clock.elapsed() < 3500, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(result.error.message().contains(QLatin1String("too slowly")), qPrintable(result.error.message()));
    QVERIFY2(result.error.message().contains(QLatin1String("2 s")), qPrintable(result.error.message()));
}

void TestHostile::usedByFanOutIsBounded()
{
    const int entries = 50000;
    const int shown = 50;  // sentences per record before "and N more"
    const QByteArray usedBy = ScriptedServer::usedByBindings(entries);
    ApiClient client;
    int mostAtOnce = 0;
    ScriptedServer server([&](const QByteArray &, const QByteArray &path) {
        mostAtOnce = qMax(mostAtOnce, client.pendingCount());
        if (path.contains("/used_by/"))
            return ScriptedServer::json(usedBy);
        const QByteArray pk = path.split('/').value(path.split('/').size() - 2);
        return ScriptedServer::json(R"({"pk":")" + pk + R"(","target":"flow-1","order":)" + pk + "}");
    });
    server.setDelay(2);
    pointAt(client, server);

    Workspace workspace(&client, SchemaRegistry::bundled());
    DeletionPlan plan(&workspace);
    QSignalSpy ready(&plan, &DeletionPlan::usageReady);
    plan.prepare({QJsonObject{{QStringLiteral("pk"), QStringLiteral("stage-1")},
                              {QStringLiteral("name"), QStringLiteral("busy")},
                              {QStringLiteral("flow_set"), QJsonArray{QJsonObject{{QStringLiteral("pk"), QStringLiteral("flow-1")},
                                                                                  {QStringLiteral("name"), QStringLiteral("Login")}}}}}});
    QTRY_VERIFY_WITH_TIMEOUT(server.requestsFor("/api/v3/flows/bindings/") > 0 || ready.count() > 0, 10000);
    QVERIFY2(client.pendingCount() <= 4 && mostAtOnce <= 5,
             qPrintable(QStringLiteral("%1 requests at once").arg(qMax(mostAtOnce, client.pendingCount()))));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
    QVERIFY(plan.canDelete());
    const QStringList sentences = plan.items().first().consequences;
    QVERIFY2(server.requestsFor("/api/v3/flows/bindings/") <= shown,
             qPrintable(QString::number(server.requestsFor("/api/v3/flows/bindings/"))));
    QCOMPARE(sentences.size(), shown + 1);
    QVERIFY2(sentences.first().contains(QStringLiteral("“Login” (order 0)")), qPrintable(sentences.first()));
    QVERIFY2(sentences.last().contains(QString::number(entries - shown) + QLatin1String(" more")),
             qPrintable(sentences.last()));
}

void TestHostile::decompressionBombIsNamed()
{
    // 64 MiB of zeros, gzipped to about 64 KiB: Qt stops inflating it (its safety check).
    const QByteArray zlib = qCompress(QByteArray(64 * 1024 * 1024, '\0'), 9);
    QByteArray gzip("\x1f\x8b\x08\0\0\0\0\0\0\x03", 10);
    gzip += zlib.mid(4 + 2, zlib.size() - 4 - 2 - 4);  // qCompress: length, zlib header, deflate, adler32
    gzip += QByteArray(8, '\0');
    const QByteArray answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: "
                            + QByteArray::number(gzip.size()) + "\r\n\r\n" + gzip;
    ScriptedServer server([answer](const QByteArray &, const QByteArray &) { return answer; });
    ApiClient client;
    pointAt(client, server);
    const ApiResult result = test::await(client.get(QStringLiteral("/stages/all/")));
    QVERIFY(!result.ok());
    const QString message = result.error.message();
    QVERIFY2(!message.contains(QLatin1String("Could not reach")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("compressed")), qPrintable(message));
    QVERIFY(client.isReachable());  // the server answered: it is there
}

void TestHostile::workingOfflineIsNotCalledUnreachable()
{
    // Offline by choice, a new stage is queued; the message says why without blaming the server.
    ScriptedServer server([](const QByteArray &, const QByteArray &) { return ScriptedServer::json("{}"); });
    ApiClient client;
    pointAt(client, server);
    client.setWorkOffline(true);
    QTemporaryDir dir;
    LocalStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("drafts.sqlite"))));
    const auto schema = SchemaRegistry::bundled();
    Workspace workspace(&client, schema, &store);
    EditSession session(&workspace);
    session.startNew(*schema->resource(QStringLiteral("stages/dummy")));
    session.form()->setValue(QStringLiteral("name"), QStringLiteral("made-offline"));
    QSignalSpy queued(&session, &EditSession::queued);
    session.save();
    QVERIFY(queued.wait(3000));
    const QString message = queued.first().at(1).toString();
    QVERIFY2(!message.contains(QLatin1String("cannot be reached")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("working offline")), qPrintable(message));
    QCOMPARE(server.requests.size(), 0);
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
