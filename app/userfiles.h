#pragma once

namespace akdesk {

/// At start, once the application's name is set: opens the log file (logfile::defaultPath()) and
/// moves files an earlier akdesk left in the old folders to the XDG places (moveOldFileLayout()),
/// saying in the log what moved.
void prepareUserFiles();

} // namespace akdesk
