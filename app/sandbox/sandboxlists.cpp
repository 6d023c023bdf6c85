#include "app/sandbox/sandboxlists.h"

#include "models/items/searchterms.h"
#include "models/schema/resourcedescriptor.h"

#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace akdesk::sandbox {

namespace {

constexpr int kDefaultPageSize = 20;        ///< SystemSettings.pagination_default_page_size
constexpr int kMaxPageSize = 100;           ///< SystemSettings.pagination_max_page_size
constexpr int kRestFrameworkPageSize = 100; ///< REST_FRAMEWORK["PAGE_SIZE"]

/// A query parameter as Django's QueryDict.get() reads it: the last of repeated ones, '+' a space.
QString lastValue(const QUrlQuery &query, const QString &name)
{
    const QStringList values = query.allQueryItemValues(name, QUrl::FullyEncoded);
    if (values.isEmpty())
        return {};
    QByteArray raw = values.last().toUtf8();
    raw.replace('+', ' ');
    return QUrl::fromPercentEncoding(raw);
}

/// Filters that name the record's primary key rather than a field; a binding's pbm_uuid is its
/// PolicyBindingModel parent's key (policybindingmodel_ptr_id), not its own fsb_uuid.
QString fieldOfFilter(const ResourceDescriptor &resource, const QString &filter)
{
    if (filter == QLatin1String("pbm_uuid") && resource.category == ResourceDescriptor::Category::Binding)
        return QStringLiteral("policybindingmodel_ptr_id");
    static const QStringList primaryKeys{QStringLiteral("fsb_uuid"), QStringLiteral("pbm_uuid"), QStringLiteral("flow_uuid"),
                                         QStringLiteral("stage_uuid"), QStringLiteral("policy_uuid")};
    return primaryKeys.contains(filter) ? QStringLiteral("pk") : filter;
}

/// Python's uuid.UUID(hex): "urn:uuid:" and braces dropped, hyphens anywhere, 32 hex digits.
QUuid parseUuid(QString text)
{
    text = text.trimmed().remove(QStringLiteral("urn:")).remove(QStringLiteral("uuid:"));
    while (text.startsWith(QLatin1Char('{')))
        text.remove(0, 1);
    while (text.endsWith(QLatin1Char('}')))
        text.chop(1);
    text.remove(QLatin1Char('-'));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{32}$"));
    if (!hex.match(text).hasMatch())
        return {};
    return QUuid::fromString(QStringLiteral("%1-%2-%3-%4-%5").arg(text.mid(0, 8), text.mid(8, 4), text.mid(12, 4), text.mid(16, 4), text.mid(20)));
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
        return parseUuid(value.toString()) == parseUuid(wanted);
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

/// The filter parameters as django-filter's FilterSet reads them (django_filters/filters.py,
/// rest_framework/filterset.py, Django's form fields): an empty value does not filter; a boolean
/// is BooleanWidget's "true"/"false"/"1"/"0" in any case, anything else does not filter; a
/// foreign key (ModelChoiceFilter) must name an object of the related model; a primary key filter
/// (UUIDFilter) must be a UUID; a choice one of the choices; a number a number. Errors go to
/// *errors as DjangoFilterBackend raises them: {"<filter>": ["<message>"]}.
QList<Filter> parseFilters(const ListSource &source, const QUrlQuery &query, QJsonObject *errors)
{
    const ResourceDescriptor &resource = *source.resource;
    QList<Filter> filters;
    for (const FilterDescriptor &filter : resource.filters) {
        if (!query.hasQueryItem(filter.name))
            continue;
        const bool many = filter.type == FieldType::Array;
        QStringList values;
        if (many) {
            for (const QString &value : query.allQueryItemValues(filter.name, QUrl::FullyDecoded)) {
                if (!value.trimmed().isEmpty())
                    values.append(value.trimmed());
            }
        } else {
            values = QStringList{lastValue(query, filter.name).trimmed()};
        }
        if (values.isEmpty() || values.first().isEmpty())
            continue;  // EMPTY_VALUES: the filter is skipped
        const bool primaryKey = filter.name.endsWith(QLatin1String("_uuid"));
        const bool foreignKey = !many && !primaryKey && filter.type == FieldType::Uuid;
        // ModelMultipleChoiceFilter on uuids, except the filters over names, integer pks and
        // choices (authentik/core/api/users.py, groups.py: MultipleChoiceFilter, CharFilter).
        static const QStringList plainArrays{QStringLiteral("groups_by_name"), QStringLiteral("members_by_username"),
                                             QStringLiteral("members_by_pk"), QStringLiteral("type"), QStringLiteral("roles_by_name")};
        FieldType type = many ? (plainArrays.contains(filter.name) ? FieldType::String : FieldType::Uuid) : filter.type;
        QString error;
        if (type == FieldType::Boolean) {
            const QString lower = values.first().toLower();
            static const QHash<QString, bool> booleans{{QStringLiteral("true"), true}, {QStringLiteral("1"), true},
                                                       {QStringLiteral("false"), false}, {QStringLiteral("0"), false}};
            if (!booleans.contains(lower))
                continue;  // BooleanWidget reads it as None: no filter
            values = QStringList{booleans.value(lower) ? QStringLiteral("true") : QStringLiteral("false")};
        } else if (foreignKey) {
            // ModelChoiceField.to_python: queryset.get(pk=value) failing in any way.
            const QUuid uuid = parseUuid(values.first());
            if (uuid.isNull() || (source.exists && !filter.reference.isEmpty()
                                  && !source.exists(filter.reference, uuid.toString(QUuid::WithoutBraces))))
                error = QStringLiteral("Select a valid choice. That choice is not one of the available choices.");
        } else if (type == FieldType::Uuid) {
            for (const QString &wanted : std::as_const(values)) {
                if (parseUuid(wanted).isNull())
                    error = many ? QStringLiteral("\u201c%1\u201d is not a valid value.").arg(wanted) : QStringLiteral("Enter a valid UUID.");
            }
            // ModelMultipleChoiceField._check_values (Django's forms/models.py): after every
            // value parsed, the first that names no object.
            if (error.isEmpty() && many && source.exists && !filter.reference.isEmpty()) {
                for (const QString &wanted : std::as_const(values)) {
                    if (!source.exists(filter.reference, parseUuid(wanted).toString(QUuid::WithoutBraces))) {
                        error = QStringLiteral("Select a valid choice. %1 is not one of the available choices.").arg(wanted);
                        break;
                    }
                }
            }
        } else if (many && !filter.enumValues.isEmpty()) {
            // MultipleChoiceFilter: every value one of the choices.
            for (const QString &wanted : std::as_const(values)) {
                if (!filter.enumValues.contains(wanted)) {
                    error = QStringLiteral("Select a valid choice. %1 is not one of the available choices.").arg(wanted);
                    break;
                }
            }
        } else if (!filter.enumValues.isEmpty()) {
            if (!filter.enumValues.contains(values.first()))
                error = QStringLiteral("Select a valid choice. %1 is not one of the available choices.").arg(values.first());
        } else if (type == FieldType::Integer || type == FieldType::Number) {
            bool ok = false;
            values.first().toDouble(&ok);
            if (!ok)
                error = QStringLiteral("Enter a number.");
            type = FieldType::Number;
        }
        if (!error.isEmpty())
            errors->insert(filter.name, QJsonArray{error});
        else
            filters.append({fieldOfFilter(resource, filter.name), values, type});
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
        // A Django lookup across a relation ("stage__name") reads the serialized object ("stage_obj.name").
        const QString path = field.contains(QLatin1String("__")) ? QString(field).replace(QLatin1String("__"), QLatin1String("_obj.")) : field;
        keys[k].reserve(rows.size());
        for (const QJsonObject *row : rows)
            keys[k].append(SortValue::of(valueAt(*row, path)));
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

QStringList orderingFields(const ResourceDescriptor &resource)
{
    QStringList fields = resource.orderingFields;
    // FlowStageBindingViewSet's ordering_fields include the stage's name.
    if (resource.category == ResourceDescriptor::Category::Binding)
        fields.append(QStringLiteral("stage__name"));
    return fields;
}

QString defaultOrdering(const ResourceDescriptor &resource)
{
    // The `ordering` of authentik's viewsets (or their model's Meta.ordering).
    // PolicyBindingViewSet.ordering = ["target", "order"] (authentik/policies/api/bindings.py),
    // target being the pbm_uuid; the policy viewsets order by name, users by username
    // (authentik/core/api/users.py), groups by name (groups.py). Ties by pk.
    if (resource.key == QLatin1String("policies/bindings"))
        return QStringLiteral("target,order,pk");
    if (resource.key.startsWith(QLatin1String("policies/")) || resource.key == QLatin1String("core/groups"))
        return QStringLiteral("name");
    if (resource.key == QLatin1String("core/users"))
        return QStringLiteral("username");
    switch (resource.category) {
    case ResourceDescriptor::Category::Stage:
        return resource.key == QLatin1String("stages/all") ? QString() : QStringLiteral("name");
    case ResourceDescriptor::Category::Flow:
        return QStringLiteral("slug,name");
    case ResourceDescriptor::Category::Binding:
        // FlowStageBindingViewSet.ordering (authentik/flows/api/bindings.py), ties by pk.
        return QStringLiteral("order,pk");
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
    const QList<Filter> filters = parseFilters(source, query, &errors);
    if (!errors.isEmpty())
        return Reply::json(400, errors);

    // DRF's OrderingFilter.get_ordering: the fields named, stripped; remove_invalid_fields keeps
    // those whose name without '-' is an ordering field and that match ORDER_PATTERN, silently
    // dropping the rest; none left means the view's default ordering.
    static const QRegularExpression orderPattern(QStringLiteral("^(?:\\?|[-+]?[.\\w]+$)"));
    QString ordering = lastValue(query, QStringLiteral("ordering"));
    QStringList normalized;
    for (const QString &part : ordering.split(QLatin1Char(','))) {
        const QString term = part.trimmed();
        QString field = term;
        while (field.startsWith(QLatin1Char('-')))
            field.remove(0, 1);
        if (orderingFields(resource).contains(field) && orderPattern.match(term).hasMatch())
            normalized.append(term);
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

    // DRF's SearchFilter: every term must be found (icontains) in one of the search fields.
    const QStringList terms = akdesk::searchTerms(lastValue(query, QStringLiteral("search")));
    QList<int> selected;
    selected.reserve(sorted->size());
    for (const int index : *sorted) {
        const QString &haystack = entry.haystacks.at(index);
        if (!std::all_of(terms.begin(), terms.end(), [&haystack](const QString &term) { return haystack.contains(term, Qt::CaseInsensitive); }))
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

    // authentik/api/pagination.py (Pagination.get_page_size): without `page_size` the tenant's
    // pagination_default_page_size (20, authentik/tenants/models.py). With it, DRF's
    // PageNumberPagination.get_page_size parses a strictly positive integer and otherwise returns
    // its page_size, REST_FRAMEWORK["PAGE_SIZE"] = 100 (authentik/root/settings.py); either is
    // capped at the tenant's pagination_max_page_size (100).
    int pageSize = kDefaultPageSize;
    if (query.hasQueryItem(QStringLiteral("page_size"))) {
        bool sizeOk = false;
        pageSize = lastValue(query, QStringLiteral("page_size")).trimmed().toInt(&sizeOk);
        if (!sizeOk || pageSize < 1)
            pageSize = kRestFrameworkPageSize;
        pageSize = std::min(pageSize, kMaxPageSize);
    }
    const int count = int(selected.size());
    // Django's Paginator: an empty list still has one (empty) page.
    const int totalPages = std::max(1, int((qint64(count) + pageSize - 1) / pageSize));
    // DRF's paginate_queryset: `query_params.get("page") or 1`, "last" is the last page, and
    // Django's Paginator.validate_number refuses what int() does not take, < 1 and > num_pages.
    const QString pageText = lastValue(query, QStringLiteral("page")).trimmed();
    int page = 1;
    if (!pageText.isEmpty()) {
        bool pageOk = pageText == QLatin1String("last");
        page = pageOk ? totalPages : pageText.toInt(&pageOk);
        if (!pageOk || page < 1 || page > totalPages)
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
    // `autocomplete` is the QL search's schema, {} for views without QL fields (stages, flows,
    // bindings, sources); the 2026 schema requires it in every paginated list.
    return Reply::json(200, QJsonObject{{QStringLiteral("pagination"), pagination},
                                        {QStringLiteral("results"), results},
                                        {QStringLiteral("autocomplete"), QJsonObject()}});
}

} // namespace akdesk::sandbox
