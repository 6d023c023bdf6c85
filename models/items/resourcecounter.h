#pragma once

#include <QHash>
#include <QObject>
#include <QPair>
#include <QStringList>

namespace akdesk {

class ApiClient;

/// Counts the records of several lists cheaply (one `page_size=1` request each), for the
/// navigator's "Identification Stage (3)" labels.
class ResourceCounter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceCounter)

public:
    explicit ResourceCounter(ApiClient *client, QObject *parent = nullptr);
    ~ResourceCounter() override;

    /// Starts counting every path; counted() arrives for each as its answer comes.
    void count(const QStringList &listPaths, const QList<QPair<QString, QString>> &filters = {});
    /// A record created (+1) or deleted (-1) in the list, as the server accepted it: the count
    /// follows without a request (nothing happens while it is not known).
    void adjust(const QString &listPath, int delta);
    /// -1 when not known (yet, or the request failed).
    int countOf(const QString &listPath) const { return m_counts.value(listPath, -1); }

Q_SIGNALS:
    void counted(const QString &listPath, int count);

private:
    ApiClient *m_client;
    QHash<QString, int> m_counts;
    quint64 m_generation = 0;
};

} // namespace akdesk
