// Lists follow RecordWriter's changes: a stage list and a flow's bindings update their rows from
// the server's answers (rows inserted, changed, moved, removed; never a reset) and ask the server
// nothing more, with the model tester watching.

#include "app/sandbox/sandboxserver.h"
#include "models/api/apiclient.h"
#include "models/session/workspace.h"
#include "models/items/bindingsmodel.h"
#include "models/items/pagedlistmodel.h"
#include "models/operations/recordwriter.h"
#include "models/records/record.h"
#include "models/schema/schemaregistry.h"
#include "tests/support/awaitwrite.h"
#include "tests/support/testserver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace akdesk;

namespace {
using akdesk::records::textOf;

QStringList namesOf(const QAbstractItemModel &model, int column)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, column).data().toString());
    return names;
}
} // namespace

class TestListsFollow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stageListFollowsWrites_data();
    void stageListFollowsWrites();
    void flowListTakesOnlyWhatItsFilterShows();
    void bindingsFollowWrites();

private:
    std::shared_ptr<const SchemaRegistry> m_schema;
    std::unique_ptr<test::TestServer> m_server;
};

void TestListsFollow::initTestCase()
{
    m_schema = SchemaRegistry::bundled();
    m_server = std::make_unique<test::TestServer>();
    QVERIFY(m_server->isSandbox());  // it counts the requests
}

void TestListsFollow::stageListFollowsWrites_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("shown");
    QTest::addColumn<int>("writesThere");  // the writes that went to the list's own path
    QTest::newRow("all stages") << QStringLiteral("/stages/all/") << true << 1;      // the DELETE
    QTest::newRow("its kind") << QStringLiteral("/stages/dummy/") << true << 2;      // the POST and PATCH
    QTest::newRow("another kind") << QStringLiteral("/stages/identification/") << false << 0;
}

void TestListsFollow::stageListFollowsWrites()
{
    QFETCH(QString, path);
    QFETCH(bool, shown);
    QFETCH(int, writesThere);
    ApiClient *client = m_server->client();
    PagedListModel model(client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setColumns({{QStringLiteral("Name"), QStringLiteral("name"),
                       [](const QJsonObject &r) { return QVariant(r.value(QLatin1String("name")).toString()); }}});
    model.setPath(path);
    model.reload();
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), PagedListModel::State::Loaded, 10000);
    Workspace workspace(client, m_schema);
    RecordWriter &writer = *workspace.writer();
    connect(&writer, &RecordWriter::changed, &model, &PagedListModel::apply);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const int rows = model.rowCount();
    const int total = model.totalCount();
    const int reads = m_server->sandbox()->requestCount(path);
    const ResourceDescriptor &dummy = *m_schema->resource(QStringLiteral("stages/dummy"));
    const QString name = QStringLiteral("akdesk-follow-%1").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));

    const WriteResult created = test::awaitWrite([&](const RecordWriter::Done &done) {
        writer.create(dummy, {{QStringLiteral("name"), name}}, name, this, done);
    });
    QVERIFY(created.accepted());
    QCOMPARE(model.rowCount(), rows + (shown ? 1 : 0));
    QCOMPARE(model.totalCount(), total + (shown ? 1 : 0));
    QCOMPARE(namesOf(model, 0).contains(name), shown);

    const QString pk = textOf(created.record, "pk");
    const WriteResult renamed = test::awaitWrite([&](const RecordWriter::Done &done) {
        writer.update(WriteTarget::of(dummy, pk), {{QStringLiteral("name"), name + QStringLiteral("-renamed")}}, created.record, name, this, done);
    });
    QVERIFY(renamed.accepted());
    QCOMPARE(namesOf(model, 0).contains(name + QStringLiteral("-renamed")), shown);

    // Deleted as the stage list deletes: through /stages/all/.
    const WriteResult removed = test::awaitWrite([&](const RecordWriter::Done &done) {
        writer.remove({QStringLiteral("stages/all"), QStringLiteral("/stages/all/"), pk}, renamed.record, name, this, done);
    });
    QVERIFY(removed.accepted());
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.totalCount(), total);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(m_server->sandbox()->requestCount(path) - reads, writesThere);  // and no read
}

