#pragma once

#include "models/api/apierror.h"
#include "models/api/listquery.h"
#include "models/items/localsearch.h"
#include "models/items/parallelpages.h"
#include "models/items/rowstore.h"
#include "models/operations/recordchange.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QPointer>

#include <functional>

namespace akdesk {

class ApiClient;
class ApiReply;

/// A list endpoint as a table that loads one page per fetchMore(), with server-side ordering,
/// search and filters. Rows keep the server's records whole. Two helpers sit beside the paging
/// core: LocalSearch (narrowing a complete list without a request) and ParallelPages (fetchAll()).
class PagedListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedListModel)

public:
    enum Role {
        RecordRole = Qt::UserRole + 1, ///< the whole record (QJsonObject)
        IdRole,                        ///< `pk`
        SortRole,                      ///< raw value of the cell for sorting
    };
    enum class State { Idle, Loading, Loaded, Error };
    /// fetchAll()'s default: a few requests at once keep the server busy while we parse. Pages
    /// are as large as authentik grants (pagination_max_page_size, 100 by default); the page
    /// count comes from the server's `total_pages`, never from the size asked for.
    static constexpr int FetchAllParallel = 4;

    struct Column
    {
        QString title;
        QString orderingField;  ///< server `ordering` name; empty = not sortable
        std::function<QVariant(const QJsonObject &)> display;
    };

    explicit PagedListModel(ApiClient *client, QObject *parent = nullptr);
    ~PagedListModel() override;

    void setColumns(const QList<Column> &columns);
    /// API path of the list, e.g. "/stages/all/". Takes effect on the next reload().
    void setPath(const QString &path);
    QString path() const { return m_path; }
    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    void setSearch(const QString &search);
    QString search() const { return m_query.search; }
    /// Fields searchLocally() looks in, as the server's `search` does (the resource's searchFields).
    void setSearchFields(const QStringList &fields);
    /// When every row that can match `search` is here (all pages of the list loaded without a
    /// search, or with a search that `search` extends), narrows the rows to those matching at
    /// once, without asking the server, and returns true. A later reload() asks the server with
    /// this search. Otherwise does nothing and returns false.
    bool searchLocally(const QString &search);
    /// searchLocally(search) would narrow the rows now.
    bool canSearchLocally(const QString &search = {}) const;
    /// The rows shown are narrowed by searchLocally().
    bool isSearchedLocally() const { return m_search.isActive(); }
    void setFilters(const QList<QPair<QString, QString>> &filters);
    QList<QPair<QString, QString>> filters() const { return m_query.filters; }
    void setOrdering(const QString &ordering);

    /// Drops all rows and starts again from page 1.
    void reload();
    /// Loads every remaining page: once the first page told the count, the others are asked for
    /// `parallel` at a time and inserted in order as they arrive. Ends in Loaded (all rows) or
    /// Error (the rows before the failed page stay; fetchMore() continues from there).
    void fetchAll(int parallel = FetchAllParallel);
    /// Stops running page requests.
    void cancel();
    /// Follows a change the server accepted (RecordWriter::changed), without asking it again: the
    /// row of an updated record takes the server's answer, a created one that fits the list's
    /// filters and search is inserted at the top, a deleted one leaves. A list of /stages/all/
    /// takes the changes of every stage kind.
    void apply(const akdesk::RecordChange &change);

    State state() const { return m_state; }
    const ApiError &lastError() const { return m_error; }
    /// Total on the server (from pagination.count), -1 before the first page; after
    /// searchLocally() the rows that match.
    int totalCount() const { return m_search.isActive() ? int(m_search.visible().size()) : m_total; }
    int pagesFetched() const { return m_pagesFetched; }
    QJsonObject record(int row) const;
    /// When the rows shown came from the cache (the server not asked yet, or unreachable): the
    /// time they were fetched. Invalid when they are the server's current answer.
    QDateTime cachedAt() const { return m_cachedAt; }
    /// For people: empty when the rows are current, else how old they are and whether a refresh runs.
    QString freshnessNote() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void stateChanged(akdesk::PagedListModel::State state);
    void pageLoaded(int page);
    /// cachedAt() changed.
    void freshnessChanged(const QDateTime &cachedAt);

private:
    void setState(State state);
    void onPage(ApiReply *reply, quint64 generation);
    /// fetchAll(): asks for further pages until as many run at once as it was given.
    void requestMorePages();
    void onParallelPage(int page, ApiReply *reply, quint64 generation);
    /// Appends the rows of consecutive arrived pages from m_nextPage on, in one insert.
    void insertArrivedPages();
    void setCachedAt(const QDateTime &cachedAt);
    /// Shows the cached first page at once, if there is one; true when it did.
    bool showCachedFirstPage(const ListQuery &query);
    /// The row shown at `row` (through the local search, when one is active).
    QJsonObject rowAt(int row) const { return m_search.isActive() ? m_rows.at(m_search.visible().at(row)) : m_rows.at(row); }
    /// Notes whether m_rows now holds the whole list without a search (searchLocally() may run).
    void updateComplete();
    /// Prepares the local search a slice per turn of the event loop.
    void prepareSearchLater(quint64 generation);
    /// The record fits the list's filters and search.
    bool matches(const QJsonObject &record) const;
    /// The index in m_rows of the record with this pk, -1 when not loaded.
    int storeRowOf(const QString &pk) const;
    /// The index in m_rows where a created record goes by the list's ordering.
    int placeFor(const QJsonObject &record) const;
    void insertCreated(const QJsonObject &record);

    ApiClient *m_client;
    QList<Column> m_columns;
    QString m_path;
    ListQuery m_query;
    int m_pageSize = 100;
    RowStore m_rows;
    LocalSearch m_search;        ///< narrows m_rows when searchLocally() ran
    QPointer<ApiReply> m_running;
    ParallelPages m_parallel;    ///< fetchAll()'s pages
    quint64 m_generation = 0;
    int m_nextPage = 1;   ///< 0 when every page is here
    int m_total = -1;
    int m_pagesFetched = 0;
    State m_state = State::Idle;
    ApiError m_error;
    QDateTime m_cachedAt;
    bool m_firstPageFromCache = false;  ///< rows are the cached page 1, the server's is on its way
};

} // namespace akdesk
