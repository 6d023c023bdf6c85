#include "models/items/pagedlistmodel.h"

#include "models/api/apiclient.h"
#include "models/drafts/draftsmodel.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace akdesk {

PagedListModel::PagedListModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

PagedListModel::~PagedListModel()
{
    // Whoever listens may be going away too (the list pane owns this model): no signals now.
    blockSignals(true);
    cancel();
}

void PagedListModel::setColumns(const QList<Column> &columns)
{
    beginResetModel();
    m_columns = columns;
    endResetModel();
}

void PagedListModel::setPath(const QString &path)
{
    m_path = path;
}

void PagedListModel::setSearch(const QString &search)
{
    m_query.search = search;
}

void PagedListModel::setFilters(const QList<QPair<QString, QString>> &filters)
{
    m_query.filters = filters;
}

void PagedListModel::setOrdering(const QString &ordering)
{
    m_query.ordering = ordering;
}

void PagedListModel::reload()
{
    cancel();
    ++m_generation;
    setState(State::Idle);
    beginResetModel();
    m_rows.clear();
    m_nextPage = 1;
    m_total = -1;
    m_pagesFetched = 0;
    m_error = {};
    m_firstPageFromCache = false;
    endResetModel();
    fetchMore({});  // a view may already have asked for the first page on the reset
}

void PagedListModel::cancel()
{
    if (m_running) {
        ApiReply *reply = m_running;
        m_running = nullptr;
        ++m_generation;  // the cancelled page must not land
        reply->cancel();
        if (m_state == State::Loading)
            setState(m_rows.isEmpty() ? State::Idle : State::Loaded);
    }
}

QJsonObject PagedListModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QJsonObject();
}

int PagedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PagedListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PagedListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        return m_columns.at(index.column()).display(row);
    case RecordRole:
        return row;
    case IdRole:
        return row.value(QLatin1String("pk")).toVariant();
    default:
        return {};
    }
}

QVariant PagedListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
        return m_columns.at(section).title;
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool PagedListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_client && !m_path.isEmpty() && m_nextPage > 0 && !m_running
        && m_state != State::Error;
}

void PagedListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    ListQuery query = m_query;
    query.page = m_nextPage;
    query.pageSize = m_pageSize;
    const quint64 generation = m_generation;
    if (m_nextPage == 1 && m_rows.isEmpty()) {
        // Views call fetchMore() while a reset is still being announced: show the cached page
        // right after, not inside it.
        QMetaObject::invokeMethod(this, [this, generation, query] {
            if (generation == m_generation && m_rows.isEmpty() && m_running)
                showCachedFirstPage(query);
        }, Qt::QueuedConnection);
    }
    ApiReply *reply = m_client->list(m_path, query);
    m_running = reply;
    connect(reply, &ApiReply::finished, this, [this, generation](ApiReply *finished) { onPage(finished, generation); });
    setState(State::Loading);
}

void PagedListModel::onPage(ApiReply *reply, quint64 generation)
{
    if (generation != m_generation)
        return;  // a reload or cancel made this page stale
    m_running = nullptr;
    if (!reply->ok()) {
        m_error = reply->error();
        if (m_firstPageFromCache) {
            // Keep showing the cached rows; say the list could not be refreshed.
            m_firstPageFromCache = false;
            m_nextPage = 0;
        }
        setState(State::Error);
        return;
    }
    const QJsonArray results = reply->results();
    const Pagination page = reply->pagination();
    if (m_firstPageFromCache) {
        // The server's (or the unreachable server's cached) page 1 replaces the cached one.
        m_firstPageFromCache = false;
        beginResetModel();
        m_rows.clear();
        m_pagesFetched = 0;
        endResetModel();
    }
    if (page.current <= 1)
        setCachedAt(reply->cachedAt());
    else if (reply->cachedAt().isValid() && !m_cachedAt.isValid())
        setCachedAt(reply->cachedAt());
    m_total = page.count;
    m_nextPage = page.next;
    ++m_pagesFetched;
    if (!results.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(results.size()) - 1);
        for (const QJsonValue &value : results)
            m_rows.append(value.toObject());
        endInsertRows();
    }
    setState(State::Loaded);
    Q_EMIT pageLoaded(page.current);
}

bool PagedListModel::showCachedFirstPage(const ListQuery &query)
{
    const std::optional<CachedBody> cached = m_client->cached(m_path, query.toUrlQuery());
    if (!cached)
        return false;
    const QJsonObject page = QJsonDocument::fromJson(cached->body).object();
    const QJsonArray results = page.value(QLatin1String("results")).toArray();
    if (results.isEmpty())
        return false;
    beginInsertRows({}, 0, int(results.size()) - 1);
    for (const QJsonValue &value : results)
        m_rows.append(value.toObject());
    endInsertRows();
    m_firstPageFromCache = true;
    m_total = int(page.value(QLatin1String("pagination")).toObject().value(QLatin1String("count")).toDouble(double(results.size())));
    setCachedAt(cached->fetchedAt);
    return true;
}

QString PagedListModel::freshnessNote() const
{
    if (!m_cachedAt.isValid())
        return {};
    const QString age = DraftsModel::ageText(m_cachedAt);
    if (m_state == State::Loading && m_firstPageFromCache)
        return tr("cached %1, refreshing…").arg(age);
    return m_client->isWorkingOffline() ? tr("cached %1 — working offline").arg(age)
                                        : tr("cached %1 — the server cannot be reached").arg(age);
}

void PagedListModel::setCachedAt(const QDateTime &cachedAt)
{
    if (m_cachedAt == cachedAt)
        return;
    m_cachedAt = cachedAt;
    Q_EMIT freshnessChanged(cachedAt);
}

void PagedListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size() || m_columns.at(column).orderingField.isEmpty())
        return;
    const QString field = m_columns.at(column).orderingField;
    m_query.ordering = order == Qt::AscendingOrder ? field : QLatin1Char('-') + field;
    reload();
}

QHash<int, QByteArray> PagedListModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractTableModel::roleNames();
    roles.insert(RecordRole, "record");
    roles.insert(IdRole, "id");
    roles.insert(SortRole, "sort");
    return roles;
}

void PagedListModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace akdesk
