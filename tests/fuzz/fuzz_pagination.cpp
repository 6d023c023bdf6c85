// Fuzzes the reading of list answers' paging (models/api/pagination.h): paging::parse, the rule
// for following `next` and the plausibility of `count`. A client following the answer as if every
// page said the same must stop within two requests, never go back, never pass `total_pages`, and
// never believe a count smaller than the rows it holds.
//
// Input: a list answer's body; its first byte (when not '{') is the page that was asked for.

#include "models/api/pagination.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace paging = akdesk::paging;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    int asked = 1;
    const char *text = reinterpret_cast<const char *>(data);
    if (data[0] != '{') {
        asked = 1 + data[0];
        ++text;
        --size;
    }
    const QJsonObject answer = QJsonDocument::fromJson(QByteArray(text, qsizetype(size))).object();
    const qsizetype rows = answer.value(QLatin1String("results")).toArray().size();
    const akdesk::Pagination page = paging::parse(answer, rows);

    const int count = paging::plausibleCount(page, rows);
    if (count != -1 && (count < 0 || count < rows))
        std::abort();

    int requested = asked;
    for (int requests = 1;; ++requests) {
        const paging::Next next = paging::after(requested, page, rows);
        if (next.page == 0)
            break;
        if (!next.isConsistent() || next.page <= requested || (page.totalPages > 0 && next.page > page.totalPages))
            std::abort();
        if (requests > 2)
            std::abort();  // the same answer again must not lead further
        requested = next.page;
    }
    // An inconsistent answer stops the list and says so.
    const paging::Next first = paging::after(asked, page, rows);
    if (!first.isConsistent() && (first.page != 0 || paging::inconsistent(QStringLiteral("/x/"), first.problem).message().isEmpty()))
        std::abort();
    return 0;
}
