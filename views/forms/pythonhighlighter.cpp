#include "views/forms/pythonhighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>
#include <QStringList>
#include <QTextBlock>
#include <QTextLayout>

namespace akdesk {

namespace {

const QStringList &keywords()
{
    static const QStringList words{
        QStringLiteral("False"), QStringLiteral("None"), QStringLiteral("True"), QStringLiteral("and"),
        QStringLiteral("as"), QStringLiteral("assert"), QStringLiteral("async"), QStringLiteral("await"),
        QStringLiteral("break"), QStringLiteral("class"), QStringLiteral("continue"), QStringLiteral("def"),
        QStringLiteral("del"), QStringLiteral("elif"), QStringLiteral("else"), QStringLiteral("except"),
        QStringLiteral("finally"), QStringLiteral("for"), QStringLiteral("from"), QStringLiteral("global"),
        QStringLiteral("if"), QStringLiteral("import"), QStringLiteral("in"), QStringLiteral("is"),
        QStringLiteral("lambda"), QStringLiteral("nonlocal"), QStringLiteral("not"), QStringLiteral("or"),
        QStringLiteral("pass"), QStringLiteral("raise"), QStringLiteral("return"), QStringLiteral("try"),
        QStringLiteral("while"), QStringLiteral("with"), QStringLiteral("yield")};
    return words;
}

/// What authentik gives an expression policy: BaseEvaluator's globals
/// (authentik/lib/expression/evaluator.py) and PolicyEvaluator's context
/// (authentik/policies/expression/evaluator.py).
const QStringList &contextNames()
{
    static const QStringList names{
        QStringLiteral("request"), QStringLiteral("context"), QStringLiteral("ak_message"),
        QStringLiteral("ak_is_group_member"), QStringLiteral("ak_user_by"), QStringLiteral("ak_user_has_authenticator"),
        QStringLiteral("ak_call_policy"), QStringLiteral("ak_create_event"), QStringLiteral("ak_create_jwt"),
        QStringLiteral("ak_create_jwt_raw"), QStringLiteral("ak_logger"), QStringLiteral("ak_send_email"),
        QStringLiteral("ak_client_ip"), QStringLiteral("http_request"), QStringLiteral("ip_address"),
        QStringLiteral("ip_network"), QStringLiteral("list_flatten"), QStringLiteral("regex_match"),
        QStringLiteral("regex_replace"), QStringLiteral("requests"), QStringLiteral("resolve_dns"),
        QStringLiteral("reverse_dns"), QStringLiteral("slugify")};
    return names;
}

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isIdentifierPart(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

PythonHighlighter::PythonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    // Readable on a light and on a dark window alike.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    auto make = [](Token token, const QColor &colour, bool bold = false, bool italic = false) {
        QTextCharFormat format;
        format.setForeground(colour);
        if (bold)
            format.setFontWeight(QFont::Bold);
        format.setFontItalic(italic);
        format.setProperty(QTextFormat::UserProperty, int(token));
        return format;
    };
    m_formats[int(Token::Keyword)] = make(Token::Keyword, dark ? QColor(0xc6, 0x78, 0xdd) : QColor(0x7a, 0x1f, 0xa2), true);
    m_formats[int(Token::String)] = make(Token::String, dark ? QColor(0x98, 0xc3, 0x79) : QColor(0x1b, 0x6e, 0x20));
    m_formats[int(Token::Comment)] = make(Token::Comment, dark ? QColor(0x9d, 0xa5, 0xb4) : QColor(0x6a, 0x6a, 0x6a), false, true);
    m_formats[int(Token::Number)] = make(Token::Number, dark ? QColor(0xd1, 0x9a, 0x66) : QColor(0xa3, 0x4a, 0x00));
    m_formats[int(Token::Context)] = make(Token::Context, dark ? QColor(0x61, 0xaf, 0xef) : QColor(0x0b, 0x5c, 0xad), true);
}

PythonHighlighter::~PythonHighlighter() = default;

QTextCharFormat PythonHighlighter::format(Token token) const
{
    return m_formats[int(token)];
}

PythonHighlighter::Token PythonHighlighter::tokenAt(const QTextBlock &block, int position)
{
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (position >= range.start && position < range.start + range.length)
            return Token(range.format.property(QTextFormat::UserProperty).toInt());
    }
    return Token::None;
}

void PythonHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|"
                                                          "(\\d[\\d_]*\\.?[\\d_]*|\\.\\d[\\d_]*)([eE][+-]?\\d+)?[jJ]?"));
    const int length = int(text.size());
    int i = 0;
    setCurrentBlockState(Normal);
    // A triple-quoted string open from the line before.
    if (previousBlockState() == InSingleTriple || previousBlockState() == InDoubleTriple) {
        const QString close = previousBlockState() == InSingleTriple ? QStringLiteral("'''") : QStringLiteral("\"\"\"");
        const int end = int(text.indexOf(close));
        if (end < 0) {
            setFormat(0, length, m_formats[int(Token::String)]);
            setCurrentBlockState(previousBlockState());
            return;
        }
        setFormat(0, end + 3, m_formats[int(Token::String)]);
        i = end + 3;
    }
    while (i < length) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('#')) {
            setFormat(i, length - i, m_formats[int(Token::Comment)]);
            return;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const QString triple(3, c);
            if (text.mid(i, 3) == triple) {
                const int end = int(text.indexOf(triple, i + 3));
                if (end < 0) {
                    setFormat(i, length - i, m_formats[int(Token::String)]);
                    setCurrentBlockState(c == QLatin1Char('\'') ? InSingleTriple : InDoubleTriple);
                    return;
                }
                setFormat(i, end + 3 - i, m_formats[int(Token::String)]);
                i = end + 3;
                continue;
            }
            int j = i + 1;
            while (j < length && text.at(j) != c)
                j += text.at(j) == QLatin1Char('\\') ? 2 : 1;
            const int end = std::min(j + 1, length);
            setFormat(i, end - i, m_formats[int(Token::String)]);
            i = end;
            continue;
        }
        if (isIdentifierStart(c)) {
            int j = i + 1;
            while (j < length && isIdentifierPart(text.at(j)))
                ++j;
            const QString word = text.mid(i, j - i);
            // A prefixed string: f"...", r'...', b"...".
            if (j < length && (text.at(j) == QLatin1Char('"') || text.at(j) == QLatin1Char('\'')) && word.size() <= 2
                && QStringLiteral("rRbBfFuU").contains(word.at(0))) {
                i = j;
                setFormat(j - int(word.size()), int(word.size()), m_formats[int(Token::String)]);
                continue;
            }
            if (keywords().contains(word))
                setFormat(i, j - i, m_formats[int(Token::Keyword)]);
            else if (contextNames().contains(word) && (i == 0 || text.at(i - 1) != QLatin1Char('.')))
                setFormat(i, j - i, m_formats[int(Token::Context)]);
            i = j;
            continue;
        }
        if (c.isDigit() || (c == QLatin1Char('.') && i + 1 < length && text.at(i + 1).isDigit())) {
            const QRegularExpressionMatch match = number.match(text, i, QRegularExpression::NormalMatch,
                                                               QRegularExpression::AnchorAtOffsetMatchOption);
            const int size = match.hasMatch() ? int(match.capturedLength()) : 1;
            setFormat(i, size, m_formats[int(Token::Number)]);
            i += size;
            continue;
        }
        ++i;
    }
}

} // namespace akdesk
