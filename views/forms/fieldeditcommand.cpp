#include "views/forms/fieldeditcommand.h"

#include "models/items/formmodel.h"

#include <QCoreApplication>

namespace akdesk {

FieldEditCommand::FieldEditCommand(FormModel *model, const QString &field, const QJsonValue &before,
                                   const QJsonValue &after, const QString &label)
    : m_model(model)
    , m_field(field)
    , m_before(before)
    , m_after(after)
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
    // Only text typed into the same field merges; toggles and picks stay separate steps.
    if (next->m_field != m_field || !m_after.isString() || !next->m_after.isString())
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace akdesk
