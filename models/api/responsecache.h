#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace akdesk {

/// A body the server sent earlier, and when.
struct CachedBody
{
    QByteArray body;
    QDateTime fetchedAt;
};

/// Where ApiClient keeps the answers to GET requests so lists and records open at once and stay
/// readable offline. The draft store implements it; the key is the request's path and query.
class ResponseCache
{
public:
    virtual ~ResponseCache() = default;
    virtual void storeResponse(const QString &key, const QByteArray &body) = 0;
    virtual std::optional<CachedBody> cachedResponse(const QString &key) const = 0;
    /// Whether any answer is kept (offline work has something to show).
    virtual bool hasResponses() const = 0;
};

} // namespace akdesk
