#include "models/connection/redaction.h"

#include <algorithm>

#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <cstdio>

namespace akdesk::redaction {

namespace {

QMutex &lock()
{
    static QMutex mutex;
    return mutex;
}

QSet<QString> &secrets()
{
    static QSet<QString> set;
    return set;
}

QtMessageHandler &previousHandler()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = redact(message);
    if (QtMessageHandler previous = previousHandler())
        previous(type, context, clean);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, clean)));
}

} // namespace

void addSecret(const QString &secret)
{
    if (secret.size() < 4)
        return;
    QMutexLocker locker(&lock());
    secrets().insert(secret);
}

void removeSecret(const QString &secret)
{
    QMutexLocker locker(&lock());
    secrets().remove(secret);
}

QString redact(const QString &text)
{
    QString out = text;
    {
        QMutexLocker locker(&lock());
        // Longest first: a secret that holds a shorter one ("ak-token-1" and "token") must go
        // whole, never leaving its other parts behind, whatever order the set iterates in.
        QStringList ordered = secrets().values();
        std::sort(ordered.begin(), ordered.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &secret : std::as_const(ordered))
            out.replace(secret, QStringLiteral("[redacted]"));
    }
    // Tokens akdesk was never told about, in an Authorization header someone logged.
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)[^\\s\"',;]+"), QRegularExpression::CaseInsensitiveOption);
    out.replace(bearer, QStringLiteral("\\1[redacted]"));
    return out;
}

void installMessageHandler()
{
    QMutexLocker locker(&lock());
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    previousHandler() = qInstallMessageHandler(redactingHandler);
}

} // namespace akdesk::redaction
