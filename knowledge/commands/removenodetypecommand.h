#pragma once

#include "../nodetype.h"
#include "project/commands/storecommand.h"

namespace rwb::knowledge {

/// Removes an unused node type; undo re-creates it with the same id.
class RemoveNodeTypeCommand : public project::StoreCommand
{
public:
    RemoveNodeTypeCommand(project::Connection &connection, qint64 typeId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    qint64 m_typeId;
    NodeType m_type;
};

} // namespace rwb::knowledge
