#pragma once

#include <QString>
#include <QStringList>

namespace akdesk {

/// The terms of a `search` as DRF's SearchFilter reads them (rest_framework/filters.py
/// search_smart_split, after Django's smart_split): words split at white space, a quoted phrase kept
/// whole, unquoted words split again at commas. Shared by the sandbox and the client's local search
/// so that both find the same rows.
QStringList searchTerms(const QString &search);

/// True when every row that matches `wanted` also matches `loaded` (both from searchTerms()), so
/// rows loaded for `loaded` can be searched locally for `wanted`.
bool narrowsSearch(const QStringList &loaded, const QStringList &wanted);

} // namespace akdesk
