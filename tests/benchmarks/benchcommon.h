#pragma once

// Shared by the benchmarks: one line per figure, the same shape everywhere, so that
// scripts/bench.sh's output can be pasted into the issue note as it is.

#include "app/sandbox/sandboxcost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace akdesk::bench {

/// Prints "figure: value unit (target <= x unit, ratio r) PASS|MISS"; a lower value is better.
/// Returns whether the target was met.
inline bool report(const char *figure, double value, const char *unit, double target)
{
    const double ratio = target > 0 ? value / target : 0;
    const bool pass = value <= target;
    std::printf("%-58s %10.2f %-3s  target <= %8.2f %-3s  ratio %5.2f  %s\n", figure, value, unit, target, unit, ratio,
                pass ? "PASS" : "MISS");
    std::fflush(stdout);
    return pass;
}

/// A figure without a target of its own (a baseline or a floor).
inline void note(const char *figure, double value, const char *unit)
{
    std::printf("%-58s %10.2f %-3s  (reference)\n", figure, value, unit);
    std::fflush(stdout);
}

/// A time the user waits, next to the requests the action sent to the server.
inline void withRequests(const char *figure, double ms, int requests)
{
    std::printf("%-58s %10.2f ms   %3d requests\n", figure, ms, requests);
    std::fflush(stdout);
}

/// Median of a few runs: one slow run (a page fault storm, the other engineers' builds) should
/// not decide a figure.
inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

/// Resident set size of this process in bytes (/proc/self/statm).
inline qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

/// akdesk-sandbox in its own process, so that the server's work does not share the client's
/// thread (as with a real authentik). Stopped when this goes away.
class SandboxProcess final
{
public:
    SandboxProcess(int seedStages, quint16 port, const QString &token, const sandbox::ServerCost &cost = {})
        : m_port(port)
    {
        m_process.setProgram(QStringLiteral(AKDESK_SANDBOX_EXE));
        QStringList arguments{QStringLiteral("--port"), QString::number(port), QStringLiteral("--token"), token,
                              QStringLiteral("--seed-stages"), QString::number(seedStages)};
        if (cost.latencyMs > 0 || cost.perRowMs > 0)
            arguments << QStringLiteral("--latency") << QStringLiteral("%1,%2").arg(cost.latencyMs).arg(cost.perRowMs);
        if (cost.workers > 0)
            arguments << QStringLiteral("--workers") << QString::number(cost.workers);
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        m_process.waitForStarted();
        // Ready once it accepts a connection.
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 30000) {
            QTcpSocket probe;
            probe.connectToHost(QStringLiteral("127.0.0.1"), port);
            if (probe.waitForConnected(200))
                return;
            QThread::msleep(50);
        }
    }
    ~SandboxProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(1000);
    }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    qint64 pid() const { return m_process.processId(); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

private:
    QProcess m_process;
    quint16 m_port;
};

/// A port that is free now (the kernel picks one), for a sandbox started in another process.
inline quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace akdesk::bench
