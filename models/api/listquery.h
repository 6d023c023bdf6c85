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
    int pageSize = 0;        ///< 0 = server default (100)
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
