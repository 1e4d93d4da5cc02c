#pragma once

#include "../noderemoval.h"
#include "project/commands/storecommand.h"

namespace rwb::knowledge {

/// Removes an edge and its evidence; undo puts them back.
class RemoveEdgeCommand : public project::StoreCommand
{
public:
    RemoveEdgeCommand(project::Connection &connection, qint64 edgeId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    qint64 m_edgeId;
    EdgeRemoval m_removal;
};

} // namespace rwb::knowledge
