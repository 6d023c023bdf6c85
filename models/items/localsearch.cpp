#include "models/items/localsearch.h"

#include "models/items/rowstore.h"
#include "models/items/searchterms.h"

#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>

namespace akdesk {

void LocalSearch::setFields(const QStringList &fields)
{
    m_fields = fields;
    m_haystacks.clear();
}

void LocalSearch::clear()
{
    m_complete = false;
    m_active = false;
    m_visible.clear();
    m_haystacks.clear();
}

void LocalSearch::setComplete(bool complete, const QString &search)
{
    m_complete = complete;
    m_completeSearch = search.toLower();
}

bool LocalSearch::covers(const QString &search) const
{
    // A longer text matches a subset. With SearchFilter's words that is: each word loaded with
    // lies inside a word searched for.
    return m_complete && narrowsSearch(searchTerms(m_completeSearch), searchTerms(search));
}

QString LocalSearch::haystackOf(const QJsonObject &row) const
{
    auto text = [&row](const QString &path) {
        QJsonValue value = row;
        for (const QString &key : path.split(QLatin1Char('.')))
            value = value.toObject().value(key);
        return value.isString() ? value.toString() : value.toVariant().toString();
    };
    if (m_fields.size() == 1)  // the usual case (name): no list to join
        return text(m_fields.first()).toLower();
    QStringList texts;
    for (const QString &field : std::as_const(m_fields))
        texts.append(text(field));
    // A separator no one types, so that a word never spans two fields.
    return texts.join(QChar(0x1f)).toLower();
}

bool LocalSearch::matches(const QJsonObject &row, const QString &search) const
{
    const QStringList terms = searchTerms(search.toLower());
    const QString haystack = haystackOf(row);
    return std::all_of(terms.begin(), terms.end(), [&haystack](const QString &term) { return haystack.contains(term); });
}

bool LocalSearch::prepare(const RowStore &rows, qsizetype upTo)
{
    upTo = qMin(upTo, rows.size());
    if (m_haystacks.size() < upTo) {
        m_haystacks.reserve(rows.size());
        for (qsizetype i = m_haystacks.size(); i < upTo; ++i)
            m_haystacks.append(haystackOf(rows.parse(i)));  // once per row: not worth keeping parsed
    }
    return m_haystacks.size() < rows.size();
}

int LocalSearch::shownRowOf(int row) const
{
    return m_active ? int(m_visible.indexOf(row)) : row;
}

void LocalSearch::rowChanged(int row, const QJsonObject &record)
{
    if (row < m_haystacks.size())
        m_haystacks[row] = haystackOf(record);
}

int LocalSearch::shownPlaceFor(int row) const
{
    // Among the visible rows a new one goes after those before it in the store.
    return m_active ? int(std::count_if(m_visible.begin(), m_visible.end(), [row](int visible) { return visible < row; }))
                    : row;
}

void LocalSearch::rowInserted(int row, const QJsonObject &record)
{
    if (!m_haystacks.isEmpty() && row <= m_haystacks.size())
        m_haystacks.insert(row, haystackOf(record));
    if (m_active) {
        const int shown = shownPlaceFor(row);
        for (int &visible : m_visible)
            visible += visible >= row ? 1 : 0;
        m_visible.insert(shown, row);
    }
}

void LocalSearch::rowRemoved(int row)
{
    if (row < m_haystacks.size())
        m_haystacks.removeAt(row);
    if (m_active) {
        m_visible.removeAll(row);
        for (int &visible : m_visible)
            visible -= visible > row ? 1 : 0;
    }
}

std::optional<QList<int>> LocalSearch::match(const RowStore &rows, const QString &search)
{
    // As DRF's SearchFilter: every word (its search_smart_split, as the server splits them) must
    // be in one of the search fields, ignoring case.
    const QStringList terms = searchTerms(search.toLower());
    if (terms.isEmpty() || terms == searchTerms(m_completeSearch))
        return std::nullopt;
    prepare(rows, rows.size());
    QList<int> visible;
    visible.reserve(m_haystacks.size());
    for (int i = 0; i < m_haystacks.size(); ++i) {
        const QString &haystack = m_haystacks.at(i);
        if (std::all_of(terms.begin(), terms.end(), [&haystack](const QString &term) { return haystack.contains(term); }))
            visible.append(i);
    }
    return visible;
}

bool LocalSearch::changes(const std::optional<QList<int>> &rows) const
{
    return rows.has_value() != m_active || (rows && *rows != m_visible);
}

void LocalSearch::show(std::optional<QList<int>> rows)
{
    m_active = rows.has_value();
    m_visible = rows ? std::move(*rows) : QList<int>();
}

} // namespace akdesk
