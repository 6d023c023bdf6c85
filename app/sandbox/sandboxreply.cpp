#include "app/sandbox/sandboxreply.h"

#include <QJsonDocument>

namespace akdesk::sandbox {

Reply Reply::json(int status, const QJsonObject &object)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"), {}};
}

Reply Reply::json(int status, const QJsonArray &array)
{
    return {status, QJsonDocument(array).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"), {}};
}

Reply Reply::detail(int status, const QString &detail)
{
    return json(status, QJsonObject{{QStringLiteral("detail"), detail}});
}

Reply Reply::noContent()
{
    return {204, {}, {}, {}};
}

} // namespace akdesk::sandbox
