#include "models/drafts/draft.h"

#include <QJsonArray>

#include <algorithm>

namespace akdesk {

QString Draft::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Update:
        return QStringLiteral("update");
    case Operation::Create:
        return QStringLiteral("create");
    case Operation::Delete:
        return QStringLiteral("delete");
    case Operation::Reorder:
        return QStringLiteral("reorder");
    }
    return {};
}

Draft::Operation Draft::operationFromName(const QString &name)
{
    if (name == QLatin1String("create"))
        return Operation::Create;
    if (name == QLatin1String("delete"))
        return Operation::Delete;
    if (name == QLatin1String("reorder"))
        return Operation::Reorder;
    return Operation::Update;
}

QString Draft::statusName(Status status)
{
    switch (status) {
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Conflict:
        return QStringLiteral("conflict");
    case Status::Rejected:
        return QStringLiteral("rejected");
    case Status::Deleted:
        return QStringLiteral("deleted");
    }
    return {};
}

Draft::Status Draft::statusFromName(const QString &name)
{
    if (name == QLatin1String("conflict"))
        return Status::Conflict;
    if (name == QLatin1String("rejected"))
        return Status::Rejected;
    if (name == QLatin1String("deleted"))
        return Status::Deleted;
    return Status::Pending;
}

QJsonObject Draft::ordersAsJson(const QHash<QString, int> &orders)
{
    QList<QPair<int, QString>> sorted;
    for (auto it = orders.cbegin(); it != orders.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end());
    QJsonArray rows;
    for (const auto &[order, pk] : std::as_const(sorted))
        rows.append(QJsonObject{{QStringLiteral("pk"), pk}, {QStringLiteral("order"), order}});
    return {{QStringLiteral("bindings"), rows}};
}

QHash<QString, int> Draft::ordersOf(const QJsonObject &object)
{
    QHash<QString, int> out;
    for (const QJsonValue &row : object.value(QLatin1String("bindings")).toArray())
        out.insert(row[QLatin1String("pk")].toString(), row[QLatin1String("order")].toInt());
    return out;
}

QHash<QString, QString> Draft::bindingNames(const QJsonObject &base)
{
    QHash<QString, QString> out;
    for (const QJsonValue &row : base.value(QLatin1String("bindings")).toArray())
        out.insert(row[QLatin1String("pk")].toString(), row[QLatin1String("name")].toString());
    return out;
}

} // namespace akdesk