void TestListsFollow::flowListTakesOnlyWhatItsFilterShows()
{
    ApiClient *client = m_server->client();
    PagedListModel model(client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setColumns({{QStringLiteral("Slug"), QStringLiteral("slug"),
                       [](const QJsonObject &r) { return QVariant(r.value(QLatin1String("slug")).toString()); }}});
    model.setPath(QStringLiteral("/flows/instances/"));
    model.setFilters({{QStringLiteral("designation"), QStringLiteral("enrollment")}});
    model.reload();
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), PagedListModel::State::Loaded, 10000);
    Workspace workspace(client, m_schema);
    RecordWriter &writer = *workspace.writer();
    connect(&writer, &RecordWriter::changed, &model, &PagedListModel::apply);
    const int rows = model.rowCount();
    const ResourceDescriptor &flows = *m_schema->resource(QStringLiteral("flows"));
    for (const char *designation : {"authentication", "enrollment"}) {
        const QString slug = QStringLiteral("akdesk-follow-%1").arg(QLatin1String(designation));
        const WriteResult created = test::awaitWrite([&](const RecordWriter::Done &done) {
            writer.create(flows, {{QStringLiteral("slug"), slug}, {QStringLiteral("name"), slug}, {QStringLiteral("title"), slug},
                                  {QStringLiteral("designation"), QLatin1String(designation)}}, slug, this, done);
        });
        QVERIFY2(created.accepted(), qPrintable(created.error.message()));
    }
    QCOMPARE(namesOf(model, 0).count(QStringLiteral("akdesk-follow-enrollment")), 1);
    QVERIFY(!namesOf(model, 0).contains(QStringLiteral("akdesk-follow-authentication")));
    QCOMPARE(model.rowCount(), rows + 1);
}

void TestListsFollow::bindingsFollowWrites()
{
    ApiClient *client = m_server->client();
    const QString flow = textOf(test::await(client->get(QStringLiteral("/flows/instances/default-authentication-flow/"))).object(), "pk");
    Workspace workspace(client, SchemaRegistry::bundled());
    BindingsModel model(&workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &BindingsModel::loaded);
    model.load(flow);
    QVERIFY(loaded.wait(10000));
    RecordWriter *writer = model.writer();
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy followed(&model, &BindingsModel::followed);
    const int reads = m_server->sandbox()->requestCount(QStringLiteral("/flows/bindings/"));
    const QStringList before = namesOf(model, BindingsModel::StageColumn);
    const ResourceDescriptor &bindings = *m_schema->resource(QStringLiteral("flows/bindings"));
    const QString stage = textOf(test::await(client->create(QStringLiteral("/stages/dummy/"), {{QStringLiteral("name"), QStringLiteral("akdesk-follow-bound")}})).object(), "pk");

    // Bound between the first two (orders 10 and 20): inserted in its place.
    const WriteResult bound = test::awaitWrite([&](const RecordWriter::Done &done) {
        writer->create(bindings, {{QStringLiteral("target"), flow}, {QStringLiteral("stage"), stage}, {QStringLiteral("order"), 15}},
                       QStringLiteral("x"), this, done);
    });
    QVERIFY2(bound.accepted(), qPrintable(bound.error.message()));
    QStringList expected = before;
    expected.insert(1, QStringLiteral("akdesk-follow-bound"));
    QCOMPARE(namesOf(model, BindingsModel::StageColumn), expected);

    // A new order moves it.
    const QString pk = textOf(bound.record, "pk");
    QVERIFY(test::awaitWrite([&](const RecordWriter::Done &done) {
        writer->update(WriteTarget::of(bindings, pk), {{QStringLiteral("order"), 1000}}, bound.record, QStringLiteral("x"), this, done);
    }).accepted());
    expected.move(1, expected.size() - 1);
    QCOMPARE(namesOf(model, BindingsModel::StageColumn), expected);

    // A renamed stage is shown by its new name.
    QVERIFY(test::awaitWrite([&](const RecordWriter::Done &done) {
        writer->update(WriteTarget::of(*m_schema->resource(QStringLiteral("stages/dummy")), stage),
                       {{QStringLiteral("name"), QStringLiteral("akdesk-follow-renamed")}}, {}, QStringLiteral("x"), this, done);
    }).accepted());
    QCOMPARE(namesOf(model, BindingsModel::StageColumn).last(), QStringLiteral("akdesk-follow-renamed"));

    QVERIFY(test::awaitWrite([&](const RecordWriter::Done &done) {
        writer->remove(WriteTarget::of(bindings, pk), bound.record, QStringLiteral("x"), this, done);
    }).accepted());
    QCOMPARE(namesOf(model, BindingsModel::StageColumn), before);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(followed.size(), 4);
    QCOMPARE(m_server->sandbox()->requestCount(QStringLiteral("/flows/bindings/")) - reads, 3);  // POST, PATCH, DELETE: no read
}

QTEST_GUILESS_MAIN(TestListsFollow)
#include "tst_listsfollow.moc"
