// The data a fresh authentik has: what blueprints/default/*.yaml create (goauthentik/authentik,
// one file per flow, named in app/sandbox/sandboxseed.cpp) and the built-in source. The example
// blueprints (blueprints/example/: recovery, enrollment) are not applied, so their flows are absent.
// Against a real server (AKDESK_TEST_URL) every default must be there as the blueprint made it; the
// exact set of flows is checked only on the sandbox, since a real server may have more.

#include "tests/support/rawapi.h"
#include "tests/support/testserver.h"

#include <QHash>
#include <QTest>

#include <algorithm>

using namespace akdesk;

class TestSeed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exactlyTheDefaultFlows();
    void flows_data();
    void flows();
    void bindings_data();
    void bindings();
    void promptsOfThePromptStages_data();
    void promptsOfThePromptStages();
    void builtInSource();

private:
    QStringList bindingsOf(const QString &slug, QList<int> *orders);
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::RawApi> m_api;
};

namespace {

struct DefaultFlow
{
    const char *slug;
    const char *designation;
    const char *title;
    const char *authentication;
};

// blueprints/default/*.yaml, one flow each.
const DefaultFlow kDefaults[] = {
    {"default-authentication-flow", "authentication", "Welcome to authentik!", "none"},
    {"default-authenticator-static-setup", "stage_configuration", "Setup Static OTP Tokens", "require_authenticated"},
    {"default-authenticator-totp-setup", "stage_configuration", "Set up Two-Factor authentication", "require_authenticated"},
    {"default-authenticator-webauthn-setup", "stage_configuration", "Setup WebAuthn", "require_authenticated"},
    {"default-invalidation-flow", "invalidation", "Default Invalidation Flow", "none"},
    {"default-password-change", "stage_configuration", "Change password", "require_authenticated"},
    {"default-provider-authorization-explicit-consent", "authorization", "Redirecting to %(app)s", "require_authenticated"},
    {"default-provider-authorization-implicit-consent", "authorization", "Redirecting to %(app)s", "require_authenticated"},
    {"default-provider-invalidation-flow", "invalidation", "You've logged out of %(app)s.", "none"},
    {"default-source-authentication", "authentication", "Welcome to authentik!", "require_unauthenticated"},
    {"default-source-enrollment", "enrollment", "Welcome to authentik! Please select a username.", "none"},
    {"default-source-pre-authentication", "stage_configuration", "Pre-authentication", "none"},
    {"default-user-settings-flow", "stage_configuration", "Update your info", "require_authenticated"},
    {"initial-setup", "stage_configuration", "Welcome to authentik!", "none"},
};

} // namespace

void TestSeed::initTestCase()
{
    m_server = std::make_unique<test::TestServer>();
    m_api = std::make_unique<test::RawApi>(m_server->url(), m_server->token());
}

void TestSeed::exactlyTheDefaultFlows()
{
    if (!m_server->isSandbox())
        QSKIP("a real server may have flows of its own; flows() checks each default there");
    const test::RawAnswer answer = m_api->get(QStringLiteral("/flows/instances/?page_size=100&ordering=slug"));
    QCOMPARE(answer.status, 200);
    QStringList slugs;
    for (const QJsonValue &flow : answer.results())
        slugs.append(flow.toObject().value(QLatin1String("slug")).toString());
    QStringList expected;
    for (const DefaultFlow &flow : kDefaults)
        expected.append(QString::fromLatin1(flow.slug));
    QCOMPARE(slugs, expected);
    QCOMPARE(answer.count(), 14);
}

void TestSeed::flows_data()
{
    QTest::addColumn<QString>("designation");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("authentication");
    for (const DefaultFlow &flow : kDefaults)
        QTest::newRow(flow.slug) << QString::fromLatin1(flow.designation) << QString::fromLatin1(flow.title)
                                 << QString::fromLatin1(flow.authentication);
}

void TestSeed::flows()
{
    QFETCH(QString, designation);
    QFETCH(QString, title);
    QFETCH(QString, authentication);
    const test::RawAnswer flow = m_api->get(QStringLiteral("/flows/instances/%1/").arg(QString::fromLatin1(QTest::currentDataTag())));
    QCOMPARE(flow.status, 200);
    QCOMPARE(flow.object().value(QLatin1String("designation")).toString(), designation);
    QCOMPARE(flow.object().value(QLatin1String("title")).toString(), title);
    QCOMPARE(flow.object().value(QLatin1String("authentication")).toString(), authentication);
}

QStringList TestSeed::bindingsOf(const QString &slug, QList<int> *orders)
{
    const QString pk = m_api->get(QStringLiteral("/flows/instances/%1/").arg(slug)).object().value(QLatin1String("pk")).toString();
    const test::RawAnswer answer = m_api->get(QStringLiteral("/flows/bindings/?target=%1&ordering=order&page_size=100").arg(pk));
    QStringList stages;
    for (const QJsonValue &binding : answer.results()) {
        stages.append(binding.toObject().value(QLatin1String("stage_obj")).toObject().value(QLatin1String("name")).toString());
        orders->append(binding.toObject().value(QLatin1String("order")).toInt());
    }
    return stages;
}

