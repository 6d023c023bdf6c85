#include "models/storage/xdglayout.h"

#include "models/storage/userpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace akdesk {

namespace {

void mergeInto(const QString &from, const QString &to, LayoutMove *result)
{
    const QFileInfoList entries = QDir(from).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        const QString target = to + QLatin1Char('/') + entry.fileName();
        const QFileInfo existing(target);
        if (!existing.exists() && !existing.isSymLink()) {
            // rename() within one file system: the files keep their modes (tokens stay 0600)
            // and an open SQLite file keeps working.
            if (QDir().rename(entry.filePath(), target))
                result->moved.append(entry.filePath());
            else
                result->kept.append(entry.filePath());
        } else if (entry.isDir() && !entry.isSymLink() && existing.isDir()) {
            mergeInto(entry.filePath(), target, result);
        } else {
            result->kept.append(entry.filePath());
        }
    }
    QDir().rmdir(from);  // only when empty
}

} // namespace

LayoutMove moveOldFileLayout()
{
    LayoutMove result;
    const QString old = userpaths::oldDataDir();
    if (!QFileInfo(old).isDir())
        return result;
    mergeInto(old, userpaths::dataDir(), &result);
    return result;
}

} // namespace akdesk
