#pragma once

#include "models/api/apierror.h"
#include "models/api/listquery.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QNetworkReply;
class QTimer;

namespace akdesk {

/// What one finished request produced, as a value that outlives the ApiReply.
struct ApiResult
{
    ApiError error;
    int status = 0;
    QByteArray body;      ///< the whole body as received (e.g. export YAML)
    QJsonDocument json;   ///< the body parsed as JSON (null for 204 or non-JSON bodies)
    Pagination pagination; ///< for list calls

    bool ok() const { return !error.isError(); }
    QJsonObject object() const { return json.object(); }
    QJsonArray results() const { return json.object().value(QLatin1String("results")).toArray(); }
};

/// One running API request. Emits finished() exactly once (success, error, timeout or cancel),
/// then deletes itself later (deleteLater): copy result() in the slot, do not keep the pointer.
class ApiReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiReply)

public:
    ~ApiReply() override;

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_result.ok(); }
    const ApiError &error() const { return m_result.error; }
    int status() const { return m_result.status; }
    const ApiResult &result() const { return m_result; }
    QByteArray body() const { return m_result.body; }
    QJsonDocument json() const { return m_result.json; }
    QJsonObject object() const { return m_result.json.object(); }
    QJsonArray results() const { return m_result.results(); }
    Pagination pagination() const { return m_result.pagination; }
    QString method() const { return m_method; }
    QString path() const { return m_path; }

    /// Aborts the request; finished() follows with Kind::Cancelled unless it already finished.
    void cancel();

Q_SIGNALS:
    void finished(akdesk::ApiReply *reply);

private:
    friend class ApiClient;
    ApiReply(const QString &method, const QString &path, QObject *parent);
    void attach(QNetworkReply *reply, int timeoutMs);
    void complete();
    void fail(const ApiError &error);

    QString m_method;
    QString m_path;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer = nullptr;
    bool m_finished = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    ApiResult m_result;
};

} // namespace akdesk
