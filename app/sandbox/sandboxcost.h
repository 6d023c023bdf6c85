#pragma once

#include <QByteArray>
#include <QString>

namespace akdesk::sandbox {

/// What answering costs the sandbox, so that it can cost what a real authentik costs: a local
/// sandbox answers in about a millisecond and any number of requests at once, and then an extra
/// request costs nothing visible. A real one takes tens of milliseconds per answer, more per row a
/// list returns, and serves a few requests at once (its gunicorn workers); the rest wait.
struct ServerCost
{
    int latencyMs = 0;    ///< added to every answer
    double perRowMs = 0;  ///< added per row the answer returns (rows())
    int workers = 0;      ///< answers prepared at once; the rest queue. 0 = no limit

    /// Costs nothing: every answer leaves at once, as before these options existed.
    bool isFree() const { return latencyMs == 0 && perRowMs == 0 && workers == 0; }
    /// How long the answer `body` keeps a worker busy: latencyMs + perRowMs × rows(body).
    int delayMs(const QByteArray &body) const;

    /// The rows an answer returns: the length of `results` in a list answer (authentik's
    /// Pagination, authentik/api/pagination.py), the length of a bare JSON array (such as
    /// /stages/all/types/), else 1 (one record, an error, an empty 204).
    static int rows(const QByteArray &body);

    /// A real authentik on a small instance: about 60 ms an answer, 0.3 ms more per row it
    /// serialises, 4 requests at once. lifecycle/gunicorn.conf.py starts `web.workers` (2 by
    /// default) processes of 4 threads each; Python's GIL lets each process run one request at a
    /// time, so 2 to 4 answers are prepared at once. With the page cap of 100 (Pagination.
    /// get_page_size, authentik/api/pagination.py: the tenant's pagination_max_page_size) a full
    /// list page costs 90 ms.
    static ServerCost realAuthentik();
    /// "60 ms + 0.3 ms/row, 4 workers", for the benchmarks' output.
    QString describe() const;

    /// `--latency MS[,PER_ROW_MS]`: whole milliseconds per answer, optionally a decimal number of
    /// milliseconds per row. False when it is not that (nothing is changed then).
    bool setLatency(const QString &text);
    /// `--workers N`, N ≥ 1. False when it is not a count.
    bool setWorkers(const QString &text);
};

} // namespace akdesk::sandbox
