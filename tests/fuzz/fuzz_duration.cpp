// Fuzzes the authentik duration validator (models/validation/validation.h): parseDuration and
// checkDuration, as a duration line edit and a duration field of a form use them.
//
// Input: the text as typed (UTF-8).

#include "models/validation/validation.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace validation = akdesk::validation;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    double seconds = 0;
    const bool parsed = validation::parseDuration(text, &seconds);
    const validation::Result result = validation::checkDuration(text);
    // The line edit and the parser agree on what is a duration; only a refusal has a reason.
    if (parsed != result.ok() || result.ok() != result.reason.isEmpty())
        std::abort();

    akdesk::FieldDescriptor field;
    field.name = QStringLiteral("resume_timeout");
    field.type = akdesk::FieldType::Duration;
    field.required = true;
    (void)validation::checkField(field, QJsonValue(text), true);
    return 0;
}
