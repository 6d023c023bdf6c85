#include "app/sandbox/sandboxcost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <cmath>

namespace akdesk::sandbox {

int ServerCost::delayMs(const QByteArray &body) const
{
    return latencyMs + (perRowMs > 0 ? int(std::lround(perRowMs * rows(body))) : 0);
}

int ServerCost::rows(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isArray())
        return int(document.array().size());
    const QJsonValue results = document.object().value(QLatin1String("results"));
    return results.isArray() ? int(results.toArray().size()) : 1;
}

ServerCost ServerCost::realAuthentik()
{
    return {60, 0.3, 4};
}

QString ServerCost::describe() const
{
    if (isFree())
        return QStringLiteral("no latency, no limit on requests at once");
    return QStringLiteral("%1 ms + %2 ms/row, %3")
        .arg(latencyMs)
        .arg(perRowMs)
        .arg(workers > 0 ? QStringLiteral("%1 at once").arg(workers) : QStringLiteral("no limit on requests at once"));
}

bool ServerCost::setLatency(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() > 2)
        return false;
    bool ok = false;
    const int ms = parts.first().trimmed().toInt(&ok);
    if (!ok || ms < 0)
        return false;
    double perRow = 0;
    if (parts.size() == 2) {
        perRow = parts.last().trimmed().toDouble(&ok);
        if (!ok || perRow < 0 || !std::isfinite(perRow))
            return false;
    }
    latencyMs = ms;
    perRowMs = perRow;
    return true;
}

bool ServerCost::setWorkers(const QString &text)
{
    bool ok = false;
    const int count = text.trimmed().toInt(&ok);
    if (!ok || count < 1)
        return false;
    workers = count;
    return true;
}

} // namespace akdesk::sandbox
