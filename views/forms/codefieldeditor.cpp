#include "views/forms/codefieldeditor.h"

#include "views/forms/codeeditor.h"

#include <QRegularExpression>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace akdesk {

CodeFieldEditor::CodeFieldEditor(const FieldDescriptor &field, QWidget *parent)
    : FieldEditor(parent)
    , m_code(new CodeEditor(this))
{
    Q_UNUSED(field);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_code);
    // Room for an expression of some length; longer ones scroll.
    m_code->setMinimumHeight(m_code->fontMetrics().lineSpacing() * 14 + 2 * m_code->frameWidth() + 8);
    m_code->setToolTip(tr("Python. Tab indents by four spaces; Ctrl+Tab moves to the next field."));
    connect(m_code, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_code->toPlainText();
        if (text == m_value)
            return;
        m_value = text;
        Q_EMIT edited(QJsonValue(text));
    });
}

CodeFieldEditor::~CodeFieldEditor() = default;

void CodeFieldEditor::setValue(const QJsonValue &value)
{
    // Only a value that differs from the text replaces it, so the cursor stays while typing.
    const QString text = value.toString();
    if (text == m_value)
        return;
    m_value = text;
    const QSignalBlocker blocker(m_code);
    m_code->setPlainText(text);
}

QWidget *CodeFieldEditor::focusWidget()
{
    return m_code;
}

void CodeFieldEditor::setError(const QString &message)
{
    // Each new message marks its line once; the form repeats the message on every refresh, and
    // the user editing the line takes the mark away (CodeEditor) without it coming back.
    if (message == m_error)
        return;
    m_error = message;
    m_code->markLine(errorLine(message), message);
}

int CodeFieldEditor::errorLine(const QString &message)
{
    static const QRegularExpression pattern(QStringLiteral("\\bline (\\d+)\\)?"));
    const QRegularExpressionMatch match = pattern.match(message);
    if (!match.hasMatch())
        return 0;
    return std::max(1, match.captured(1).toInt() - 1);
}

} // namespace akdesk
