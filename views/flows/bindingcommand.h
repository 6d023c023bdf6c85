#pragma once

#include <QUndoCommand>

#include <functional>

namespace akdesk {

/// One change of a flow's bindings (a move, an add, a remove), undoable from the inspector. The
/// change has reached the server when the command is pushed, so the first redo() does nothing;
/// undo and redo send requests whose answers arrive later, and the inspector says how they went.
class BindingCommand final : public QUndoCommand
{
public:
    BindingCommand(const QString &text, std::function<void()> undo, std::function<void()> redo)
        : QUndoCommand(text)
        , m_undo(std::move(undo))
        , m_redo(std::move(redo))
    {
    }

    void undo() override { m_undo(); }
    void redo() override
    {
        if (m_done)
            m_redo();
        m_done = true;
    }

private:
    std::function<void()> m_undo;
    std::function<void()> m_redo;
    bool m_done = false;
};

} // namespace akdesk
