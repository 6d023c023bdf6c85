// Ordering, search and filters over raw HTTP, as DRF's OrderingFilter and SearchFilter
// (rest_framework/filters.py) and django-filter's FilterSet (django_filters/rest_framework/
// filterset.py, filters.py) answer on authentik. Runs against the sandbox, or a real server given
// AKDESK_TEST_URL/AKDESK_TEST_TOKEN: it lists stages it creates and the default authentication
// flow every authentik has (blueprints/default/flow-default-authentication-flow.yaml).

#include "tests/support/rawapi.h"
#include "tests/support/testserver.h"

#include <QTest>
#include <QUuid>

using namespace akdesk;
using test::RawAnswer;
using test::RawApi;

class TestListRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void ordering_data();
    void ordering();
    void bindingsOrder_data();
    void bindingsOrder();
    void search_data();
    void search();
    void filters_data();
    void filters();
    void invalidFilters_data();
    void invalidFilters();

private:
    QString create(const QString &name, bool throwError = false);
    QString fill(QString text) const;

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<RawApi> m_api;
    QStringList m_created;
    QHash<QString, QString> m_pks;  ///< name -> pk of the stages made here
};

QString TestListRules::create(const QString &name, bool throwError)
{
    const RawAnswer created = m_api->post(QStringLiteral("/stages/dummy/"), {{QStringLiteral("name"), name}, {QStringLiteral("throw_error"), throwError}});
    if (created.status != 201)
        qFatal("could not create %s: %s", qPrintable(name), created.body.constData());
    const QString pk = created.object().value(QLatin1String("pk")).toString();
    m_created.append(pk);
    m_pks.insert(name, pk);
    return pk;
}

