#pragma once

#include <QJsonValue>
#include <QPointer>
#include <QUndoCommand>

namespace akdesk {

class FormModel;

/// One field edit on a form, undoable. Consecutive typing into the same field merges into one
/// step, so Undo takes back a word, not a keystroke.
class FieldEditCommand final : public QUndoCommand
{
public:
    /// `typed`: the edit comes from typing, and merges with the next typed edit of the field.
    FieldEditCommand(FormModel *model, const QString &field, const QJsonValue &before, const QJsonValue &after,
                     const QString &label, bool typed = false);

    void undo() override;
    void redo() override;
    int id() const override { return 0x414b; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    QPointer<FormModel> m_model;
    QString m_field;
    QJsonValue m_before;
    QJsonValue m_after;
    bool m_typed;
};

} // namespace akdesk
