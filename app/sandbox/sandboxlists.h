#pragma once

#include "app/sandbox/sandboxstore.h"

#include <functional>

namespace akdesk::sandbox {

/// authentik's list behaviour over a set of records: the resource's filters, `search`,
/// `ordering` (several fields, '-' for descending, unknown field -> 400) and page-number
/// pagination with `pagination.next`/`previous` = 0 for none and 404 for a page out of range.
/// Only the page's rows are rendered, so a 10,000-row list answers in milliseconds.
Reply listPage(const QList<QJsonObject> &rows, const QUrlQuery &query, const ResourceDescriptor &resource,
               const std::function<QJsonObject(const QJsonObject &)> &render);

/// The value at a dotted path ("stage_obj.name") of a record.
QJsonValue valueAt(const QJsonObject &record, const QString &path);

} // namespace akdesk::sandbox
