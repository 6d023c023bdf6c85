#pragma once

#include "views/forms/fieldeditor.h"

namespace akdesk {

class CodeEditor;

/// A field that holds code (an expression policy's expression): a CodeEditor, and the line a
/// server's error names marked in it.
class CodeFieldEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeFieldEditor)

public:
    explicit CodeFieldEditor(const FieldDescriptor &field, QWidget *parent = nullptr);
    ~CodeFieldEditor() override;

    void setValue(const QJsonValue &value) override;
    QWidget *focusWidget() override;
    bool mergesEdits() const override { return true; }
    void setError(const QString &message) override;
    CodeEditor *editor() const { return m_code; }

    /// The line of the expression an error names, from 1; 0 when it names none. authentik compiles
    /// the expression as the body of `def handler():` (one line above it) and Python says
    /// "invalid syntax (<name>, line N)" (authentik/lib/expression/evaluator.py).
    static int errorLine(const QString &message);

private:
    CodeEditor *m_code;
    QString m_value;
    QString m_error;
};

} // namespace akdesk
