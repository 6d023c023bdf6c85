#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace akdesk {

/// One change akdesk has not yet delivered to the server: an edit of a record's fields, a create
/// or a delete. It remembers the server's record as it was when the edit began (`base`) so that a
/// later sync can merge three ways instead of overwriting what changed on the server meanwhile.
struct Draft
{
    /// Reorder: one change to a flow's order of stage bindings, kept whole. `recordId` is the
    /// flow's pk; `base` holds {"target", "bindings": [{pk, order, name}]}, every binding as it was;
    /// `changes` {"bindings": [{pk, order}]}, every binding as intended; `theirs` the server's.
    enum class Operation { Update, Create, Delete, Reorder };
    enum class Status {
        Pending,   ///< waits for the next sync
        Conflict,  ///< the server changed a field the draft changed too; the user decides
        Rejected,  ///< the server answered 400; `errors` says why, per field
        Deleted,   ///< the record is gone from the server; kept until the user decides
    };

    qint64 id = 0;
    Operation operation = Operation::Update;
    QString resourceKey;   ///< descriptor key: "stages/dummy", "flows", "flows/bindings"
    QString recordId;      ///< pk (or slug) of the record; empty for a create not yet synced
    QString localId;       ///< creates: "draft:<uuid>", which other drafts may use as a reference
    QString label;         ///< the record's name, for people
    QJsonObject base;      ///< the server's record when the edit began (updates and deletes)
    QJsonObject changes;   ///< updates: changed fields and their values; creates: the whole body
    Status status = Status::Pending;
    QString message;       ///< why the draft is not pending, for people
    QJsonObject errors;    ///< the server's 400 body ({field: [messages], non_field_errors: [...]})
    QJsonObject theirs;    ///< the server's record at the last sync attempt
    /// Creates: an earlier POST got no answer, so the next sync looks for the record first.
    bool checkFirst = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    /// Why part of the stored draft could not be read (its JSON does not parse), for people;
    /// empty when it is whole. A damaged draft is shown, never sent, and its text never rewritten.
    QString damage;

    bool isValid() const { return id > 0; }
    bool isDamaged() const { return !damage.isEmpty(); }
    QStringList changedFields() const { return changes.keys(); }

    static QString operationName(Operation operation);
    static Operation operationFromName(const QString &name);
    static QString statusName(Status status);
    static Status statusFromName(const QString &name);
    /// A reorder's orders as it keeps them: {"bindings": [{pk, order}]}, in run order.
    static QJsonObject ordersAsJson(const QHash<QString, int> &orders);
    /// The orders (by binding pk) of such an object; other keys of its rows (a name) are ignored.
    static QHash<QString, int> ordersOf(const QJsonObject &object);
    /// The stage names (by binding pk) a reorder's base keeps for people; empty for none.
    static QHash<QString, QString> bindingNames(const QJsonObject &base);
    /// The placeholder prefix creates use for each other's not-yet-known pk.
    static QString placeholderPrefix() { return QStringLiteral("draft:"); }
};

} // namespace akdesk
