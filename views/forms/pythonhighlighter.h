#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace akdesk {

/// Colours Python as authentik's expression policies are written: keywords, strings (triple-quoted
/// ones across lines), comments, numbers and the names authentik puts in an expression's scope
/// (request, ak_message, ak_is_group_member, ...). Each format carries its token in
/// QTextFormat::UserProperty, so what was coloured can be read back.
class PythonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PythonHighlighter)

public:
    enum class Token { None, Keyword, String, Comment, Number, Context };
    Q_ENUM(Token)

    explicit PythonHighlighter(QTextDocument *document);
    ~PythonHighlighter() override;

    QTextCharFormat format(Token token) const;
    /// The token coloured at `position` of `block` (Token::None where nothing is).
    static Token tokenAt(const QTextBlock &block, int position);

protected:
    void highlightBlock(const QString &text) override;

private:
    enum BlockState { Normal = 0, InSingleTriple = 1, InDoubleTriple = 2 };
    QTextCharFormat m_formats[6];
};

} // namespace akdesk
