#include "models/drafts/draft.h"

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

} // namespace akdesk
