#include "tests/support/rawapi.h"

#include "tests/support/schemacheck.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>
#include <QTimer>

namespace akdesk::test {

RawAnswer RawApi::call(const QByteArray &method, const QString &path, const QByteArray &body,
                       const QByteArray &authorization, const QByteArray &contentType)
{
    QString root = m_server.toString();
    while (root.endsWith(QLatin1Char('/')))
        root.chop(1);
    QNetworkRequest request(QUrl(root + QStringLiteral("/api/v3") + path));
    if (authorization.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    else if (authorization != "-")
        request.setRawHeader("Authorization", authorization);
    if (!body.isEmpty() && !contentType.isEmpty())
        request.setRawHeader("Content-Type", contentType);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    // An event loop rather than QTest::qWaitFor, which sleeps 10 ms between rounds.
    QEventLoop loop;
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished())
        qFatal("the server did not answer %s %s", method.constData(), qPrintable(path));
    RawAnswer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                     reply->rawHeader("Content-Type"), reply->rawHeader("Content-Disposition")};
    reply->deleteLater();
    // Every answer a rule test receives must have the shape the bundled schema gives it.
    const QStringList wrong = SchemaCheck::bundled().violations(method, path, answer.status, answer.body);
    if (!wrong.isEmpty())
        QTest::qFail(qPrintable(QStringLiteral("the schema forbids this answer:\n  ") + wrong.join(QStringLiteral("\n  "))), __FILE__, __LINE__);
    return answer;
}

QStringList RawApi::names(const QJsonArray &records)
{
    QStringList list;
    for (const QJsonValue &record : records)
        list.append(record.toObject().value(QLatin1String("name")).toString());
    return list;
}

} // namespace akdesk::test
