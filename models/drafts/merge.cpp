#include "models/drafts/merge.h"

#include "models/records/record.h"
#include "models/schema/resourcedescriptor.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace akdesk {

namespace {

bool isPlainList(const QJsonValue &value)
{
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    return std::all_of(array.begin(), array.end(),
                       [](const QJsonValue &item) { return !item.isArray() && !item.isObject(); });
}

QSet<QString> keysOf(const QJsonArray &array)
{
    QSet<QString> out;
    for (const QJsonValue &item : array)
        out.insert(item.toVariant().toString());
    return out;
}

/// Additions and removals of both sides applied to the server's list, in the server's order with
/// the draft's additions after. nullopt when the draft only reordered (order is the change then).
std::optional<QJsonArray> mergeLists(const QJsonArray &base, const QJsonArray &mine, const QJsonArray &theirs)
{
    const QSet<QString> baseKeys = keysOf(base);
    const QSet<QString> mineKeys = keysOf(mine);
    if (mineKeys == baseKeys)
        return std::nullopt;
    const QSet<QString> theirKeys = keysOf(theirs);
    if (theirKeys == baseKeys)
        return std::nullopt;  // the server only reordered: a conflict of orders
    QJsonArray out;
    QSet<QString> seen;
    for (const QJsonValue &item : theirs) {
        const QString key = item.toVariant().toString();
        const bool removedByMine = baseKeys.contains(key) && !mineKeys.contains(key);
        if (!removedByMine && !seen.contains(key)) {
            out.append(item);
            seen.insert(key);
        }
    }
    for (const QJsonValue &item : mine) {
        const QString key = item.toVariant().toString();
        if (!baseKeys.contains(key) && !seen.contains(key)) {
            out.append(item);
            seen.insert(key);
        }
    }
    return out;
}

} // namespace

QStringList MergeResult::conflicts() const
{
    QStringList out;
    for (const FieldMerge &field : fields) {
        if (field.needsDecision())
            out.append(field.field);
    }
    return out;
}

QJsonObject MergeResult::patch() const
{
    QJsonObject out;
    for (const FieldMerge &field : fields) {
        if (field.outcome == FieldMerge::Outcome::Mine
            || (field.outcome == FieldMerge::Outcome::ListMerged && field.result != field.theirs))
            out.insert(field.field, field.result);
    }
    return out;
}

const FieldMerge *MergeResult::field(const QString &name) const
{
    for (const FieldMerge &field : fields) {
        if (field.field == name)
            return &field;
    }
    return nullptr;
}

MergeResult MergeResult::merge(const QJsonObject &base, const QJsonObject &changes,
                               const std::optional<QJsonObject> &theirs, const ResourceDescriptor *resource)
{
    MergeResult result;
    if (!theirs) {
        result.recordDeleted = true;
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            FieldMerge field;
            field.field = it.key();
            field.outcome = FieldMerge::Outcome::Conflict;
            field.base = base.value(it.key());
            field.mine = it.value();
            field.result = QJsonValue(QJsonValue::Undefined);
            field.theirs = QJsonValue(QJsonValue::Undefined);
            result.fields.append(field);
        }
        return result;
    }

    auto same = [resource](const QString &name, const QJsonValue &a, const QJsonValue &b) {
        return records::sameValue(resource ? resource->field(name) : nullptr, a, b);
    };

    QStringList names = changes.keys();
    for (auto it = theirs->begin(); it != theirs->end(); ++it) {
        if (!changes.contains(it.key()) && base.contains(it.key()) && !same(it.key(), base.value(it.key()), it.value()))
            names.append(it.key());
    }
    std::sort(names.begin(), names.end());

    for (const QString &name : std::as_const(names)) {
        FieldMerge field;
        field.field = name;
        field.base = base.value(name);
        field.theirs = theirs->value(name);
        if (!changes.contains(name)) {
            field.outcome = FieldMerge::Outcome::Theirs;
            field.mine = field.base;
            field.result = field.theirs;
            result.fields.append(field);
            continue;
        }
        field.mine = changes.value(name);
        const bool mineChanged = !same(name, field.mine, field.base);
        if (!theirs->contains(name) && base.contains(name)) {
            field.outcome = mineChanged ? FieldMerge::Outcome::RemovedOnServer : FieldMerge::Outcome::Unchanged;
            field.result = field.theirs;
        } else if (!mineChanged) {
            field.outcome = FieldMerge::Outcome::Unchanged;
            field.result = field.theirs;
        } else if (same(name, field.mine, field.theirs)) {
            field.outcome = FieldMerge::Outcome::Same;
            field.result = field.theirs;
        } else if (same(name, field.theirs, field.base) || !base.contains(name)) {
            // A field the base did not have (a new server field) counts as changed by the draft alone.
            field.outcome = (!base.contains(name) && theirs->contains(name)) ? FieldMerge::Outcome::Conflict
                                                                             : FieldMerge::Outcome::Mine;
            field.result = field.outcome == FieldMerge::Outcome::Mine ? field.mine : field.theirs;
        } else if (isPlainList(field.base) && isPlainList(field.mine) && isPlainList(field.theirs)) {
            if (const std::optional<QJsonArray> merged =
                    mergeLists(field.base.toArray(), field.mine.toArray(), field.theirs.toArray())) {
                field.outcome = FieldMerge::Outcome::ListMerged;
                field.result = *merged;
            } else {
                field.outcome = FieldMerge::Outcome::Conflict;
                field.result = field.theirs;
            }
        } else {
            field.outcome = FieldMerge::Outcome::Conflict;
            field.result = field.theirs;
        }
        result.fields.append(field);
    }
    return result;
}

} // namespace akdesk
