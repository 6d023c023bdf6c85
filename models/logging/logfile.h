#pragma once

#include <QString>

/// akdesk's log file: every Qt message (qDebug … qFatal), redacted as on stderr, with the time,
/// in <state>/akdesk.log. It is rotated by size (akdesk.log.1, .2, … the oldest dropped), so it
/// never grows without bound, and readable only by the user. Help ▸ About copies its recent
/// lines for a bug report.
namespace akdesk::logfile {

/// <XDG_STATE_HOME>/akdesk/akdesk.log.
QString defaultPath();

/// Starts (or moves) the log to `path`: messages go there as well as where they went before.
/// A file already larger than `maxBytes` is rotated first; while running, a file that reaches
/// `maxBytes` is rotated, keeping `keep` older files. False (with `error`) when the file cannot
/// be opened; messages then still reach stderr.
bool install(const QString &path = defaultPath(), qint64 maxBytes = 512 * 1024, int keep = 3,
             QString *error = nullptr);
/// The file being written (empty before install()).
QString path();
/// The newest lines of the log (this file, preceded by the one rotated last), at most `maxBytes`
/// and starting at a line.
QString recentText(qint64 maxBytes = 256 * 1024);

} // namespace akdesk::logfile
