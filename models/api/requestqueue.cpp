#include "models/api/requestqueue.h"

#include "models/api/apireply.h"

#include <utility>

namespace akdesk {

RequestQueue::RequestQueue(int parallel, QObject *parent)
    : QObject(parent)
    , m_parallel(qMax(1, parallel))
{
}

RequestQueue::~RequestQueue()
{
    cancel();
}

void RequestQueue::add(Start start, Done done)
{
    m_waiting.append({std::move(start), std::move(done)});
    startMore();
}

void RequestQueue::cancel()
{
    ++m_generation;  // the running replies' finished() must not reach their `done` any more
    m_waiting.clear();
    const QList<QPointer<ApiReply>> running = std::exchange(m_running, {});
    for (const QPointer<ApiReply> &reply : running) {
        if (reply)
            reply->cancel();
    }
}

void RequestQueue::startMore()
{
    while (m_running.size() < m_parallel && !m_waiting.isEmpty()) {
        Job job = m_waiting.takeFirst();
        ApiReply *reply = job.start();
        m_running.append(reply);
        const quint64 generation = m_generation;
        connect(reply, &ApiReply::finished, this, [this, generation, done = std::move(job.done)](ApiReply *finished) {
            if (generation != m_generation)
                return;
            m_running.removeAll(finished);
            m_running.removeAll(nullptr);
            done(finished);
            startMore();
        });
    }
}

} // namespace akdesk
