// ReferenceModel against the sandbox: a picker's ids are the records' pks as text, integer pks
// (users) included, so a binding can name the user chosen.

#include "models/api/apiclient.h"
#include "models/items/referencemodel.h"
#include "tests/support/testserver.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTest>

using namespace akdesk;

class TestReferenceModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idsOfRecords_data();
    void idsOfRecords();
};

void TestReferenceModel::idsOfRecords_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("users (integer pk)") << QStringLiteral("/core/users/");
    QTest::newRow("groups (uuid pk)") << QStringLiteral("/core/groups/");
}

void TestReferenceModel::idsOfRecords()
{
    QFETCH(QString, path);
    test::TestServer server;
    const QJsonArray records = test::await(server.client()->list(path, {})).results();
    QVERIFY(!records.isEmpty());
    const QJsonObject first = records.first().toObject();
    const QString pk = first.value(QLatin1String("pk")).toVariant().toString();
    QVERIFY(!pk.isEmpty());

    ReferenceModel model(server.client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load(path);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), int(records.size()), 10000);
    const int row = model.rowOf(pk);
    QVERIFY(row >= 0);
    QCOMPARE(model.idAt(row), pk);
    QCOMPARE(model.index(row, 0).data(ReferenceModel::IdRole).toString(), pk);
    QVERIFY(!model.nameOf(pk).isEmpty());
}

QTEST_MAIN(TestReferenceModel)
#include "tst_referencemodel.moc"
