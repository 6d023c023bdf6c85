#pragma once

#include "models/api/apierror.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

namespace akdesk {

class ApiClient;
struct ResourceDescriptor;

/// After a POST whose outcome is unknown (no answer came), looks on the server for a record equal
/// to what was sent, so akdesk never creates it twice: `done` gets the record when it exists,
/// nullopt when it surely does not, and an error when the server could not be asked.
void lookForCreated(ApiClient *client, const ResourceDescriptor &resource, const QJsonObject &body, QObject *context,
                    const std::function<void(const std::optional<QJsonObject> &found, const ApiError &error)> &done);

/// True when `record` holds every writable value of `body`.
bool holdsAll(const QJsonObject &record, const QJsonObject &body, const ResourceDescriptor &resource);

} // namespace akdesk
