#include "models/logging/logfile.h"

#include "models/connection/redaction.h"
#include "models/storage/userpaths.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSysInfo>

#include <cstdio>

namespace akdesk::logfile {

namespace {

struct State
{
    QMutex mutex;
    QFile file;
    qint64 maxBytes = 0;
    int keep = 0;
    QtMessageHandler previous = nullptr;
    bool handlerInstalled = false;
};

State &state()
{
    // Never destroyed: Qt may still log while static objects are torn down at exit.
    static State *instance = new State;
    return *instance;
}

const QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

QString rotated(const QString &path, int n)
{
    return path + QLatin1Char('.') + QString::number(n);
}

void rotate(const QString &path, int keep)
{
    QFile::remove(rotated(path, keep));
    for (int n = keep - 1; n >= 1; --n)
        QFile::rename(rotated(path, n), rotated(path, n + 1));
    if (keep > 0)
        QFile::rename(path, rotated(path, 1));
    else
        QFile::remove(path);
}

const char *typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

// Caller holds the mutex.
void writeLine(State &s, const QString &line)
{
    if (!s.file.isOpen())
        return;
    s.file.write(line.toUtf8());
    s.file.write("\n");
    s.file.flush();
    if (s.file.size() >= s.maxBytes) {
        const QString path = s.file.fileName();
        s.file.close();
        rotate(path, s.keep);
        s.file.setFileName(path);
        s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text, kOwnerOnly);
    }
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // Writing the file may itself warn; that warning goes to stderr only.
    static thread_local bool inside = false;
    State &s = state();
    if (!inside) {
        inside = true;
        // Redacted here too, so the file is clean whichever handler was installed first.
        QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + QLatin1Char(' ')
                       + QLatin1String(typeName(type)) + QLatin1Char(' ');
        if (context.category && qstrcmp(context.category, "default") != 0)
            line += QLatin1String(context.category) + QStringLiteral(": ");
        line += redaction::redact(message);
        {
            QMutexLocker locker(&s.mutex);
            writeLine(s, line);
        }
        inside = false;
    }
    if (s.previous)
        s.previous(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

QString defaultPath()
{
    return userpaths::stateDir() + QStringLiteral("/akdesk.log");
}

bool install(const QString &path, qint64 maxBytes, int keep, QString *error)
{
    State &s = state();
    {
        QMutexLocker locker(&s.mutex);
        s.file.close();
        s.maxBytes = qMax<qint64>(maxBytes, 1024);
        s.keep = qMax(keep, 0);
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            if (error)
                *error = QStringLiteral("cannot create the folder of %1").arg(path);
            return false;
        }
        if (QFileInfo(path).size() >= s.maxBytes)
            rotate(path, s.keep);
        s.file.setFileName(path);
        if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text, kOwnerOnly)) {
            if (error)
                *error = s.file.errorString();
            return false;
        }
        // An existing file keeps the mode it was made with unless told.
        s.file.setPermissions(kOwnerOnly);
        // Each start begins with what a bug report needs first.
        writeLine(s, QStringLiteral("%1 ---- akdesk %2 (Qt %3, %4), process %5")
                         .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), QStringLiteral(AKDESK_VERSION),
                              QString::fromLatin1(qVersion()), QSysInfo::prettyProductName())
                         .arg(QCoreApplication::applicationPid()));
        if (s.handlerInstalled)
            return true;
        s.handlerInstalled = true;
    }
    s.previous = qInstallMessageHandler(handler);
    return true;
}

QString path()
{
    State &s = state();
    QMutexLocker locker(&s.mutex);
    return s.file.isOpen() ? s.file.fileName() : QString();
}

QString recentText(qint64 maxBytes)
{
    State &s = state();
    QString current;
    {
        QMutexLocker locker(&s.mutex);
        if (!s.file.isOpen())
            return {};
        s.file.flush();
        current = s.file.fileName();
    }
    QByteArray text;
    for (const QString &name : {rotated(current, 1), current}) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            text += file.readAll();
    }
    if (text.size() > maxBytes) {
        text = text.right(maxBytes);
        // Start at a whole line.
        const qsizetype newline = text.indexOf('\n');
        if (newline >= 0)
            text.remove(0, newline + 1);
    }
    return QString::fromUtf8(text);
}

} // namespace akdesk::logfile
