#pragma once

#include "models/api/apierror.h"
#include "models/api/listquery.h"

#include <QJsonObject>
#include <QString>

namespace akdesk::paging {

/// authentik's `pagination` object of a list answer (authentik/api/pagination.py); a list answer
/// without one holds everything on one page. Numbers may come as 2.0 or "2" and are clamped to int.
Pagination parse(const QJsonObject &answer, qsizetype rowsOnPage);

/// Where a list goes on after the answer to `requestedPage`.
struct Next
{
    int page = 0;     ///< the page to ask for next; 0 when the list is complete or inconsistent
    QString problem;  ///< for people: why the server's paging cannot be followed; empty when it can
    bool isConsistent() const { return problem.isEmpty(); }
};

/// Follows `next` as the server reports it, but only forward: a `next` that does not advance past
/// the requested page, that lies beyond `total_pages`, or that an empty page names is refused
/// (it would loop for ever or duplicate rows), with the cause in Next::problem.
Next after(int requestedPage, const Pagination &answer, qsizetype rowsOnPage);

/// The error a list reports when its paging cannot be followed (Kind::BadResponse).
ApiError inconsistent(const QString &path, const QString &problem);

/// `count` when it can be true of this page, else -1 (unknown): never negative, never fewer than
/// the rows on the page, and consistent with the page size the server used and `total_pages`
/// (Django's Paginator: total_pages = ceil(count / page size)). Memory is never reserved from it.
int plausibleCount(const Pagination &answer, qsizetype rowsOnPage);

} // namespace akdesk::paging
