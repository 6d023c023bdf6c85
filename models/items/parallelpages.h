#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QPointer>

#include <utility>

namespace akdesk {

class ApiReply;

/// fetchAll()'s bookkeeping beside the paging core: which pages are asked for, `parallel` at a
/// time up to the last page the server reported, and the pages that arrived before an earlier
/// one, given back in order once the gap is filled.
class ParallelPages final
{
public:
    struct Page
    {
        QByteArray body;
        QJsonArray results;
        int next = 0;  ///< pagination.next
    };

    void start(int parallel);
    bool isActive() const { return m_active; }
    /// Ends it: pages after a gap are forgotten (the list asks for them again from its next page).
    /// The replies still running are returned, for the caller to cancel.
    QList<QPointer<ApiReply>> stop();
    bool isRunning() const { return !m_running.isEmpty(); }

    /// The server's total_pages as last seen.
    void setLastPage(int page) { m_lastPage = page; }
    /// The pages to ask for now, the list going on at `from`.
    QList<int> pagesToRequest(int from);
    void requested(int page, ApiReply *reply);
    /// The page is in: kept until every page before it is.
    void arrived(int page, Page content) { m_arrived.insert(page, std::move(content)); }
    void done(int page) { m_running.remove(page); }
    /// The arrived pages that follow each other from `next` on, taken out in order.
    QList<std::pair<int, Page>> takeFrom(int next);

private:
    bool m_active = false;
    int m_parallel = 1;
    int m_nextToRequest = 0;
    int m_lastPage = 0;
    QMap<int, QPointer<ApiReply>> m_running;
    QMap<int, Page> m_arrived;
};

} // namespace akdesk
