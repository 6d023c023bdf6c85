#pragma once

#include "models/operations/recordwriter.h"

#include <QTest>

#include <functional>
#include <optional>

namespace akdesk::test {

/// Starts one write through `start` and waits (spinning the event loop) for what became of it; a
/// write that says nothing in time is reported as refused with "no result".
inline WriteResult waitForWrite(const std::function<void(const RecordWriter::Done &)> &start, int timeoutMs = 15000)
{
    std::optional<WriteResult> out;
    start([&out](const WriteResult &result) { out = result; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs))
        return {WriteResult::Outcome::Refused, {}, ApiError::badResponse(QStringLiteral("no result")), 0};
    return *out;
}

} // namespace akdesk::test
