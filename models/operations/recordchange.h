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
};

} // namespace akdesk

Q_DECLARE_METATYPE(akdesk::RecordChange)
