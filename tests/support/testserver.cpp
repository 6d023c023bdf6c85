#include "tests/support/testserver.h"

#include "app/sandbox/sandboxserver.h"

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

} // namespace akdesk::test
