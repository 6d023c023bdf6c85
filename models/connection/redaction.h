#pragma once

#include <QString>

/// Keeps secrets (API tokens) out of everything akdesk writes: log lines, error messages, status
/// text. Secrets are registered as they become known; redact() replaces every occurrence.
namespace akdesk::redaction {

/// Registers a secret (ignored when shorter than 4 characters: too likely to occur by chance).
void addSecret(const QString &secret);
void removeSecret(const QString &secret);
/// `text` with every registered secret, and anything after "Bearer ", replaced by "[redacted]".
QString redact(const QString &text);
/// Routes Qt's messages (qDebug ... qFatal) through redact() before they are printed or logged.
void installMessageHandler();

} // namespace akdesk::redaction
