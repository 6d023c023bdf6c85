#pragma once

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace akdesk::test {

/// `akdesk-sandbox` started as its own process on its own port, as a real server would be: akdesk
/// does not start it and cannot look inside it. Its access log says what each request carried.
class ExternalSandbox final
{
public:
    explicit ExternalSandbox(QString token = QStringLiteral("e2e-admin-token-5f3a9c"))
        : m_token(std::move(token))
    {
    }
    ~ExternalSandbox() { stop(); }

    /// Starts on `port` (0: a free one); false if it did not come up.
    bool start(quint16 port = 0)
    {
        m_process.setProgram(QStringLiteral(AKDESK_SANDBOX_BIN));
        m_process.setArguments({QStringLiteral("--port"), QString::number(port ? port : m_port), QStringLiteral("--token"),
                                m_token, QStringLiteral("--access-log"), logPath()});
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QByteArray out;
        while (!out.contains('\n')) {
            if (!m_process.waitForReadyRead(10000))
                return false;
            out += m_process.readAllStandardOutput();
        }
        // "akdesk-sandbox listening on http://127.0.0.1:PORT (token: …)"
        const qsizetype at = out.indexOf("http://");
        if (at < 0)
            return false;
        m_url = QUrl(QString::fromUtf8(out.mid(at, out.indexOf(' ', at) - at)));
        m_port = quint16(m_url.port());
        return m_url.isValid();
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QUrl url() const { return m_url; }
    QString token() const { return m_token; }
    quint16 port() const { return m_port; }

    /// One entry per request answered: "path METHOD token|no-token|other-credentials".
    QStringList accessLog() const
    {
        QFile file(logPath());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    /// The requests that did not carry the token (besides the open /schema/ and /root/config/).
    QStringList withoutToken() const
    {
        QStringList missing;
        const QStringList lines = accessLog();
        for (const QString &line : lines) {
            if (!line.endsWith(QLatin1String(" token")))
                missing.append(line);
        }
        return missing;
    }

private:
    QString logPath() const { return m_dir.filePath(QStringLiteral("access.log")); }

    QString m_token;
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
    quint16 m_port = 0;
};

} // namespace akdesk::test
