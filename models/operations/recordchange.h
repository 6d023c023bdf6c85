#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace akdesk {

/// One change the server accepted, as every model that shows the record hears it: RecordWriter
/// emits it after each create, update, delete or binding move, with the record the server
/// returned, so lists, counts, pickers and forms update themselves without asking the server again.
struct RecordChange
{
    enum class Kind { Created, Updated, Deleted };
    Kind kind = Kind::Updated;
    /// The ResourceDescriptor key: "stages/identification", "flows", "flows/bindings".
    QString resourceKey;
    /// The resource's list path ("/stages/identification/"): a list of /stages/all/ takes changes
    /// of every path under /stages/.
    QString listPath;
    /// The record's lookup value (pk; the slug for flows).
    QString id;
    /// Updated: the fields akdesk sent; empty when not known (any field may have changed).
    QStringList fields;
    /// Created and Updated: the record as the server returned it. Deleted: the last one known.
    QJsonObject record;

    /// The change is about a record the list at `path` may hold: its own path, or any path under
    /// an "all" list ("/stages/all/" holds "/stages/identification/"); and a record deleted
    /// through an "all" list leaves its own kind's list too (authentik/flows/api/stages.py,
    /// StageViewSet serves /stages/all/ over every stage kind).
    bool concerns(const QString &path) const
    {
        const QLatin1String all("all/");
        if (path.isEmpty() || listPath.isEmpty())
            return false;
        if (listPath == path)
            return true;
        if (path.endsWith(all))
            return listPath.startsWith(QStringView(path).chopped(all.size()));
        return listPath.endsWith(all) && path.startsWith(QStringView(listPath).chopped(all.size()));
    }
    /// The pk of the record (the lookup value when the record does not carry one).
    QString pk() const
    {
        const QString pk = record.value(QLatin1String("pk")).toVariant().toString();
        return pk.isEmpty() ? id : pk;
    }
};

} // namespace akdesk

Q_DECLARE_METATYPE(akdesk::RecordChange)
