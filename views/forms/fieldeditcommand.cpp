#include "views/forms/fieldeditcommand.h"

#include "models/items/formmodel.h"

#include <QCoreApplication>

namespace akdesk {

FieldEditCommand::FieldEditCommand(FormModel *model, const QString &field, const QJsonValue &before,
                                   const QJsonValue &after, const QString &label, bool typed)
    : m_model(model)
    , m_field(field)
    , m_before(before)
    , m_after(after)
    , m_typed(typed)
{
    setText(QCoreApplication::translate("FieldEditCommand", "Edit %1").arg(label));
}

void FieldEditCommand::undo()
{
    if (m_model)
        m_model->setValue(m_field, m_before);
}

void FieldEditCommand::redo()
{
    if (m_model)
        m_model->setValue(m_field, m_after);
}

bool FieldEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const FieldEditCommand *>(other);
    // Only text typed into the same field merges (a line edit, JSON text); toggles and picks
    // stay separate steps.
    const bool typed = (m_typed || m_after.isString()) && (next->m_typed || next->m_after.isString());
    if (next->m_field != m_field || !typed)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace akdesk
