#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace akdesk {

class RowStore;

/// Searching the rows a list already holds as the server's `search` would (DRF's SearchFilter:
/// every word in one of the search fields, ignoring case), so that typing into a complete list
/// narrows it without a request. PagedListModel shows the rows it says match.
class LocalSearch final
{
public:
    /// The fields looked in (the resource's searchFields); a path may reach into a related
    /// object ("stage_obj.name"), as the server's do.
    void setFields(const QStringList &fields);
    /// Forgets the rows (the list is loaded again).
    void clear();
    /// Whether the rows are every row of the list searched for `search`.
    void setComplete(bool complete, const QString &search);
    bool isComplete() const { return m_complete; }
    /// Every row that matches `search` is here: it narrows the search the rows were loaded with.
    bool covers(const QString &search) const;
    /// The rows matching `search`, by index; nullopt when it narrows nothing (every row shows).
    std::optional<QList<int>> match(const RowStore &rows, const QString &search);
    /// Makes the search texts of rows up to `upTo` ahead of the first keystroke; true while some remain.
    bool prepare(const RowStore &rows, qsizetype upTo);
    /// Rows whose search texts are made.
    qsizetype prepared() const { return m_haystacks.size(); }
    /// `row` matches `search` (a row not in the list yet, as a change brings it).
    bool matches(const QJsonObject &row, const QString &search) const;

    /// The rows change as the server accepted a write: one replaced, one new at `row`, one gone.
    void rowChanged(int row, const QJsonObject &record);
    void rowInserted(int row, const QJsonObject &record);
    void rowRemoved(int row);
    /// Where a row about to be inserted at `row` of the store will show.
    int shownPlaceFor(int row) const;
    /// Where row `row` of the store shows: itself, or its place among visible(); -1 when hidden.
    int shownRowOf(int row) const;

    /// Rows are narrowed to visible().
    bool isActive() const { return m_active; }
    const QList<int> &visible() const { return m_visible; }
    /// Showing `rows` (as match() gave them) would change what the list shows.
    bool changes(const std::optional<QList<int>> &rows) const;
    void show(std::optional<QList<int>> rows);

private:
    QString haystackOf(const QJsonObject &row) const;

    QStringList m_fields{QStringLiteral("name")};
    bool m_complete = false;
    QString m_completeSearch;  ///< lower-case
    bool m_active = false;
    QList<int> m_visible;      ///< indexes into the rows while active
    QStringList m_haystacks;   ///< per row: its search fields, lower-case, made on first use
};

} // namespace akdesk
