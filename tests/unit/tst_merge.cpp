// Three-way merge of a draft against the server: the table covers every kind of change a user and
// the server can make to the same record between an edit and its sync.
#include "models/drafts/merge.h"
#include "models/schema/schemaregistry.h"

#include <QJsonDocument>
#include <QTest>

using namespace akdesk;

namespace {

QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void merge_data();
    void merge();
    void outcomes_data();
    void outcomes();
    void deletedRecordKeepsEveryChangeAsConflict();
    void listsOfChoicesCompareAsSetsWithTheDescriptor();
};

void TestMerge::merge_data()
{
    QTest::addColumn<QByteArray>("base");
    QTest::addColumn<QByteArray>("changes");
    QTest::addColumn<QByteArray>("theirs");
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QStringList>("conflicts");

    QTest::newRow("no change anywhere") << QByteArray(R"({"name":"a","order":1})") << QByteArray("{}")
                                        << QByteArray(R"({"name":"a","order":1})") << QByteArray("{}") << QStringList();
    QTest::newRow("draft value equals base") << QByteArray(R"({"name":"a"})") << QByteArray(R"({"name":"a"})")
                                             << QByteArray(R"({"name":"b"})") << QByteArray("{}") << QStringList();
    QTest::newRow("only mine changed") << QByteArray(R"({"name":"a","order":1})") << QByteArray(R"({"name":"mine"})")
                                       << QByteArray(R"({"name":"a","order":1})") << QByteArray(R"({"name":"mine"})")
                                       << QStringList();
    QTest::newRow("only theirs changed") << QByteArray(R"({"name":"a","order":1})") << QByteArray("{}")
                                         << QByteArray(R"({"name":"theirs","order":1})") << QByteArray("{}")
                                         << QStringList();
    QTest::newRow("different fields merge") << QByteArray(R"({"name":"a","order":1})") << QByteArray(R"({"name":"mine"})")
                                            << QByteArray(R"({"name":"a","order":7})") << QByteArray(R"({"name":"mine"})")
                                            << QStringList();
    QTest::newRow("both to the same value") << QByteArray(R"({"name":"a"})") << QByteArray(R"({"name":"same"})")
                                            << QByteArray(R"({"name":"same"})") << QByteArray("{}") << QStringList();
    QTest::newRow("both differently") << QByteArray(R"({"name":"a"})") << QByteArray(R"({"name":"mine"})")
                                      << QByteArray(R"({"name":"theirs"})") << QByteArray("{}") << QStringList{QStringLiteral("name")};
    QTest::newRow("conflict beside a clean change")
        << QByteArray(R"({"name":"a","order":1,"x":true})") << QByteArray(R"({"name":"mine","x":false})")
        << QByteArray(R"({"name":"theirs","order":1,"x":true})") << QByteArray(R"({"x":false})") << QStringList{QStringLiteral("name")};
    QTest::newRow("booleans and null") << QByteArray(R"({"flag":false,"ref":null})") << QByteArray(R"({"ref":"u1"})")
                                       << QByteArray(R"({"flag":true,"ref":null})") << QByteArray(R"({"ref":"u1"})")
                                       << QStringList();
    QTest::newRow("null set on both sides differently") << QByteArray(R"({"ref":"u0"})") << QByteArray(R"({"ref":null})")
                                                        << QByteArray(R"({"ref":"u2"})") << QByteArray("{}")
                                                        << QStringList{QStringLiteral("ref")};
    QTest::newRow("field removed on the server, draft changed it")
        << QByteArray(R"({"name":"a","old":1})") << QByteArray(R"({"old":2})") << QByteArray(R"({"name":"a"})")
        << QByteArray("{}") << QStringList{QStringLiteral("old")};
    QTest::newRow("field removed on the server, draft left it")
        << QByteArray(R"({"name":"a","old":1})") << QByteArray(R"({"name":"b"})") << QByteArray(R"({"name":"a"})")
        << QByteArray(R"({"name":"b"})") << QStringList();
    QTest::newRow("field new on the server, draft set it too")
        << QByteArray(R"({"name":"a"})") << QByteArray(R"({"extra":1})") << QByteArray(R"({"name":"a","extra":2})")
        << QByteArray("{}") << QStringList{QStringLiteral("extra")};
    QTest::newRow("user_fields: both added different items")
        << QByteArray(R"({"user_fields":["username"]})") << QByteArray(R"({"user_fields":["username","email"]})")
        << QByteArray(R"({"user_fields":["username","upn"]})")
        << QByteArray(R"({"user_fields":["username","upn","email"]})") << QStringList();
    QTest::newRow("user_fields: mine removed, theirs added")
        << QByteArray(R"({"user_fields":["username","email"]})") << QByteArray(R"({"user_fields":["email"]})")
        << QByteArray(R"({"user_fields":["username","email","upn"]})") << QByteArray(R"({"user_fields":["email","upn"]})")
        << QStringList();
    QTest::newRow("user_fields: only mine") << QByteArray(R"({"user_fields":["username"]})")
                                            << QByteArray(R"({"user_fields":["email"]})")
                                            << QByteArray(R"({"user_fields":["username"]})")
                                            << QByteArray(R"({"user_fields":["email"]})") << QStringList();
    QTest::newRow("sources: mine reordered, theirs added")
        << QByteArray(R"({"sources":["s1","s2"]})") << QByteArray(R"({"sources":["s2","s1"]})")
        << QByteArray(R"({"sources":["s1","s2","s3"]})") << QByteArray("{}") << QStringList{QStringLiteral("sources")};
    QTest::newRow("sources: both added, theirs removed one")
        << QByteArray(R"({"sources":["s1","s2"]})") << QByteArray(R"({"sources":["s1","s2","s4"]})")
        << QByteArray(R"({"sources":["s1","s3"]})") << QByteArray(R"({"sources":["s1","s3","s4"]})") << QStringList();
    QTest::newRow("sources: both removed the same")
        << QByteArray(R"({"sources":["s1","s2"]})") << QByteArray(R"({"sources":["s1"]})")
        << QByteArray(R"({"sources":["s1"]})") << QByteArray("{}") << QStringList();
    QTest::newRow("objects changed on both sides conflict")
        << QByteArray(R"({"meta":{"a":1}})") << QByteArray(R"({"meta":{"a":2}})") << QByteArray(R"({"meta":{"a":3}})")
        << QByteArray("{}") << QStringList{QStringLiteral("meta")};
}

