#include "models/items/resourcecounter.h"

#include "models/api/apiclient.h"
#include "models/api/pagination.h"

namespace akdesk {

ResourceCounter::ResourceCounter(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

ResourceCounter::~ResourceCounter() = default;

void ResourceCounter::count(const QStringList &listPaths, const QList<QPair<QString, QString>> &filters)
{
    const quint64 generation = ++m_generation;
    for (const QString &path : listPaths) {
        ListQuery query;
        query.pageSize = 1;
        query.filters = filters;
        ApiReply *reply = m_client->list(path, query);
        connect(reply, &ApiReply::finished, this, [this, path, generation](ApiReply *finished) {
            if (generation != m_generation)
                return;
            const int count = finished->ok() ? paging::plausibleCount(finished->pagination(), finished->results().size()) : -1;
            m_counts.insert(path, count);
            Q_EMIT counted(path, count);
        });
    }
}

} // namespace akdesk
