#include "tests/support/testserver.h"

#include "app/sandbox/sandboxserver.h"
#include "models/api/listquery.h"

#include <QSignalSpy>
#include <QTest>

namespace akdesk::test {

TestServer::TestServer(int seedStages)
{
    const QByteArray url = qgetenv("AKDESK_TEST_URL");
    const QByteArray token = qgetenv("AKDESK_TEST_TOKEN");
    if (!url.isEmpty() && !token.isEmpty()) {
        m_url = QUrl(QString::fromUtf8(url));
        m_token = QString::fromUtf8(token);
    } else {
        sandbox::SandboxServer::Options options;
        options.seedStages = seedStages;
        // A developer's authentik (DEBUG on) offers the Dummy stage, which the tests create
        // through the wizard; tests/api/tst_sandbox.cpp checks a server without DEBUG.
        options.debug = true;
        m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
        if (m_sandbox->start(0) == 0)
            qFatal("could not start the sandbox server");
        m_url = m_sandbox->url();
        m_token = m_sandbox->token();
    }
    m_client = std::make_unique<ApiClient>();
    m_client->setServerUrl(m_url);
    m_client->setToken(m_token);
}

TestServer::~TestServer()
{
    m_client.reset();
    m_sandbox.reset();
}

ApiResult await(ApiReply *reply, int timeoutMs)
{
    ApiResult result;
    result.error = ApiError::timeout(timeoutMs);
    if (!reply)
        return result;
    if (reply->isFinished())
        return reply->result();
    bool done = false;
    QObject::connect(reply, &ApiReply::finished, reply, [&done, &result](ApiReply *finished) {
        result = finished->result();
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, timeoutMs)) {
        reply->cancel();  // finishes it now (as Cancelled); report what really happened
        result = {};
        result.error = ApiError::timeout(timeoutMs);
    }
    return result;
}

int stagesNamed(TestServer &server, const QString &name)
{
    ListQuery query;
    query.filter(QStringLiteral("name"), name);
    return int(await(server.client()->list(QStringLiteral("/stages/all/"), query)).results().size());
}

std::unique_ptr<ApiClient> clientThrough(const TestServer &server, quint16 port, int retries)
{
    auto client = std::make_unique<ApiClient>();
    QUrl url = server.url();
    url.setPort(port);
    client->setServerUrl(url);
    client->setToken(server.token());
    client->setRetries(retries, 50);
    client->setTimeout(3000);
    return client;
}

} // namespace akdesk::test
