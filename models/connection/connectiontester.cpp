#include "models/connection/connectiontester.h"

#include "models/api/apiclient.h"
#include "models/records/record.h"

namespace akdesk {

ConnectionTester::ConnectionTester(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

ConnectionTester::~ConnectionTester()
{
    blockSignals(true);
    if (m_reply)
        m_reply->cancel();
}

QString ConnectionTester::checkName(Check check)
{
    switch (check) {
    case Check::Reachable:
        return tr("Server reachable");
    case Check::Tls:
        return tr("Secure connection (TLS)");
    case Check::Token:
        return tr("Token accepted");
    case Check::Version:
        return tr("authentik version");
    }
    return {};
}

bool ConnectionTester::passed() const
{
    return !m_results.isEmpty() && std::all_of(m_results.begin(), m_results.end(),
                                                [](const Result &result) { return result.ok || result.skipped; })
        && std::any_of(m_results.begin(), m_results.end(), [](const Result &r) { return r.check == Check::Version && r.ok; });
}

void ConnectionTester::add(Check check, bool ok, const QString &message, const ApiError &error)
{
    Result result;
    result.check = check;
    result.ok = ok;
    result.message = message;
    result.error = error;
    m_results.append(result);
    Q_EMIT progressed(result);
}

void ConnectionTester::skipFrom(Check first)
{
    for (Check check : {Check::Reachable, Check::Tls, Check::Token, Check::Version}) {
        if (int(check) < int(first))
            continue;
        Result result;
        result.check = check;
        result.skipped = true;
        result.message = tr("not checked");
        m_results.append(result);
        Q_EMIT progressed(result);
    }
    m_running = false;
    Q_EMIT finished(false);
}

void ConnectionTester::start()
{
    m_results.clear();
    m_running = true;
    if (m_client->isWorkingOffline()) {
        add(Check::Reachable, false, tr("akdesk is working offline; turn it off to test the connection."),
            ApiError::offline());
        skipFrom(Check::Tls);
        return;
    }
    // Any answer from the API root, even an error status, proves the server and TLS are fine.
    m_reply = m_client->get(QStringLiteral("/root/config/"));
    connect(m_reply, &ApiReply::finished, this, [this](ApiReply *reply) {
        const ApiError &error = reply->error();
        const bool https = m_client->serverUrl().scheme() == QLatin1String("https");
        const bool answered = reply->ok() || (error.status > 0 && !reply->cachedAt().isValid());
        if (!answered) {
            const bool tlsFailed = error.networkError == QNetworkReply::SslHandshakeFailedError
                                   || (error.networkError >= QNetworkReply::SslHandshakeFailedError
                                       && error.networkError < QNetworkReply::ProxyConnectionRefusedError
                                       && !error.sslErrors.isEmpty());
            if (tlsFailed) {
                add(Check::Reachable, true, tr("%1 answers.").arg(m_client->serverUrl().host()));
                add(Check::Tls, false, error.message(), error);
                skipFrom(Check::Token);
            } else {
                add(Check::Reachable, false, error.message(), error);
                skipFrom(Check::Tls);
            }
            return;
        }
        add(Check::Reachable, true, tr("%1 answers.").arg(m_client->serverUrl().host()));
        if (https) {
            add(Check::Tls, true, tr("The certificate is trusted."));
        } else {
            Result plain;
            plain.check = Check::Tls;
            plain.skipped = true;
            plain.message = tr("plain http (allowed for this computer or by your exception)");
            m_results.append(plain);
            Q_EMIT progressed(plain);
        }
        checkToken();
    });
}

void ConnectionTester::checkToken()
{
    m_reply = m_client->currentUser();
    connect(m_reply, &ApiReply::finished, this, [this](ApiReply *reply) {
        if (!reply->ok()) {
            add(Check::Token, false,
                reply->error().kind == ApiError::Kind::Unauthorized || reply->error().kind == ApiError::Kind::Forbidden
                    ? tr("The token was refused: %1").arg(reply->error().message())
                    : reply->error().message(),
                reply->error());
            skipFrom(Check::Version);
            return;
        }
        const QJsonObject user = reply->object().value(QLatin1String("user")).toObject();
        const QString name = records::textOf(user.isEmpty() ? reply->object() : user, "username");
        add(Check::Token, true, name.isEmpty() ? tr("The token is accepted.") : tr("The token belongs to %1.").arg(name));
        checkVersion();
    });
}

void ConnectionTester::checkVersion()
{
    m_reply = m_client->serverVersion();
    connect(m_reply, &ApiReply::finished, this, [this](ApiReply *reply) {
        if (!reply->ok()) {
            add(Check::Version, false, reply->error().message(), reply->error());
            m_running = false;
    Q_EMIT finished(false);
            return;
        }
        const QString version = ApiClient::versionOf(reply);
        add(Check::Version, !version.isEmpty(),
            version.isEmpty() ? tr("The server did not say which version it runs.") : tr("authentik %1").arg(version));
        m_running = false;
        Q_EMIT finished(passed());
    });
}

} // namespace akdesk
