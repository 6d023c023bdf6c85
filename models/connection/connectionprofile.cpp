#include "models/connection/connectionprofile.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSettings>

#include <optional>

namespace akdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("akdesk::ConnectionProfile", text);
}

QString groupOf(const QString &name)
{
    // Settings keys may not hold '/': keep names readable but safe.
    return QStringLiteral("profiles/") + QString::fromLatin1(name.toUtf8().toPercentEncoding(" -_.()"));
}

} // namespace

bool ConnectionProfile::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool ConnectionProfile::isInsecure() const
{
    return serverUrl.scheme() == QLatin1String("http") && !isLoopback(serverUrl);
}

QString ConnectionProfile::problem() const
{
    if (name.trimmed().isEmpty())
        return tr("The profile needs a name.");
    if (!serverUrl.isValid() || serverUrl.host().isEmpty())
        return tr("The server address is not a URL (e.g. https://auth.example.com).");
    if (serverUrl.scheme() != QLatin1String("https") && serverUrl.scheme() != QLatin1String("http"))
        return tr("The server address must start with https:// (or http:// for this computer).");
    if (isInsecure() && !allowPlainHttp)
        return tr("Plain http to %1 would send the token unencrypted; use https, or confirm the exception.")
            .arg(serverUrl.host());
    if (timeoutSeconds < 1 || timeoutSeconds > 600)
        return tr("The timeout must be between 1 and 600 seconds.");
    return {};
}

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> out;
    m_settings->beginGroup(QStringLiteral("profiles"));
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &group : groups) {
        if (std::optional<ConnectionProfile> found = profile(QString::fromUtf8(QByteArray::fromPercentEncoding(group.toLatin1()))))
            out.append(*found);
    }
    std::sort(out.begin(), out.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &name) const
{
    m_settings->beginGroup(groupOf(name));
    const bool exists = m_settings->contains(QStringLiteral("url"));
    ConnectionProfile profile;
    profile.name = name;
    profile.serverUrl = QUrl(m_settings->value(QStringLiteral("url")).toString());
    profile.caFile = m_settings->value(QStringLiteral("caFile")).toString();
    profile.timeoutSeconds = m_settings->value(QStringLiteral("timeoutSeconds"), 30).toInt();
    profile.allowPlainHttp = m_settings->value(QStringLiteral("allowPlainHttp"), false).toBool();
    profile.tokenFileAllowed = m_settings->value(QStringLiteral("tokenFileAllowed"), false).toBool();
    m_settings->endGroup();
    return exists ? std::optional<ConnectionProfile>(profile) : std::nullopt;
}

void ProfileStore::save(const ConnectionProfile &profile)
{
    m_settings->beginGroup(groupOf(profile.name));
    m_settings->setValue(QStringLiteral("url"), profile.serverUrl.toString());
    m_settings->setValue(QStringLiteral("caFile"), profile.caFile);
    m_settings->setValue(QStringLiteral("timeoutSeconds"), profile.timeoutSeconds);
    m_settings->setValue(QStringLiteral("allowPlainHttp"), profile.allowPlainHttp);
    m_settings->setValue(QStringLiteral("tokenFileAllowed"), profile.tokenFileAllowed);
    m_settings->endGroup();
    m_settings->sync();
}

void ProfileStore::remove(const QString &name)
{
    m_settings->remove(groupOf(name));
    if (lastUsed() == name)
        m_settings->remove(QStringLiteral("lastProfile"));
    m_settings->sync();
}

QString ProfileStore::lastUsed() const
{
    return m_settings->value(QStringLiteral("lastProfile")).toString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    m_settings->setValue(QStringLiteral("lastProfile"), name);
    m_settings->sync();
}

} // namespace akdesk
