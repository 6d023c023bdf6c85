#pragma once

#include "models/api/apierror.h"
#include "models/api/listquery.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPointer>

#include <functional>

namespace akdesk {

class ApiClient;
class ApiReply;

/// A list endpoint as a table that loads one page per fetchMore(), with server-side ordering,
/// search and filters. Rows keep the server's records whole.
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
    void setFilters(const QList<QPair<QString, QString>> &filters);
    void setOrdering(const QString &ordering);

    /// Drops all rows and starts again from page 1.
    void reload();
    /// Stops a running page request.
    void cancel();

    State state() const { return m_state; }
    const ApiError &lastError() const { return m_error; }
    /// Total on the server (from pagination.count), -1 before the first page.
    int totalCount() const { return m_total; }
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
    void setCachedAt(const QDateTime &cachedAt);
    /// Shows the cached first page at once, if there is one; true when it did.
    bool showCachedFirstPage(const ListQuery &query);

    ApiClient *m_client;
    QList<Column> m_columns;
    QString m_path;
    ListQuery m_query;
    int m_pageSize = 100;
    QList<QJsonObject> m_rows;
    QPointer<ApiReply> m_running;
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
