#pragma once

#include "../nodetype.h"
#include "project/commands/storecommand.h"

namespace rwb::knowledge {

/// Adds a node type to the ontology; undo removes it.
class AddNodeTypeCommand : public project::StoreCommand
{
public:
    AddNodeTypeCommand(project::Connection &connection, const NodeType &type, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 typeId() const { return m_type.id; }

private:
    NodeType m_type;
};

} // namespace rwb::knowledge
