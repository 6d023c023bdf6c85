#pragma once

#include <QString>

namespace akdesk::display {

/// Longest run of characters without a break opportunity that text for people keeps.
constexpr int LongestUnbrokenRun = 40;

/// `text` cut to `maxChars` characters (on a character boundary) and "…" when it is longer:
/// what a server sends (a name, an error) must not grow a window without limit.
QString capped(const QString &text, int maxChars);

/// `text` with a zero-width space inside every run longer than LongestUnbrokenRun that has no
/// space, so that a word-wrapped label can break "[[[[[…" or a 2,000-letter name across lines
/// instead of widening its window past the screen.
QString breakable(const QString &text);

} // namespace akdesk::display
