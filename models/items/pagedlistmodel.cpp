#include "models/items/pagedlistmodel.h"

#include "models/api/apiclient.h"
#include "models/api/pagination.h"
#include "models/drafts/draftsmodel.h"
#include "models/records/record.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <utility>

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

void PagedListModel::setSearchFields(const QStringList &fields)
{
    m_search.setFields(fields);
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
    m_parallel.setLastPage(0);
    m_search.clear();
    endResetModel();
    fetchMore({});  // a view may already have asked for the first page on the reset
}

void PagedListModel::cancel()
{
    const QList<QPointer<ApiReply>> parallel = m_parallel.stop();  // fetchMore() goes on from m_nextPage
    if (!m_running && parallel.isEmpty())
        return;
    ++m_generation;  // the cancelled pages must not land
    const QPointer<ApiReply> reply = m_running;
    m_running = nullptr;
    if (reply)
        reply->cancel();
    for (const QPointer<ApiReply> &other : parallel) {
        if (other)
            other->cancel();
    }
    if (m_state == State::Loading)
        setState(m_rows.isEmpty() ? State::Idle : State::Loaded);
}

QJsonObject PagedListModel::record(int row) const
{
    return row >= 0 && row < rowCount() ? rowAt(row) : QJsonObject();
}

int PagedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_search.isActive() ? m_search.visible().size() : m_rows.size());
}

int PagedListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PagedListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject row = rowAt(index.row());
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
        && !m_parallel.isRunning() && m_state != State::Error;
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
    const paging::Next next = paging::after(m_nextPage, page, results.size());
    // Where the list goes on is settled before anyone hears of a change: a view or model tester
    // may call fetchMore() from the reset or from rowsAboutToBeInserted, and must not ask for
    // this page again.
    m_total = paging::plausibleCount(page, results.size());
    m_nextPage = next.page;
    m_parallel.setLastPage(page.totalPages);
    if (!next.isConsistent())
        m_error = paging::inconsistent(m_path, next.problem);
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
    ++m_pagesFetched;
    // fetchAll(): the next pages go out before the rows go in (a view may ask for more there).
    requestMorePages();
    if (!results.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(results.size()) - 1);
        m_rows.appendPage(reply->body(), results);
        endInsertRows();
    }
    updateComplete();
    // Loaded even when a view asked for the next page from inside the insert (as before fetchAll).
    setState(!next.isConsistent() ? State::Error : m_parallel.isRunning() ? State::Loading : State::Loaded);
    Q_EMIT pageLoaded(page.current);
}

void PagedListModel::fetchAll(int parallel)
{
    m_parallel.start(parallel);
    // The first page tells how many there are; onPage() goes on from there.
    if (m_total < 0 || m_firstPageFromCache) {
        if (canFetchMore({}))
            fetchMore({});
        return;
    }
    requestMorePages();
    if (m_parallel.isRunning())
        setState(State::Loading);
}

void PagedListModel::requestMorePages()
{
    if (!m_parallel.isActive() || m_running || m_firstPageFromCache || m_nextPage <= 0 || m_state == State::Error)
        return;
    const quint64 generation = m_generation;
    const QList<int> pages = m_parallel.pagesToRequest(m_nextPage);
    for (const int page : pages) {
        ListQuery query = m_query;
        query.page = page;
        query.pageSize = m_pageSize;
        ApiReply *reply = m_client->list(m_path, query);
        m_parallel.requested(page, reply);
        connect(reply, &ApiReply::finished, this,
                [this, page, generation](ApiReply *finished) { onParallelPage(page, finished, generation); });
    }
}

void PagedListModel::onParallelPage(int page, ApiReply *reply, quint64 generation)
{
    if (generation != m_generation)
        return;
    if (!reply->ok()) {
        m_parallel.done(page);
        // The rows before the failed page stay; the other pages are stopped and will not land.
        m_error = reply->error();
        setState(State::Error);
        cancel();  // leaves the Error state as it is
        return;
    }
    if (reply->cachedAt().isValid() && !m_cachedAt.isValid())
        setCachedAt(reply->cachedAt());
    const Pagination pagination = reply->pagination();
    const QJsonArray results = reply->results();
    const paging::Next next = paging::after(page, pagination, results.size());
    if (!next.isConsistent()) {
        m_parallel.done(page);
        m_error = paging::inconsistent(m_path, next.problem);
        setState(State::Error);
        cancel();  // as for a failed page: the rows before it stay
        return;
    }
    m_total = paging::plausibleCount(pagination, results.size());
    m_parallel.setLastPage(pagination.totalPages);
    m_parallel.arrived(page, {reply->body(), results, next.page});
    // Still counted as running while its rows go in, so that a view cannot start the next page
    // itself from inside the insert.
    insertArrivedPages();
    m_parallel.done(page);
    requestMorePages();
    if (!m_parallel.isRunning()) {
        m_parallel.stop();
        setState(State::Loaded);
    }
}

