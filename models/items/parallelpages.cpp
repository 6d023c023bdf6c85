#include "models/items/parallelpages.h"

#include "models/api/apireply.h"

namespace akdesk {

void ParallelPages::start(int parallel)
{
    m_active = true;
    m_parallel = qMax(1, parallel);
}

QList<QPointer<ApiReply>> ParallelPages::stop()
{
    m_active = false;
    m_arrived.clear();
    m_nextToRequest = 0;
    const QList<QPointer<ApiReply>> running = m_running.values();
    m_running.clear();
    return running;
}

QList<int> ParallelPages::pagesToRequest(int from)
{
    m_nextToRequest = qMax(m_nextToRequest, from);
    QList<int> pages;
    while (m_running.size() + pages.size() < m_parallel && m_nextToRequest <= m_lastPage)
        pages.append(m_nextToRequest++);
    return pages;
}

void ParallelPages::requested(int page, ApiReply *reply)
{
    m_running.insert(page, reply);
}

QList<std::pair<int, ParallelPages::Page>> ParallelPages::takeFrom(int next)
{
    QList<std::pair<int, Page>> pages;
    while (next > 0 && m_arrived.contains(next)) {
        Page page = m_arrived.take(next);
        const int after = page.next;
        pages.append({next, std::move(page)});
        next = after;
    }
    return pages;
}

} // namespace akdesk
