#pragma once

#include <QByteArray>
#include <QCache>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace akdesk {

/// The rows of a list as the server sent them: each page's JSON text is kept once and each row is
/// a span of it, parsed when it is asked for (the latest few hundred stay parsed). Held as Qt JSON
/// objects, 10,000 stages took about 3.2× their JSON; held as text they take about their JSON.
class RowStore final
{
public:
    RowStore() = default;
    Q_DISABLE_COPY_MOVE(RowStore)

    void clear();
    qsizetype size() const { return m_spans.size(); }
    bool isEmpty() const { return m_spans.isEmpty(); }
    void reserve(qsizetype rows) { m_spans.reserve(rows); }
    /// Appends one page's rows: `body` is the page's JSON text and `results` its parsed `results`.
    /// When the text cannot be split into exactly those rows, the rows are stored re-encoded.
    void appendPage(const QByteArray &body, const QJsonArray &results);
    /// The row, parsed (and kept parsed for the next few hundred calls).
    QJsonObject at(qsizetype row) const;
    /// The row, parsed without keeping it: for one pass over every row.
    QJsonObject parse(qsizetype row) const;
    /// A row the server changed, added or removed (RecordChange): kept as its own text.
    void replace(qsizetype row, const QJsonObject &record);
    void insert(qsizetype row, const QJsonObject &record);
    void removeAt(qsizetype row);

    /// Where each element of the top-level `results` array lies in `body` (offset, length); empty
    /// when there is no such array. Exposed for its tests.
    static QList<QPair<int, int>> resultSpans(const QByteArray &body);

private:
    /// One row's text as a page of its own.
    int addRowText(const QJsonObject &record);

    struct Span
    {
        int page;
        int offset;
        int length;
    };
    QList<QByteArray> m_pages;
    QList<Span> m_spans;
    mutable QCache<qsizetype, QJsonObject> m_parsed{512};
};

} // namespace akdesk
