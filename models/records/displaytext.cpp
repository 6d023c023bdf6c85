#include "models/records/displaytext.h"

namespace akdesk::display {

QString capped(const QString &text, int maxChars)
{
    if (text.size() <= maxChars || maxChars < 1)
        return text;
    qsizetype cut = maxChars;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + QChar(0x2026);
}

QString breakable(const QString &text)
{
    QString out;
    int run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace() || c == QChar(0x200b)) {
            run = 0;
        } else if (++run > LongestUnbrokenRun && !c.isLowSurrogate()) {
            if (out.isEmpty())
                out = text.left(i);
            out.append(QChar(0x200b));
            run = 1;
        }
        if (!out.isEmpty())
            out.append(c);
    }
    return out.isEmpty() ? text : out;
}

} // namespace akdesk::display
