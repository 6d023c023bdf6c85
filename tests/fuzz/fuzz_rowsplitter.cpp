// Fuzzes the row splitter of list answers (models/items/rowstore.h) against Qt's JSON parser: the
// rows a RowStore gives back must be exactly those QJsonDocument reads from the same text, whether
// the text was split into spans or (when it cannot be) the rows were re-encoded.
//
// Input: a list answer's body, as a server sends it.

#include "models/items/rowstore.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QPair<int, int>> spans = akdesk::RowStore::resultSpans(body);
    for (const auto &[offset, length] : spans) {
        if (offset < 0 || length <= 0 || qsizetype(offset) + length > body.size())
            std::abort();
    }
    // Only answers Qt parsed reach a RowStore (ApiReply refuses the rest).
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return 0;
    const QJsonArray results = document.object().value(QLatin1String("results")).toArray();
    akdesk::RowStore store;
    store.appendPage(body, results);
    if (store.size() != results.size())
        std::abort();
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (store.parse(i) != results.at(i).toObject() || store.at(i) != results.at(i).toObject())
            std::abort();
    }
    return 0;
}
