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
    /// DRF's error body, {"detail": ...}: its exception handler renders the detail alone.
    static Reply detail(int status, const QString &detail);
    static Reply noContent();
};

} // namespace akdesk::sandbox
