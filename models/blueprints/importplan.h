#pragma once

#include "models/blueprints/blueprint.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace akdesk {
class SchemaRegistry;
struct ResourceDescriptor;
}

namespace akdesk::blueprints {

/// The API resource ("flows", "stages/dummy", "policies/bindings") that holds a model's objects,
/// or null when akdesk knows no list for it.
const ResourceDescriptor *resourceForModel(const SchemaRegistry &schema, const QString &model);

/// One list read that finds the objects an entry's identifiers may match: the resource's list
/// path and the filters the server knows for them. Authentik's query (Importer.
/// __query_from_identifier: `pk` OR all other identifiers) is applied to what comes back, so a
/// query may ask for more than matches (bindings are read by their target alone, so that one read
/// serves every binding of a flow).
struct ServerQuery
{
    QString resource;                     ///< resource key
    QString path;                         ///< list path, "/flows/bindings/"
    QList<QPair<QString, QString>> filters;
    QString detailId;                     ///< non-empty: read this one object instead of a list
    QString key() const;                  ///< the same reads have the same key
};

/// The reads that find what an entry's identifiers name (one, or two when `pk` and other
/// identifiers are given). Empty when an identifier is an object still to be created: nothing on
/// the server can match it.
/// Policy bindings show their target as the flow's or stage binding's own pk, but the list filters
/// it by policybindingmodel_ptr_id (authentik/policies/api/bindings.py PolicyBindingModelForeignKey,
/// PolicyBindingFilter): `pbmOf` gives that id for the targets known so far.
QList<ServerQuery> queriesFor(const SchemaRegistry &schema, const QString &model, const QJsonObject &identifiers,
                              const QHash<QString, QString> &pbmOf = {});

/// A value standing for the pk of an object the plan creates (entry `index`), until it exists.
QString placeholderFor(int index, bool policyBindingModel = false);
/// The entry a placeholder stands for, or -1 when `value` is none.
int placeholderEntry(const QJsonValue &value);
/// `value` with each placeholder replaced by what `real` says (placeholder → real pk).
QJsonValue substitutePlaceholders(const QJsonValue &value, const QHash<QString, QJsonValue> &real);
/// Whether `value` still holds a placeholder.
bool holdsPlaceholder(const QJsonValue &value);

/// What the server holds, as far as the plan needs it.
class ServerState
{
public:
    virtual ~ServerState() = default;
    /// The objects a query read: nullopt when it was not (yet) read.
    virtual std::optional<QList<QJsonObject>> rows(const ServerQuery &query) const = 0;
};

/// How one field changes.
struct FieldChange
{
    QString field;
    QJsonValue server = QJsonValue::Undefined;  ///< Undefined when the object does not exist yet
    QJsonValue blueprint;
};

/// What importing one entry does on the server, as authentik's Importer._apply_models would.
struct PlannedEntry
{
    enum class Action {
        Create,          ///< no object matches: it is made
        Update,          ///< an object matches and some fields differ: they are patched
        Unchanged,       ///< an object matches and every field is already so
        KeepExisting,    ///< state "created" and the object exists: left alone
        Delete,          ///< state "absent" and the object exists
        NothingToDelete, ///< state "absent" and no object matches
        Skipped,         ///< its conditions are not met: authentik skips it
        Invalid,         ///< authentik would refuse the blueprint for this entry
    };

    int index = -1;
    QString id;
    QString model;
    QString resource;              ///< resource key; empty when akdesk knows no list for the model
    QString label;                 ///< the resource's name for people ("Identification Stage")
    EntryState state = EntryState::Present;
    Action action = Action::Invalid;
    QJsonObject identifiers;       ///< resolved, placeholders for objects still to be made
    QJsonObject attrs;             ///< resolved
    QJsonObject server;            ///< the matching object as the server has it; empty when none
    QString pk;                    ///< the matching object's pk; empty when none
    QList<FieldChange> changes;    ///< Create: every field; Update: those that differ
    QStringList problems;          ///< why it is Invalid, or warnings (translated)
    QStringList unresolved;        ///< references that cannot be resolved (translated)

    /// "Flow “default-authentication-flow”", "Identification Stage “login”", for lists.
    QString title() const;
    /// The body a create (identifiers merged over attrs) or an update (changed fields) sends.
    QJsonObject body() const;
};

QString actionName(PlannedEntry::Action action);  ///< "create", "update", ... for --json
QString actionText(PlannedEntry::Action action);  ///< translated, for people

struct ImportPlan
{
    QList<PlannedEntry> entries;
    QList<BlueprintProblem> problems;  ///< parse and resolve problems
    QList<ServerQuery> unread;         ///< queries still to be read (the plan is not complete)

    /// Whether authentik's validate() would accept it: no Invalid entry, no error problem.
    bool valid() const;
    /// Whether applying changes anything.
    bool changes() const;
    int count(PlannedEntry::Action action) const;
    /// "2 to create, 1 to update, 5 unchanged" for status lines and the CLI.
    QString summary() const;
};

/// Plans a blueprint against a server as authentik's Importer does (authentik/blueprints/v1/
/// importer.py _validate_single and _apply_models): entries in order; the first object that
/// matches `pk` OR all other identifiers (a mapping identifier matches as `__contains`) is
/// updated partially, none means a new one; "created" leaves an existing object, "must_created"
/// refuses one, "absent" deletes it; an entry whose identifiers carry `pk` remaps that pk in later
/// entries to the object it found or made (__update_pks_for_attrs). Reads come from `state`;
/// queries it has not read are listed in ImportPlan::unread, so that a caller can read them and
/// plan again.
ImportPlan planImport(const Blueprint &blueprint, const SchemaRegistry &schema, const ServerState &state,
                      const QJsonObject &context = {});

/// Whether the server's value of a field already is what the blueprint gives (numbers and their
/// text alike, mappings compared by the keys the blueprint gives, as a partial update leaves the rest).
bool sameValue(const QJsonValue &server, const QJsonValue &blueprint);

} // namespace akdesk::blueprints
