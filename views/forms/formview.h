#pragma once

#include "views/forms/fieldeditor.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QUndoStack;

namespace akdesk {

class FormModel;

/// Lays out a FormModel as sections of labelled inputs, each with its error line underneath.
/// Edits go through the undo stack; model changes (undo, server values) flow back to the inputs.
class FormView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormView)

public:
    FormView(FormModel *model, QUndoStack *undoStack, ReferenceModelFactory references, QWidget *parent = nullptr);
    ~FormView() override;

    FieldEditor *editorFor(const QString &field) const { return m_editors.value(field); }
    QLabel *errorLabelFor(const QString &field) const { return m_errors.value(field); }
    /// Moves keyboard focus to the first field with an error; false when there is none.
    bool focusFirstError();
    /// Moves keyboard focus to a field's input and scrolls it into view.
    void focusField(const QString &field);

private:
    void rebuild();
    void refreshRow(int row);

    FormModel *m_model;
    QUndoStack *m_undoStack;
    ReferenceModelFactory m_references;
    QWidget *m_content = nullptr;
    QHash<QString, FieldEditor *> m_editors;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QLabel *> m_labels;
};

} // namespace akdesk
