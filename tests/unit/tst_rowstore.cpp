// RowStore keeps a list's rows as the JSON text the server sent and parses a row when asked: the
// rows it gives back must be exactly those of the parsed page, whatever the text holds.

#include "models/items/rowstore.h"

#include <QJsonDocument>
#include <QTest>

using namespace akdesk;

class TestRowStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void givesBackEveryRow_data();
    void givesBackEveryRow();
    void spansPointAtTheRows();
    void manyPagesAndClear();
};

void TestRowStore::givesBackEveryRow_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("splitAsText");  // false: the rows are kept re-encoded instead
    QTest::newRow("plain page") << QByteArray(R"({"pagination":{"count":2},"results":[{"pk":"a","name":"one"},{"pk":"b","name":"two"}]})") << true;
    QTest::newRow("pretty printed") << QByteArray("{\n  \"results\": [\n    {\"pk\": 1},\n    {\"pk\": 2}\n  ],\n  \"pagination\": {}\n}") << true;
    QTest::newRow("brackets and quotes inside strings")
        << QByteArray(R"({"results":[{"name":"a } ] { [ \" \\","x":"\"results\":["},{"name":"\\\"}"}]})") << true;
    QTest::newRow("nested objects and arrays in a row")
        << QByteArray(R"({"results":[{"flow_set":[{"slug":"f","stages":[1,2]}],"o":{"p":{"q":[]}}},{"flow_set":[]}]})") << true;
    QTest::newRow("a nested results key is not the list")
        << QByteArray(R"({"meta":{"results":[{"no":1}]},"results":[{"yes":1}]})") << true;
    QTest::newRow("results as a value, then the list")
        << QByteArray(R"({"label":"results","results":[{"pk":1}]})") << true;
    QTest::newRow("unicode") << QByteArray(R"({"results":[{"name":"Zustimmungsphase – “ü”"},{"name":"\u00e9tape"}]})") << true;
    // Qt's parser keeps the last of two equal keys and decodes escapes in keys: the rows must be its rows.
    QTest::newRow("results twice") << QByteArray(R"({"results":[{"pk":"first"}],"pagination":{},"results":[{"pk":"last"}]})") << false;
    QTest::newRow("results twice, the first empty") << QByteArray(R"({"results":[],"results":[{"pk":"last"}]})") << false;
    QTest::newRow("results spelt with an escape")
        << QByteArray(R"({"results":[{"pk":"plain"}],"r\u0065sults":[{"pk":"escaped"}]})") << false;
    QTest::newRow("rows that are not objects") << QByteArray(R"({"results":[{"pk":1},2,{"pk":3}]})") << false;
}

void TestRowStore::givesBackEveryRow()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, splitAsText);
    const QJsonArray results = QJsonDocument::fromJson(body).object().value(QLatin1String("results")).toArray();
    QVERIFY(!results.isEmpty());
    QCOMPARE(RowStore::resultSpans(body).size() == results.size(), splitAsText);
    RowStore store;
    store.appendPage(body, results);
    QCOMPARE(store.size(), results.size());
    for (qsizetype i = 0; i < results.size(); ++i) {
        QCOMPARE(store.at(i), results.at(i).toObject());
        QCOMPARE(store.parse(i), results.at(i).toObject());
        QCOMPARE(store.at(i), results.at(i).toObject());  // now from the parsed rows kept
    }
}

void TestRowStore::spansPointAtTheRows()
{
    const QByteArray body = R"({"results":[{"a":1}, {"b":[2]}]})";
    const QList<QPair<int, int>> spans = RowStore::resultSpans(body);
    QCOMPARE(spans.size(), 2);
    QCOMPARE(body.mid(spans.at(0).first, spans.at(0).second), QByteArray(R"({"a":1})"));
    QCOMPARE(body.mid(spans.at(1).first, spans.at(1).second), QByteArray(R"({"b":[2]})"));
    QVERIFY(RowStore::resultSpans(R"({"results":[{"a":1})").isEmpty());  // cut off: no spans
    QVERIFY(RowStore::resultSpans(R"({"count":0})").isEmpty());
}

void TestRowStore::manyPagesAndClear()
{
    RowStore store;
    for (int page = 0; page < 30; ++page) {
        QJsonArray results;
        for (int i = 0; i < 50; ++i)
            results.append(QJsonObject{{QStringLiteral("pk"), page * 50 + i}});
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("results"), results}}).toJson();
        store.appendPage(body, results);
    }
    QCOMPARE(store.size(), 1500);
    // More rows than are kept parsed, in both directions: each still the right one.
    for (qsizetype i = 0; i < store.size(); i += 7)
        QCOMPARE(store.at(i).value(QLatin1String("pk")).toInt(), int(i));
    for (qsizetype i = store.size() - 1; i >= 0; i -= 11)
        QCOMPARE(store.at(i).value(QLatin1String("pk")).toInt(), int(i));
    store.clear();
    QVERIFY(store.isEmpty());
}

QTEST_GUILESS_MAIN(TestRowStore)
#include "tst_rowstore.moc"
