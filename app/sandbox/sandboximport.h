#pragma once

#include "app/sandbox/sandboxreply.h"

#include <QByteArray>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace akdesk {
class SchemaRegistry;
}

namespace akdesk::sandbox {

/// A REST call into the sandbox's own routes (method, path under /api/v3, query, JSON body).
using Route = std::function<Reply(QHttpServerRequest::Method, const QString &, const QUrlQuery &, const QJsonObject &)>;

/// The import actions: /managed/blueprints/import/ (authentik/blueprints/api.py
/// BlueprintInstanceViewSet.import_) and, kept by older servers, /flows/instances/import/
/// (authentik/flows/api/flows.py FlowViewSet.import_flow).
bool isImportPath(const QString &path);

/// The part named `file` of a multipart/form-data body (request.FILES.get("file")); nullopt when
/// the body has none.
std::optional<QByteArray> multipartFile(const QByteArray &contentType, const QByteArray &body);

/// What the import actions answer: no file is 400 with {"logs": [], "success": false}; else
/// Importer.validate() and, when valid, Importer.apply(), answered 200 with "success" and the
/// validation's logs (LogEventSerializer: timestamp, log_level, logger, event, attributes).
/// Entries are planned as the Importer does (akdesk::blueprints::planImport, after
/// authentik/blueprints/v1/importer.py) and written through `route`, so every write meets the
/// same checks a REST client's does; the whole import is all or nothing (apply() runs in one
/// transaction): a write refused part-way undoes the writes before it.
Reply importBlueprint(const std::optional<QByteArray> &file, const SchemaRegistry &schema, const Route &route);

} // namespace akdesk::sandbox
