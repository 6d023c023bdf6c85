#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace akdesk {

class ApiReply;

/// Runs requests a few at a time, in the order added, instead of all at once: an answer that
/// names 50,000 things to look up must not start 50,000 requests (memory, a frozen window, a
/// server flooded). cancel() drops the waiting ones and cancels the running ones.
class RequestQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestQueue)

public:
    using Start = std::function<ApiReply *()>;
    using Done = std::function<void(ApiReply *finished)>;

    explicit RequestQueue(int parallel, QObject *parent = nullptr);
    ~RequestQueue() override;

    /// `start` sends the request when its turn comes; `done` gets its finished reply (never
    /// after cancel()).
    void add(Start start, Done done);
    /// Nothing more is sent, and no `done` is called for what was added until now.
    void cancel();
    int running() const { return int(m_running.size()); }
    int waiting() const { return int(m_waiting.size()); }

private:
    void startMore();

    struct Job
    {
        Start start;
        Done done;
    };
    int m_parallel;
    QList<Job> m_waiting;
    QList<QPointer<ApiReply>> m_running;
    quint64 m_generation = 0;
};

} // namespace akdesk
