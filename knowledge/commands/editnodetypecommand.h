#pragma once

#include "../nodetype.h"
#include "project/commands/storecommand.h"

namespace rwb::knowledge {

/// Changes a node type (a rename follows into relation domains and ranges).
class EditNodeTypeCommand : public project::StoreCommand
{
public:
    EditNodeTypeCommand(
        project::Connection &connection, const NodeType &before, const NodeType &after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    NodeType m_before;
    NodeType m_after;
};

} // namespace rwb::knowledge
