#pragma once

#include <QPlainTextEdit>

namespace akdesk {

class PythonHighlighter;

/// A plain-text editor for code: monospace, a gutter of line numbers, Python colouring, Tab as four
/// spaces, and one line that can be marked (the line a server's error names), with the mark in
/// the gutter and the message as the mark's tooltip.
class CodeEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeEditor)

public:
    explicit CodeEditor(QWidget *parent = nullptr);
    ~CodeEditor() override;

    /// Marks line `line` (from 1) and moves the cursor there; 0 clears the mark.
    void markLine(int line, const QString &message);
    int markedLine() const { return m_markedLine; }
    PythonHighlighter *highlighter() const { return m_highlighter; }
    QWidget *gutter() const { return m_gutter; }
    int gutterWidth() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void paintGutter(QPaintEvent *event);
    void updateGutter(const QRect &rect, int dy);
    void updateSelections();

    QWidget *m_gutter;
    PythonHighlighter *m_highlighter;
    int m_markedLine = 0;
    QString m_message;
};

} // namespace akdesk