void TestMerge::merge()
{
    QFETCH(QByteArray, base);
    QFETCH(QByteArray, changes);
    QFETCH(QByteArray, theirs);
    QFETCH(QByteArray, patch);
    QFETCH(QStringList, conflicts);

    const MergeResult result = MergeResult::merge(obj(base.constData()), obj(changes.constData()), obj(theirs.constData()));
    QCOMPARE(result.patch(), obj(patch.constData()));
    QCOMPARE(result.conflicts(), conflicts);
    QCOMPARE(result.hasConflicts(), !conflicts.isEmpty());
    QVERIFY(!result.recordDeleted);
}

void TestMerge::outcomes_data()
{
    QTest::addColumn<QByteArray>("base");
    QTest::addColumn<QByteArray>("changes");
    QTest::addColumn<QByteArray>("theirs");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("outcome");

    using O = FieldMerge::Outcome;
    QTest::newRow("mine") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":2})") << QByteArray(R"({"a":1})")
                          << QStringLiteral("a") << int(O::Mine);
    QTest::newRow("theirs") << QByteArray(R"({"a":1,"b":1})") << QByteArray(R"({"a":2})")
                            << QByteArray(R"({"a":1,"b":5})") << QStringLiteral("b") << int(O::Theirs);
    QTest::newRow("same") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":2})") << QByteArray(R"({"a":2})")
                          << QStringLiteral("a") << int(O::Same);
    QTest::newRow("unchanged") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":3})")
                               << QStringLiteral("a") << int(O::Unchanged);
    QTest::newRow("conflict") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":2})") << QByteArray(R"({"a":3})")
                              << QStringLiteral("a") << int(O::Conflict);
    QTest::newRow("list merged") << QByteArray(R"({"a":["x"]})") << QByteArray(R"({"a":["x","y"]})")
                                 << QByteArray(R"({"a":["x","z"]})") << QStringLiteral("a") << int(O::ListMerged);
    QTest::newRow("removed on server") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":2})") << QByteArray("{}")
                                       << QStringLiteral("a") << int(O::RemovedOnServer);
}

void TestMerge::outcomes()
{
    QFETCH(QByteArray, base);
    QFETCH(QByteArray, changes);
    QFETCH(QByteArray, theirs);
    QFETCH(QString, field);
    QFETCH(int, outcome);
    const MergeResult result = MergeResult::merge(obj(base.constData()), obj(changes.constData()), obj(theirs.constData()));
    const FieldMerge *merged = result.field(field);
    QVERIFY(merged);
    QCOMPARE(int(merged->outcome), outcome);
}

void TestMerge::deletedRecordKeepsEveryChangeAsConflict()
{
    const MergeResult result = MergeResult::merge(obj(R"({"name":"a","order":1})"), obj(R"({"name":"b"})"), std::nullopt);
    QVERIFY(result.recordDeleted);
    QVERIFY(result.hasConflicts());
    QCOMPARE(result.conflicts(), QStringList{QStringLiteral("name")});
    QCOMPARE(result.field(QStringLiteral("name"))->mine, QJsonValue(QStringLiteral("b")));
    QVERIFY(result.patch().isEmpty());
}

void TestMerge::listsOfChoicesCompareAsSetsWithTheDescriptor()
{
    // authentik keeps user_fields as a set: the same choices in another order are the same value.
    const auto schema = SchemaRegistry::bundled();
    const ResourceDescriptor *identification = schema->resource(QStringLiteral("stages/identification"));
    QVERIFY(identification);
    const MergeResult result = MergeResult::merge(obj(R"({"user_fields":["email","username"]})"),
                                                  obj(R"({"user_fields":["username","email","upn"]})"),
                                                  obj(R"({"user_fields":["username","email"]})"), identification);
    QCOMPARE(result.conflicts(), QStringList());
    QCOMPARE(int(result.field(QStringLiteral("user_fields"))->outcome), int(FieldMerge::Outcome::Mine));
}

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
