#pragma once

#include "models/blueprints/blueprint.h"

#include <QByteArray>
#include <QList>

namespace akdesk::blueprints {

/// A parsed blueprint and what is wrong with it. The blueprint holds every entry that could be
/// read, so a preview can show the rest of a file with one bad entry.
struct ParseResult
{
    Blueprint blueprint;
    QList<BlueprintProblem> problems;

    /// True when no problem is an error (warnings allowed).
    bool ok() const;
};

/// Reads an authentik blueprint as authentik's BlueprintLoader and Importer.from_string do
/// (authentik/blueprints/v1/common.py, importer.py): YAML 1.1 scalars as PyYAML's SafeLoader
/// types them, the 14 tags kept as a tree, the dataclass shapes checked as dacite checks them.
/// YAML errors give their line and column; unknown tags are reported, not fatal to the rest.
ParseResult parseBlueprint(const QByteArray &yaml);

/// A plain (unquoted, untagged) scalar typed as PyYAML's SafeLoader types it: YAML 1.1, so
/// yes/no/on/off are booleans and 1e5 is text. The writer quotes text this would not give back.
BlueprintValue resolvePlainScalar(const QString &text);

/// The tags authentik's BlueprintLoader constructs, without the `!` ("KeyOf", "Find", ...).
const QStringList &knownTags();

} // namespace akdesk::blueprints
