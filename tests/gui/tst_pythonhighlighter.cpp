// The expression editor's Python colouring: which token each position of a text gets.

#include "views/forms/pythonhighlighter.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace akdesk;
using Token = PythonHighlighter::Token;

class TestPythonHighlighter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data();
    void tokens();
    void formatsDiffer();
};

void TestPythonHighlighter::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");      // from 0
    QTest::addColumn<int>("position");  // in the line
    QTest::addColumn<Token>("token");
    const QString call = QStringLiteral("return ak_is_group_member(request.user, name=\"admins\")");
    QTest::newRow("keyword") << call << 0 << 0 << Token::Keyword;
    QTest::newRow("space after keyword") << call << 0 << 6 << Token::None;
    QTest::newRow("context function") << call << 0 << 7 << Token::Context;
    QTest::newRow("request") << call << 0 << 26 << Token::Context;
    QTest::newRow("attribute is plain") << call << 0 << 34 << Token::None;
    QTest::newRow("keyword argument") << call << 0 << 39 << Token::None;
    QTest::newRow("double-quoted string") << call << 0 << 45 << Token::String;
    QTest::newRow("closing quote") << call << 0 << 51 << Token::String;
    QTest::newRow("ak_message") << QStringLiteral("ak_message('no')") << 0 << 0 << Token::Context;
    QTest::newRow("single-quoted string") << QStringLiteral("ak_message('no')") << 0 << 12 << Token::String;
    QTest::newRow("comment") << QStringLiteral("x = 1  # a note") << 0 << 10 << Token::Comment;
    QTest::newRow("number") << QStringLiteral("x = 12.5") << 0 << 6 << Token::Number;
    QTest::newRow("hex number") << QStringLiteral("x = 0xff") << 0 << 7 << Token::Number;
    QTest::newRow("digits in a name") << QStringLiteral("x2 = 1") << 0 << 1 << Token::None;
    QTest::newRow("hash in a string is no comment") << QStringLiteral("s = \"#x\"  # c") << 0 << 6 << Token::String;
    QTest::newRow("comment after the string") << QStringLiteral("s = \"#x\"  # c") << 0 << 11 << Token::Comment;
    QTest::newRow("escaped quote stays in the string") << QStringLiteral("s = 'a\\'b' + c") << 0 << 8 << Token::String;
    QTest::newRow("after the escaped string") << QStringLiteral("s = 'a\\'b' + c") << 0 << 13 << Token::None;
    QTest::newRow("keyword in a name is plain") << QStringLiteral("ifx = notes") << 0 << 0 << Token::None;
    QTest::newRow("not") << QStringLiteral("return not False") << 0 << 7 << Token::Keyword;
    QTest::newRow("True") << QStringLiteral("return not False") << 0 << 11 << Token::Keyword;
    QTest::newRow("f-string prefix") << QStringLiteral("f\"{x}\"") << 0 << 0 << Token::String;
    const QString triple = QStringLiteral("doc = \"\"\"one\ntwo # not a comment\nend\"\"\" # now one");
    QTest::newRow("triple string opens") << triple << 0 << 8 << Token::String;
    QTest::newRow("triple string goes on") << triple << 1 << 6 << Token::String;
    QTest::newRow("triple string closes") << triple << 2 << 5 << Token::String;
    QTest::newRow("comment after triple string") << triple << 2 << 9 << Token::Comment;
}

void TestPythonHighlighter::tokens()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, position);
    QFETCH(Token, token);
    QTextDocument document;
    PythonHighlighter highlighter(&document);
    document.setPlainText(text);
    highlighter.rehighlight();  // the first pass is queued; the editor gets it from the event loop
    const QTextBlock block = document.findBlockByNumber(line);
    QVERIFY(block.isValid());
    QVERIFY(position < block.length());
    QCOMPARE(PythonHighlighter::tokenAt(block, position), token);
}

void TestPythonHighlighter::formatsDiffer()
{
    // Each kind of token looks different from the others (and from plain text).
    QTextDocument document;
    PythonHighlighter highlighter(&document);
    const QList<Token> tokens{Token::Keyword, Token::String, Token::Comment, Token::Number, Token::Context};
    for (int i = 0; i < tokens.size(); ++i) {
        QVERIFY(highlighter.format(tokens.at(i)).foreground().style() != Qt::NoBrush);
        for (int j = i + 1; j < tokens.size(); ++j)
            QVERIFY(highlighter.format(tokens.at(i)).foreground().color() != highlighter.format(tokens.at(j)).foreground().color());
    }
}

QTEST_MAIN(TestPythonHighlighter)
#include "tst_pythonhighlighter.moc"
