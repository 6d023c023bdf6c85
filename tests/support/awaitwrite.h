#pragma once

#include "models/operations/recordwriter.h"

#include <QTest>

#include <functional>
#include <optional>

namespace akdesk::test {

/// Starts a write with the `done` it is given and waits (spinning the event loop) for its result;
/// one that does not come in time is a refusal saying so.
inline WriteResult awaitWrite(const std::function<void(const RecordWriter::Done &)> &start, int timeoutMs = 15000)
{
    std::optional<WriteResult> out;
    start([&out](const WriteResult &result) { out = result; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs))
        return {WriteResult::Outcome::Refused, {}, ApiError::badResponse(QStringLiteral("no result")), 0};
    return *out;
}

} // namespace akdesk::test
