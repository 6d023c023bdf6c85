#pragma once

#include "models/schema/resourcedescriptor.h"

#include <QJsonObject>
#include <QJsonValue>

#include <functional>

namespace akdesk::sandbox {

/// Whether an object of a resource ("stages/password", "flows", "sources") exists.
using ReferenceCheck = std::function<bool(const QString &resourceKey, const QString &pk)>;

/// What a new record holds for a field the request did not send: the descriptor's default, else
/// null when nullable, [] for lists, false for booleans, "" for text.
QJsonValue defaultFor(const FieldDescriptor &field);

/// A new record of `resource` with every writable field at its default.
QJsonObject withDefaults(const ResourceDescriptor &resource);

/// Checks a request body field by field, as DRF's serializer would: required fields when
/// `creating` (POST and PUT), types, null, length, pattern, choices (of each item of a list) and
/// referenced objects. Read-only and unknown fields are ignored. Returns the
/// errors (field -> messages); *clean receives the accepted values, normalised as DRF stores them.
QJsonObject checkBody(const ResourceDescriptor &resource, const QJsonObject &body, bool creating,
                      const ReferenceCheck &exists, QJsonObject *clean);

} // namespace akdesk::sandbox
