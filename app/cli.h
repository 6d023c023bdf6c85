#pragma once

#include <QStringList>

namespace akdesk::cli {

/// Whether the command line names one of the commands (export, diff, promote, import).
bool isCommand(const QStringList &arguments);

/// Runs a command without a window (needs a QCoreApplication, no display) and returns the exit
/// code: 0 nothing differs or all was applied, 1 differences (diff, --dry-run), 2 an error.
/// Profiles are the saved connection profiles (or a server URL); tokens come from the keychain,
/// or from AKDESK_TOKEN (--profile), AKDESK_FROM_TOKEN and AKDESK_TO_TOKEN (--from, --to), which
/// are taken out of the environment once read.
int run(const QStringList &arguments);

} // namespace akdesk::cli
