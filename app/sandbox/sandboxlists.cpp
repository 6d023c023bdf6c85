#include "app/sandbox/sandboxlists.h"

#include "models/schema/resourcedescriptor.h"

#include <QUuid>

#include <algorithm>

namespace akdesk::sandbox {

namespace {

/// Filters that name the record's primary key rather than a field.
QString fieldOfFilter(const QString &filter)
{
    static const QStringList primaryKeys{QStringLiteral("fsb_uuid"), QStringLiteral("pbm_uuid"), QStringLiteral("flow_uuid"),
                                         QStringLiteral("stage_uuid")};
    return primaryKeys.contains(filter) ? QStringLiteral("pk") : filter;
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
        return QUuid::fromString(value.toString()) == QUuid::fromString(wanted);
    default:
        return value.toVariant().toString() == wanted;
    }
}

/// One parsed filter parameter.
struct Filter
{
    QString field;
    QStringList wanted;  ///< several values (a list filter) match when any does
    FieldType type;
};

/// Checks the filter parameters the way django-filter does; errors go to *errors.
QList<Filter> parseFilters(const ResourceDescriptor &resource, const QUrlQuery &query, QJsonObject *errors)
{
    QList<Filter> filters;
    for (const FilterDescriptor &filter : resource.filters) {
        if (!query.hasQueryItem(filter.name))
            continue;
        const QStringList values = query.allQueryItemValues(filter.name, QUrl::FullyDecoded);
        const FieldType type = filter.type == FieldType::Array ? FieldType::Uuid : filter.type;
        QString error;
        for (const QString &wanted : values) {
            if (type == FieldType::Boolean && wanted != QLatin1String("true") && wanted != QLatin1String("false"))
                error = QStringLiteral("Enter a valid boolean.");
            else if (type == FieldType::Uuid && QUuid::fromString(wanted).isNull())
                error = QStringLiteral("Enter a valid UUID.");
            else if (filter.type != FieldType::Array && !filter.enumValues.isEmpty() && !filter.enumValues.contains(wanted))
                error = QStringLiteral("Select a valid choice. %1 is not one of the available choices.").arg(wanted);
            else if (type == FieldType::Integer) {
                bool ok = false;
                wanted.toLongLong(&ok);
                if (!ok)
                    error = QStringLiteral("Enter a number.");
            }
        }
        if (!error.isEmpty())
            errors->insert(filter.name, QJsonArray{error});
        else
            filters.append({fieldOfFilter(filter.name), filter.type == FieldType::Array ? values : QStringList{values.last()}, type});
    }
    return filters;
}

/// A value as the database sorts it: numbers as numbers, text as text, NULL after everything.
struct SortValue
{
    bool null = false;
    bool numeric = false;
    double number = 0;
    QString text;

    static SortValue of(const QJsonValue &value)
    {
        SortValue v;
        if (value.isNull() || value.isUndefined())
            v.null = true;
        else if (value.isDouble() || value.isBool()) {
            v.numeric = true;
            v.number = value.isBool() ? double(value.toBool()) : value.toDouble();
        } else
            v.text = value.isString() ? value.toString() : value.toVariant().toString();
        return v;
    }

    int compare(const SortValue &other) const
    {
        if (null || other.null)
            return int(null) - int(other.null);
        if (numeric && other.numeric)
            return number < other.number ? -1 : number > other.number ? 1 : 0;
        return text.compare(other.text);
    }
};

/// Row indexes in the order `ordering` asks for (already validated), stable for ties.
QList<int> sortedOrder(const QList<const QJsonObject *> &rows, const QString &ordering)
{
    QList<int> order(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        order[i] = i;
    const QStringList parts = ordering.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return order;
    QList<bool> descending;
    QList<QList<SortValue>> keys(parts.size());  // keys[k][row]
    for (int k = 0; k < parts.size(); ++k) {
        const QString part = parts.at(k).trimmed();
        descending.append(part.startsWith(QLatin1Char('-')));
        const QString field = descending.last() ? part.mid(1) : part;
        keys[k].reserve(rows.size());
        for (const QJsonObject *row : rows)
            keys[k].append(SortValue::of(valueAt(*row, field)));
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        for (int k = 0; k < keys.size(); ++k) {
            const int c = keys.at(k).at(a).compare(keys.at(k).at(b));
            if (c != 0)
                return descending.at(k) ? c > 0 : c < 0;
        }
        return false;
    });
    return order;
}

QString haystackOf(const QJsonObject &row, const QStringList &searchFields)
{
    QStringList texts;
    for (const QString &field : searchFields) {
        const QJsonValue value = valueAt(row, field);
        texts.append(value.isString() ? value.toString() : value.toVariant().toString());
    }
    return texts.join(QLatin1Char('\n'));
}

} // namespace

