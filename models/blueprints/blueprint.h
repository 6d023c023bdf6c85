#pragma once

#include "models/blueprints/blueprintvalue.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace akdesk::blueprints {

/// Labels authentik gives blueprints (authentik/blueprints/v1/labels.py).
inline constexpr char LabelSystem[] = "blueprints.goauthentik.io/system";
inline constexpr char LabelInstantiate[] = "blueprints.goauthentik.io/instantiate";
inline constexpr char LabelGenerated[] = "blueprints.goauthentik.io/generated";

/// What an entry wants the server to end up with (BlueprintEntryDesiredState in common.py).
enum class EntryState {
    Present,     ///< create, or update what exists
    Created,     ///< create when missing; leave an existing object alone
    MustCreated, ///< create; an existing object makes the blueprint invalid
    Absent,      ///< delete when it exists
};

/// "present", "created", "must_created", "absent" as authentik spells them.
QString entryStateName(EntryState state);
std::optional<EntryState> entryStateFromName(const QString &name);

/// One entry of a blueprint (BlueprintEntry in common.py), tags unresolved.
struct BlueprintEntry
{
    BlueprintValue model;              ///< "authentik_flows.flow", or a tag giving it
    BlueprintValue state = BlueprintValue::string(QStringLiteral("present")); ///< String or tag
    std::vector<BlueprintValue> conditions; ///< all must be true for the entry to apply
    QString id;                        ///< what `!KeyOf` refers to; empty when none
    BlueprintValue identifiers = BlueprintValue::mapping(); ///< how the server's object is found
    BlueprintValue attrs = BlueprintValue::mapping();       ///< the object's fields
    BlueprintValue permissions = BlueprintValue::sequence(); ///< kept as written
    QString section;                   ///< the key of its list when `entries` is a mapping
    int line = 0;                      ///< where the entry starts (1-based)
    int column = 0;

    /// The model when written as plain text (lower-cased as authentik looks it up), else "".
    QString modelName() const;
    /// The state when written as plain text; nullopt when a tag gives it or the text is wrong.
    std::optional<EntryState> plainState() const;
};

/// The optional `metadata` block (BlueprintMetadata in common.py).
struct BlueprintMetadata
{
    QString name;
    QMap<QString, QString> labels;
};

/// A whole blueprint file (Blueprint in common.py).
struct Blueprint
{
    int version = 1;
    std::optional<BlueprintMetadata> metadata;
    BlueprintValue context = BlueprintValue::mapping(); ///< may hold tags (`!Context` of `!Context`)
    QList<BlueprintEntry> entries;

    /// Index of the first entry with this id, or -1.
    int indexOfId(const QString &id) const;
};

/// Something in a blueprint akdesk (and authentik) cannot use: bad YAML, a wrong shape, an
/// unknown tag, a reference that does not resolve. Reported, never thrown.
struct BlueprintProblem
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    int entry = -1;     ///< index into Blueprint::entries; -1 for the document itself
    QString entryId;    ///< the entry's `id`, if it has one
    QString model;      ///< the entry's model, if plain text
    QString tag;        ///< "!KeyOf", "!Find", ...; empty when no tag is involved
    QString message;    ///< translated, ready to show
    int line = 0;       ///< 1-based; 0 when unknown
    int column = 0;

    /// "line 12, column 5: entry 3 (authentik_flows.flow): !KeyOf: ..." for logs and the CLI.
    QString toString() const;
};

} // namespace akdesk::blueprints
