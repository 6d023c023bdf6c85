#pragma once

#include "app/sandbox/sandboxfields.h"
#include "app/sandbox/sandboxreply.h"

#include <QUrlQuery>

#include <QHash>
#include <QStringList>

#include <functional>

namespace akdesk {
struct ResourceDescriptor;
}

namespace akdesk::sandbox {

/// The records one list endpoint pages through.
struct ListSource
{
    const ResourceDescriptor *resource = nullptr;
    /// The rows in the table's own order; the pointers stay valid until the store changes.
    std::function<QList<const QJsonObject *>()> rows;
    /// Turns a row into the record the API answers with (only the page's rows are rendered).
    std::function<QJsonObject(const QJsonObject &)> render;
    /// Rows, search texts and sorted orders are cached under this key; empty = not cached.
    QString cacheKey;
    /// Whether a related object exists, for the foreign-key filters (ModelChoiceFilter).
    ReferenceCheck exists;
};

/// Search texts and sorted orders of the lists, kept between requests until the data changes,
/// so that a page of 10,000 stages searched and ordered answers in a few milliseconds.
class ListCache final
{
public:
    struct Entry
    {
        QList<const QJsonObject *> rows;
        QStringList haystacks;             ///< per row: its search fields, joined
        QHash<QString, QList<int>> orders;  ///< ordering parameter -> row indexes
        bool filled = false;
    };

    /// Forgets everything; the store calls it on every change.
    void clear() { m_entries.clear(); }
    Entry &entry(const QString &key) { return m_entries[key]; }
    bool contains(const QString &key) const { return m_entries.contains(key); }

private:
    QHash<QString, Entry> m_entries;
};

/// authentik's list behaviour: the resource's filters (django-filter), `search` (DRF's
/// SearchFilter: every word in some search field), `ordering` (DRF's OrderingFilter: several
/// fields, '-' for descending, unknown ones dropped; else the viewset's default ordering) and
/// authentik's page-number pagination (authentik/api/pagination.py).
Reply listPage(const ListSource &source, const QUrlQuery &query, ListCache *cache);

/// The fields `ordering` may name (OrderingFilter's valid fields).
QStringList orderingFields(const ResourceDescriptor &resource);

/// The ordering a viewset applies when the request gives none, e.g. "name" for a stage kind.
QString defaultOrdering(const ResourceDescriptor &resource);

/// The value at a dotted path ("stage_obj.name") of a record.
QJsonValue valueAt(const QJsonObject &record, const QString &path);

} // namespace akdesk::sandbox
