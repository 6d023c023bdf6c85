#pragma once

#include "models/api/apiclient.h"
#include "tests/support/testdata.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace akdesk::sandbox {
class SandboxServer;
}

namespace akdesk::test {

/// The server API tests talk to: a real authentik when AKDESK_TEST_URL and AKDESK_TEST_TOKEN are
/// set, otherwise a fresh in-process sandbox on a free loopback port.
class TestServer final
{
public:
    explicit TestServer(int seedStages = 0);
    ~TestServer();

    bool isSandbox() const { return m_sandbox != nullptr; }
    sandbox::SandboxServer *sandbox() const { return m_sandbox.get(); }
    QUrl url() const { return m_url; }
    QString token() const { return m_token; }
    /// A client already pointed at the server with the right token.
    ApiClient *client() { return m_client.get(); }

private:
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    QUrl m_url;
    QString m_token;
};

/// Waits (spinning the event loop) until the reply finished and returns its result. A reply that
/// does not finish in time gives a result with ApiError::Kind::Timeout.
ApiResult await(ApiReply *reply, int timeoutMs = 15000);

/// How many stages of any kind the server holds by this exact name (asked of the server itself,
/// not through a proxy in the way).
int stagesNamed(TestServer &server, const QString &name);

/// A client for `server` whose requests go to `port` on loopback instead (a FaultProxy there),
/// with no automatic retries unless `retries` says so and a short timeout.
std::unique_ptr<ApiClient> clientThrough(const TestServer &server, quint16 port, int retries = 0);

} // namespace akdesk::test