QString defaultOrdering(const ResourceDescriptor &resource)
{
    // The `ordering` of authentik's viewsets (or their model's Meta.ordering).
    switch (resource.category) {
    case ResourceDescriptor::Category::Stage:
        return resource.key == QLatin1String("stages/all") ? QString() : QStringLiteral("name");
    case ResourceDescriptor::Category::Flow:
        return QStringLiteral("slug,name");
    case ResourceDescriptor::Category::Binding:
        return QStringLiteral("target,order");
    case ResourceDescriptor::Category::Source:
        return QStringLiteral("name");
    default:
        return {};
    }
}

QJsonValue valueAt(const QJsonObject &record, const QString &path)
{
    const int dot = int(path.indexOf(QLatin1Char('.')));
    if (dot < 0)
        return record.value(path);
    return valueAt(record.value(path.left(dot)).toObject(), path.mid(dot + 1));
}

Reply listPage(const ListSource &source, const QUrlQuery &query, ListCache *cache)
{
    const ResourceDescriptor &resource = *source.resource;
    QJsonObject errors;
    const QList<Filter> filters = parseFilters(resource, query, &errors);
    if (!errors.isEmpty())
        return Reply::json(400, errors);

    QString ordering = query.queryItemValue(QStringLiteral("ordering"), QUrl::FullyDecoded).trimmed();
    QStringList normalized;
    for (const QString &part : ordering.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        const QString field = trimmed.startsWith(QLatin1Char('-')) ? trimmed.mid(1) : trimmed;
        if (!resource.orderingFields.contains(field))
            return Reply::json(400, QJsonObject{{QStringLiteral("ordering"),
                                                 QJsonArray{QStringLiteral("Invalid ordering field \"%1\"; use one of: %2.")
                                                                .arg(field, resource.orderingFields.join(QLatin1String(", ")))}}});
        normalized.append(trimmed);
    }
    ordering = normalized.isEmpty() ? defaultOrdering(resource) : normalized.join(QLatin1Char(','));

    // Rows, search texts and the sorted order, from the cache when the data has not changed.
    ListCache::Entry local;
    ListCache::Entry &entry = cache && !source.cacheKey.isEmpty() ? cache->entry(source.cacheKey) : local;
    if (!entry.filled) {
        entry.filled = true;
        entry.rows = source.rows();
        entry.haystacks.reserve(entry.rows.size());
        for (const QJsonObject *row : std::as_const(entry.rows))
            entry.haystacks.append(haystackOf(*row, resource.searchFields));
    }
    auto sorted = entry.orders.find(ordering);
    if (sorted == entry.orders.end())
        sorted = entry.orders.insert(ordering, sortedOrder(entry.rows, ordering));

    const QString search = query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded).trimmed();
    QList<int> selected;
    selected.reserve(sorted->size());
    for (const int index : *sorted) {
        if (!search.isEmpty() && !entry.haystacks.at(index).contains(search, Qt::CaseInsensitive))
            continue;
        const QJsonObject &row = *entry.rows.at(index);
        const bool kept = std::all_of(filters.begin(), filters.end(), [&row](const Filter &filter) {
            const QJsonValue value = valueAt(row, filter.field);
            return std::any_of(filter.wanted.begin(), filter.wanted.end(),
                               [&](const QString &wanted) { return matches(value, wanted, filter.type); });
        });
        if (kept)
            selected.append(index);
    }

    // DRF's PageNumberPagination: a page size that is not a positive integer falls back to the
    // default, and authentik sets no maximum.
    bool sizeOk = false;
    int pageSize = query.queryItemValue(QStringLiteral("page_size")).trimmed().toInt(&sizeOk);
    if (!sizeOk || pageSize < 1)
        pageSize = 100;
    const int count = int(selected.size());
    const int totalPages = std::max(1, int((qint64(count) + pageSize - 1) / pageSize));
    int page = 1;
    if (query.hasQueryItem(QStringLiteral("page"))) {
        const QString text = query.queryItemValue(QStringLiteral("page")).trimmed();
        bool pageOk = false;
        page = text == QLatin1String("last") ? totalPages : text.toInt(&pageOk);
        if ((text != QLatin1String("last") && !pageOk) || page < 1 || page > totalPages)
            return Reply::detail(404, QStringLiteral("Invalid page."));
    }
    const int first = (page - 1) * pageSize;
    const int last = std::min(count, first + pageSize);
    QJsonArray results;
    for (int i = first; i < last; ++i)
        results.append(source.render(*entry.rows.at(selected.at(i))));
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
