#pragma once

#include "models/blueprints/blueprint.h"
#include "models/blueprints/blueprintwriter.h"

#include <QHash>
#include <QStringList>

namespace akdesk::blueprints {

/// A server's own export made fit for another server. authentik's FlowExporter identifies
/// objects by their pk (policies and prompts by nothing else) and points at them by pk, so on
/// another server the importer finds nothing by pk and creates duplicates, or fails on a unique
/// name (authentik #26069, #5811). This gives each entry an `id`, identifies it by its slug or
/// name instead, turns each pk of an entry into `!KeyOf` that entry and each pk of an object
/// outside the export into `!Find` by its name or slug (from `external`).
struct Rekeyed
{
    Blueprint blueprint;
    /// Values that looked like a pk of another object and could not be named, as
    /// "entry title: field = value" (they stay as written and will not resolve elsewhere).
    QStringList unnamed;
};

/// `external` maps a pk (as text) to how to find that object on another server.
/// `referenceFields` names, per model, the fields that hold pks of other objects.
Rekeyed rekeyForAnotherServer(const Blueprint &exported, const QHash<QString, ExternalReference> &external,
                              const QHash<QString, QStringList> &referenceFields);

/// The pks an export points at that are not its own entries' (to be named through `external`).
QStringList externalPks(const Blueprint &exported, const QHash<QString, QStringList> &referenceFields);

} // namespace akdesk::blueprints
