#include "models/api/pagination.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <cmath>
#include <limits>

namespace akdesk::paging {

namespace {

/// Pagination numbers are declared as `number`, so servers may send 2.0; read them as ints.
int number(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    double d = 0;
    if (value.isDouble())
        d = value.toDouble();
    else if (value.isString())
        d = value.toString().toDouble();
    if (!std::isfinite(d))
        return 0;
    if (d >= std::numeric_limits<int>::max())
        return std::numeric_limits<int>::max();
    if (d <= std::numeric_limits<int>::min())
        return std::numeric_limits<int>::min();
    return static_cast<int>(std::lround(d));
}

} // namespace

Pagination parse(const QJsonObject &answer, qsizetype rowsOnPage)
{
    Pagination page;
    const QJsonValue value = answer.value(QLatin1String("pagination"));
    if (!value.isObject()) {
        // A list endpoint without pagination returns everything at once.
        const int rows = int(qMin<qsizetype>(rowsOnPage, std::numeric_limits<int>::max()));
        page.count = rows;
        page.current = 1;
        page.totalPages = 1;
        page.startIndex = rows > 0 ? 1 : 0;
        page.endIndex = rows;
        return page;
    }
    const QJsonObject p = value.toObject();
    page.next = number(p, "next");
    page.previous = number(p, "previous");
    page.count = number(p, "count");
    page.current = number(p, "current");
    page.totalPages = number(p, "total_pages");
    page.startIndex = number(p, "start_index");
    page.endIndex = number(p, "end_index");
    return page;
}

Next after(int requestedPage, const Pagination &answer, qsizetype rowsOnPage)
{
    // authentik/api/pagination.py: `next` is 0 on the last page, else the page number + 1, and
    // never more than total_pages (Django's Page.has_next()).
    if (answer.next == 0)
        return {};
    if (answer.next <= requestedPage)
        return {0, QCoreApplication::translate("akdesk::paging", "page %1 names page %2 as the next one").arg(requestedPage).arg(answer.next)};
    if (answer.totalPages > 0 && answer.next > answer.totalPages)
        return {0, QCoreApplication::translate("akdesk::paging", "page %1 names page %2 as the next one, but the list has only %3 pages")
                       .arg(requestedPage).arg(answer.next).arg(answer.totalPages)};
    if (rowsOnPage == 0)
        return {0, QCoreApplication::translate("akdesk::paging", "page %1 is empty but names page %2 as the next one").arg(requestedPage).arg(answer.next)};
    return {answer.next, {}};
}

ApiError inconsistent(const QString &path, const QString &problem)
{
    return ApiError::badResponse(QCoreApplication::translate("akdesk::paging",
                                                             "the server's paging of %1 is inconsistent: %2; akdesk "
                                                             "stopped reading further pages")
                                     .arg(path, problem));
}

int plausibleCount(const Pagination &answer, qsizetype rowsOnPage)
{
    const qint64 count = answer.count;
    const qint64 rows = rowsOnPage;
    if (count < 0 || count < rows)
        return -1;
    if (answer.next == 0 && answer.current <= 1)
        return count == rows ? int(count) : -1;  // one page holds the whole list
    if (answer.next > 0) {
        // A page that is not the last is full: its rows are the page size the server used.
        const qint64 pages = answer.totalPages;
        if (rows == 0 || pages <= 0 || count > pages * rows || count <= (pages - 1) * rows)
            return -1;
    }
    return int(count);
}

} // namespace akdesk::paging
