// The enterprise rules of the source stage, on a licensed sandbox (as it starts) and on one
// started as `akdesk-sandbox --no-license`: EnterpriseRequiredMixin.validate
// (authentik/enterprise/api.py) and SourceStageSerializer.validate_source
// (authentik/enterprise/stages/source/api.py), over raw HTTP and through akdesk's client.

#include "app/sandbox/sandboxserver.h"
#include "models/api/apiclient.h"
#include "tests/support/rawapi.h"
#include "tests/support/testserver.h"

#include <QTest>

using namespace akdesk;
using test::RawAnswer;

namespace {

const QString kEnterprise = QStringLiteral("Enterprise is required to create/update this object.");

} // namespace

class TestLicense final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourceStage_data();
    void sourceStage();
    void updatesNeedTheLicenceToo();
    void clientShowsTheLicenceError();

private:
    static std::unique_ptr<sandbox::SandboxServer> start(bool licensed);
    static QString sourcePk(test::RawApi &api, const QString &slug)
    {
        return api.get(QStringLiteral("/sources/all/%1/").arg(slug)).object().value(QLatin1String("pk")).toString();
    }
};

std::unique_ptr<sandbox::SandboxServer> TestLicense::start(bool licensed)
{
    sandbox::SandboxServer::Options options;
    options.licensed = licensed;
    auto server = std::make_unique<sandbox::SandboxServer>(options);
    if (server->start(0) == 0)
        qFatal("could not start the sandbox");
    return server;
}

void TestLicense::sourceStage_data()
{
    QTest::addColumn<bool>("licensed");
    QTest::addColumn<QString>("source");  ///< slug
    QTest::addColumn<int>("status");
    QTest::addColumn<QJsonObject>("errors");
    const QJsonObject webOnly{{QStringLiteral("source"), QJsonArray{QStringLiteral("Invalid source selected, only web-based sources are supported.")}}};
    QTest::newRow("licensed, OAuth") << true << QStringLiteral("github") << 201 << QJsonObject();
    QTest::newRow("licensed, SAML") << true << QStringLiteral("corporate-saml") << 201 << QJsonObject();
    QTest::newRow("licensed, built-in") << true << QStringLiteral("authentik-built-in") << 400 << webOnly;
    QTest::newRow("licensed, LDAP") << true << QStringLiteral("ldap") << 400 << webOnly;
    QTest::newRow("unlicensed, OAuth") << false << QStringLiteral("github") << 400
                                       << QJsonObject{{QStringLiteral("non_field_errors"), QJsonArray{kEnterprise}}};
    // The field comes first: the licence is an object-level rule.
    QTest::newRow("unlicensed, LDAP") << false << QStringLiteral("ldap") << 400 << webOnly;
}

void TestLicense::sourceStage()
{
    QFETCH(bool, licensed);
    QFETCH(QString, source);
    QFETCH(int, status);
    QFETCH(QJsonObject, errors);
    const auto server = start(licensed);
    test::RawApi api(server->url(), server->token());
    const RawAnswer created = api.post(QStringLiteral("/stages/source/"),
                                       {{QStringLiteral("name"), QStringLiteral("akdesk-licence-source")}, {QStringLiteral("source"), sourcePk(api, source)}});
    QCOMPARE(created.status, status);
    if (status == 201)
        QCOMPARE(created.object().value(QLatin1String("resume_timeout")).toString(), QStringLiteral("minutes=10"));
    else
        QCOMPARE(created.object(), errors);
}

void TestLicense::updatesNeedTheLicenceToo()
{
    // The seeded source stage exists on the unlicensed server too; it can be read and deleted,
    // but not changed.
    const auto server = start(false);
    test::RawApi api(server->url(), server->token());
    const QJsonArray stages = api.get(QStringLiteral("/stages/source/")).results();
    QCOMPARE(stages.size(), 1);
    const QString path = QStringLiteral("/stages/source/%1/").arg(stages.first().toObject().value(QLatin1String("pk")).toString());
    const RawAnswer renamed = api.patch(path, {{QStringLiteral("name"), QStringLiteral("akdesk-renamed")}});
    QCOMPARE(renamed.status, 400);
    QCOMPARE(renamed.object(), (QJsonObject{{QStringLiteral("non_field_errors"), QJsonArray{kEnterprise}}}));
    QCOMPARE(api.get(path).status, 200);
    // Other kinds are not enterprise ones.
    QCOMPARE(api.post(QStringLiteral("/stages/dummy/"), {{QStringLiteral("name"), QStringLiteral("akdesk-licence-dummy")}}).status, 201);
    QCOMPARE(api.remove(path).status, 204);
}

void TestLicense::clientShowsTheLicenceError()
{
    const auto server = start(false);
    ApiClient client;
    client.setServerUrl(server->url());
    client.setToken(server->token());
    test::RawApi api(server->url(), server->token());
    const ApiResult result = test::await(client.create(QStringLiteral("/stages/source/"),
                                                       {{QStringLiteral("name"), QStringLiteral("akdesk-licence-client")},
                                                        {QStringLiteral("source"), sourcePk(api, QStringLiteral("github"))}}));
    QCOMPARE(result.error.kind, ApiError::Kind::Validation);
    QCOMPARE(result.error.nonFieldErrors, QStringList{kEnterprise});
    QVERIFY(result.error.message().contains(kEnterprise));
}

QTEST_GUILESS_MAIN(TestLicense)
#include "tst_license.moc"
