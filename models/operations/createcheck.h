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
/// to what was sent, so akdesk never creates it twice: one GET filtered by the record's unique
/// name or slug (not a scan of a page). When it is not there, it looks once more after
/// createRecheckDelay(), as the server may still be working on the POST. `done` gets the record
/// when it exists, nullopt when both looks found nothing, and an error when the server could not
/// be asked.
void lookForCreated(ApiClient *client, const ResourceDescriptor &resource, const QJsonObject &body, QObject *context,
                    const std::function<void(const std::optional<QJsonObject> &found, const ApiError &error)> &done);

/// How long lookForCreated() waits before it looks again (2 s; tests make it short).
int createRecheckDelay();
void setCreateRecheckDelay(int milliseconds);

/// True when `record` holds every writable value of `body`.
bool holdsAll(const QJsonObject &record, const QJsonObject &body, const ResourceDescriptor &resource);

} // namespace akdesk
