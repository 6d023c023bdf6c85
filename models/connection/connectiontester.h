#pragma once

#include "models/api/apierror.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace akdesk {

class ApiClient;
class ApiReply;

/// "Test connection": checks, in order, that the server answers, that TLS is trusted, that the
/// token is accepted (/core/users/me/) and which authentik version runs (/admin/version/), and
/// names the one that failed.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    enum class Check { Reachable, Tls, Token, Version };
    Q_ENUM(Check)
    struct Result
    {
        Check check = Check::Reachable;
        bool ok = false;
        bool skipped = false;  ///< not run because an earlier check failed (or plain http: no TLS)
        QString message;
        ApiError error;
    };

    /// Uses `client` as configured (server URL, token, CA certificates, timeouts).
    explicit ConnectionTester(ApiClient *client, QObject *parent = nullptr);
    ~ConnectionTester() override;

    void start();
    bool isRunning() const { return m_running; }
    QList<Result> results() const { return m_results; }
    bool passed() const;
    static QString checkName(Check check);

Q_SIGNALS:
    void progressed(const akdesk::ConnectionTester::Result &result);
    void finished(bool passed);

private:
    void add(Check check, bool ok, const QString &message, const ApiError &error = {});
    void skipFrom(Check first);
    void checkToken();
    void checkVersion();

    ApiClient *m_client;
    QPointer<ApiReply> m_reply;
    QList<Result> m_results;
    bool m_running = false;
};

} // namespace akdesk
