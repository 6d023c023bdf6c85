// Fuzzes the decoder of authentik's error answers (models/api/apierror.h): ApiError::fromHttp,
// then message() and errorsFor() on what it decoded.
//
// Input: one byte choosing the HTTP status (low four bits, see kStatuses), then the body.

#include "models/api/apierror.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

// Every status the decoder treats on its own, plus a few it does not know.
constexpr int kStatuses[16] = {400, 403, 404, 500, 401, 409, 412, 429, 502, 503, 504, 418, 200, 204, 302, 0};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int status = kStatuses[data[0] & 15];
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const akdesk::ApiError error = akdesk::ApiError::fromHttp(status, body);

    const QString message = error.message();
    // Any error has a sentence for people; a success has none.
    if (error.isError() == message.isEmpty())
        std::abort();
    (void)error.neverReachedServer();
    for (auto it = error.fieldErrors.begin(); it != error.fieldErrors.end(); ++it) {
        // A field's own messages come first, before those of fields nested under it.
        if (error.errorsFor(it.key()).mid(0, it.value().size()) != it.value())
            std::abort();
        (void)error.errorsFor(it.key().section(QLatin1Char('.'), 0, 0));
    }
    for (const char *field : {"name", "user_fields", "flow_set", "non_field_errors", ""})
        (void)error.errorsFor(QLatin1String(field));
    return 0;
}
