#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <optional>

namespace akdesk {

struct ResourceDescriptor;

/// What happened to one field in a three-way merge of a draft against the server.
struct FieldMerge
{
    enum class Outcome {
        Unchanged,        ///< the draft's value equals the base: nothing to send
        Mine,             ///< only the draft changed it: send the draft's value
        Theirs,           ///< only the server changed it: keep the server's value
        Same,             ///< both changed it to the same value: nothing to send
        ListMerged,       ///< both changed a list of choices: additions and removals of both sides
        Conflict,         ///< both changed it, differently: the user decides
        RemovedOnServer,  ///< the draft changed a field the server no longer has: the user decides
    };

    QString field;
    Outcome outcome = Outcome::Unchanged;
    QJsonValue base;
    QJsonValue mine;
    QJsonValue theirs;   ///< Undefined when the server no longer has the field
    QJsonValue result;   ///< what the record holds after the merge (Conflict: still theirs)

    bool needsDecision() const { return outcome == Outcome::Conflict || outcome == Outcome::RemovedOnServer; }
};

/// The three-way merge of a draft's changes against the base they started from and the server's
/// current record. Fields one side changed merge silently; fields both changed differently are
/// conflicts. Lists of plain values (user_fields, sources) merge additions and removals of both
/// sides unless one side only reordered them.
struct MergeResult
{
    bool recordDeleted = false;   ///< the server no longer has the record
    QList<FieldMerge> fields;     ///< every field either side changed, in name order

    QStringList conflicts() const;
    bool hasConflicts() const { return recordDeleted || !conflicts().isEmpty(); }
    /// Fields and values to PATCH (conflicts left out).
    QJsonObject patch() const;
    const FieldMerge *field(const QString &name) const;

    /// `theirs` is nullopt when the record was deleted on the server. `resource` (optional) lets
    /// lists of choices compare as sets, as authentik treats them.
    static MergeResult merge(const QJsonObject &base, const QJsonObject &changes,
                             const std::optional<QJsonObject> &theirs, const ResourceDescriptor *resource = nullptr);
};

} // namespace akdesk
