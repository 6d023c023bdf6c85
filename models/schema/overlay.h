#pragma once

#include "models/schema/resourcedescriptor.h"

namespace akdesk::overlay {

/// Adds what the schema cannot say (labels, sections, order, help, defaults, picker filters,
/// ordering and search fields) to a descriptor built from the schema. Hand-written and complete
/// for dummy, source and identification stages, flows and bindings; other kinds get labels
/// derived from their field names.
void apply(ResourceDescriptor &resource);

/// "password_stage" -> "Password stage".
QString labelFromName(const QString &name);

/// The resource key a uuid field points at, guessed from its name when no overlay says.
QString referenceFor(const QString &resourceKey, const QString &field, const QStringList &stageKindKeys);

} // namespace akdesk::overlay
