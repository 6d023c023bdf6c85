#pragma once

#include <QString>

/// Where akdesk keeps the user's files, after the XDG base directory specification: drafts and
/// file-kept tokens (data), answers cached from the server (cache: safe to delete), the log
/// (state). Qt's AppDataLocation would say ~/.local/share/akdesk/akdesk, doubled from the
/// organisation and application names; these name the folder once.
namespace akdesk::userpaths {

/// $XDG_DATA_HOME/akdesk (~/.local/share/akdesk).
QString dataDir();
/// $XDG_CACHE_HOME/akdesk (~/.cache/akdesk).
QString cacheDir();
/// $XDG_STATE_HOME/akdesk (~/.local/state/akdesk): Qt 6.4 has no StateLocation yet.
QString stateDir();
/// The data folder earlier akdesk versions used (<data>/akdesk/akdesk).
QString oldDataDir();

} // namespace akdesk::userpaths
