#include "models/items/searchterms.h"

#include <QRegularExpression>

#include <algorithm>

namespace akdesk {

/// Django's smart_split() and DRF's search_smart_split() (rest_framework/filters.py): words split
/// at white space, a quoted phrase kept whole, unquoted words split again at commas.
QStringList searchTerms(const QString &search)
{
    static const QRegularExpression word(QStringLiteral(
        R"re(((?:[^\s'"]*(?:(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')[^\s'"]*)+)|\S+))re"));
    QStringList terms;
    QString text = search;
    text.remove(QChar(0));
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        QString term = it.next().captured(1);
        while (term.startsWith(QLatin1Char(',')))
            term.remove(0, 1);
        while (term.endsWith(QLatin1Char(',')))
            term.chop(1);
        if (term.size() >= 2 && (term.startsWith(QLatin1Char('"')) || term.startsWith(QLatin1Char('\''))) && term.front() == term.back()) {
            const QChar quote = term.front();
            term = term.mid(1, term.size() - 2);
            term.replace(QStringLiteral("\\") + quote, QString(quote));
            term.replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
            terms.append(term);
            continue;
        }
        for (const QString &part : term.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                terms.append(part.trimmed());
        }
    }
    return terms;
}

bool narrowsSearch(const QStringList &loaded, const QStringList &wanted)
{
    // A row matching `wanted` has each wanted term in one field; a loaded term inside one of them
    // is then in that field too, so the row matched the loaded search as well.
    return std::all_of(loaded.begin(), loaded.end(), [&wanted](const QString &old) {
        return std::any_of(wanted.begin(), wanted.end(), [&old](const QString &term) { return term.contains(old, Qt::CaseInsensitive); });
    });
}

} // namespace akdesk
