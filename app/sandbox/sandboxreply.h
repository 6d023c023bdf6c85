#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace akdesk::sandbox {

/// One answer of the sandbox: status, body, its content type and any further headers.
struct Reply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers;

    static Reply json(int status, const QJsonObject &object);
    static Reply json(int status, const QJsonArray &array);
    /// DRF's error body: {"detail": ..., "code": ...} (no code when empty).
    static Reply detail(int status, const QString &detail, const QString &code = {});
    static Reply noContent();
};

} // namespace akdesk::sandbox