void PagedListModel::insertArrivedPages()
{
    const QList<std::pair<int, ParallelPages::Page>> pages = m_parallel.takeFrom(m_nextPage);
    if (pages.isEmpty())
        return;
    qsizetype count = 0;
    for (const auto &page : pages)
        count += page.second.results.size();
    const int next = pages.last().second.next;
    // Where the list goes on is settled before anyone hears of the rows: a model tester or view
    // may call fetchMore() from rowsAboutToBeInserted.
    m_nextPage = next;
    m_pagesFetched += int(pages.size());
    // One insert for every page that can go in now: views lay out once, not once per page.
    const int first = int(m_rows.size());
    if (count > 0)
        beginInsertRows({}, first, first + int(count) - 1);
    for (const auto &page : pages)
        m_rows.appendPage(page.second.body, page.second.results);
    if (count > 0)
        endInsertRows();
    updateComplete();
    for (const auto &page : pages)
        Q_EMIT pageLoaded(page.first);
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
    // The count is known before anyone hears of the rows (counting them may start there).
    m_firstPageFromCache = true;
    m_total = paging::plausibleCount(paging::parse(page, results.size()), results.size());
    beginInsertRows({}, 0, int(results.size()) - 1);
    m_rows.appendPage(cached->body, results);
    endInsertRows();
    setCachedAt(cached->fetchedAt);
    return true;
}

void PagedListModel::updateComplete()
{
    const bool complete = m_nextPage == 0 && !m_firstPageFromCache;
    m_search.setComplete(complete, m_query.search);
    if (complete) {
        // Prepare the search texts while nobody types yet, a slice per turn of the event loop,
        // so that the first keystroke does not wait for them.
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(this, [this, generation] { prepareSearchLater(generation); }, Qt::QueuedConnection);
    }
}

void PagedListModel::prepareSearchLater(quint64 generation)
{
    if (generation != m_generation || !m_search.isComplete())
        return;
    if (m_search.prepare(m_rows, m_search.prepared() + 2000))
        QMetaObject::invokeMethod(this, [this, generation] { prepareSearchLater(generation); }, Qt::QueuedConnection);
}

bool PagedListModel::canSearchLocally(const QString &search) const
{
    return m_search.covers(search) && !m_running && !m_parallel.isRunning() && m_state == State::Loaded;
}

bool PagedListModel::searchLocally(const QString &search)
{
    if (!canSearchLocally(search))
        return false;
    std::optional<QList<int>> visible = m_search.match(m_rows, search);
    m_query.search = search;
    // The same rows as before (typing "stage-" into a list of stages): nothing to tell the view.
    if (!m_search.changes(visible))
        return true;
    beginResetModel();
    m_search.show(std::move(visible));
    endResetModel();
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
    const QString ordering = order == Qt::AscendingOrder ? field : QLatin1Char('-') + field;
    // A view says its sort order again (the header set up or restored): the list is in it already.
    if (ordering == m_query.ordering && m_state != State::Idle)
        return;
    m_query.ordering = ordering;
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

bool PagedListModel::matches(const QJsonObject &record) const
{
    for (const auto &[field, wanted] : m_query.filters) {
        const QJsonValue value = record.value(field);
        if (value.isUndefined() || wanted.isEmpty())
            continue;  // not a field of the record (a filter on a relation): the server decides
        const QString text = value.isBool() ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                            : value.toVariant().toString();
        if (text.compare(wanted, Qt::CaseInsensitive) != 0)
            return false;
    }
    return m_search.matches(record, m_query.search);
}

int PagedListModel::storeRowOf(const QString &pk) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).value(QLatin1String("pk")).toVariant().toString() == pk)
            return int(i);
    }
    return -1;
}

int PagedListModel::placeFor(const QJsonObject &record) const
{
    // Where the list's ordering (one field, as the panes ask for) puts it; else at the top.
    const QString ordering = m_query.ordering;
    if (ordering.isEmpty() || ordering.contains(QLatin1Char(',')))
        return 0;
    const bool descending = ordering.startsWith(QLatin1Char('-'));
    const QString field = descending ? ordering.mid(1) : ordering;
    const QString key = record.value(field).toVariant().toString();
    // After the last row that sorts before it or with it, so rows the server ordered otherwise
    // (its collation is not Qt's) do not pull it up.
    int place = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        const int order = m_rows.at(row).value(field).toVariant().toString().compare(key);
        if (descending ? order >= 0 : order <= 0)
            place = row + 1;
    }
    return place;
}

void PagedListModel::insertCreated(const QJsonObject &record)
{
    const int at = placeFor(record);
    // Shown through the local search it fits (matches() checked the search).
    const int shown = m_search.shownPlaceFor(at);
    beginInsertRows({}, shown, shown);
    m_rows.insert(at, record);
    m_search.rowInserted(at, record);
    endInsertRows();
}

void PagedListModel::apply(const RecordChange &change)
{
    if (!change.concerns(m_path) || m_total < 0)
        return;  // not this list, or nothing shown yet: the first page brings the server's rows
    const int at = storeRowOf(change.pk());
    const int shown = at < 0 ? -1 : m_search.shownRowOf(at);
    switch (change.kind) {
    case RecordChange::Kind::Updated: {
        if (at < 0)
            return;
        // The server's answer over the row: a list row may hold fields the detail lacks.
        const QJsonObject row = records::overlaid(m_rows.at(at), change.record);
        m_rows.replace(at, row);
        m_search.rowChanged(at, row);
        if (shown >= 0)
            Q_EMIT dataChanged(index(shown, 0), index(shown, columnCount() - 1));
        return;
    }
    case RecordChange::Kind::Created:
        if (at >= 0 || !matches(change.record))
            return;
        ++m_total;
        if (m_nextPage != 0)
            return;  // a page still to come holds it, where the server's ordering puts it
        insertCreated(change.record);
        return;
    case RecordChange::Kind::Deleted:
        if (at < 0)
            return;
        m_total = qMax(0, m_total - 1);
        if (shown >= 0)
            beginRemoveRows({}, shown, shown);
        m_rows.removeAt(at);
        m_search.rowRemoved(at);
        if (shown >= 0)
            endRemoveRows();
        return;
    }
}

} // namespace akdesk
