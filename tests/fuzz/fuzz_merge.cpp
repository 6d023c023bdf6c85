// Fuzzes the three-way merge of a draft against the server (models/drafts/merge.h): no field is
// lost. Every field the draft changed is sent, merged, already so on the server, or put to the user
// as a conflict; every field only the server changed keeps the server's value.
//
// Input: JSON [base, changes, theirs] (theirs missing or null: the record was deleted).

#include "models/drafts/merge.h"
#include "models/records/record.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

using akdesk::FieldMerge;
using akdesk::MergeResult;

void require(bool condition)
{
    if (!condition)
        std::abort();
}

bool same(const QJsonValue &a, const QJsonValue &b)
{
    return akdesk::records::sameValue(nullptr, a, b);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonArray input = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))).array();
    const QJsonObject base = input.at(0).toObject();
    const QJsonObject changes = input.at(1).toObject();
    const std::optional<QJsonObject> theirs =
        input.at(2).isObject() ? std::optional<QJsonObject>(input.at(2).toObject()) : std::nullopt;
    const MergeResult result = MergeResult::merge(base, changes, theirs);
    const QJsonObject patch = result.patch();
    const QStringList conflicts = result.conflicts();

    if (!theirs) {
        require(result.recordDeleted && result.hasConflicts() == (result.recordDeleted));
        for (auto it = changes.begin(); it != changes.end(); ++it)
            require(conflicts.contains(it.key()));
        return 0;
    }
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (same(it.value(), base.value(it.key())))
            continue;  // not changed by the draft
        const FieldMerge *field = result.field(it.key());
        require(field != nullptr);
        switch (field->outcome) {
        case FieldMerge::Outcome::Mine:
            require(patch.value(it.key()) == it.value());
            break;
        case FieldMerge::Outcome::Same:
            require(same(it.value(), theirs->value(it.key())));
            break;
        case FieldMerge::Outcome::ListMerged: {
            // What the draft added is in the merged list.
            const QJsonArray merged = field->result.toArray();
            QSet<QString> items;
            for (const QJsonValue &item : merged)
                items.insert(item.toVariant().toString());
            const QJsonArray baseList = base.value(it.key()).toArray();
            QSet<QString> before;
            for (const QJsonValue &item : baseList)
                before.insert(item.toVariant().toString());
            for (const QJsonValue &item : it.value().toArray())
                require(before.contains(item.toVariant().toString()) || items.contains(item.toVariant().toString()));
            break;
        }
        case FieldMerge::Outcome::Conflict:
        case FieldMerge::Outcome::RemovedOnServer:
            require(conflicts.contains(it.key()) && !patch.contains(it.key()));
            break;
        case FieldMerge::Outcome::Unchanged:
        case FieldMerge::Outcome::Theirs:
            std::abort();  // the draft's change would be lost
        }
    }
    for (auto it = theirs->begin(); it != theirs->end(); ++it) {
        if (changes.contains(it.key()) || !base.contains(it.key()) || same(it.value(), base.value(it.key())))
            continue;
        const FieldMerge *field = result.field(it.key());
        require(field && field->outcome == FieldMerge::Outcome::Theirs && field->result == it.value());
        require(!patch.contains(it.key()));
    }
    return 0;
}
