#pragma once

#include "../node.h"
#include "project/commands/storecommand.h"

namespace rwb::knowledge {

/// Changes a node (key, type, labels, aliases, properties).
class EditNodeCommand : public project::StoreCommand
{
public:
    EditNodeCommand(
        project::Connection &connection, const Node &before, const Node &after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Node m_before;
    Node m_after;
};

} // namespace rwb::knowledge
