#include "views/forms/codeeditor.h"

#include "views/common/theme.h"
#include "views/forms/pythonhighlighter.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace akdesk {

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new QWidget(this))
    , m_highlighter(new PythonHighlighter(document()))
{
    m_gutter->setObjectName(QStringLiteral("lineNumbers"));
    m_gutter->installEventFilter(this);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] {
        setViewportMargins(gutterWidth(), 0, 0, 0);
        const QRect area = contentsRect();
        m_gutter->setGeometry(QRect(area.left(), area.top(), gutterWidth(), area.height()));
    });
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateGutter);
    // Editing the marked line takes the mark away: the message was about the text before.
    connect(document(), &QTextDocument::contentsChange, this, [this](int position, int, int) {
        if (m_markedLine > 0 && document()->findBlock(position).blockNumber() + 1 == m_markedLine)
            markLine(0, {});
    });
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

CodeEditor::~CodeEditor() = default;

int CodeEditor::gutterWidth() const
{
    int digits = 1;
    for (int count = std::max(1, blockCount()); count >= 10; count /= 10)
        ++digits;
    // Room for the numbers and, before them, the error mark.
    return fontMetrics().horizontalAdvance(QLatin1Char('9')) * (digits + 2) + 6;
}

void CodeEditor::markLine(int line, const QString &message)
{
    m_markedLine = line > 0 && line <= blockCount() ? line : 0;
    m_message = m_markedLine > 0 ? message : QString();
    if (m_markedLine > 0) {
        QTextCursor cursor(document()->findBlockByNumber(m_markedLine - 1));
        setTextCursor(cursor);
        ensureCursorVisible();
    }
    updateSelections();
    m_gutter->update();
}

void CodeEditor::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_markedLine > 0) {
        QTextEdit::ExtraSelection mark;
        QColor background = theme::errorText(palette());
        background.setAlpha(50);
        mark.format.setBackground(background);
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.format.setToolTip(m_message);
        mark.cursor = QTextCursor(document()->findBlockByNumber(m_markedLine - 1));
        selections.append(mark);
    }
    setExtraSelections(selections);
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    // Tab indents as Python is written; Ctrl+Tab still leaves the editor.
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier) {
        textCursor().insertText(QStringLiteral("    "));
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_gutter->setGeometry(QRect(area.left(), area.top(), gutterWidth(), area.height()));
}

bool CodeEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_gutter && event->type() == QEvent::Paint) {
        paintGutter(static_cast<QPaintEvent *>(event));
        return true;
    }
    if (watched == m_gutter && event->type() == QEvent::ToolTip && m_markedLine > 0) {
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), m_message, m_gutter);
        return true;
    }
    return QPlainTextEdit::eventFilter(watched, event);
}

void CodeEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

void CodeEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int lineHeight = fontMetrics().height();
    painter.setFont(font());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int bottom = top + qRound(blockBoundingRect(block).height());
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int number = block.blockNumber() + 1;
            const bool marked = number == m_markedLine;
            painter.setPen(marked ? theme::errorText(palette()) : palette().color(QPalette::PlaceholderText));
            if (marked) {
                // A filled dot before the number: seen without colour too (bold number).
                const int d = lineHeight / 2;
                painter.setBrush(theme::errorText(palette()));
                painter.drawEllipse(QRect(3, top + (lineHeight - d) / 2, d, d));
                QFont bold = font();
                bold.setBold(true);
                painter.setFont(bold);
            }
            painter.drawText(0, top, m_gutter->width() - 4, lineHeight, Qt::AlignRight, QString::number(number));
            painter.setFont(font());
        }
        block = block.next();
        top = bottom;
    }
}

} // namespace akdesk
