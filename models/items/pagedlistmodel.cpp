#include "models/items/pagedlistmodel.h"

#include "models/api/apiclient.h"
#include "models/api/pagination.h"
#include "models/drafts/draftsmodel.h"
#include "models/items/searchterms.h"

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
    m_searchFields = fields;
    m_haystacks.clear();
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
    m_lastPage = 0;
    m_nextToRequest = 0;
    m_complete = false;
    m_localSearch = false;
    m_visible.clear();
    m_haystacks.clear();
    endResetModel();
    fetchMore({});  // a view may already have asked for the first page on the reset
}

void PagedListModel::cancel()
{
    m_fetchAll = false;
    m_arrived.clear();  // pages after a gap: fetchMore() asks for them again from m_nextPage
    m_nextToRequest = 0;
    if (!m_running && m_parallelRequests.isEmpty())
        return;
    ++m_generation;  // the cancelled pages must not land
    const QPointer<ApiReply> reply = m_running;
    m_running = nullptr;
    const QMap<int, QPointer<ApiReply>> parallel = std::exchange(m_parallelRequests, {});
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
    return parent.isValid() ? 0 : int(m_localSearch ? m_visible.size() : m_rows.size());
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
        && m_parallelRequests.isEmpty() && m_state != State::Error;
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
    m_lastPage = page.totalPages;
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
    setState(!next.isConsistent() ? State::Error : m_parallelRequests.isEmpty() ? State::Loaded : State::Loading);
    Q_EMIT pageLoaded(page.current);
}

void PagedListModel::fetchAll(int parallel)
{
    m_fetchAll = true;
    m_parallel = qMax(1, parallel);
    // The first page tells how many there are; onPage() goes on from there.
    if (m_total < 0 || m_firstPageFromCache) {
        if (canFetchMore({}))
            fetchMore({});
        return;
    }
    requestMorePages();
    if (!m_parallelRequests.isEmpty())
        setState(State::Loading);
}

void PagedListModel::requestMorePages()
{
    if (!m_fetchAll || m_running || m_firstPageFromCache || m_nextPage <= 0 || m_state == State::Error)
        return;
    m_nextToRequest = qMax(m_nextToRequest, m_nextPage);
    const quint64 generation = m_generation;
    while (m_parallelRequests.size() < m_parallel && m_nextToRequest <= m_lastPage) {
        const int page = m_nextToRequest++;
        ListQuery query = m_query;
        query.page = page;
        query.pageSize = m_pageSize;
        ApiReply *reply = m_client->list(m_path, query);
        m_parallelRequests.insert(page, reply);
        connect(reply, &ApiReply::finished, this,
                [this, page, generation](ApiReply *finished) { onParallelPage(page, finished, generation); });
    }
}

void PagedListModel::onParallelPage(int page, ApiReply *reply, quint64 generation)
{
    if (generation != m_generation)
        return;
    if (!reply->ok()) {
        m_parallelRequests.remove(page);
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
        m_parallelRequests.remove(page);
        m_error = paging::inconsistent(m_path, next.problem);
        setState(State::Error);
        cancel();  // as for a failed page: the rows before it stay
        return;
    }
    m_total = paging::plausibleCount(pagination, results.size());
    m_lastPage = pagination.totalPages;
    m_arrived.insert(page, {reply->body(), results, next.page});
    // Still counted as running while its rows go in, so that a view cannot start the next page
    // itself from inside the insert.
    insertArrivedPages();
    m_parallelRequests.remove(page);
    requestMorePages();
    if (m_parallelRequests.isEmpty()) {
        m_fetchAll = false;
        m_arrived.clear();
        setState(State::Loaded);
    }
}