void TestSeed::bindings_data()
{
    QTest::addColumn<QStringList>("stages");
    QTest::addColumn<QList<int>>("orders");
    QTest::newRow("default-authentication-flow")
        << QStringList{QStringLiteral("default-authentication-identification"), QStringLiteral("default-authentication-password"),
                       QStringLiteral("default-authentication-mfa-validation"), QStringLiteral("default-authentication-login")}
        << QList<int>{10, 20, 30, 100};
    QTest::newRow("default-invalidation-flow") << QStringList{QStringLiteral("default-invalidation-logout")} << QList<int>{0};
    QTest::newRow("default-password-change")
        << QStringList{QStringLiteral("default-password-change-prompt"), QStringLiteral("default-password-change-write")} << QList<int>{0, 1};
    QTest::newRow("default-source-enrollment")
        << QStringList{QStringLiteral("default-source-enrollment-prompt"), QStringLiteral("default-source-enrollment-write"),
                       QStringLiteral("default-source-enrollment-login")}
        << QList<int>{0, 1, 2};
    QTest::newRow("default-source-authentication") << QStringList{QStringLiteral("default-source-authentication-login")} << QList<int>{0};
    QTest::newRow("default-provider-authorization-explicit-consent")
        << QStringList{QStringLiteral("default-provider-authorization-consent")} << QList<int>{0};
    QTest::newRow("default-provider-authorization-implicit-consent") << QStringList() << QList<int>();
    QTest::newRow("default-provider-invalidation-flow") << QStringList() << QList<int>();
    QTest::newRow("default-source-pre-authentication") << QStringList() << QList<int>();
    QTest::newRow("default-user-settings-flow")
        << QStringList{QStringLiteral("default-user-settings"), QStringLiteral("default-user-settings-write")} << QList<int>{20, 100};
    QTest::newRow("default-authenticator-static-setup") << QStringList{QStringLiteral("default-authenticator-static-setup")} << QList<int>{0};
    QTest::newRow("default-authenticator-totp-setup") << QStringList{QStringLiteral("default-authenticator-totp-setup")} << QList<int>{0};
    QTest::newRow("default-authenticator-webauthn-setup") << QStringList{QStringLiteral("default-authenticator-webauthn-setup")} << QList<int>{0};
    // flow-oobe.yaml reuses the authentication flow's login stage and the password change's write stage.
    QTest::newRow("initial-setup")
        << QStringList{QStringLiteral("stage-default-oobe-password"), QStringLiteral("default-password-change-write"),
                       QStringLiteral("default-authentication-login")}
        << QList<int>{10, 20, 100};
}

void TestSeed::bindings()
{
    QFETCH(QStringList, stages);
    QFETCH(QList<int>, orders);
    QList<int> actualOrders;
    QCOMPARE(bindingsOf(QString::fromLatin1(QTest::currentDataTag()), &actualOrders), stages);
    QCOMPARE(actualOrders, orders);
}

void TestSeed::promptsOfThePromptStages_data()
{
    QTest::addColumn<QStringList>("fieldKeys");  // in the prompts' order
    QTest::newRow("default-password-change-prompt") << QStringList{QStringLiteral("password"), QStringLiteral("password_repeat")};
    QTest::newRow("default-source-enrollment-prompt") << QStringList{QStringLiteral("username")};
    QTest::newRow("default-user-settings") << QStringList{QStringLiteral("username"), QStringLiteral("name"), QStringLiteral("email"),
                                                          QStringLiteral("attributes.settings.locale")};
    QTest::newRow("stage-default-oobe-password") << QStringList{QStringLiteral("oobe-header-text"), QStringLiteral("email"), QStringLiteral("password"),
                                                                QStringLiteral("password_repeat"), QStringLiteral("base_url")};
}

void TestSeed::promptsOfThePromptStages()
{
    QFETCH(QStringList, fieldKeys);
    const test::RawAnswer stages = m_api->get(QStringLiteral("/stages/prompt/stages/?name=%1").arg(QString::fromLatin1(QTest::currentDataTag())));
    QCOMPARE(stages.results().size(), 1);
    // The stage lists its prompts by pk; their order and field keys are the prompts' own.
    QHash<QString, QJsonObject> byPk;
    for (const QJsonValue &prompt : m_api->get(QStringLiteral("/stages/prompt/prompts/?page_size=100")).results())
        byPk.insert(prompt.toObject().value(QLatin1String("pk")).toString(), prompt.toObject());
    QList<QPair<int, QString>> prompts;
    for (const QJsonValue &pk : stages.results().first().toObject().value(QLatin1String("fields")).toArray()) {
        const QJsonObject prompt = byPk.value(pk.toString());
        prompts.append({prompt.value(QLatin1String("order")).toInt(), prompt.value(QLatin1String("field_key")).toString()});
    }
    std::stable_sort(prompts.begin(), prompts.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList keys;
    for (const auto &prompt : prompts)
        keys.append(prompt.second);
    QCOMPARE(keys, fieldKeys);
}

void TestSeed::builtInSource()
{
    // The source every authentik has, marked as authentik marks it (Source.MANAGED_INBUILT).
    const test::RawAnswer source = m_api->get(QStringLiteral("/sources/all/authentik-built-in/"));
    QCOMPARE(source.status, 200);
    QCOMPARE(source.object().value(QLatin1String("managed")).toString(), QStringLiteral("goauthentik.io/sources/inbuilt"));
    QCOMPARE(source.object().value(QLatin1String("name")).toString(), QStringLiteral("authentik Built-in"));
}

QTEST_GUILESS_MAIN(TestSeed)
#include "tst_seed.moc"
