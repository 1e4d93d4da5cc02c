#pragma once

#include "../noderemoval.h"
#include "project/commands/storecommand.h"

namespace rwb::knowledge {

/// Removes a node with its edges, their evidence and its label-class mappings; undo puts all back.
class RemoveNodeCommand : public project::StoreCommand
{
public:
    RemoveNodeCommand(project::Connection &connection, qint64 nodeId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    qint64 m_nodeId;
    NodeRemoval m_removal;
};

} // namespace rwb::knowledge
