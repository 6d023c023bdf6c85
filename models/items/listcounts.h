#pragma once

#include "models/operations/recordchange.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace akdesk {

class PagedListModel;

/// How many records of one list fall in each group (stage kind, flow designation), counted from
/// the list's own rows, without a request of its own: known once the list holds every row of
/// `listPath` unsearched and unfiltered (from the server or the cache), then kept by apply()
/// (a create adds one, a delete takes one away) while the list shows something else.
///
/// Before that a count is not known: a lower bound from the rows seen so far would read as the
/// number of records ("Dummy Stage (3)" when there are 300), so none is shown.
class ListCounts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListCounts)

public:
    /// The group a record belongs to ("stages/dummy", "authentication"); empty for none.
    using GroupOf = std::function<QString(const QJsonObject &record)>;

    ListCounts(PagedListModel *list, const QString &listPath, GroupOf groupOf, QObject *parent = nullptr);
    ~ListCounts() override;

    bool isKnown() const { return m_known; }
    /// -1 while not known; 0 for a group without records once known.
    int countOf(const QString &group) const;
    /// Records in the whole list, -1 while not known.
    int total() const { return m_known ? int(m_groups.size()) : -1; }

public Q_SLOTS:
    /// A created record is counted, a deleted one no longer; an update may move one between groups.
    void apply(const akdesk::RecordChange &change);

Q_SIGNALS:
    void changed();

private:
    /// Counts again when the list holds all of `listPath` now.
    void recount();

    PagedListModel *m_list;
    QString m_path;
    GroupOf m_groupOf;
    bool m_known = false;
    QHash<QString, QString> m_groups;  ///< pk -> group, for every record of the list
    QHash<QString, int> m_counts;      ///< group -> records
};

} // namespace akdesk
