#include "models/items/rowstore.h"

#include <QJsonDocument>

namespace akdesk {

void RowStore::clear()
{
    m_pages.clear();
    m_spans.clear();
    m_parsed.clear();
}

QList<QPair<int, int>> RowStore::resultSpans(const QByteArray &body)
{
    // One pass over the text: strings are skipped whole (with their escapes), brackets counted.
    // The top-level object is depth 1, `results`' array depth 2, its rows depth 3.
    QList<QPair<int, int>> spans;
    const char *data = body.constData();
    const int size = int(body.size());
    int depth = 0;
    bool keyIsResults = false;  // the last string at depth 1 was the key "results"
    bool inResults = false;
    bool sawResults = false;
    bool expectKey = false;     // the next string at depth 1 is a key
    int rowStart = -1;
    for (int i = 0; i < size; ++i) {
        const char c = data[i];
        switch (c) {
        case '"': {
            const int start = i + 1;
            ++i;
            while (i < size && data[i] != '"')
                i += data[i] == '\\' ? 2 : 1;
            if (i >= size)
                return {};  // the text ends inside a string: not JSON
            if (depth == 1 && expectKey) {
                expectKey = false;
                const QByteArrayView key(data + start, i - start);
                // Qt's parser keeps the last of two equal keys and reads escapes ("r\u0065sults"):
                // rather than agree with it on such text, leave it to appendPage()'s re-encoding.
                if (key.contains('\\') || (key == "results" && sawResults))
                    return {};
                keyIsResults = key == "results";
                sawResults = sawResults || keyIsResults;
            } else if (depth == 1) {
                keyIsResults = false;  // a value, not the key
            }
            break;
        }
        case '{':
        case '[':
            ++depth;
            expectKey = depth == 1;
            if (c == '[' && depth == 2 && keyIsResults)
                inResults = true;
            else if (c == '{' && depth == 3 && inResults)
                rowStart = i;
            break;
        case '}':
        case ']':
            if (c == '}' && depth == 3 && inResults && rowStart >= 0) {
                spans.append({rowStart, i - rowStart + 1});
                rowStart = -1;
            } else if (c == ']' && depth == 2 && inResults) {
                inResults = false;  // read on: a second "results" would make these rows the wrong ones
            }
            --depth;
            break;
        case ',':
            if (depth == 1) {
                keyIsResults = false;
                expectKey = true;
            }
            break;
        default:
            break;
        }
    }
    return inResults ? QList<QPair<int, int>>() : spans;
}

void RowStore::appendPage(const QByteArray &body, const QJsonArray &results)
{
    if (results.isEmpty())
        return;
    QList<QPair<int, int>> spans = resultSpans(body);
    QByteArray text = body;
    if (spans.size() != results.size()) {
        // Not the text the rows came from (or not splittable): keep each row re-encoded.
        text.clear();
        spans.clear();
        for (const QJsonValue &value : results) {
            const QByteArray row = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
            spans.append({int(text.size()), int(row.size())});
            text.append(row);
        }
    }
    const int page = int(m_pages.size());
    m_pages.append(text);
    for (const auto &[offset, length] : std::as_const(spans))
        m_spans.append({page, offset, length});
}

QJsonObject RowStore::parse(qsizetype row) const
{
    const Span &span = m_spans.at(row);
    const QByteArray &page = m_pages.at(span.page);
    return QJsonDocument::fromJson(QByteArray::fromRawData(page.constData() + span.offset, span.length)).object();
}

QJsonObject RowStore::at(qsizetype row) const
{
    if (const QJsonObject *parsed = m_parsed.object(row))
        return *parsed;
    const QJsonObject object = parse(row);
    m_parsed.insert(row, new QJsonObject(object));
    return object;
}

} // namespace akdesk
