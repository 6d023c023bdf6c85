// Fuzzes the used_by decoder of a delete (models/operations/deletionplan.h): every entry a server
// lists becomes one sentence for people, of bounded length however long the names it sends.
//
// Input: a used_by answer, a JSON array of {app, model_name, pk, name, action}.

#include "models/operations/deletionplan.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonArray used = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))).array();
    for (const QJsonValue &value : used) {
        const QJsonObject entry = value.toObject();
        // The flow name comes from another answer; any string may be one.
        const QString flow = entry.value(QLatin1String("flow")).toString();
        for (const QString &flowName : {QString(), flow}) {
            const QString sentence = akdesk::DeletionPlan::describe(entry, flowName, entry.value(QLatin1String("order")).toInt());
            if (sentence.isEmpty() || sentence.size() > akdesk::DeletionPlan::MaxSentenceLength)
                std::abort();
        }
    }
    return 0;
}