void PagedListModel::insertArrivedPages()
{
    QList<ArrivedPage> pages;
    QList<int> numbers;
    qsizetype count = 0;
    int next = m_nextPage;
    while (next > 0 && m_arrived.contains(next)) {
        numbers.append(next);
        ArrivedPage arrived = m_arrived.take(next);
        count += arrived.results.size();
        next = arrived.next;
        pages.append(std::move(arrived));
    }
    if (pages.isEmpty())
        return;
    // Where the list goes on is settled before anyone hears of the rows: a model tester or view
    // may call fetchMore() from rowsAboutToBeInserted.
    m_nextPage = next;
    m_pagesFetched += int(pages.size());
    // One insert for every page that can go in now: views lay out once, not once per page.
    const int first = int(m_rows.size());
    if (count > 0)
        beginInsertRows({}, first, first + int(count) - 1);
    for (const ArrivedPage &arrived : std::as_const(pages))
        m_rows.appendPage(arrived.body, arrived.results);
    if (count > 0)
        endInsertRows();
    updateComplete();
    for (const int page : std::as_const(numbers))
        Q_EMIT pageLoaded(page);
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
    m_rows.appendPage(cached->body, results);
    endInsertRows();
    m_firstPageFromCache = true;
    m_total = paging::plausibleCount(paging::parse(page, results.size()), results.size());
    setCachedAt(cached->fetchedAt);
    return true;
}

void PagedListModel::updateComplete()
{
    m_complete = m_nextPage == 0 && !m_firstPageFromCache;
    m_completeSearch = m_query.search.toLower();
    if (m_complete && m_haystacks.size() < m_rows.size()) {
        // Prepare the search texts while nobody types yet, a slice per turn of the event loop,
        // so that the first keystroke does not wait for them.
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(this, [this, generation] { buildHaystacksLater(generation); }, Qt::QueuedConnection);
    }
}

void PagedListModel::buildHaystacksLater(quint64 generation)
{
    if (generation != m_generation || !m_complete || m_haystacks.size() >= m_rows.size())
        return;
    buildHaystacks(m_haystacks.size() + 2000);
    if (m_haystacks.size() < m_rows.size())
        QMetaObject::invokeMethod(this, [this, generation] { buildHaystacksLater(generation); }, Qt::QueuedConnection);
}

void PagedListModel::buildHaystacks(qsizetype upTo)
{
    upTo = qMin(upTo, m_rows.size());
    if (m_haystacks.size() >= upTo)
        return;
    m_haystacks.reserve(m_rows.size());
    // A field may be a path into a related object ("stage_obj.name"), as the server's are.
    auto text = [](const QJsonObject &row, const QString &path) {
        QJsonValue value = row;
        for (const QString &key : path.split(QLatin1Char('.')))
            value = value.toObject().value(key);
        return value.isString() ? value.toString() : value.toVariant().toString();
    };
    for (qsizetype i = m_haystacks.size(); i < upTo; ++i) {
        const QJsonObject row = m_rows.parse(i);  // once per row: not worth keeping parsed
        if (m_searchFields.size() == 1) {  // the usual case (name): no list to join
            m_haystacks.append(text(row, m_searchFields.first()).toLower());
            continue;
        }
        QStringList texts;
        for (const QString &field : std::as_const(m_searchFields))
            texts.append(text(row, field));
        // A separator no one types, so that a word never spans two fields.
        m_haystacks.append(texts.join(QChar(0x1f)).toLower());
    }
}

bool PagedListModel::canSearchLocally(const QString &search) const
{
    // Every row that matches `search` is here when it narrows the search the rows were loaded
    // with (a longer text matches a subset).
    // With SearchFilter's words that is: each word loaded with lies inside a word searched for.
    return m_complete && !m_running && m_parallelRequests.isEmpty() && m_state == State::Loaded
        && narrowsSearch(searchTerms(m_completeSearch), searchTerms(search));
}

bool PagedListModel::searchLocally(const QString &search)
{
    if (!canSearchLocally(search))
        return false;
    // As DRF's SearchFilter: every word (its search_smart_split, as the server splits them) must
    // be in one of the search fields, ignoring case.
    const QStringList terms = searchTerms(search.toLower());
    buildHaystacks(m_rows.size());
    const bool narrowed = !terms.isEmpty() && terms != searchTerms(m_completeSearch);
    QList<int> visible;
    if (narrowed) {
        visible.reserve(m_haystacks.size());
        for (int i = 0; i < m_haystacks.size(); ++i) {
            const QString &haystack = m_haystacks.at(i);
            if (std::all_of(terms.begin(), terms.end(), [&haystack](const QString &term) { return haystack.contains(term); }))
                visible.append(i);
        }
    }
    m_query.search = search;
    // The same rows as before (typing "stage-" into a list of stages): nothing to tell the view.
    if (narrowed == m_localSearch && (!narrowed || visible == m_visible))
        return true;
    beginResetModel();
    m_localSearch = narrowed;
    m_visible = std::move(visible);
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
