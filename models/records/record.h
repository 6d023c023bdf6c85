#pragma once

#include "models/schema/resourcedescriptor.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace akdesk {

/// A record is the server's JSON object kept whole, so fields akdesk does not know survive a
/// round trip. Only the encoders below decide what is sent back.
namespace records {

/// A text field of a record ("" when missing or not text).
inline QString textOf(const QJsonObject &record, const char *key)
{
    return record.value(QLatin1String(key)).toString();
}

/// The record's id for URLs: `pk`, or `slug` for resources looked up by slug.
QString recordId(const QJsonObject &record, const ResourceDescriptor &resource);

/// Body for POST/PUT: every field of `record` except those the descriptor marks read-only.
/// Fields the descriptor does not know are kept (a newer server may accept them).
QJsonObject writablePayload(const QJsonObject &record, const ResourceDescriptor &resource);

/// Body for PATCH: only writable fields whose value in `edited` differs from `base` (fields
/// missing from `edited` are left alone), plus the resource's patchCompanions when anything changed.
QJsonObject patchPayload(const QJsonObject &base, const QJsonObject &edited, const ResourceDescriptor &resource);

/// `record` with every field of `over` put over it: a row updated from the server's answer
/// keeps the fields only the row had.
QJsonObject overlaid(QJsonObject record, const QJsonObject &over);

/// Names of fields whose values differ between two records (writable ones only).
QStringList changedFields(const QJsonObject &base, const QJsonObject &edited, const ResourceDescriptor &resource);

/// True when the two values are the same for a user (arrays of enum/uuid compare as sets).
bool sameValue(const FieldDescriptor *field, const QJsonValue &a, const QJsonValue &b);

} // namespace records
} // namespace akdesk
