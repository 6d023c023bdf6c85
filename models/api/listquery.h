#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace akdesk {

/// Parameters of one list request: page, page_size, ordering, search and any filters.
struct ListQuery
{
    int page = 1;
    /// 0 = the server's default (20 on authentik 2026). A server grants at most its maximum
    /// (100 by default): follow `pagination.next`, never this number.
    int pageSize = 0;
    QString ordering;        ///< field name, "-" prefix for descending
    QString search;
    QList<QPair<QString, QString>> filters; ///< repeated names allowed (array filters)

    ListQuery &filter(const QString &name, const QString &value)
    {
        filters.append({name, value});
        return *this;
    }
    QUrlQuery toUrlQuery() const;
};

/// authentik's `pagination` object; `next`/`previous` are page numbers with 0 for none.
struct Pagination
{
    int next = 0;
    int previous = 0;
    int count = 0;
    int current = 0;
    int totalPages = 0;
    int startIndex = 0;
    int endIndex = 0;
};

} // namespace akdesk
