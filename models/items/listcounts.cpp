#include "models/items/listcounts.h"

#include "models/items/pagedlistmodel.h"

namespace akdesk {

ListCounts::ListCounts(PagedListModel *list, const QString &listPath, GroupOf groupOf, QObject *parent)
    : QObject(parent)
    , m_list(list)
    , m_path(listPath)
    , m_groupOf(std::move(groupOf))
{
    connect(m_list, &QAbstractItemModel::rowsInserted, this, &ListCounts::recount);
    connect(m_list, &PagedListModel::stateChanged, this, &ListCounts::recount);
    recount();
}

ListCounts::~ListCounts() = default;

int ListCounts::countOf(const QString &group) const
{
    return m_known ? m_counts.value(group, 0) : -1;
}

void ListCounts::recount()
{
    const int rows = m_list->rowCount();
    if (m_list->path() != m_path || !m_list->search().isEmpty() || !m_list->filters().isEmpty()
        || m_list->isSearchedLocally() || rows != m_list->totalCount())
        return;
    QHash<QString, QString> groups;
    QHash<QString, int> counts;
    for (int row = 0; row < rows; ++row) {
        const QJsonObject record = m_list->record(row);
        const QString group = m_groupOf(record);
        groups.insert(record.value(QLatin1String("pk")).toVariant().toString(), group);
        ++counts[group];
    }
    if (m_known && groups == m_groups)
        return;
    m_known = true;
    m_groups = groups;
    m_counts = counts;
    Q_EMIT changed();
}

void ListCounts::apply(const RecordChange &change)
{
    if (!m_known || !change.concerns(m_path))
        return;
    const QString id = change.pk();
    const auto known = m_groups.constFind(id);
    if (known != m_groups.constEnd())
        --m_counts[*known];
    if (change.kind == RecordChange::Kind::Deleted) {
        if (known == m_groups.constEnd())
            return;
        m_groups.remove(id);
    } else {
        // An update that does not name the group's field keeps the group it had.
        const QString group = change.record.isEmpty() && known != m_groups.constEnd() ? *known : m_groupOf(change.record);
        m_groups.insert(id, group);
        ++m_counts[group];
    }
    Q_EMIT changed();
}

} // namespace akdesk
