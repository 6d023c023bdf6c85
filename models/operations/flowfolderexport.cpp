#include "models/operations/flowfolderexport.h"

#include "models/api/apiclient.h"
#include "models/api/listquery.h"
#include "models/api/pagination.h"
#include "models/records/record.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace akdesk {

FlowFolderExport::FlowFolderExport(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<akdesk::FlowFolderExport::Report>();
}

FlowFolderExport::~FlowFolderExport()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->cancel();
    }
}

QString FlowFolderExport::fileName(const QString &slug)
{
    // A slug from a hostile server could name another folder: anything but [-a-zA-Z0-9_] goes.
    QString safe;
    for (const QChar c : slug)
        safe.append(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') ? c : QLatin1Char('_'));
    return (safe.isEmpty() ? QStringLiteral("flow") : safe) + QStringLiteral(".yaml");
}

void FlowFolderExport::start(const QString &folder)
{
    m_report = {};
    m_report.folder = folder;
    m_slugs.clear();
    m_next = 0;
    m_running = true;
    if (!QDir().mkpath(folder)) {
        m_report.failed.append({QString(), tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder))});
        finish();
        return;
    }
    readFlows(1);
}

void FlowFolderExport::cancel()
{
    if (!m_running)
        return;
    m_report.cancelled = true;
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->cancel();
    }
    finish();
}

void FlowFolderExport::readFlows(int page)
{
    ListQuery query;
    query.page = page;
    query.pageSize = 100;  // authentik's most (pagination_max_page_size)
    query.ordering = QStringLiteral("slug");
    m_reply = m_client->list(QStringLiteral("/flows/instances/"), query);
    connect(m_reply, &ApiReply::finished, this, [this, page](ApiReply *reply) {
        const QJsonArray results = reply->results();
        const paging::Next next = paging::after(page, reply->pagination(), results.size());
        if (!reply->ok() || reply->cachedAt().isValid() || !next.isConsistent()) {
            // An export from what was cached would write an old configuration as if it were now.
            const ApiError error = !reply->ok() ? reply->error()
                                   : reply->cachedAt().isValid() ? ApiError::offline()
                                                                 : paging::inconsistent(reply->path(), next.problem);
            m_report.failed.append({QString(), tr("Could not read the flows: %1").arg(error.message())});
            finish();
            return;
        }
        for (const QJsonValue &row : results)
            m_slugs.append(records::textOf(row.toObject(), "slug"));
        if (next.page > 0) {
            readFlows(next.page);
            return;
        }
        exportNext();
    });
}

void FlowFolderExport::exportNext()
{
    if (m_next >= m_slugs.size()) {
        finish();
        return;
    }
    const QString slug = m_slugs.at(m_next);
    Q_EMIT progress(m_next, int(m_slugs.size()), slug);
    m_reply = m_client->flowExport(slug);
    connect(m_reply, &ApiReply::finished, this, [this, slug](ApiReply *reply) {
        ++m_next;
        if (!reply->ok() || reply->cachedAt().isValid()) {
            m_report.failed.append({slug, (reply->ok() ? ApiError::offline() : reply->error()).message()});
            exportNext();
            return;
        }
        const QString path = QDir(m_report.folder).filePath(fileName(slug));
        QFile existing(path);
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == reply->body()) {
            m_report.unchanged.append(slug);
            exportNext();
            return;
        }
        existing.close();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(reply->body()) != reply->body().size() || !file.commit()) {
            m_report.failed.append({slug, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())});
        } else {
            m_report.written.append(slug);
        }
        exportNext();
    });
}

void FlowFolderExport::finish()
{
    m_running = false;
    m_reply = nullptr;
    Q_EMIT progress(int(m_slugs.size()), int(m_slugs.size()), QString());
    Q_EMIT finished(m_report);
}

} // namespace akdesk
