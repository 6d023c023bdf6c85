#pragma once

#include <QStringList>

namespace akdesk {

/// What moveOldFileLayout() did, for the log.
struct LayoutMove
{
    QStringList moved;  ///< paths (in the old folder) now in the new one
    QStringList kept;   ///< paths left where they were: the new folder already holds one of that name
};

/// Moves what an earlier akdesk kept in <data>/akdesk/akdesk (drafts, file-kept tokens, trusted
/// certificates) up into <data>/akdesk, where userpaths::dataDir() now points. Folders present on
/// both sides are merged; a file is never overwritten, so nothing is lost when both exist. The old
/// folder is removed once empty; a second call finds nothing to do. The answers cache, which lived
/// inside each drafts file, moves to the cache folder when LocalStore opens the file.
LayoutMove moveOldFileLayout();

} // namespace akdesk
