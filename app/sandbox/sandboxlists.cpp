#include "app/sandbox/sandboxlists.h"

#include "models/schema/resourcedescriptor.h"

#include <QUuid>

#include <algorithm>
#include <cmath>

namespace akdesk::sandbox {

namespace {

/// Filters that name the record's primary key rather than a field.
QString fieldOfFilter(const QString &filter)
{
    if (filter == QLatin1String("fsb_uuid") || filter == QLatin1String("pbm_uuid") || filter == QLatin1String("flow_uuid")
        || filter == QLatin1String("stage_uuid"))
        return QStringLiteral("pk");
    return filter;
}

bool matches(const QJsonValue &value, const QString &wanted, FieldType type)
{
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        return std::any_of(items.begin(), items.end(), [&](const QJsonValue &item) { return matches(item, wanted, type); });
    }
    switch (type) {
    case FieldType::Boolean:
        return value.toBool() == (wanted == QLatin1String("true"));
    case FieldType::Integer:
    case FieldType::Number:
        return value.toDouble() == wanted.toDouble();
    case FieldType::Uuid:
        return value.toString().compare(wanted, Qt::CaseInsensitive) == 0;
    default:
        return value.toVariant().toString() == wanted;
    }
}

QString sortKey(const QJsonValue &value)
{
    if (value.isDouble()) {
        // Fixed width so that numbers compare as numbers.
        return QStringLiteral("%1").arg(value.toDouble() + 1e12, 20, 'f', 3, QLatin1Char('0'));
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return value.toString();
}

} // namespace

QJsonValue valueAt(const QJsonObject &record, const QString &path)
{
    const int dot = int(path.indexOf(QLatin1Char('.')));
    if (dot < 0)
        return record.value(path);
    return valueAt(record.value(path.left(dot)).toObject(), path.mid(dot + 1));
}

Reply listPage(const QList<QJsonObject> &rows, const QUrlQuery &query, const ResourceDescriptor &resource,
               const std::function<QJsonObject(const QJsonObject &)> &render)
{
    QList<const QJsonObject *> selected;
    selected.reserve(rows.size());
    for (const QJsonObject &row : rows)
        selected.append(&row);

    // Filters, each checked the way django-filter would.
    QJsonObject errors;
    for (const FilterDescriptor &filter : resource.filters) {
        if (!query.hasQueryItem(filter.name))
            continue;
        const QString wanted = query.queryItemValue(filter.name, QUrl::FullyDecoded);
        FieldType type = filter.type;
        if (type == FieldType::Boolean && wanted != QLatin1String("true") && wanted != QLatin1String("false")) {
            errors.insert(filter.name, QJsonArray{QStringLiteral("Enter a valid boolean.")});
            continue;
        }
        if (type == FieldType::Uuid && QUuid::fromString(wanted).isNull()) {
            errors.insert(filter.name, QJsonArray{QStringLiteral("Enter a valid UUID.")});
            continue;
        }
        if ((type == FieldType::Enum || !filter.enumValues.isEmpty()) && !filter.enumValues.contains(wanted)) {
            errors.insert(filter.name, QJsonArray{QStringLiteral("Select a valid choice. %1 is not one of the available choices.").arg(wanted)});
            continue;
        }
        if (type == FieldType::Integer) {
            bool ok = false;
            wanted.toLongLong(&ok);
            if (!ok) {
                errors.insert(filter.name, QJsonArray{QStringLiteral("Enter a number.")});
                continue;
            }
        }
        if (type == FieldType::Array)
            type = FieldType::Uuid;
        const QString field = fieldOfFilter(filter.name);
        selected.erase(std::remove_if(selected.begin(), selected.end(),
                                      [&](const QJsonObject *row) { return !matches(valueAt(*row, field), wanted, type); }),
                       selected.end());
    }
    if (!errors.isEmpty())
        return Reply::json(400, errors);

    const QString search = query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded).trimmed();
    if (!search.isEmpty()) {
        selected.erase(std::remove_if(selected.begin(), selected.end(),
                                      [&](const QJsonObject *row) {
                                          for (const QString &field : resource.searchFields) {
                                              if (valueAt(*row, field).toString().contains(search, Qt::CaseInsensitive))
                                                  return false;
                                          }
                                          return true;
                                      }),
                       selected.end());
    }

    const QString ordering = query.queryItemValue(QStringLiteral("ordering"), QUrl::FullyDecoded).trimmed();
    if (!ordering.isEmpty()) {
        struct Key { QString field; bool descending; };
        QList<Key> keys;
        for (QString part : ordering.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            part = part.trimmed();
            const bool descending = part.startsWith(QLatin1Char('-'));
            const QString field = descending ? part.mid(1) : part;
            if (!resource.orderingFields.contains(field))
                return Reply::json(400, QJsonObject{{QStringLiteral("ordering"),
                                                     QJsonArray{QStringLiteral("Invalid ordering field \"%1\"; use one of: %2.")
                                                                    .arg(field, resource.orderingFields.join(QLatin1String(", ")))}}});
            keys.append({field, descending});
        }
        // Sort keys are computed once per row, then compared (stable, like the database's order).
        QList<QPair<QStringList, const QJsonObject *>> keyed;
        keyed.reserve(selected.size());
        for (const QJsonObject *row : std::as_const(selected)) {
            QStringList values;
            for (const Key &key : std::as_const(keys))
                values.append(sortKey(valueAt(*row, key.field)));
            keyed.append({values, row});
        }
        std::stable_sort(keyed.begin(), keyed.end(), [&keys](const auto &a, const auto &b) {
            for (int i = 0; i < keys.size(); ++i) {
                const int c = a.first.at(i).compare(b.first.at(i));
                if (c != 0)
                    return keys.at(i).descending ? c > 0 : c < 0;
            }
            return false;
        });
        for (int i = 0; i < keyed.size(); ++i)
            selected[i] = keyed.at(i).second;
    }

    bool sizeOk = false;
    int pageSize = query.queryItemValue(QStringLiteral("page_size")).toInt(&sizeOk);
    if (!sizeOk || pageSize < 1)
        pageSize = 100;
    int page = 1;
    if (query.hasQueryItem(QStringLiteral("page"))) {
        bool pageOk = false;
        page = query.queryItemValue(QStringLiteral("page")).toInt(&pageOk);
        if (!pageOk || page < 1)
            return Reply::detail(404, QStringLiteral("Invalid page."));
    }
    const int count = int(selected.size());
    const int totalPages = std::max(1, int(std::ceil(double(count) / pageSize)));
    if (page > totalPages)
        return Reply::detail(404, QStringLiteral("Invalid page."));
    const int first = (page - 1) * pageSize;
    const int last = std::min(count, first + pageSize);
    QJsonArray results;
    for (int i = first; i < last; ++i)
        results.append(render(*selected.at(i)));
    const QJsonObject pagination{
        {QStringLiteral("next"), page < totalPages ? page + 1 : 0},
        {QStringLiteral("previous"), page > 1 ? page - 1 : 0},
        {QStringLiteral("count"), count},
        {QStringLiteral("current"), page},
        {QStringLiteral("total_pages"), totalPages},
        {QStringLiteral("start_index"), count == 0 ? 0 : first + 1},
        {QStringLiteral("end_index"), last},
    };
    return Reply::json(200, QJsonObject{{QStringLiteral("pagination"), pagination}, {QStringLiteral("results"), results}});
}

} // namespace akdesk::sandbox
