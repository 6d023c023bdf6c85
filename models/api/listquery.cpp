#include "models/api/listquery.h"

#include <QUrl>

namespace akdesk {

namespace {

/// QUrlQuery leaves '+' alone, which Django reads as a space; encode every pair ourselves so
/// a search for "a+b" or "100%" reaches the server as typed.
void appendPair(QByteArray &out, const QString &name, const QString &value)
{
    if (!out.isEmpty())
        out += '&';
    out += QUrl::toPercentEncoding(name);
    out += '=';
    out += QUrl::toPercentEncoding(value);
}

} // namespace

QUrlQuery ListQuery::toUrlQuery() const
{
    QByteArray encoded;
    appendPair(encoded, QStringLiteral("page"), QString::number(page > 0 ? page : 1));
    if (pageSize > 0)
        appendPair(encoded, QStringLiteral("page_size"), QString::number(pageSize));
    if (!ordering.isEmpty())
        appendPair(encoded, QStringLiteral("ordering"), ordering);
    if (!search.isEmpty())
        appendPair(encoded, QStringLiteral("search"), search);
    for (const auto &[name, value] : filters)
        appendPair(encoded, name, value);
    QUrlQuery query;
    query.setQuery(QString::fromLatin1(encoded));
    return query;
}

} // namespace akdesk
