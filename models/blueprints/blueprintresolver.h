#pragma once

#include "models/blueprints/blueprint.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>

#include <functional>
#include <optional>

namespace akdesk::blueprints {

/// The key an applied (or previewed) entry gives `!KeyOf`. Policy bindings point at a flow's or
/// a flow stage binding's policy binding model (`policybindingmodel_ptr_id` in the API), not at
/// its pk, so both are kept (KeyOf.resolve in common.py).
struct EntryKey
{
    QJsonValue pk;
    QJsonValue policyBindingModel = QJsonValue::Undefined; ///< for flows and flow stage bindings
};

/// An entry with every tag resolved: what would be sent to the server.
struct ResolvedEntry
{
    int index = -1;
    QString id;
    QString model;                      ///< lower case, "authentik_flows.flow"
    EntryState state = EntryState::Present;
    bool conditionsMet = true;          ///< false: authentik skips the entry
    QJsonObject identifiers;
    QJsonObject attrs;
    bool ok = true;                     ///< false when a problem of this entry is an error
};

/// Resolves authentik's tags to JSON as authentik/blueprints/v1/common.py does, against what the
/// caller knows of the server: its environment (for `!Env`), a look-up for `!Find` and
/// `!FindObject`, and the keys of entries already applied (for `!KeyOf`). What cannot be
/// resolved becomes a problem naming the entry and the tag; resolution goes on with null.
class BlueprintResolver final
{
public:
    /// (field, value) pairs of a `!Find`, in the order written: all must match.
    using Query = QList<QPair<QString, QJsonValue>>;
    /// The pk of the first `model` object matching the query, or null when there is none.
    using FindFunction = std::function<QJsonValue(const QString &model, const Query &query)>;
    /// The whole object (as the API returns it), or null.
    using FindObjectFunction = std::function<QJsonValue(const QString &model, const Query &query)>;
    /// A file's contents on the server, or nullopt when it cannot be read.
    using ReadFileFunction = std::function<std::optional<QString>(const QString &path)>;
    /// The key the server gives a resolved entry; Undefined pk when it has none (yet).
    using KeyFunction = std::function<EntryKey(const ResolvedEntry &entry)>;

    explicit BlueprintResolver(Blueprint blueprint);

    /// Context given by the caller (authentik's defaults, the instance's context): merged over
    /// the blueprint's own `context` as the Importer does (deepmerge's always_merger).
    /// `defaults` (authentik's default_context(): licence state, RBAC models) go under both.
    void setContext(const QJsonObject &context, const QJsonObject &defaults = {});
    /// The server's environment variables. Unset, `!Env` gives its default with a warning.
    void setEnvironment(const QHash<QString, QString> &environment);
    void setFind(FindFunction find) { m_find = std::move(find); }
    void setFindObject(FindObjectFunction findObject) { m_findObject = std::move(findObject); }
    void setReadFile(ReadFileFunction readFile) { m_readFile = std::move(readFile); }
    /// Tells `!KeyOf <id>` the key of the entry with that id.
    void setEntryKey(const QString &id, const EntryKey &key) { m_keys.insert(id, key); }

    /// One entry, tags resolved; its problems are appended to problems().
    ResolvedEntry resolveEntry(int index);
    /// Every entry in order, as the importer walks them: after each, `key` (when given) says
    /// which key it has, so later `!KeyOf`s find it. Entries whose conditions fail get none.
    QList<ResolvedEntry> resolveAll(const KeyFunction &key = {});
    /// Any value as seen from entry `index` (for a preview of one field).
    QJsonValue resolve(const BlueprintValue &value, int index);

    const Blueprint &blueprint() const { return m_blueprint; }
    const QList<BlueprintProblem> &problems() const { return m_problems; }
    void clearProblems() { m_problems.clear(); }

private:
    struct Scope;
    QJsonValue resolveIn(const BlueprintValue &value, Scope &scope);
    QJsonValue resolveTag(const BlueprintValue &tag, Scope &scope);
    QJsonValue resolveFind(const BlueprintValue &tag, Scope &scope, bool object);
    QJsonValue resolveEnumerate(const BlueprintValue &tag, Scope &scope);
    QJsonValue resolveContext(const QString &key, const BlueprintValue &fallback, Scope &scope);
    void report(Scope &scope, const BlueprintValue &at, const QString &message,
                BlueprintProblem::Severity severity = BlueprintProblem::Severity::Error);

    Blueprint m_blueprint;
    BlueprintValue m_context;
    QHash<QString, QString> m_environment;
    bool m_environmentKnown = false;
    FindFunction m_find;
    FindObjectFunction m_findObject;
    ReadFileFunction m_readFile;
    QHash<QString, EntryKey> m_keys;
    QList<BlueprintProblem> m_problems;
};

/// Python's truth of a JSON value (bool(x)): null, false, 0, "", [] and {} are false.
bool pythonTruth(const QJsonValue &value);
/// Python's str(x) of a JSON value: True, None, 2, 'a' inside lists as repr does.
QString pythonStr(const QJsonValue &value);
/// Python's `format % args` for %s, %d, %i, %f, %r and %%; nullopt with `error` set when the
/// arguments do not fit (TypeError in Python).
std::optional<QString> pythonFormat(const QString &format, const QList<QJsonValue> &args, QString *error);

} // namespace akdesk::blueprints