QString TestListRules::fill(QString text) const
{
    for (auto it = m_pks.begin(); it != m_pks.end(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    const QString flow = const_cast<RawApi &>(*m_api).get(QStringLiteral("/flows/instances/default-authentication-flow/")).object()
                             .value(QLatin1String("pk")).toString();
    text.replace(QLatin1String("{flow}"), flow);
    text.replace(QLatin1String("{flow-nohyphens}"), QString(flow).remove(QLatin1Char('-')));
    text.replace(QLatin1String("{random}"), QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6"));
    return text;
}

void TestListRules::initTestCase()
{
    m_server = std::make_unique<test::TestServer>();
    m_api = std::make_unique<RawApi>(m_server->url(), m_server->token());
    for (const char *name : {"akdesk-order-b", "akdesk-order-a", "akdesk-order-c"})
        create(QLatin1String(name));
    for (const char *name : {"akdesk-search-alpha-red", "akdesk-search-beta-red", "akdesk-search-alpha-blue"})
        create(QLatin1String(name));
    create(QStringLiteral("akdesk-filter-on"), true);
    create(QStringLiteral("akdesk-filter-off"), false);
}

void TestListRules::cleanupTestCase()
{
    for (const QString &pk : std::as_const(m_created))
        m_api->remove(QStringLiteral("/stages/dummy/%1/").arg(pk));
}

void TestListRules::ordering_data()
{
    // remove_invalid_fields: a field not in ordering_fields, or not matching ORDER_PATTERN, is
    // dropped without a word; none left is the view's default ("name" for a stage kind).
    QTest::addColumn<QString>("ordering");
    QTest::addColumn<QStringList>("expected");
    const QStringList byName{QStringLiteral("akdesk-order-a"), QStringLiteral("akdesk-order-b"), QStringLiteral("akdesk-order-c")};
    const QStringList descending{QStringLiteral("akdesk-order-c"), QStringLiteral("akdesk-order-b"), QStringLiteral("akdesk-order-a")};
    QTest::newRow("by name") << QStringLiteral("name") << byName;
    QTest::newRow("descending") << QStringLiteral("-name") << descending;
    QTest::newRow("unknown field is dropped") << QStringLiteral("colour") << byName;
    QTest::newRow("unknown field before a known one") << QStringLiteral("colour,-name") << descending;
    QTest::newRow("spaces around fields") << QStringLiteral(" -name , colour ") << descending;
    QTest::newRow("a plus sign is not a direction") << QStringLiteral("%2Bname") << byName;
    QTest::newRow("a double minus is dropped") << QStringLiteral("--name") << byName;
    QTest::newRow("random order is not offered") << QStringLiteral("?") << byName;
    QTest::newRow("empty") << QString() << byName;
}

void TestListRules::ordering()
{
    QFETCH(QString, ordering);
    QFETCH(QStringList, expected);
    const RawAnswer answer = m_api->get(QStringLiteral("/stages/dummy/?search=akdesk-order-&ordering=") + ordering);
    QCOMPARE(answer.status, 200);
    QCOMPARE(RawApi::names(answer.results()), expected);
}

void TestListRules::bindingsOrder_data()
{
    // FlowStageBindingViewSet (authentik/flows/api/bindings.py): ordered by `order` unless asked,
    // and `stage__name` may be asked for.
    QTest::addColumn<QString>("ordering");
    QTest::addColumn<QStringList>("stages");
    const QStringList byOrder{QStringLiteral("default-authentication-identification"), QStringLiteral("default-authentication-password"),
                              QStringLiteral("default-authentication-mfa-validation"), QStringLiteral("default-authentication-login")};
    QTest::newRow("default") << QString() << byOrder;
    QTest::newRow("unknown field") << QStringLiteral("colour") << byOrder;
    QTest::newRow("by stage name") << QStringLiteral("stage__name")
                                   << QStringList{QStringLiteral("default-authentication-identification"), QStringLiteral("default-authentication-login"),
                                                  QStringLiteral("default-authentication-mfa-validation"), QStringLiteral("default-authentication-password")};
    QTest::newRow("by -order") << QStringLiteral("-order") << QStringList(byOrder.crbegin(), byOrder.crend());
}

void TestListRules::bindingsOrder()
{
    QFETCH(QString, ordering);
    QFETCH(QStringList, stages);
    const RawAnswer answer = m_api->get(fill(QStringLiteral("/flows/bindings/?target={flow}&ordering=") + ordering));
    QCOMPARE(answer.status, 200);
    QStringList names;
    for (const QJsonValue &binding : answer.results())
        names.append(binding.toObject().value(QLatin1String("stage_obj")).toObject().value(QLatin1String("name")).toString());
    QCOMPARE(names, stages);
}

void TestListRules::search_data()
{
    // SearchFilter: search_smart_split() cuts the text into terms (white space, then commas
    // outside quotes); every term must be in one of the search fields.
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    const QString alphaRed = QStringLiteral("akdesk-search-alpha-red");
    const QString betaRed = QStringLiteral("akdesk-search-beta-red");
    const QString alphaBlue = QStringLiteral("akdesk-search-alpha-blue");
    QTest::newRow("one word") << QStringLiteral("akdesk-search-") << QStringList{alphaBlue, alphaRed, betaRed};
    QTest::newRow("two words, both must match") << QStringLiteral("akdesk-search- alpha red") << QStringList{alphaRed};
    QTest::newRow("in any order") << QStringLiteral("red akdesk-search-alpha") << QStringList{alphaRed};
    QTest::newRow("case does not matter") << QStringLiteral("AKDESK-SEARCH-ALPHA") << QStringList{alphaBlue, alphaRed};
    QTest::newRow("commas split too") << QStringLiteral("akdesk-search-,blue") << QStringList{alphaBlue};
    QTest::newRow("a word nothing has") << QStringLiteral("akdesk-search- purple") << QStringList();
    QTest::newRow("a quoted phrase stays whole") << QStringLiteral("\"akdesk-search-alpha red\"") << QStringList();
    QTest::newRow("a quoted phrase that matches") << QStringLiteral("\"akdesk-search-beta\"") << QStringList{betaRed};
}

void TestListRules::search()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    const RawAnswer answer = m_api->get(QStringLiteral("/stages/dummy/?ordering=name&search=")
                                        + QString::fromLatin1(QUrl::toPercentEncoding(search)));
    QCOMPARE(answer.status, 200);
    QCOMPARE(RawApi::names(answer.results()), expected);
}

void TestListRules::filters_data()
{
    // django-filter: an empty value does not filter; BooleanWidget takes true/false/1/0 in any
    // case and reads anything else as "no filter"; UUIDFilter takes what uuid.UUID() takes.
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const QStringList both{QStringLiteral("akdesk-filter-off"), QStringLiteral("akdesk-filter-on")};
    const QStringList on{QStringLiteral("akdesk-filter-on")};
    const QStringList off{QStringLiteral("akdesk-filter-off")};
    QTest::newRow("true") << QStringLiteral("throw_error=true") << on;
    QTest::newRow("True") << QStringLiteral("throw_error=True") << on;
    QTest::newRow("1") << QStringLiteral("throw_error=1") << on;
    QTest::newRow("FALSE") << QStringLiteral("throw_error=FALSE") << off;
    QTest::newRow("0") << QStringLiteral("throw_error=0") << off;
    QTest::newRow("junk is no filter") << QStringLiteral("throw_error=maybe") << both;
    QTest::newRow("yes is not BooleanWidget's") << QStringLiteral("throw_error=yes") << both;
    QTest::newRow("empty boolean") << QStringLiteral("throw_error=") << both;
    QTest::newRow("empty name") << QStringLiteral("name=") << both;
    QTest::newRow("name is exact") << QStringLiteral("name=akdesk-filter-on") << on;
    QTest::newRow("name is not contains") << QStringLiteral("name=akdesk-filter") << QStringList();
    QTest::newRow("stage uuid") << QStringLiteral("stage_uuid={akdesk-filter-on}") << on;
    QTest::newRow("empty stage uuid") << QStringLiteral("stage_uuid=") << both;
}

void TestListRules::filters()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    const RawAnswer answer = m_api->get(fill(QStringLiteral("/stages/dummy/?ordering=name&search=akdesk-filter-&") + query));
    QCOMPARE(answer.status, 200);
    QCOMPARE(RawApi::names(answer.results()), expected);
}

void TestListRules::invalidFilters_data()
{
    // DjangoFilterBackend raises the form's errors: 400 {"<filter>": ["<message>"]}.
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const QString choice = QStringLiteral("Select a valid choice. That choice is not one of the available choices.");
    QTest::newRow("uuid filter") << QStringLiteral("/stages/dummy/?stage_uuid=12") << QStringLiteral("stage_uuid") << QStringLiteral("Enter a valid UUID.");
    QTest::newRow("binding target by slug") << QStringLiteral("/flows/bindings/?target=default-authentication-flow") << QStringLiteral("target") << choice;
    QTest::newRow("binding target nobody has") << QStringLiteral("/flows/bindings/?target={random}") << QStringLiteral("target") << choice;
    QTest::newRow("binding stage nobody has") << QStringLiteral("/flows/bindings/?stage={random}") << QStringLiteral("stage") << choice;
    QTest::newRow("a password stage that is none") << QStringLiteral("/stages/identification/?password_stage={akdesk-filter-on}")
                                                  << QStringLiteral("password_stage") << choice;
    QTest::newRow("choice") << QStringLiteral("/flows/instances/?designation=party") << QStringLiteral("designation")
                            << QStringLiteral("Select a valid choice. party is not one of the available choices.");
    QTest::newRow("binding choice") << QStringLiteral("/flows/bindings/?invalid_response_action=shrug") << QStringLiteral("invalid_response_action")
                                    << QStringLiteral("Select a valid choice. shrug is not one of the available choices.");
    QTest::newRow("number") << QStringLiteral("/flows/bindings/?order=ten") << QStringLiteral("order") << QStringLiteral("Enter a number.");
}

void TestListRules::invalidFilters()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const RawAnswer answer = m_api->get(fill(query));
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.object(), (QJsonObject{{field, QJsonArray{message}}}));
}

QTEST_GUILESS_MAIN(TestListRules)
#include "tst_listrules.moc"
