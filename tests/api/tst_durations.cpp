// Duration fields over raw HTTP, as authentik/lib/utils/time.py (timedelta_string_validator,
// timedelta_from_string) parses them after DRF's CharField has trimmed the text. Runs against the
// sandbox, or a real server given AKDESK_TEST_URL/AKDESK_TEST_TOKEN, on a User Login stage's
// session_duration.

#include "tests/support/rawapi.h"
#include "tests/support/testserver.h"

#include <QTest>

using namespace akdesk;
using test::RawAnswer;

class TestDurations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sessionDuration_data();
    void sessionDuration();

private:
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::RawApi> m_api;
    QString m_path;
};

void TestDurations::initTestCase()
{
    m_server = std::make_unique<test::TestServer>();
    m_api = std::make_unique<test::RawApi>(m_server->url(), m_server->token());
    const RawAnswer created = m_api->post(QStringLiteral("/stages/user_login/"), {{QStringLiteral("name"), QStringLiteral("akdesk-durations")}});
    QCOMPARE(created.status, 201);
    m_path = QStringLiteral("/stages/user_login/%1/").arg(created.object().value(QLatin1String("pk")).toString());
}

void TestDurations::cleanupTestCase()
{
    m_api->remove(m_path);
}

void TestDurations::sessionDuration_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("stored");  ///< empty: refused
    QTest::newRow("three units") << QStringLiteral("hours=1;minutes=2;seconds=3") << QStringLiteral("hours=1;minutes=2;seconds=3");
    QTest::newRow("negative") << QStringLiteral("hours=-1;minutes=-2;seconds=-3") << QStringLiteral("hours=-1;minutes=-2;seconds=-3");
    QTest::newRow("fraction") << QStringLiteral("hours=1.5") << QStringLiteral("hours=1.5");
    QTest::newRow("an exponent") << QStringLiteral("seconds=1e3") << QStringLiteral("seconds=1e3");
    QTest::newRow("every unit") << QStringLiteral("weeks=1;days=1;hours=1;minutes=1;seconds=1;milliseconds=1;microseconds=1")
                                << QStringLiteral("weeks=1;days=1;hours=1;minutes=1;seconds=1;milliseconds=1;microseconds=1");
    QTest::newRow("a unit in capitals") << QStringLiteral("Hours=1") << QStringLiteral("Hours=1");
    QTest::newRow("an unknown unit is skipped") << QStringLiteral("weeks=1;fortnights=2") << QStringLiteral("weeks=1;fortnights=2");
    QTest::newRow("spaces around the value") << QStringLiteral("minutes= 5 ;hours=1") << QStringLiteral("minutes= 5 ;hours=1");
    QTest::newRow("the text is trimmed") << QStringLiteral("  hours=2  ") << QStringLiteral("hours=2");
    QTest::newRow("only unknown units") << QStringLiteral("fortnights=2") << QString();
    QTest::newRow("a space in the unit") << QStringLiteral("hours =1") << QString();
    QTest::newRow("not a number") << QStringLiteral("hours=x") << QString();
    QTest::newRow("no value") << QStringLiteral("hours") << QString();
    QTest::newRow("a trailing semicolon") << QStringLiteral("hours=1;") << QString();
    QTest::newRow("two equals signs") << QStringLiteral("hours=1=2") << QString();
    QTest::newRow("colon instead of equals") << QStringLiteral("hours:1") << QString();
}

void TestDurations::sessionDuration()
{
    QFETCH(QString, value);
    QFETCH(QString, stored);
    const RawAnswer answer = m_api->patch(m_path, {{QStringLiteral("session_duration"), value}});
    if (stored.isEmpty()) {
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.object(), (QJsonObject{{QStringLiteral("session_duration"),
                                                QJsonArray{QStringLiteral("%1 is not in the correct format of 'hours=3;minutes=1'.").arg(value.trimmed())}}}));
    } else {
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.object().value(QLatin1String("session_duration")).toString(), stored);
    }
}

QTEST_GUILESS_MAIN(TestDurations)
#include "tst_durations.moc"
