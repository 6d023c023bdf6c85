#include "models/blueprints/blueprint.h"

#include <QCoreApplication>

namespace akdesk::blueprints {

QString entryStateName(EntryState state)
{
    switch (state) {
    case EntryState::Present:
        return QStringLiteral("present");
    case EntryState::Created:
        return QStringLiteral("created");
    case EntryState::MustCreated:
        return QStringLiteral("must_created");
    case EntryState::Absent:
        return QStringLiteral("absent");
    }
    return QStringLiteral("present");
}

std::optional<EntryState> entryStateFromName(const QString &name)
{
    for (EntryState state : {EntryState::Present, EntryState::Created, EntryState::MustCreated, EntryState::Absent}) {
        if (entryStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

QString BlueprintEntry::modelName() const
{
    return model.isString() ? model.toString().toLower() : QString();
}

std::optional<EntryState> BlueprintEntry::plainState() const
{
    return state.isString() ? entryStateFromName(state.toString()) : std::nullopt;
}

int Blueprint::indexOfId(const QString &id) const
{
    for (int i = 0; i < entries.size(); ++i) {
        if (!entries[i].id.isEmpty() && entries[i].id == id)
            return i;
    }
    return -1;
}

QString BlueprintProblem::toString() const
{
    QStringList parts;
    if (line > 0)
        parts << QCoreApplication::translate("akdesk::BlueprintProblem", "line %1, column %2").arg(line).arg(column);
    if (entry >= 0) {
        QString what = QCoreApplication::translate("akdesk::BlueprintProblem", "entry %1").arg(entry + 1);
        if (!entryId.isEmpty())
            what += QStringLiteral(" \"%1\"").arg(entryId);
        if (!model.isEmpty())
            what += QStringLiteral(" (%1)").arg(model);
        parts << what;
    }
    parts << (tag.isEmpty() ? message : tag + QStringLiteral(": ") + message);
    return parts.join(QStringLiteral(": "));
}

} // namespace akdesk::blueprints
