#pragma once

#include "../node.h"
#include "project/commands/storecommand.h"

namespace rwb::knowledge {

/// Adds a node; undo removes it (redo re-creates it with the same id).
class AddNodeCommand : public project::StoreCommand
{
public:
    AddNodeCommand(project::Connection &connection, const Node &node, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 nodeId() const { return m_node.id; }

private:
    Node m_node;
};

} // namespace rwb::knowledge
